// A Participant's series over the years (/statistics/analysis?participant=&from=&to=&unit=): production,
// exports and imports in carats, US$ and US$/ct, a line chart of one unit and the table of all.
// One request (GET /api/statistics/series) for the whole range.
import { useMemo } from 'react';
import { OpeningYear } from '../OpeningYear';
import { useI18n } from '../../i18n';
import { setQuery, useLocation } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { useFormats } from '../../ui/format';
import { fetchSeries } from './api';
import { byYear, FLOWS, measure, UNITS, yearRange, type Unit } from './model';
import { AnalysisNav, useParticipants, YearRange, YearsChart } from './Common';

export function SeriesPage() {
  const { t } = useI18n();
  return <OpeningYear title={t('an.seriesTitle')} fallback={new Date().getFullYear()}>{(opening) => <SeriesView opening={opening} />}</OpeningYear>;
}

function SeriesView({ opening }: { opening: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { query } = useLocation();
  const participants = useParticipants();
  const participant = query.get('participant') ?? undefined;
  const { from, to } = yearRange(query, opening);
  const unit = (UNITS as readonly string[]).includes(query.get('unit') ?? '') ? (query.get('unit') as Unit) : 'carats';
  const series = useApi((signal) => (participant ? fetchSeries([participant], from, to, signal) : Promise.resolve(undefined)), [participant, from, to]);
  const rows = useMemo(() => (series.data?.series[0] ? byYear(series.data.series[0].points, from, to) : []), [series.data, from, to]);
  const shown = rows.filter((r) => r.production || r.exports || r.imports);
  const points = shown.flatMap((r) => FLOWS.map((flow) => ({ year: r.year, series: t(`an.flow.${flow}`), value: measure(r, flow, unit) })).filter((p): p is { year: number; series: string; value: number } => p.value !== null));
  const fmt = (v: number | null, u: Unit) => (v === null ? '—' : u === 'carats' ? f.carats(v) : u === 'valueUsd' ? f.usdWhole(v) : f.perCarat(v));
  const name = participants.find((p) => p.code === participant)?.name ?? participant ?? '';

  return (
    <Page title={t('an.seriesTitle')} intro={t('an.seriesIntro')}>
      <AnalysisNav current="series" />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('an.filters')}>
        <label>
          {t('stats.participant')}
          <select name="participant" value={participant ?? ''} onChange={(e) => setQuery({ participant: e.target.value || undefined })}>
            <option value="">{t('an.choose')}</option>
            {participants.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name} ({p.code})
              </option>
            ))}
          </select>
        </label>
        <YearRange from={from} to={to} />
        <label>
          {t('an.unit')}
          <select name="unit" value={unit} onChange={(e) => setQuery({ unit: e.target.value })}>
            {UNITS.map((u) => <option key={u} value={u}>{t(`an.unit.${u}`)}</option>)}
          </select>
        </label>
      </form>
      {!participant && <p className="empty">{t('an.pickParticipant')}</p>}
      {series.error ? <ErrorMessage error={series.error} onRetry={series.reload} /> : null}
      {participant && !series.data && !series.error && <Loading />}
      {participant && series.data && shown.length === 0 && <p className="empty">{t('an.noFigures')}</p>}
      {shown.length > 0 && (
        <>
          <YearsChart testId="series-chart" points={points} yLabel={t(`an.unit.${unit}`)} label={t('an.seriesChart', { name, unit: t(`an.unit.${unit}`) })} />
          <div className="table-scroll">
            <table className="data-table" data-testid="series-table">
              <caption className="visually-hidden">{t('an.seriesChart', { name, unit: '' })}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>{t('stats.year')}</th>
                  {FLOWS.map((flow) => <th key={flow} scope="colgroup" colSpan={3}>{t(`an.flow.${flow}`)}</th>)}
                </tr>
                <tr>
                  {FLOWS.map((flow) => UNITS.map((u) => <th key={flow + u} scope="col" className="num">{t(`an.unit.${u}`)}</th>))}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.year} data-year={r.year}>
                    <th scope="row">{r.year}</th>
                    {FLOWS.map((flow) => UNITS.map((u) => <td key={flow + u} className="num">{fmt(measure(r, flow, u), u)}</td>))}
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
