// The working group on statistics' tables for a year: mirror reconciliation (A's exports to B
// against B's imports from A, per quarter) and compliance with the submission deadlines.
import { useI18n } from '../i18n';
import { OpeningYear } from './OpeningYear';
import { setQuery, useLocation } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { fetchCompliance, fetchReconciliation } from './api';
import type { Kind } from './types';
import { Discrepancies, HabitualList, tradeColumns } from './Discrepancies';
import { useState } from 'react';
import { TableHead } from '../ui/TableHead';

function ReconciliationTable({ year, all, generation }: { year: number; all: boolean; generation: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const rec = useApi((signal) => fetchReconciliation(year, { all }, signal), [year, all, generation]);
  const r = rec.data;
  if (rec.error) return <ErrorMessage error={rec.error} onRetry={rec.reload} />;
  if (!r) return <Loading />;
  return (
    <>
      <p className="note" data-testid="reconciliation-counts">
        {t('review.counts', { agreed: r.counts.agreed, discrepancy: r.counts.discrepancy, timing: r.counts.timing, unreported: r.counts.unreported, tolerance: f.percent(r.tolerance) })}
      </p>
      {r.lines.length === 0 ? (
        <p className="empty">{t('review.noLines')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="reconciliation-table">
            <TableHead columns={[...tradeColumns(t), { label: t('review.index'), num: true }, t('cert.status')]} />
            <tbody>
              {r.lines.map((l) => (
                <tr key={`${l.exporter}-${l.importer}-${l.period}`} data-status={l.status}>
                  <td>{i18n.country(l.exporter)}</td>
                  <td>{i18n.country(l.importer)}</td>
                  <td className="nowrap">{l.period}</td>
                  <td className="num">
                    {f.carats(l.exports.carats)}
                    <div className="sub">{f.money(l.exports.valueUsd)}</div>
                  </td>
                  <td className="num">
                    {f.carats(l.imports.carats)}
                    <div className="sub">{f.money(l.imports.valueUsd)}</div>
                  </td>
                  <td className="num">
                    {f.percent(l.index.carats)}
                    <div className="sub">{f.percent(l.index.valueUsd)}</div>
                  </td>
                  <td>
                    <span className="mirror-badge" data-mirror={l.status}>
                      {t(`mirror.${l.status}`)}
                    </span>
                    {l.offsetBy && <div className="sub">{t('review.offsetBy', { period: l.offsetBy })}</div>}
                    {l.discrepancy && <div className="sub">{t('review.opened', { status: t(`discrepancyStatus.${l.discrepancy.status as 'open' | 'explained' | 'resolved'}`) })}</div>}
                    {l.missing && l.missing.length > 0 && <div className="sub">{t('review.missing', { who: l.missing.map((c) => i18n.country(c)).join(', ') })}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function ComplianceTable({ year, kind }: { year: number; kind: Kind }) {
  const i18n = useI18n();
  const { t } = i18n;
  const c = useApi((signal) => fetchCompliance(year, kind, signal), [year, kind]);
  const d = c.data;
  if (c.error) return <ErrorMessage error={c.error} onRetry={c.reload} />;
  if (!d) return <Loading />;
  return (
    <div className="table-scroll">
      <table className="data-table compliance-table" data-testid="compliance-table">
        <caption className="visually-hidden">{t('review.compliance')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.participant')}</th>
            {d.periods.map((p) => (
              <th key={p.period} scope="col">
                {p.period}
                <div className="sub">{t('review.due', { date: i18n.day(p.dueDate) })}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...d.participants].sort((a, b) => i18n.country(a.participant, a.name).localeCompare(i18n.country(b.participant, b.name), i18n.lang)).map((p) => (
            <tr key={p.participant}>
              <th scope="row">{i18n.country(p.participant, p.name)}</th>
              {p.cells.map((cell) => (
                <td key={cell.period} data-compliance={cell.status}>
                  <span className="compliance-badge" data-compliance={cell.status}>
                    {t(`compliance.${cell.status}`)}
                  </span>
                  {cell.submittedOn && <div className="sub">{i18n.day(cell.submittedOn.slice(0, 10))}</div>}
                  {cell.unconfirmed > 0 && <div className="sub" data-testid="unconfirmed">{t('compliance.unconfirmed', { n: cell.unconfirmed })}</div>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReviewPage() {
  const { t } = useI18n();
  return <OpeningYear title={t('review.title')} fallback={new Date().getFullYear() - 1}>{(opening) => <ReviewView opening={opening} />}</OpeningYear>;
}

function ReviewView({ opening }: { opening: number }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const thisYear = new Date().getFullYear();
  const asked = query.get('year');
  const year = asked && /^\d{4}$/.test(asked) ? Number(asked) : opening;
  const all = query.get('all') === '1';
  const kind: Kind = query.get('kind') === 'production' ? 'production' : 'trade';
  const years = Array.from({ length: thisYear - 2003 + 1 }, (_, i) => thisYear - i);
  const [generation, setGeneration] = useState(0);

  return (
    <Page title={t('review.title')} intro={t('review.intro')}>
      <form className="date-bar" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('stats.year')}{' '}
          <select name="year" value={year} onChange={(e) => setQuery({ year: e.target.value })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </form>
      <section aria-labelledby="reconciliation-title">
        <h2 id="reconciliation-title">{t('review.reconciliation')}</h2>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(e) => setQuery({ all: e.target.checked ? '1' : undefined })} />
          {t('review.showAgreed')}
        </label>
        <ReconciliationTable year={year} all={all} generation={generation} />
      </section>
      <section aria-labelledby="discrepancies-title">
        <h2 id="discrepancies-title">{t('discrepancy.title')}</h2>
        <Discrepancies year={year} onChange={() => setGeneration((g) => g + 1)} />
      </section>
      <section aria-labelledby="compliance-title">
        <h2 id="compliance-title">{t('review.compliance')}</h2>
        <div className="segmented" role="group" aria-label={t('submit.kind')}>
          {(['trade', 'production'] as const).map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} onClick={() => setQuery({ kind: k === 'trade' ? undefined : k })}>
              {t(`submit.kind.${k}`)}
            </button>
          ))}
        </div>
        <ComplianceTable year={year} kind={kind} />
        <h3 className="spaced">{t('review.habitual')}</h3>
        <HabitualList kind={kind} />
      </section>
    </Page>
  );
}
