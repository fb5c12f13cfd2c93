// My password: change it giving the current one (my other sessions end). After an administrator's
// reset the app shows this page, whatever the address, until a new password is chosen.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { ApiError } from '../api';
import { Page } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useSession } from './session';
import { Link, useLocation } from '../app/router';

/** only paths of this app, never another site */
function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/account/password') ? next : undefined;
}

/** as the server's policy (src/auth/secrets.ts MIN_PASSWORD_LENGTH) */
const MIN_LENGTH = 10;

type Problem = 'wrongCurrent' | 'tooShort' | 'isLogin' | 'same' | 'mismatch' | 'locked';

/** What the page can tell before asking the server (the server's policy says the same, src/accounts/service.ts). */
function localProblems(login: string | undefined, current: string, fresh: string, again: string): Problem[] {
  const found: Problem[] = [];
  if ([...fresh].length < MIN_LENGTH) found.push('tooShort');
  if (login && fresh.trim().toLowerCase() === login.toLowerCase()) found.push('isLogin');
  if (fresh === current) found.push('same');
  if (fresh !== again) found.push('mismatch');
  return found;
}

/**
 * The server's refusal placed beside its field by the field's path (details[].path), never by its words:
 * a wrong current password, or the server's own reasons for the new one, already in the reader's language.
 */
function refusalOf(err: unknown): { problems: Problem[]; newReasons: string[] } | undefined {
  if (!(err instanceof ApiError)) return undefined;
  if (err.status === 429) return { problems: ['locked'], newReasons: [] };
  if (err.status !== 400) return undefined;
  const problems: Problem[] = err.details.some((d) => d.path === 'currentPassword') ? ['wrongCurrent'] : [];
  const newReasons = err.details.filter((d) => d.path === 'newPassword').map((d) => `${d.message.charAt(0).toLocaleUpperCase()}${d.message.slice(1)}.`);
  return problems.length || newReasons.length ? { problems, newReasons } : undefined;
}

export function PasswordPage() {
  const { t } = useI18n();
  const session = useSession();
  const required = !!session.user?.mustChangePassword;
  const next = safeNext(useLocation().query.get('next'));
  const [current, setCurrent] = useState('');
  const [fresh, setFresh] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [newReasons, setNewReasons] = useState<string[]>([]);
  const [done, setDone] = useState(false);

  const submit = useAction(async () => {
    setDone(false);
    const local = localProblems(session.user?.login, current, fresh, again);
    setProblems(local);
    setNewReasons([]);
    if (local.length) return;
    try {
      await session.changePassword(current, fresh);
      setCurrent('');
      setFresh('');
      setAgain('');
      setDone(true);
    } catch (err) {
      const refused = refusalOf(err);
      if (!refused) throw err;
      setProblems(refused.problems);
      setNewReasons(refused.newReasons);
    }
  });
  const say = (p: Problem) => t(`password.${p}`, { min: MIN_LENGTH });
  const currentError = problems.includes('wrongCurrent') ? say('wrongCurrent') : undefined;
  const newError = [...problems.filter((p) => p === 'tooShort' || p === 'isLogin' || p === 'same').map(say), ...newReasons].join(' ') || undefined;
  const againError = problems.includes('mismatch') ? say('mismatch') : undefined;

  return (
    <Page title={t('password.title')} intro={required ? t('password.required') : t('password.intro')}>
      <form className="card form narrow" onSubmit={submit.onSubmit} data-testid="password-form">
        <ErrorMessage error={submit.error} />
        {problems.includes('locked') && (
          <p className="message message-error" role="alert">
            {say('locked')}
          </p>
        )}
        {done && (
          <p className="message message-ok" role="status">
            <span data-testid="password-changed">{t('password.changed')}</span>
            {next && (
              <>
                {' '}
                <Link to={next} data-testid="password-continue">
                  {t('password.continue')}
                </Link>
              </>
            )}
          </p>
        )}
        <Field label={required ? t('password.currentTemporary') : t('password.current')} error={currentError}>
          {(c) => <input {...c} name="current-password" type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} autoFocus />}
        </Field>
        <Field label={t('password.new')} hint={t('password.newHint', { min: MIN_LENGTH })} error={newError}>
          {(c) => <input {...c} name="new-password" type="password" autoComplete="new-password" required value={fresh} onChange={(e) => setFresh(e.target.value)} />}
        </Field>
        <Field label={t('password.confirm')} error={againError}>
          {(c) => <input {...c} name="new-password-again" type="password" autoComplete="new-password" required value={again} onChange={(e) => setAgain(e.target.value)} />}
        </Field>
        <button type="submit" disabled={submit.busy}>
          {submit.busy ? t('password.busy') : t('password.submit')}
        </button>
      </form>
    </Page>
  );
}
