// Sign in with login and password; afterwards back to where the user came from (?next=).
import { useState } from 'react';
import { useI18n } from '../i18n';
import { ApiError } from '../api';
import { navigate, useLocation } from '../app/router';
import { Page } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { useSession } from './session';
import { useAction } from '../ui/useAction';

/** only paths of this app, never another site */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const next = safeNext(useLocation().query.get('next'));
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [refused, setRefused] = useState(false);
  const [demo, setDemo] = useState(false);

  const submit = useAction(async () => {
    setRefused(false);
    setDemo(false);
    try {
      await session.signIn(login, password);
      navigate(next, { replace: true });
    } catch (err) {
      // a refused sign-in is the everyday case: said in the user's language
      if (err instanceof ApiError && err.status === 401) setRefused(true);
      // the public demo password, from another machine (the server refuses it there)
      else if (err instanceof ApiError && err.status === 403 && err.code === 'forbidden') setDemo(true);
      else throw err;
    }
  });

  return (
    <Page title={t('signIn.title')} intro={session.user ? t('signIn.already', { name: session.user.name }) : t('signIn.intro')}>
      <form className="card form narrow" onSubmit={submit.onSubmit}>
        <ErrorMessage error={submit.error} />
        {refused && (
          <p className="message message-error" role="alert">
            {t('signIn.refused')}
          </p>
        )}
        {demo && (
          <p className="message message-error" role="alert">
            {t('signIn.demoPassword')}
          </p>
        )}
        <Field label={t('signIn.login')}>
          {(c) => <input {...c} name="login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} autoFocus />}
        </Field>
        <Field label={t('signIn.password')}>
          {(c) => <input {...c} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <button type="submit" disabled={submit.busy}>
          {submit.busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </Page>
  );
}
