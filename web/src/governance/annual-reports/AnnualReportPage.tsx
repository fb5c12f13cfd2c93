// One annual report (/governance/annual-reports/:id): its text, annex and assessment; the working
// group on monitoring comments and closes it with an outcome.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { assessReport, fetchReport, OUTCOMES, type AnnualReportDetail, type Outcome } from './api';
import { useAction } from '../../ui/useAction';

function Assessment({ report, onChanged }: { report: AnnualReportDetail; onChanged(r: AnnualReportDetail): void }) {
  const { t } = useI18n();
  const [comments, setComments] = useState(report.comments ?? '');
  const [outcome, setOutcome] = useState<Outcome | ''>(report.outcome ?? '');
  const submit = useAction(async () => {
    onChanged(await assessReport(report.id, { status: outcome ? 'assessed' : 'submitted', ...(outcome && { outcome }), ...(comments.trim() && { comments: comments.trim() }) }));
  });
  return (
    <form className="form card" onSubmit={submit.onSubmit} aria-labelledby="assess-title">
      <h2 id="assess-title">{t('ar.assessment')}</h2>
      <ErrorMessage error={submit.error} />
      <Field label={t('ar.comments')}>{(c) => <textarea {...c} name="comments" rows={4} value={comments} onChange={(e) => setComments(e.target.value)} />}</Field>
      <Field label={t('ar.outcome')}>
        {(c) => (
          <select {...c} name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome | '')}>
            <option value="">{t('ar.status.submitted')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`ar.outcome.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit">{t('ar.assess')}</button>
    </form>
  );
}

export function AnnualReportPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchReport(id, signal), [id]);
  const [changed, setChanged] = useState<AnnualReportDetail>();
  const r = changed?.id === id ? changed : loaded.data;
  const group = !!user && ((hasRole(user, 'wg-member') && user.groups.includes('WGM')) || hasRole(user, 'chair') || hasRole(user, 'admin'));
  return (
    <Page title={r ? t('ar.title', { year: r.year, name: i18n.country(r.participant) }) : t('nav.annualReports')}>
      <p className="back">
        <Link to={r ? `/governance/annual-reports?year=${r.year}` : '/governance/annual-reports'}>← {t('ar.back')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!r && !loaded.error && <Loading />}
      {r && (
        <>
          <dl className="facts">
            <div className="field">
              <dt>{t('ar.submitted')}</dt>
              <dd>
                {i18n.instant(r.submittedAt)} · {r.submittedBy}
              </dd>
            </div>
            <div className="field">
              <dt>{t('ar.assessment')}</dt>
              <dd data-testid="report-status" data-status={r.status}>
                {r.outcome ? t(`ar.outcome.${r.outcome}`) : t(`ar.status.${r.status}`)}
              </dd>
            </div>
          </dl>
          {r.comments && (
            <div className="message message-ok">
              <p>
                <strong>{t('ar.comments')}:</strong> {r.comments}
              </p>
            </div>
          )}
          <section aria-labelledby="body-title">
            <h2 id="body-title">{t('ar.body')}</h2>
            <p className="prose pre" data-testid="report-body">
              {r.body}
            </p>
          </section>
          {r.attachment && (
            <section aria-labelledby="annex-title">
              <h2 id="annex-title">
                {t('ar.attachment')}: <span className="code">{r.attachmentName}</span>
              </h2>
              <pre className="prose">{r.attachment}</pre>
            </section>
          )}
          {group && r.status === 'submitted' && <Assessment report={r} onChanged={setChanged} />}
        </>
      )}
    </Page>
  );
}
