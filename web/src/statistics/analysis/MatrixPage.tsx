// A year's partner matrix (/statistics/analysis/matrix?year=&flow=&unit=&a=&b=): reporters × partners as a
// heat map with row and column totals (one request); a click on a cell shows that pair over the
// quarters, both directions as each side reported them (one more request).
import { useMemo } from 'react';
import { OpeningYear } from '../OpeningYear';
import { useI18n } from '../../i18n';
import { setQuery, useLocation } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { useFormats } from '../../ui/format';
import { fetchMatrix, fetchPair, type MatrixCell, type PairQuarter } from './api';
import { AnalysisNav } from './Common';

type MatrixUnit = 'carats' | 'valueUsd';

export function MatrixPage() {
  const { t } = useI18n();
  return <OpeningYear title={t('an.matrixTitle')} fallback={new Date().getFullYear() - 1}>{(opening) => <MatrixView opening={opening} />}</OpeningYear>;
}

function MatrixView({ opening }: { opening: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { query } = useLocation();
  const thisYear = new Date().getFullYear();
  const year = Number(query.get('year') ?? '') || opening;
  const flow = query.get('flow') === 'import' ? 'import' : 'export';
  const unit: MatrixUnit = query.get('unit') === 'valueUsd' ? 'valueUsd' : 'carats';
  const a = query.get('a') ?? undefined;
  const b = query.get('b') ?? undefined;
  const matrix = useApi((signal) => fetchMatrix(year, flow, signal), [year, flow]);
  const pair = useApi((signal) => (a && b ? fetchPair(year, a, b, signal) : Promise.resolve(undefined)), [year, a, b]);
  const years = Array.from({ length: thisYear - 1990 + 1 }, (_, i) => thisYear - i);
  const value = (x: Pick<MatrixCell, MatrixUnit>) => x[unit];
  const show = (v: number) => (unit === 'carats' ? f.carats(v) : f.usdWhole(v));

  const m = useMemo(() => {
    const cells = matrix.data?.cells ?? [];
    const rowTotals = new Map<string, number>();
    const colTotals = new Map<string, number>();
    const at = new Map<string, number>();
    let max = 0;
    let total = 0;
    for (const c of cells) {
      const v = value(c);
      at.set(`${c.reporter}|${c.partner}`, v);
      rowTotals.set(c.reporter, (rowTotals.get(c.reporter) ?? 0) + v);
      colTotals.set(c.partner, (colTotals.get(c.partner) ?? 0) + v);
      max = Math.max(max, v);
      total += v;
    }
    const byTotal = (map: Map<string, number>) => [...map.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k);
    return { rows: byTotal(rowTotals), cols: byTotal(colTotals), rowTotals, colTotals, at, max, total };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [matrix.data, unit]);

  const heat = (v: number) => (m.max > 0 ? `rgb(26 115 168 / ${(0.08 + 0.82 * Math.sqrt(v / m.max)).toFixed(3)})` : undefined);
  const name = (code: string) => i18n.country(code, code);
  const exporterOf = (reporter: string, partner: string) => (flow === 'export' ? reporter : partner);

  return (
    <Page title={t('an.matrixTitle')} intro={t('an.matrixIntro')}>
      <AnalysisNav current="matrix" />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('an.filters')}>
        <label>
          {t('stats.year')}
          <select name="year" value={year} onChange={(e) => setQuery({ year: e.target.value, a: undefined, b: undefined })}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label>
          {t('an.flowLabel')}
          <select name="flow" value={flow} onChange={(e) => setQuery({ flow: e.target.value })}>
            <option value="export">{t('an.asExporters')}</option>
            <option value="import">{t('an.asImporters')}</option>
          </select>
        </label>
        <label>
          {t('an.unit')}
          <select name="unit" value={unit} onChange={(e) => setQuery({ unit: e.target.value })}>
            <option value="carats">{t('an.unit.carats')}</option>
            <option value="valueUsd">{t('an.unit.valueUsd')}</option>
          </select>
        </label>
      </form>
      {matrix.error ? <ErrorMessage error={matrix.error} onRetry={matrix.reload} /> : null}
      {!matrix.data && !matrix.error && <Loading />}
      {matrix.data && m.rows.length === 0 && <p className="empty">{t('an.noFigures')}</p>}
      {m.rows.length > 0 && (
        <>
          <p className="note">{t(flow === 'export' ? 'an.matrixNoteExport' : 'an.matrixNoteImport', { year })}</p>
          <div className="table-scroll">
            <table className="data-table heat-map" data-testid="matrix-table">
              <caption className="visually-hidden">{t('an.matrixTitle')} {year}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(flow === 'export' ? 'an.exporter' : 'an.importer')} \ {t(flow === 'export' ? 'an.importer' : 'an.exporter')}</th>
                  {m.cols.map((c) => <th key={c} scope="col" className="num" title={name(c)}>{c}</th>)}
                  <th scope="col" className="num">{t('an.total')}</th>
                </tr>
              </thead>
              <tbody>
                {m.rows.map((r) => (
                  <tr key={r}>
                    <th scope="row" title={name(r)}>{name(r)} ({r})</th>
                    {m.cols.map((c) => {
                      const v = m.at.get(`${r}|${c}`);
                      const selected = a === r && b === c;
                      return (
                        <td key={c} className="num" style={{ background: v ? heat(v) : undefined, outline: selected ? '2px solid #b3261e' : undefined, padding: 0 }} data-cell={`${r}-${c}`}>
                          {v !== undefined ? (
                            <button type="button" className="link-button" style={{ all: 'unset', cursor: 'pointer', display: 'block', padding: '0.3rem 0.5rem', color: v / m.max > 0.5 ? '#fff' : undefined }} title={t('an.cellTitle', { from: name(exporterOf(r, c)), to: name(exporterOf(r, c) === r ? c : r), value: show(v) })} onClick={() => setQuery({ a: r, b: c })}>
                              {show(v)}
                            </button>
                          ) : null}
                        </td>
                      );
                    })}
                    <td className="num" data-testid={`row-total-${r}`}><strong>{show(m.rowTotals.get(r) ?? 0)}</strong></td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('an.total')}</th>
                  {m.cols.map((c) => <td key={c} className="num" data-testid={`col-total-${c}`}><strong>{show(m.colTotals.get(c) ?? 0)}</strong></td>)}
                  <td className="num" data-testid="grand-total"><strong>{show(m.total)}</strong></td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
      {a && b && (
        <section className="card" aria-labelledby="pair-title" data-testid="pair">
          <h2 id="pair-title">{t('an.pairTitle', { a: name(a), b: name(b), year })}</h2>
          {pair.error ? <ErrorMessage error={pair.error} onRetry={pair.reload} /> : null}
          {!pair.data && !pair.error && <Loading />}
          {pair.data && (
            <div className="table-scroll">
              <table className="data-table" data-testid="pair-table">
                <thead>
                  <tr>
                    <th scope="col">{t('an.quarter')}</th>
                    <th scope="col" className="num">{t('an.exportsAsReported', { from: a, to: b })}</th>
                    <th scope="col" className="num">{t('an.importsAsReported', { from: a, to: b })}</th>
                    <th scope="col" className="num">{t('an.exportsAsReported', { from: b, to: a })}</th>
                    <th scope="col" className="num">{t('an.importsAsReported', { from: b, to: a })}</th>
                  </tr>
                </thead>
                <tbody>
                  {pair.data.aToB.exports.map((q, i) => {
                    const cell = (x: PairQuarter) => (x.reported ? show(value(x)) : '—');
                    return (
                      <tr key={q.period}>
                        <th scope="row">{q.period}</th>
                        <td className="num">{cell(q)}</td>
                        <td className="num">{cell(pair.data!.aToB.imports[i]!)}</td>
                        <td className="num">{cell(pair.data!.bToA.exports[i]!)}</td>
                        <td className="num">{cell(pair.data!.bToA.imports[i]!)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <button type="button" className="button-secondary" onClick={() => setQuery({ a: undefined, b: undefined })}>
            {t('an.closePair')}
          </button>
        </section>
      )}
    </Page>
  );
}
