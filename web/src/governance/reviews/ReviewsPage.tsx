// Peer review: action items due or overdue (for the working group on monitoring and the Chair), the
// review visits and missions, recording a new one, and the coverage of the scheme.
import { useState } from 'react';
import { Empty } from '../../ui/Empty';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { Link, navigate } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { FilterSelect } from '../../ui/FilterSelect';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { createReview, fetchDueItems, fetchReviews, type ReviewKind, type ReviewStatus } from './api';
import { ReviewStatusBadge, UrgencyBadge } from './Badges';
import { CoveragePanel } from './CoveragePanel';
import { inMonitoringGroup } from './access';
import { useAction } from '../../ui/useAction';

const STATUSES: ReviewStatus[] = ['invited', 'scheduled', 'done', 'cancelled'];

function DueItemsPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useApi((signal) => fetchDueItems(signal), []);
  return (
    <section className="card" aria-labelledby="due-title" data-testid="due-items">
      <h2 id="due-title">{t('reviews.dueItems')}</h2>
      <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      {loaded.data && loaded.data.reviews.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="due-reviews">
            <caption>{t('reviews.dueReviews')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviews.urgency')}</th>
                <th scope="col">{t('reviews.dueBy')}</th>
                <th scope="col">{t('reviews.participant')}</th>
                <th scope="col">{t('reviews.kind')}</th>
                <th scope="col">{t('reviews.status')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.reviews.map((r) => (
                <tr key={r.id} data-testid="due-review">
                  <td>
                    <UrgencyBadge urgency={r.urgency} />
                  </td>
                  <td>{i18n.day(r.dueBy)}</td>
                  <td>{i18n.country(r.participant)}</td>
                  <td>
                    <Link to={`/governance/reviews/${r.id}`}>{t(`reviews.kind.${r.kind}`)}</Link>
                  </td>
                  <td>
                    <ReviewStatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded.data && loaded.data.items.length === 0 && <p className="empty">{t('reviews.noDueItems')}</p>}
      {loaded.data && loaded.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('reviews.urgency')}</th>
                <th scope="col">{t('reviews.deadline')}</th>
                <th scope="col">{t('reviews.participant')}</th>
                <th scope="col">{t('reviews.owner')}</th>
                <th scope="col">{t('reviews.item')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.items.map((i) => (
                <tr key={i.id} data-testid="due-item">
                  <td>
                    <UrgencyBadge urgency={i.urgency} />
                  </td>
                  <td>{i18n.day(i.deadline)}</td>
                  <td>{i18n.country(i.participant)}</td>
                  <td>{i.owner}</td>
                  <td>
                    {i.reviewId ? <Link to={`/governance/reviews/${i.reviewId}`}>{i.description}</Link> : i.description}
                    <div className="sub" lang="en">{i.planTitle}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function NewReviewForm() {
  const { t } = useI18n();
  const [participant, setParticipant] = useState('');
  const [kind, setKind] = useState<ReviewKind>('visit');
  const [purpose, setPurpose] = useState('');
  const [invitedOn, setInvitedOn] = useState('');
  const [dueBy, setDueBy] = useState('');
  const submit = useAction(async () => {
    const r = await createReview({ participant: participant.trim().toUpperCase(), kind, purpose: purpose.trim(), invitedOn, ...(dueBy && { dueBy }) });
    navigate(`/governance/reviews/${r.id}`);
  });
  return (
    <section className="card" aria-labelledby="new-review-title">
      <h2 id="new-review-title">{t('reviews.new')}</h2>
      <ErrorMessage error={submit.error} />
      <form className="form" onSubmit={submit.onSubmit}>
        <Field label={t('reviews.participant')}>{(c) => <input {...c} name="participant" required maxLength={2} value={participant} onChange={(e) => setParticipant(e.target.value)} />}</Field>
        <Field label={t('reviews.kind')}>
          {(c) => (
            <select {...c} name="kind" value={kind} onChange={(e) => setKind(e.target.value as ReviewKind)}>
              <option value="visit">{t('reviews.kind.visit')}</option>
              <option value="mission">{t('reviews.kind.mission')}</option>
            </select>
          )}
        </Field>
        <Field label={t('reviews.purpose')}>{(c) => <input {...c} name="purpose" required maxLength={2000} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}</Field>
        <Field label={t('reviews.invitedOn')}>{(c) => <input {...c} name="invitedOn" type="date" required value={invitedOn} onChange={(e) => setInvitedOn(e.target.value)} />}</Field>
        <Field label={t('reviews.dueBy')}>{(c) => <input {...c} name="dueBy" type="date" value={dueBy} onChange={(e) => setDueBy(e.target.value)} />}</Field>
        <button type="submit" disabled={submit.busy}>
          {t('reviews.record')}
        </button>
      </form>
    </section>
  );
}

export function ReviewsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const [status, setStatus] = useState<string>();
  const loaded = useApi((signal) => fetchReviews({ status }, signal), [status]);
  const monitoring = inMonitoringGroup(user);
  return (
    <Page title={t('nav.reviews')} intro={t('reviews.intro')}>
      {monitoring && <DueItemsPanel />}
      <section className="card" aria-labelledby="list-title">
        <h2 id="list-title">{t('reviews.list')}</h2>
        <div className="filters">
          <FilterSelect label={t('reviews.status')} name="status" value={status} anyLabel={t('reviews.any')} options={STATUSES.map((s) => ({ value: s, label: t(`reviews.status.${s}`) }))} onChange={setStatus} />
        </div>
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
        {!loaded.data && loaded.loading && <Loading />}
        {loaded.data && loaded.data.reviews.length === 0 && <Empty list="reviews" />}
        {loaded.data && loaded.data.reviews.length > 0 && (
          <div className="table-scroll">
            <table className="data-table" data-testid="reviews">
              <thead>
                <tr>
                  <th scope="col">{t('reviews.participant')}</th>
                  <th scope="col">{t('reviews.kind')}</th>
                  <th scope="col">{t('reviews.status')}</th>
                  <th scope="col">{t('reviews.invitedOn')}</th>
                  <th scope="col">{t('reviews.dueBy')}</th>
                  <th scope="col">{t('reviews.doneOn')}</th>
                  <th scope="col">{t('reviews.leader')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.reviews.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/governance/reviews/${r.id}`}>{i18n.country(r.participant)}</Link>
                    </td>
                    <td>{t(`reviews.kind.${r.kind}`)}</td>
                    <td>
                      <ReviewStatusBadge status={r.status} />
                    </td>
                    <td>{i18n.day(r.invitedOn)}</td>
                    <td>{r.dueBy ? i18n.day(r.dueBy) : '—'}</td>
                    <td>{r.doneOn ? i18n.day(r.doneOn) : '—'}</td>
                    <td>{r.team.find((m) => m.leader)?.member ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {monitoring && <NewReviewForm />}
      <CoveragePanel />
    </Page>
  );
}
