// The monitoring findings (/findings?year=&participant=&type=&status=&severity=): what the detectors
// flagged, worst first, with filters; running the analysis of a year keeps what the detectors find
// (known findings keep their status).
import { useMemo, useState } from 'react';
import { Empty } from '../ui/Empty';
import { useI18n } from '../i18n';
import { Link, setQuery, useLocation } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { FilterSelect } from '../ui/FilterSelect';
import { useApi } from '../ui/useApi';
import { useDataYears } from '../statistics/useDataYears';
import { fetchRegistry } from '../participants/api';
import { today } from '../participants/types';
import { fetchFindings, fetchFindingTypes, runAnalysis } from './api';
import { FindingStatusBadge, SeverityBadge } from './Badges';
import { FINDING_STATUSES, SEVERITIES, type Finding } from './types';

const RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };

export function FindingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { query } = useLocation();
  const thisYear = new Date().getFullYear();
  const dataYears = useDataYears();
  // ?year=2005: that year; ?year=all: every year; none: the latest year with statistics (once known)
  const yearText = query.get('year') ?? '';
  const allYears = yearText === 'all';
  const asked = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const waiting = asked === undefined && !allYears && !dataYears.loaded;
  const year = asked ?? (allYears ? undefined : (dataYears.latest ?? undefined));
  const participant = query.get('participant') ?? undefined;
  const type = query.get('type') ?? undefined;
  const status = query.get('status') ?? undefined;
  const severity = query.get('severity') ?? undefined;
  const findings = useApi((signal) => (waiting ? Promise.resolve(undefined) : fetchFindings({ year, participant, type, status, severity }, signal)), [waiting, year, participant, type, status, severity, i18n.lang]);
  // the kinds of finding and their names, as the server's detectors name them in the reader's language
  const types = useApi((signal) => fetchFindingTypes(signal), [i18n.lang]);
  const registry = useApi((signal) => fetchRegistry(today(), signal), []);
  const [chosenRunYear, setRunYear] = useState<string>();
  const runYear = chosenRunYear ?? String(year ?? dataYears.latest ?? thisYear - 1);
  const [running, setRunning] = useState(false);
  const [runResult, setRunResult] = useState<{ year: number; new: number; total: number }>();
  const [runError, setRunError] = useState<unknown>();
  const years = Array.from({ length: thisYear - 2003 + 1 }, (_, i) => thisYear - i);

  const participants = useMemo(
    () => (registry.data?.participants ?? []).map((p) => ({ code: p.code, name: i18n.country(p.code, p.name) })).sort((a, b) => a.name.localeCompare(b.name, i18n.lang)),
    [registry.data, i18n],
  );
  const rows = useMemo(
    () => [...(findings.data?.findings ?? [])].sort((a: Finding, b: Finding) => (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3) || b.period.localeCompare(a.period) || a.participant.localeCompare(b.participant)),
    [findings.data],
  );

  const run = async () => {
    const y = Number(runYear);
    setRunning(true);
    setRunError(undefined);
    setRunResult(undefined);
    try {
      const r = await runAnalysis(y);
      setRunResult({ year: r.year, new: r.new, total: r.findings.length });
      if (year === y) findings.reload();
      else setQuery({ year: String(y) });
    } catch (e) {
      setRunError(e);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Page title={t('findings.title')} intro={t('findings.intro')}>
      <section className="card run-analysis" aria-labelledby="run-title">
        <h2 id="run-title">{t('findings.runTitle')}</h2>
        <div className="date-bar">
          <label>
            {t('stats.year')}{' '}
            <select name="runYear" value={runYear} onChange={(e) => setRunYear(e.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={run} disabled={running}>
            {running ? t('findings.running') : t('findings.run')}
          </button>
        </div>
        {runResult && (
          <p className="message message-ok" role="status" data-testid="run-result">
            {t('findings.ran', { year: runResult.year, total: runResult.total, new: runResult.new })}
          </p>
        )}
        <ErrorMessage error={runError} />
      </section>

      <form className="filters finding-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('findings.filters')}>
        <label>
          {t('findings.period')}
          <select name="year" value={allYears ? 'all' : year === undefined ? '' : String(year)} onChange={(e) => setQuery({ year: e.target.value || undefined })}>
            {year === undefined && !allYears && <option value="">{t('findings.any')}</option>}
            <option value="all">{t('findings.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect label={t('stats.participant')} name="participant" value={participant} anyLabel={t('findings.any')} options={participants.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))} onChange={(v) => setQuery({ participant: v })} />
        <FilterSelect label={t('findings.type')} name="type" value={type} anyLabel={t('findings.any')} options={(types.data?.types ?? []).map((ty) => ({ value: ty.type, label: ty.name }))} onChange={(v) => setQuery({ type: v })} />
        <FilterSelect label={t('findings.severity')} name="severity" value={severity} anyLabel={t('findings.any')} options={SEVERITIES.map((sv) => ({ value: sv, label: t(`severity.${sv}`) }))} onChange={(v) => setQuery({ severity: v })} />
        <FilterSelect label={t('cert.status')} name="status" value={status} anyLabel={t('findings.any')} options={FINDING_STATUSES.map((st) => ({ value: st, label: t(`findingStatus.${st}`) }))} onChange={(v) => setQuery({ status: v })} />
        {findings.loading && findings.data && <span className="busy" role="status">{t('app.loading')}</span>}
      </form>

      {findings.error ? <ErrorMessage error={findings.error} onRetry={findings.reload} /> : null}
      {!findings.data && !findings.error && <Loading />}
      {findings.data && rows.length === 0 && <Empty list="findings" />}
      {rows.length > 0 && (
        <p className="note" data-testid="findings-count">
          {t('findings.count', {
            total: rows.length,
            high: rows.filter((f) => f.severity === 'high').length,
            medium: rows.filter((f) => f.severity === 'medium').length,
            low: rows.filter((f) => f.severity === 'low').length,
          })}
        </p>
      )}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="findings-table">
            <caption className="visually-hidden">{t('findings.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('findings.severity')}</th>
                <th scope="col">{t('findings.type')}</th>
                <th scope="col">{t('stats.participant')}</th>
                <th scope="col">{t('findings.period')}</th>
                <th scope="col">{t('findings.summary')}</th>
                <th scope="col">{t('cert.status')}</th>
                <th scope="col">{t('findings.assignee')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id} data-finding={f.id} data-type={f.type} data-participant={f.participant}>
                  <td>
                    <SeverityBadge severity={f.severity} />
                  </td>
                  <td>{f.explained.name}</td>
                  <td>
                    {i18n.country(f.participant)} <span className="code sub">{f.participant}</span>
                  </td>
                  <td className="nowrap">{f.period}</td>
                  <td className="prose">
                    <Link to={`/findings/${f.id}`} lang={f.explained?.reason ? f.explained.lang : 'en'}>
                      {f.explained?.reason ?? f.summary}
                    </Link>
                  </td>
                  <td>
                    <FindingStatusBadge status={f.status} />
                  </td>
                  <td>{f.assignee ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
