// One recommendation of the three-year review: its text, owner, status and the history of its status
// with the evidence; the Chair or the owning working group moves the status with evidence.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { useApi } from '../../ui/useApi';
import { changeRecommendation, fetchRecommendations, linkPriorityIssue, fetchRecommendation, RECOMMENDATION_STATUSES, type RecommendationDetail, type RecommendationStatus } from './api';
import { RecommendationStatusLabel } from './Labels';

function StatusForm({ rec, onChanged }: { rec: RecommendationDetail; onChanged(r: RecommendationDetail): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<RecommendationStatus>(rec.status === 'not-started' ? 'in-progress' : rec.status === 'in-progress' ? 'implemented' : 'in-progress');
  const [evidence, setEvidence] = useState('');
  const submit = useAction(async () => {
    onChanged(await changeRecommendation(rec.id, { status, evidence: evidence.trim() }));
    setEvidence('');
  });
  return (
    <form className="form card" onSubmit={submit.onSubmit} aria-labelledby="status-title">
      <h2 id="status-title">{t('recs.change')}</h2>
      <ErrorMessage error={submit.error} />
      <Field label={t('recs.status')}>
        {(c) => (
          <select {...c} name="status" value={status} onChange={(e) => setStatus(e.target.value as RecommendationStatus)}>
            {RECOMMENDATION_STATUSES.filter((s) => s !== rec.status).map((s) => (
              <option key={s} value={s}>
                {t(`recs.status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('recs.evidence')} hint={t('recs.evidenceHint')}>
        {(c) => <textarea {...c} name="evidence" rows={3} maxLength={4000} required value={evidence} onChange={(e) => setEvidence(e.target.value)} />}
      </Field>
      <button type="submit" disabled={submit.busy || !evidence.trim()}>
        {t('recs.save')}
      </button>
    </form>
  );
}

/** The Chair links the recommendation to the review's priority issues (or unlinks it). */
function PriorityIssues({ rec, manages }: { rec: RecommendationDetail; manages: boolean }) {
  const { t } = useI18n();
  const overview = useApi((signal) => fetchRecommendations({}, signal), [rec.id]);
  const issues = (overview.data?.priorityIssues ?? []).filter((i) => i.reviewId === rec.reviewId);
  const toggle = useAction(async (issue: string, linked: boolean) => {
    await linkPriorityIssue(issue, rec.id, linked);
    overview.reload();
  });
  if (issues.length === 0) return null;
  return (
    <section aria-labelledby="rec-issues-title">
      <h2 id="rec-issues-title">{t('recs.issues')}</h2>
      <ErrorMessage error={toggle.error} />
      <ul className="plain-list" data-testid="recommendation-issues">
        {issues.map((i) => {
          const linked = i.recommendations.includes(rec.id);
          return (
            <li key={i.id}>
              {manages ? (
                <label>
                  <input type="checkbox" checked={linked} disabled={toggle.busy} onChange={(e) => void toggle.run(i.id, e.target.checked)} /> <span lang="en">{i.title}</span>
                </label>
              ) : (
                linked && <span lang="en">{i.title}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function RecommendationPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchRecommendation(id, signal), [id]);
  const [changed, setChanged] = useState<RecommendationDetail>();
  const r = changed?.id === id ? changed : loaded.data;
  const may = !!r && (hasRole(user, 'chair') || hasRole(user, 'admin') || (hasRole(user, 'wg-member') && !!r.owner && !!user?.groups.includes(r.owner)));

  return (
    <Page title={r ? t('recs.one', { source: r.number ? String(r.number) : r.source }) : t('recs.title')}>
      <p className="back">
        <Link to="/recommendations">← {t('recs.title')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!r && !loaded.error && <Loading />}
      {r && (
        <>
          <p className="prose lead" lang="en" data-testid="recommendation-text">
            {r.text}
          </p>
          <dl className="facts">
            <div className="field">
              <dt>{t('recs.source')}</dt>
              <dd>{r.source}</dd>
            </div>
            <div className="field">
              <dt>{t('recs.owner')}</dt>
              <dd>{r.owner ?? '—'}</dd>
            </div>
            <div className="field">
              <dt>{t('recs.status')}</dt>
              <dd data-testid="recommendation-status">
                <RecommendationStatusLabel status={r.status} />
              </dd>
            </div>
          </dl>
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('recs.history')}</h2>
            {r.updates.length === 0 ? (
              <p className="empty">{t('recs.noHistory')}</p>
            ) : (
              <ol className="comments" data-testid="recommendation-history">
                {r.updates.map((u) => (
                  <li key={u.id}>
                    <div className="sub">
                      {u.author} · {i18n.instant(u.at)} · {t(`recs.status.${u.from as RecommendationStatus}`)} → {t(`recs.status.${u.to as RecommendationStatus}`)}
                    </div>
                    <p className="prose pre">{u.evidence}</p>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <PriorityIssues rec={r} manages={hasRole(user, 'chair') || hasRole(user, 'admin')} />
          {may && <StatusForm key={r.status} rec={r} onChanged={setChanged} />}
        </>
      )}
    </Page>
  );
}
