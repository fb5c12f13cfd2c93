// One review visit or mission: its facts and team, moving it (the working group), its report and
// recommendations (confidential), sharing the report with UN bodies (the Chair), and the action
// plans with items due or overdue, which their owner's officers mark done with evidence.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { useApi } from '../../ui/useApi';
import { adoptReport, completeItem, fetchReview, moveReview, shareReport, type ActionItem, type ReviewDetail } from './api';
import { ReviewStatusBadge, UrgencyBadge } from './Badges';
import { inMonitoringGroup, isChair } from './access';
import { AddItemForm, PlanForm, ReportForm, TeamForm } from './Forms';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** a change of the review: the page shows the review as the server returns it */
const useReviewChange = (onDone: (r: ReviewDetail) => void) => useAction(async (work: () => Promise<ReviewDetail>) => onDone(await work()));

function MovePanel({ review, onChanged }: { review: ReviewDetail; onChanged(r: ReviewDetail): void }) {
  const { t } = useI18n();
  const { busy, error, run } = useReviewChange(onChanged);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [doneOn, setDoneOn] = useState('');
  const [reason, setReason] = useState('');
  const submit = (body: Parameters<typeof moveReview>[1]) => (e: FormEvent) => {
    e.preventDefault();
    void run(() => moveReview(review.id, body));
  };
  if (review.status === 'done' || review.status === 'cancelled') return null;
  return (
    <section className="card" aria-labelledby="move-title">
      <h2 id="move-title">{t('reviews.move')}</h2>
      <ErrorMessage error={error} />
      {review.status === 'invited' && (
        <form className="form inline-form" onSubmit={submit({ status: 'scheduled', scheduledFrom: from, ...(to && { scheduledTo: to }) })}>
          <Field label={t('reviews.from')}>{(c) => <input {...c} type="date" name="scheduledFrom" required value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
          <Field label={t('reviews.to')}>{(c) => <input {...c} type="date" name="scheduledTo" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
          <button type="submit" disabled={busy}>{t('reviews.schedule')}</button>
        </form>
      )}
      {review.status === 'scheduled' && (
        <form className="form inline-form" onSubmit={submit({ status: 'done', doneOn })}>
          <Field label={t('reviews.doneOn')}>{(c) => <input {...c} type="date" name="doneOn" required value={doneOn} onChange={(e) => setDoneOn(e.target.value)} />}</Field>
          <button type="submit" disabled={busy}>{t('reviews.markDone')}</button>
        </form>
      )}
      <form className="form inline-form" onSubmit={submit({ status: 'cancelled', reason })}>
        <Field label={t('reviews.reason')}>{(c) => <input {...c} name="reason" required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
        <button type="submit" className="button-secondary" disabled={busy}>{t('reviews.cancel')}</button>
      </form>
    </section>
  );
}

function ItemRow({ item, mayComplete, onDone }: { item: ActionItem; mayComplete: boolean; onDone(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [evidence, setEvidence] = useState('');
  const complete = useAction(async () => {
    await completeItem(item.id, evidence.trim());
    onDone();
  });
  return (
    <tr data-testid="action-item" data-urgency={item.urgency ?? ''}>
      <td lang="en">{item.description}</td>
      <td>{item.owner}</td>
      <td>{i18n.day(item.deadline)}</td>
      <td>
        {item.status === 'done' ? t('reviews.itemDone') : t('reviews.itemOpen')} <UrgencyBadge urgency={item.urgency} />
        {item.evidence && <div className="sub" lang="en">{item.evidence}</div>}
      </td>
      <td>
        {item.status === 'open' && mayComplete && (
          <form className="inline-form" onSubmit={complete.onSubmit}>
            <ErrorMessage error={complete.error} />
            <Field label={t('reviews.evidence')}>{(c) => <input {...c} name="evidence" required maxLength={4000} value={evidence} onChange={(e) => setEvidence(e.target.value)} />}</Field>
            <button type="submit" className="button-secondary" disabled={!evidence.trim()}>{t('reviews.complete')}</button>
          </form>
        )}
      </td>
    </tr>
  );
}

function Documents({ review, onChanged, reload }: { review: ReviewDetail; onChanged(r: ReviewDetail): void; reload(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const { busy, error, run } = useReviewChange(onChanged);
  if (!review.documentsVisible) return <p className="message" data-testid="confidential">{t('reviews.confidential')}</p>;
  const monitoring = inMonitoringGroup(user);
  const acting = user?.participant ?? user?.organisation ?? null;
  const onTeam = !!user && acting !== null && acting !== review.participant && review.team.some((m) => m.member === acting) && ['officer', 'wg-member', 'observer'].some((r) => user.roles.includes(r as 'officer'));
  const mayWriteReport = (monitoring || onTeam) && review.status === 'done' && review.report?.status !== 'adopted';
  return (
    <>
      <section className="card" aria-labelledby="report-title" data-testid="report">
        <h2 id="report-title">{t('reviews.report')}</h2>
        <ErrorMessage error={error} />
        {review.report ? (
          <>
            <p className="sub">
              {t(review.report.status === 'adopted' ? 'reviews.reportAdopted' : 'reviews.reportSubmitted')}
              {review.sharedWithUn && review.sharedAt && ` · ${t('reviews.sharedBy', { who: review.sharedBy ?? '', when: i18n.instant(review.sharedAt) })}`}
            </p>
            <p className="prose pre" lang="en">{review.report.text}</p>
            {review.recommendations.length > 0 && (
              <>
                <h3>{t('reviews.recommendations')}</h3>
                <ol lang="en">
                  {review.recommendations.map((r) => (
                    <li key={r.id}>{r.text}</li>
                  ))}
                </ol>
              </>
            )}
            <div className="button-row">
              {monitoring && review.report.status === 'submitted' && (
                <button type="button" disabled={busy} onClick={() => void run(() => adoptReport(review.id))}>{t('reviews.adopt')}</button>
              )}
              {isChair(user) && (
                <button type="button" className="button-secondary" disabled={busy} onClick={() => void run(() => shareReport(review.id, !review.sharedWithUn))}>
                  {t(review.sharedWithUn ? 'reviews.unshare' : 'reviews.share')}
                </button>
              )}
            </div>
          </>
        ) : (
          <p className="empty">{t('reviews.noReport')}</p>
        )}
        {mayWriteReport && <ReportForm review={review} onDone={reload} />}
      </section>
      <section className="card" aria-labelledby="plans-title" data-testid="plans">
        <h2 id="plans-title">{t('reviews.plans')}</h2>
        {review.plans.length === 0 && <p className="empty">{t('reviews.noPlans')}</p>}
        {review.plans.map((p) => (
          <div key={p.id}>
            <h3 lang="en">{p.title}</h3>
            {p.basis && <p className="sub" lang="en">{p.basis}</p>}
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('reviews.item')}</th>
                    <th scope="col">{t('reviews.owner')}</th>
                    <th scope="col">{t('reviews.deadline')}</th>
                    <th scope="col">{t('reviews.status')}</th>
                    <th scope="col">{t('reviews.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.items.map((i) => (
                    <ItemRow key={i.id} item={i} mayComplete={monitoring || (user?.participant === i.owner && user.roles.includes('officer'))} onDone={reload} />
                  ))}
                </tbody>
              </table>
            </div>
            {monitoring && <AddItemForm planId={p.id} owner={review.participant} onDone={reload} />}
          </div>
        ))}
        {monitoring && <PlanForm review={review} onDone={reload} />}
      </section>
    </>
  );
}

export function ReviewPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchReview(id, signal), [id]);
  const [changed, setChanged] = useState<ReviewDetail>();
  const r = changed?.id === id ? changed : loaded.data;
  const reload = () => {
    setChanged(undefined);
    loaded.reload();
  };
  if (!r) {
    return (
      <Page title={t('nav.reviews')}>
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
        {loaded.loading && <Loading />}
      </Page>
    );
  }
  return (
    <Page title={`${t(`reviews.kind.${r.kind}`)} — ${i18n.country(r.participant)}`} intro={<Link to="/governance/reviews">{t('reviews.back')}</Link>}>
      <dl className="facts">
        <Fact label={t('reviews.status')}>
          <span data-testid="review-status"><ReviewStatusBadge status={r.status} /></span>
        </Fact>
        <Fact label={t('reviews.invitedOn')}>{i18n.day(r.invitedOn)}</Fact>
        <Fact label={t('reviews.dueBy')}>{r.dueBy ? i18n.day(r.dueBy) : '—'}</Fact>
        <Fact label={t('reviews.scheduled')}>{r.scheduledFrom ? `${i18n.day(r.scheduledFrom)} – ${i18n.day(r.scheduledTo ?? r.scheduledFrom)}` : '—'}</Fact>
        <Fact label={t('reviews.doneOn')}>{r.doneOn ? i18n.day(r.doneOn) : '—'}</Fact>
      </dl>
      <p lang="en">
        <strong>{t('reviews.purpose')}:</strong> {r.purpose}
      </p>
      {r.basis && <p className="sub" lang="en">{r.basis}</p>}
      {r.cancelledReason && <p className="message" lang="en">{r.cancelledReason}</p>}
      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('reviews.team')}</h2>
        {r.team.length === 0 ? (
          <p className="empty">{t('reviews.noTeam')}</p>
        ) : (
          <ul className="member-list">
            {r.team.map((m) => (
              <li key={`${m.member}-${m.person}`}>
                {m.person} ({m.member}){m.leader && ` — ${t('reviews.leader')}`}
              </li>
            ))}
          </ul>
        )}
        {inMonitoringGroup(user) && r.status !== 'done' && r.status !== 'cancelled' && <TeamForm key={r.team.length} review={r} onDone={reload} />}
      </section>
      {inMonitoringGroup(user) && <MovePanel review={r} onChanged={setChanged} />}
      <Documents review={r} onChanged={setChanged} reload={reload} />
    </Page>
  );
}
