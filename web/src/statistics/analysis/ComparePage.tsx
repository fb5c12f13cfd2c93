// Several Participants on one measure over the years (/statistics/analysis/compare?participants=ZA,BW&flow=&unit=):
// one request for all of them, a line per Participant and the table years × Participants.
import { useMemo } from 'react';
import { OpeningYear } from '../OpeningYear';
import { useI18n } from '../../i18n';
import { setQuery, useLocation } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { useFormats } from '../../ui/format';
import { fetchSeries } from './api';
import { byYear, FLOWS, measure, UNITS, yearRange, type Flow, type Unit } from './model';
import { AnalysisNav, useParticipants, YearRange, YearsChart } from './Common';

export const MAX_COMPARED = 12;

export function AnalysisComparePage() {
  const { t } = useI18n();
  return <OpeningYear title={t('an.compareTitle', { max: MAX_COMPARED })} fallback={new Date().getFullYear()}>{(opening) => <CompareView opening={opening} />}</OpeningYear>;
}

function CompareView({ opening }: { opening: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { query } = useLocation();
  const all = useParticipants();
  const chosen = (query.get('participants') ?? '').split(',').filter((c) => /^[A-Z]{2}$/.test(c)).slice(0, MAX_COMPARED);
  const { from, to } = yearRange(query, opening);
  const flow = (FLOWS as readonly string[]).includes(query.get('flow') ?? '') ? (query.get('flow') as Flow) : 'exports';
  const unit = (UNITS as readonly string[]).includes(query.get('unit') ?? '') ? (query.get('unit') as Unit) : 'carats';
  const key = chosen.join(',');
  const series = useApi((signal) => (chosen.length ? fetchSeries(chosen, from, to, signal) : Promise.resolve(undefined)), [key, from, to]);
  const name = (code: string) => all.find((p) => p.code === code)?.name ?? code;

  const table = useMemo(() => {
    const perParticipant = new Map((series.data?.series ?? []).map((s) => [s.participant, byYear(s.points, from, to)]));
    const years: { year: number; values: (number | null)[] }[] = [];
    for (let y = from; y <= to; y++) years.push({ year: y, values: chosen.map((c) => { const row = perParticipant.get(c)?.find((r) => r.year === y); return row ? measure(row, flow, unit) : null; }) });
    return years.filter((y) => y.values.some((v) => v !== null));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [series.data, from, to, flow, unit, key]);
  const points = table.flatMap((y) => y.values.map((v, i) => (v === null ? null : { year: y.year, series: name(chosen[i]!), value: v })).filter((p): p is { year: number; series: string; value: number } => p !== null));
  const fmt = (v: number | null) => (v === null ? '—' : unit === 'carats' ? f.carats(v) : unit === 'valueUsd' ? f.usdWhole(v) : f.perCarat(v));
  const setChosen = (codes: string[]) => setQuery({ participants: codes.length ? codes.join(',') : undefined });
  const measureName = `${t(`an.flow.${flow}`)}, ${t(`an.unit.${unit}`)}`;

  return (
    <Page title={t('an.compareTitle')} intro={t('an.compareIntro', { max: MAX_COMPARED })}>
      <AnalysisNav current="compare" />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('an.filters')}>
        <label>
          {t('an.add')}
          <select name="add" value="" disabled={chosen.length >= MAX_COMPARED} onChange={(e) => e.target.value && setChosen([...chosen, e.target.value])}>
            <option value="">{t('an.choose')}</option>
            {all.filter((p) => !chosen.includes(p.code)).map((p) => (
              <option key={p.code} value={p.code}>
                {p.name} ({p.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('an.flowLabel')}
          <select name="flow" value={flow} onChange={(e) => setQuery({ flow: e.target.value })}>
            {FLOWS.map((x) => <option key={x} value={x}>{t(`an.flow.${x}`)}</option>)}
          </select>
        </label>
        <label>
          {t('an.unit')}
          <select name="unit" value={unit} onChange={(e) => setQuery({ unit: e.target.value })}>
            {UNITS.map((u) => <option key={u} value={u}>{t(`an.unit.${u}`)}</option>)}
          </select>
        </label>
        <YearRange from={from} to={to} />
      </form>
      {chosen.length > 0 && (
        <ul className="button-row" aria-label={t('an.chosen')} data-testid="chosen" style={{ listStyle: 'none', padding: 0 }}>
          {chosen.map((c) => (
            <li key={c}>
              <button type="button" className="button-secondary button-small" onClick={() => setChosen(chosen.filter((x) => x !== c))} aria-label={t('an.remove', { name: name(c) })}>
                {name(c)} ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length === 0 && <p className="empty">{t('an.pickSeveral')}</p>}
      {series.error ? <ErrorMessage error={series.error} onRetry={series.reload} /> : null}
      {chosen.length > 0 && !series.data && !series.error && <Loading />}
      {series.data && table.length === 0 && <p className="empty">{t('an.noFigures')}</p>}
      {table.length > 0 && (
        <>
          <YearsChart testId="compare-chart" points={points} yLabel={measureName} label={t('an.compareChart', { measure: measureName })} />
          <div className="table-scroll">
            <table className="data-table" data-testid="compare-table">
              <caption className="visually-hidden">{t('an.compareChart', { measure: measureName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stats.year')}</th>
                  {chosen.map((c) => <th key={c} scope="col" className="num">{name(c)}</th>)}
                </tr>
              </thead>
              <tbody>
                {table.map((y) => (
                  <tr key={y.year} data-year={y.year}>
                    <th scope="row">{y.year}</th>
                    {y.values.map((v, i) => <td key={chosen[i]} className="num">{fmt(v)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Page>
  );
}
