// The users tied to a company (issue #21), on the company's page for the officers of its Participant:
// each tied user with a button to untie it, and the Participant's company users tied to no company to
// tie one (PUT/DELETE /api/companies/{licence}/users/{userId}, audited by the server).
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { Loading } from '../ui/Page';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { fetchCompanyUsers, tieCompanyUser, untieCompanyUser, type CompanyUser } from './api';
import { useAction } from '../ui/useAction';

export function CompanyUsersCard({ licence }: { licence: string }) {
  const { t } = useI18n();
  const found = useApi((signal) => fetchCompanyUsers(licence, signal), [licence]);
  const [chosen, setChosen] = useState('');
  const act = useAction(async (work: () => Promise<unknown>) => {
    await work();
    setChosen('');
    found.reload();
  });
  const untie = (u: CompanyUser) => {
    if (!found.data || !window.confirm(t('companyUsers.untieSure', { name: u.name, company: found.data.name }))) return;
    void act.run(() => untieCompanyUser(licence, u.id));
  };
  const tie = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) void act.run(() => tieCompanyUser(licence, chosen));
  };
  return (
    <section className="card" aria-labelledby="company-users-title" data-testid="company-users">
      <h2 id="company-users-title">{t('companyUsers.title')}</h2>
      <p className="hint">{t('companyUsers.intro')}</p>
      <ErrorMessage error={act.error ?? found.error} onRetry={found.error ? found.reload : undefined} />
      {!found.data && !found.error && <Loading />}
      {found.data && (
        <>
          {found.data.users.length === 0 ? (
            <p className="empty">{t('companyUsers.none')}</p>
          ) : (
            <ul data-testid="company-users-list">
              {found.data.users.map((u) => (
                <li key={u.id} data-login={u.login}>
                  {u.name} <span className="code">({u.login})</span>
                  {u.disabled && ` — ${t('companyUsers.disabled')}`}{' '}
                  <button type="button" className="button-secondary" disabled={act.busy} onClick={() => untie(u)}>
                    {t('companyUsers.untie')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {found.data.available.length === 0 ? (
            <p className="sub">{t('companyUsers.noneAvailable')}</p>
          ) : (
            <form className="inline-form" onSubmit={tie} data-testid="company-users-tie">
              <Field label={t('companyUsers.choose')}>
                {(f) => (
                  <select {...f} name="user" value={chosen} onChange={(e) => setChosen(e.target.value)} required>
                    <option value="">—</option>
                    {found.data!.available.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name} ({u.login})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="submit" disabled={act.busy || !chosen}>
                {t('companyUsers.tie')}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
