// The administrator's form for a new user: who they are, whom they act for (a Participant or an
// organisation), their roles and working groups, and an optional password.
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { useApi } from '../ui/useApi';
import { fetchRegistry } from '../participants/api';
import { today } from '../participants/types';
import { createUser, fetchRegistryBodies } from './api';
import { fetchCompaniesOf } from '../companies/api';
import { ROLES, type Role, type User } from './types';
import { useAction } from '../ui/useAction';

export function CreateUserForm({ onCreated }: { onCreated(user: User): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const bodies = useApi((signal) => Promise.all([fetchRegistry(today(), signal), fetchRegistryBodies(signal)]), []);
  const [name, setName] = useState('');
  const [login, setLogin] = useState('');
  const [actingFor, setActingFor] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [groups, setGroups] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [email, setEmail] = useState('');
  const [company, setCompany] = useState('');

  const participants = useMemo(
    () => (bodies.data?.[0].participants ?? []).map((p) => ({ code: p.code, name: i18n.country(p.code, p.name) })).sort((a, b) => a.name.localeCompare(b.name, i18n.lang)),
    [bodies.data, i18n],
  );
  const organisations = bodies.data?.[1].organisations ?? [];
  // a company user of a Participant: the companies of its register, to tie it to one as it is created
  const isParticipant = participants.some((p) => p.code === actingFor);
  const wantsCompany = roles.includes('company') && isParticipant;
  const register = useApi((signal) => (wantsCompany ? fetchCompaniesOf(actingFor, signal) : Promise.resolve(null)), [wantsCompany, actingFor]);
  const companies = wantsCompany ? (register.data?.companies ?? []) : [];
  const workingGroups = bodies.data?.[1].workingGroups ?? [];

  const toggle = <T extends string>(list: T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((v) => v !== value));

  const submit = useAction(async () => {
    if (roles.length === 0) throw new Error(t('users.needRole'));
    const user = await createUser({
      name: name.trim(),
      ...(login.trim() && { login: login.trim() }),
      participant: actingFor || null,
      roles,
      groups,
      ...(password && { password }),
      ...(email.trim() && { email: email.trim() }),
      ...(wantsCompany && company && { company }),
    });
    setName('');
    setLogin('');
    setActingFor('');
    setRoles([]);
    setGroups([]);
    setPassword('');
    setEmail('');
    setCompany('');
    onCreated(user);
  });

  return (
    <form className="card form" onSubmit={submit.onSubmit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create')}</h2>
      <ErrorMessage error={submit.error ?? bodies.error} />
      <div className="form-grid">
        <Field label={t('users.name')}>
          {(c) => <input {...c} name="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('users.login')} hint={t('users.loginHint')}>
          {(c) => <input {...c} name="login" maxLength={64} value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="off" />}
        </Field>
        <Field label={t('users.actingFor')}>
          {(c) => (
            <select {...c} name="participant" value={actingFor} onChange={(e) => setActingFor(e.target.value)}>
              <option value="">{t('users.nobody')}</option>
              <optgroup label={t('users.participants')}>
                {participants.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name} ({p.code})
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('users.organisations')}>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} ({o.id})
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        <Field label={t('users.password')} hint={t('users.passwordHint')}>
          {(c) => <input {...c} name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <Field label={t('users.email')} hint={t('users.emailHint')}>
          {(c) => <input {...c} name="email" type="email" maxLength={254} autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
      </div>
      <fieldset className="checks">
        <legend>{t('users.roles')}</legend>
        {ROLES.map((r) => (
          <label key={r} className="check">
            <input type="checkbox" name="roles" value={r} checked={roles.includes(r)} onChange={(e) => setRoles(toggle(roles, r, e.target.checked))} />
            {t(`role.${r}`)}
          </label>
        ))}
      </fieldset>
      {wantsCompany && (
        <div className="form-grid">
          <Field label={t('users.company')} hint={t('users.companyHint')}>
            {(c) => (
              <select {...c} name="company" value={company} onChange={(e) => setCompany(e.target.value)} data-testid="user-company">
                <option value="">{t('users.companyNone')}</option>
                {companies.map((co) => (
                  <option key={co.licence} value={co.licence}>
                    {co.name} ({co.licence})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {workingGroups.length > 0 && (
        <fieldset className="checks">
          <legend>{t('users.groups')}</legend>
          {workingGroups.map((g) => (
            <label key={g.id} className="check" title={g.name}>
              <input type="checkbox" name="groups" value={g.id} checked={groups.includes(g.id)} onChange={(e) => setGroups(toggle(groups, g.id, e.target.checked))} />
              {g.id}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={submit.busy}>
        {submit.busy ? t('users.busy') : t('users.submit')}
      </button>
    </form>
  );
}
