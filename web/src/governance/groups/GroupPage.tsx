// One working group (/governance/groups/:id): its chair and members with their dates (public), its
// meetings (the group's members); the group's chair, the Chair and administrators record meetings
// and members.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole, type User } from '../../auth/types';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { addMeeting, fetchGroup, fetchMeetings, putMember, type Group } from './api';
import { useAction } from '../../ui/useAction';

const keeps = (user: User | null, g: Group) =>
  !!user && (hasRole(user, 'chair') || hasRole(user, 'admin') || (hasRole(user, 'wg-member') && user.groups.includes(g.id) && (user.participant ?? user.organisation) === g.chair));

function Meetings({ group, mayKeep }: { group: Group; mayKeep: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useApi((signal) => fetchMeetings(group.id, signal), [group.id]);
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState('');
  const [minutes, setMinutes] = useState('');
  const submit = useAction(async () => {
    await addMeeting(group.id, { heldOn, place, agenda, ...(minutes.trim() && { minutes: minutes.trim() }) });
    setAgenda('');
    setMinutes('');
    list.reload();
  });
  if (list.error) return <p className="empty">{t('groups.meetingsHidden')}</p>;
  return (
    <>
      {!list.data && <Loading />}
      {list.data && list.data.meetings.length === 0 && <p className="empty">{t('groups.noMeetings')}</p>}
      {list.data && list.data.meetings.length > 0 && (
        <ol className="comments" data-testid="meetings">
          {list.data.meetings.map((m) => (
            <li key={m.id}>
              <h3>
                {i18n.day(m.heldOn)} · {m.place}
              </h3>
              <p className="prose pre">
                <strong>{t('groups.agenda')}:</strong> {m.agenda}
              </p>
              {m.minutes && (
                <p className="prose pre">
                  <strong>{t('groups.minutes')}:</strong> {m.minutes}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {mayKeep && (
        <form className="form card" onSubmit={submit.onSubmit} aria-label={t('groups.addMeeting')}>
          <ErrorMessage error={submit.error} />
          <div className="form-grid">
            <Field label={t('groups.heldOn')}>{(c) => <input {...c} type="date" name="heldOn" required value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />}</Field>
            <Field label={t('groups.place')}>{(c) => <input {...c} name="place" required value={place} onChange={(e) => setPlace(e.target.value)} />}</Field>
          </div>
          <Field label={t('groups.agenda')}>{(c) => <textarea {...c} name="agenda" rows={3} required value={agenda} onChange={(e) => setAgenda(e.target.value)} />}</Field>
          <Field label={t('groups.minutes')}>{(c) => <textarea {...c} name="minutes" rows={3} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}</Field>
          <button type="submit">{t('groups.addMeeting')}</button>
        </form>
      )}
    </>
  );
}

function MemberForm({ group, onChanged }: { group: Group; onChanged(g: Group): void }) {
  const { t } = useI18n();
  const [member, setMember] = useState('');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const submit = useAction(async () => {
    onChanged(await putMember(group.id, member.trim().toUpperCase(), { ...(since && { since }), ...(until && { until }) }));
    setMember('');
  });
  return (
    <form className="form card" onSubmit={submit.onSubmit} aria-label={t('groups.addMember')}>
      <ErrorMessage error={submit.error} />
      <div className="form-grid">
        <Field label={t('groups.member')}>{(c) => <input {...c} name="member" required maxLength={16} value={member} onChange={(e) => setMember(e.target.value)} />}</Field>
        <Field label={t('groups.since')}>{(c) => <input {...c} type="date" name="since" value={since} onChange={(e) => setSince(e.target.value)} />}</Field>
        <Field label={t('groups.until')}>{(c) => <input {...c} type="date" name="until" value={until} onChange={(e) => setUntil(e.target.value)} />}</Field>
      </div>
      <button type="submit" className="button-secondary">
        {t('groups.addMember')}
      </button>
    </form>
  );
}

export function GroupPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchGroup(id, signal), [id]);
  const [changed, setChanged] = useState<Group>();
  const g = changed?.id === id ? changed : loaded.data;
  return (
    <Page title={g ? g.name : t('nav.groups')}>
      <p className="back">
        <Link to="/governance/groups">← {t('groups.back')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!g && !loaded.error && <Loading />}
      {g && (
        <>
          <dl className="facts">
            <div className="field">
              <dt>{t('groups.chair')}</dt>
              <dd data-testid="group-chair">{i18n.country(g.chair)}</dd>
            </div>
            {g.established && (
              <div className="field">
                <dt>{t('groups.since')}</dt>
                <dd>{i18n.day(g.established)}</dd>
              </div>
            )}
          </dl>
          {g.note && <p lang="en">{g.note}</p>}
          <section aria-labelledby="members-title">
            <h2 id="members-title">{t('groups.members')}</h2>
            <table className="data-table" data-testid="members">
              <thead>
                <tr>
                  <th scope="col">{t('groups.member')}</th>
                  <th scope="col">{t('groups.since')}</th>
                  <th scope="col">{t('groups.until')}</th>
                </tr>
              </thead>
              <tbody>
                {g.members.map((m) => (
                  <tr key={m.member} data-member={m.member}>
                    <td>
                      {i18n.country(m.member)}
                      {m.role === 'coordinator' && <span className="sub"> · {t('groups.coordinator')}{m.region ? ` (${m.region})` : ''}</span>}
                    </td>
                    <td>{m.since ? i18n.day(m.since) : '—'}</td>
                    <td>{m.until ? i18n.day(m.until) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {keeps(user, g) && <MemberForm group={g} onChanged={setChanged} />}
          </section>
          {user && (
            <section aria-labelledby="meetings-title">
              <h2 id="meetings-title">{t('groups.meetings')}</h2>
              <Meetings group={g} mayKeep={keeps(user, g)} />
            </section>
          )}
        </>
      )}
    </Page>
  );
}
