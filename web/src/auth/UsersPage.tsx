// Administrators: every user, a form for a new one, tokens issued on demand, accounts disabled and
// enabled again.
import { useState } from 'react';
import { Empty } from '../ui/Empty';
import { useI18n } from '../i18n';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { issueToken, listUsers, resetPassword, updateUser } from './api';
import { CopyButton } from '../ui/CopyButton';
import { CreateUserForm } from './CreateUserForm';
import { TokenPanel } from './TokenPanel';
import { useSession } from './session';
import type { User, UserWithTokens } from './types';
import { useAction } from '../ui/useAction';

export function UsersPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useSession().user;
  const users = useApi((signal) => listUsers(signal), []);
  const [token, setToken] = useState<{ name: string; token: string }>();
  const [temporary, setTemporary] = useState<{ name: string; password: string }>();
  const [notice, setNotice] = useState<string>();
  // one action at a time; the user it is for shows it
  const [busy, setBusy] = useState<string>();
  const act = useAction(async (user: UserWithTokens, action: () => Promise<void>) => {
    setBusy(user.id);
    setNotice(undefined);
    try {
      await action();
      users.reload();
    } finally {
      setBusy(undefined);
    }
  });
  const onCreated = (user: User) => {
    setNotice(t('users.created', { name: user.name, login: user.login }));
    users.reload();
  };

  return (
    <Page title={t('users.title')} intro={t('users.intro')}>
      {token && <TokenPanel name={token.name} token={token.token} onClose={() => setToken(undefined)} />}
      {temporary && (
        <section className="card token-panel" role="status" aria-labelledby="reset-title">
          <h2 id="reset-title">{t('users.resetTitle', { name: temporary.name })}</h2>
          <p>{t('users.resetOnce')}</p>
          <div className="token-row">
            <code data-testid="temporary-password" className="token">
              {temporary.password}
            </code>
            <CopyButton text={temporary.password} />
            <button type="button" className="button-secondary" onClick={() => setTemporary(undefined)}>
              {t('users.close')}
            </button>
          </div>
        </section>
      )}
      {notice && (
        <p className="message message-ok" role="status">
          {notice}
        </p>
      )}
      <ErrorMessage error={act.error} />
      <section aria-labelledby="users-title">
        <h2 id="users-title">{t('users.list')}</h2>
        {users.error ? <ErrorMessage error={users.error} onRetry={users.reload} /> : null}
        {!users.data && !users.error && <Loading />}
        {users.data && users.data.length === 0 && <Empty list="users" />}
        {users.data && users.data.length > 0 && (
          <div className="table-scroll">
            <table className="data-table" data-testid="users-table">
              <thead>
                <tr>
                  <th scope="col">{t('users.name')}</th>
                  <th scope="col">{t('users.login')}</th>
                  <th scope="col">{t('users.actingFor')}</th>
                  <th scope="col">{t('users.roles')}</th>
                  <th scope="col">{t('users.groups')}</th>
                  <th scope="col" className="num">{t('users.tokens')}</th>
                  <th scope="col">{t('users.state')}</th>
                  <th scope="col">{t('users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((u) => {
                  const actingFor = u.participant ?? u.organisation;
                  return (
                    <tr key={u.id} data-login={u.login} className={u.disabled ? 'disabled' : undefined}>
                      <td>{u.name}</td>
                      <td className="code">{u.login}</td>
                      <td>{actingFor ? (u.participant ? `${i18n.country(u.participant)} (${u.participant})` : actingFor) : '—'}</td>
                      <td>{u.roles.map((r) => t(`role.${r}`)).join(', ')}</td>
                      <td>{u.groups.join(', ') || '—'}</td>
                      <td className="num">{i18n.number(u.tokens)}</td>
                      <td>{u.disabled ? t('users.disabled') : t('users.active')}</td>
                      <td className="actions">
                        <button
                          type="button"
                          className="button-small"
                          disabled={busy === u.id || u.disabled}
                          onClick={() => act.run(u, async () => setToken({ name: u.name, token: (await issueToken(u.id)).token }))}
                        >
                          {t('users.issueToken')}
                        </button>
                        <button
                          type="button"
                          className="button-small button-secondary"
                          disabled={busy === u.id || u.disabled || u.id === me?.id}
                          onClick={() => act.run(u, async () => setTemporary({ name: u.name, password: (await resetPassword(u.id)).temporaryPassword }))}
                        >
                          {t('users.resetPassword')}
                        </button>
                        <button
                          type="button"
                          className="button-small button-secondary"
                          disabled={busy === u.id || u.id === me?.id}
                          onClick={() => act.run(u, async () => void (await updateUser(u.id, { disabled: !u.disabled })))}
                        >
                          {u.disabled ? t('users.enable') : t('users.disable')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CreateUserForm onCreated={onCreated} />
    </Page>
  );
}
