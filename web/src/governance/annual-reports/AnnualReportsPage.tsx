// Annual reports (/governance/annual-reports?year=): the reports of a year with their assessment;
// the working group on monitoring also sees who has not reported; an authority officer submits its
// Participant's report here.
import { useState, type ChangeEvent } from 'react';
import { OpeningYear } from '../../statistics/OpeningYear';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link, navigate, setQuery, useLocation } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { fetchMissing, fetchReports, submitReport } from './api';
import { useAction } from '../../ui/useAction';

function SubmitForm({ participant, year }: { participant: string; year: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [body, setBody] = useState('');
  const [attachment, setAttachment] = useState<{ name: string; text: string } | null>(null);
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setAttachment(file ? { name: file.name, text: await file.text() } : null);
  };
  const submit = useAction(async () => {
    const r = await submitReport({ participant, year, body, ...(attachment && { attachmentName: attachment.name, attachment: attachment.text }) });
    navigate(`/governance/annual-reports/${r.id}`);
  });
  return (
    <form className="form card" onSubmit={submit.onSubmit} aria-labelledby="submit-title">
      <h2 id="submit-title">{t('ar.submitTitle', { name: i18n.country(participant), year })}</h2>
      <ErrorMessage error={submit.error} />
      <Field label={t('ar.body')}>{(c) => <textarea {...c} name="body" rows={8} required value={body} onChange={(e) => setBody(e.target.value)} />}</Field>
      <Field label={t('ar.attachment')}>{(c) => <input {...c} type="file" name="attachment" accept=".md,.txt,text/plain,text/markdown" onChange={(e) => void pick(e)} />}</Field>
      <button type="submit">{t('ar.submit')}</button>
    </form>
  );
}

export function AnnualReportsPage() {
  const { t } = useI18n();
  return <OpeningYear title={t('nav.annualReports')} fallback={new Date().getFullYear() - 1}>{(opening) => <AnnualReportsView opening={opening} />}</OpeningYear>;
}

function AnnualReportsView({ opening }: { opening: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const { query } = useLocation();
  const thisYear = new Date().getFullYear();
  const yearText = query.get('year') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : opening;
  const years = Array.from({ length: thisYear - 2003 + 1 }, (_, i) => thisYear - i);
  const group = !!user && ((hasRole(user, 'wg-member') && user.groups.includes('WGM')) || hasRole(user, 'chair') || hasRole(user, 'admin'));
  const officer = !!user && hasRole(user, 'officer') && !!user.participant;
  const reports = useApi((signal) => fetchReports(year, signal), [year]);
  const missing = useApi((signal) => (group ? fetchMissing(year, signal) : Promise.resolve(undefined)), [year, group]);
  const own = officer ? reports.data?.reports.find((r) => r.participant === user!.participant) : undefined;

  return (
    <Page title={t('nav.annualReports')} intro={t('ar.intro')}>
      <div className="form inline-form">
        <label htmlFor="ar-year">{t('ar.year')}</label>
        <select id="ar-year" name="year" value={year} onChange={(e) => setQuery({ year: e.target.value })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {reports.error ? <ErrorMessage error={reports.error} onRetry={reports.reload} /> : null}
      {!reports.data && !reports.error && <Loading />}
      {reports.data && reports.data.reports.length === 0 && <p className="empty">{t('ar.none')}</p>}
      {reports.data && reports.data.reports.length > 0 && (
        <table className="data-table" data-testid="annual-reports">
          <thead>
            <tr>
              <th scope="col">{t('ar.participant')}</th>
              <th scope="col">{t('ar.submitted')}</th>
              <th scope="col">{t('ar.assessment')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.data.reports.map((r) => (
              <tr key={r.id} data-participant={r.participant}>
                <td>
                  <Link to={`/governance/annual-reports/${r.id}`}>{i18n.country(r.participant)}</Link>
                </td>
                <td>{i18n.instant(r.submittedAt)}</td>
                <td data-status={r.status}>{r.outcome ? t(`ar.outcome.${r.outcome}`) : t(`ar.status.${r.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {group && missing.data && (
        <section aria-labelledby="missing-title">
          <h2 id="missing-title">{t('ar.missing', { count: missing.data.missing.length })}</h2>
          <p data-testid="missing">{missing.data.missing.map((m) => i18n.country(m.code, m.name)).join(', ')}</p>
        </section>
      )}
      {officer && reports.data && (!own || own.status === 'submitted') && <SubmitForm participant={user!.participant!} year={year} />}
    </Page>
  );
}
