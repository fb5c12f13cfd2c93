// Participation (/governance/participation): the applications with how far their checklist is met,
// the Chair's status decisions (public record) and the chair rotation; the Chair records decisions,
// elections and the rotation here.
import { useState } from 'react';
import { Empty } from '../../ui/Empty';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link, navigate } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { fetchParticipant } from '../../participants/api';
import { today } from '../../participants/types';
import { apply, DECISION_KINDS, electViceChair, fetchApplications, fetchChairs, fetchDecisions, postDecision, rotateChair, type DecisionKind } from './api';
import { useAction } from '../../ui/useAction';

/** An applicant's authority officer applies (when its Participant has no application pending). */
function ApplyButton({ code }: { code: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  // only an entry that is not (or no longer) a Participant applies; a removed one is readmitted instead
  const entry = useApi((signal) => fetchParticipant(code, today(), signal), [code]);
  const submit = useAction(async () => {
    navigate(`/governance/participation/applications/${(await apply(code)).id}`);
  });
  if (!entry.data || !['applicant', 'non_participant', 'withdrawn'].includes(entry.data.status)) return null;
  return (
    <div className="card">
      <ErrorMessage error={submit.error} />
      <button type="button" onClick={() => void submit.run()}>
        {t('part.apply', { name: i18n.country(code) })}
      </button>
    </div>
  );
}

function Applications() {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const apps = useApi((signal) => fetchApplications(signal), []);
  if (apps.error) return <ErrorMessage error={apps.error} onRetry={apps.reload} />;
  if (!apps.data) return <Loading />;
  const rows = apps.data.applications;
  const own = user?.participant && hasRole(user, 'officer') ? user.participant : null;
  const mayApply = own !== null && !rows.some((a) => a.applicant === own && a.status === 'submitted') && !rows.some((a) => a.applicant === own && a.status === 'admitted');
  if (rows.length === 0) {
    return (
      <>
        <Empty list="participation" />
        {mayApply && <ApplyButton code={own!} />}
      </>
    );
  }
  return (
    <>
      {mayApply && <ApplyButton code={own!} />}
      <div className="table-scroll">
        <table className="data-table" data-testid="applications">
          <thead>
            <tr>
              <th scope="col">{t('part.applicant')}</th>
              <th scope="col">{t('part.status')}</th>
              <th scope="col">{t('part.submittedOn')}</th>
              <th scope="col" className="num">{t('part.met')}</th>
              <th scope="col">{t('part.decidedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} data-applicant={a.applicant}>
                <td>
                  <Link to={`/governance/participation/applications/${a.id}`}>{i18n.country(a.applicant, a.applicantName)}</Link>
                </td>
                <td data-status={a.status}>{t(`part.appStatus.${a.status}`)}</td>
                <td>{i18n.day(a.submittedOn)}</td>
                <td className="num">
                  {a.met}/{a.total}
                </td>
                <td>{a.decidedOn ? i18n.day(a.decidedOn) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function DecisionForm({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const [participant, setParticipant] = useState('');
  const [kind, setKind] = useState<DecisionKind>('suspension');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [reason, setReason] = useState('');
  const [basis, setBasis] = useState('');
  const submit = useAction(async () => {
    await postDecision({ participant: participant.trim().toUpperCase(), kind, effectiveOn, reason, basis });
    setReason('');
    setBasis('');
    onDone();
  });
  return (
    <form className="form card" onSubmit={submit.onSubmit} aria-label={t('part.decide')}>
      <ErrorMessage error={submit.error} />
      <div className="form-grid">
        <Field label={t('part.participant')}>{(c) => <input {...c} name="participant" required maxLength={2} value={participant} onChange={(e) => setParticipant(e.target.value)} />}</Field>
        <Field label={t('part.kind')}>
          {(c) => (
            <select {...c} name="kind" value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)}>
              {DECISION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`part.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('part.effectiveOn')}>{(c) => <input {...c} type="date" name="effectiveOn" required value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} />}</Field>
      </div>
      <Field label={t('part.reason')}>{(c) => <textarea {...c} name="reason" rows={2} required value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      <Field label={t('part.basis')}>{(c) => <textarea {...c} name="basis" rows={2} required value={basis} onChange={(e) => setBasis(e.target.value)} />}</Field>
      <button type="submit" disabled={submit.busy}>
        {t('part.decide')}
      </button>
    </form>
  );
}

function Decisions({ chair }: { chair: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useApi((signal) => fetchDecisions(signal), []);
  return (
    <>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.decisions.length === 0 && <Empty list="participationDecisions" />}
      {list.data && list.data.decisions.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="decisions">
            <thead>
              <tr>
                <th scope="col">{t('part.effectiveOn')}</th>
                <th scope="col">{t('part.participant')}</th>
                <th scope="col">{t('part.kind')}</th>
                <th scope="col">{t('part.reason')}</th>
                <th scope="col">{t('part.basis')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.decisions.map((d) => (
                <tr key={d.id}>
                  <td>{i18n.day(d.effectiveOn)}</td>
                  <td>{i18n.country(d.participant)}</td>
                  <td>{t(`part.kind.${d.kind}`)}</td>
                  <td lang="en">{d.reason}</td>
                  <td lang="en">{d.basis}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chair && <DecisionForm onDone={list.reload} />}
    </>
  );
}

function Chairs({ chair }: { chair: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useApi((signal) => fetchChairs(signal), []);
  const [vice, setVice] = useState('');
  const rows = list.data?.chairs ?? [];
  const last = rows[rows.length - 1];
  const act = useAction(async (work: () => Promise<unknown>) => {
    await work();
    list.reload();
  });
  return (
    <>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      <table className="data-table" data-testid="chairs">
        <thead>
          <tr>
            <th scope="col">{t('part.year')}</th>
            <th scope="col">{t('part.chair')}</th>
            <th scope="col">{t('part.viceChair')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.year}>
              <td>{c.year}</td>
              <td>{i18n.country(c.chair)}</td>
              <td>{c.viceChair ? i18n.country(c.viceChair) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chair && last && (
        <div className="card">
          <ErrorMessage error={act.error} />
          {last.viceChair ? (
            <button type="button" onClick={() => void act.run(() => rotateChair(last.year))}>
              {t('part.rotate')} ({last.year})
            </button>
          ) : (
            <form
              className="form inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void act.run(() => electViceChair(last.year, vice.trim().toUpperCase()));
              }}
            >
              <Field label={`${t('part.viceChair')} ${last.year}`}>{(c) => <input {...c} name="viceChair" required maxLength={2} value={vice} onChange={(e) => setVice(e.target.value)} />}</Field>
              <button type="submit">{t('part.electVice')}</button>
            </form>
          )}
        </div>
      )}
    </>
  );
}

export function ParticipationPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const chair = hasRole(user, 'chair') || hasRole(user, 'admin');
  // the committee, the Chair and administrators see every application; a Participant's users its own;
  // observers and UN bodies only the public record below
  const readsApplications = chair || (!!user && (user.participant !== null || (hasRole(user, 'wg-member') && user.groups.includes('PC'))));
  return (
    <Page title={t('nav.participation')} intro={t('part.intro')}>
      {readsApplications && (
        <section aria-labelledby="applications-title">
          <h2 id="applications-title">{t('part.applications')}</h2>
          <Applications />
        </section>
      )}
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t('part.decisions')}</h2>
        <Decisions chair={chair} />
      </section>
      <section aria-labelledby="chairs-title">
        <h2 id="chairs-title">{t('part.chairs')}</h2>
        <Chairs chair={chair} />
      </section>
    </Page>
  );
}
