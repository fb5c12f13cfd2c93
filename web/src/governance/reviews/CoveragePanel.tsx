// Coverage of peer review per year (Observable Plot): Participants visited, invited and not yet
// invited at the end of each year, with visits done and the second round; beside it, the figures the
// scheme reported before per-visit records exist.
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { useI18n } from '../../i18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { fetchCoverage, type Coverage, type CoverageYear } from './api';

function CoverageChart({ years, baselines }: { years: CoverageYear[]; baselines: Coverage['baselines'] }) {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const series = [
    { key: 'participantsVisited', label: t('reviews.coverageVisited'), color: '#1a73a8' },
    { key: 'participantsInvited', label: t('reviews.coverageInvited'), color: '#f2a900' },
    { key: 'participantsNotYetInvited', label: t('reviews.coverageNotYet'), color: '#b9c2cb' },
  ] as const;
  const rows = years.flatMap((y) => series.map((s) => ({ year: String(y.year), group: s.label, value: y[s.key] })));
  // the reported totals, as marks on the bars (stacked: visited, then visited or invited), never added to them
  const reported = baselines
    .filter((b) => years.some((y) => y.year === b.year))
    .flatMap((b) => [
      { year: String(b.year), value: b.participantsVisited, label: `${t('reviews.reported')}: ${t('reviews.coverageVisited')} ${b.participantsVisited}` },
      { year: String(b.year), value: b.participantsVisitedOrInvited, label: `${t('reviews.reported')}: ${b.participantsVisitedOrInvited}` },
    ]);

  useEffect(() => {
    const el = box.current;
    if (!el || rows.length === 0) return;
    const chart = Plot.plot({
      width: Math.max(360, el.clientWidth || 720),
      height: 260,
      x: { label: null },
      y: { label: t('reviews.coverageAxis'), grid: true },
      color: { domain: series.map((s) => s.label), range: series.map((s) => s.color), legend: true },
      marks: [
        Plot.barY(rows, { x: 'year', y: 'value', fill: 'group', title: (d: (typeof rows)[number]) => `${d.year} · ${d.group}: ${d.value}` }),
        Plot.dot(reported, { x: 'year', y: 'value', symbol: 'diamond', r: 5, stroke: 'currentColor', fill: 'white', title: 'label' }),
        Plot.ruleY([0]),
      ],
    });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', t('reviews.coverageChart'));
    el.replaceChildren(chart);
    return () => chart.remove();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(rows), JSON.stringify(reported), lang]);

  return <div className="chart" ref={box} data-testid="coverage-chart" />;
}

export function CoveragePanel() {
  const { t } = useI18n();
  const loaded = useApi((signal) => fetchCoverage(signal), []);
  const years = (loaded.data?.years ?? []).filter((y) => y.year >= 2003);
  return (
    <section className="card" aria-labelledby="coverage-title" data-testid="coverage">
      <h2 id="coverage-title">{t('reviews.coverage')}</h2>
      <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      {loaded.data && (
        <>
          <CoverageChart years={years} baselines={loaded.data.baselines} />
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('reviews.year')}</th>
                  <th scope="col" className="num">{t('reviews.visitsDone')}</th>
                  <th scope="col" className="num">{t('reviews.secondRound')}</th>
                  <th scope="col" className="num">{t('reviews.coverageVisited')}</th>
                  <th scope="col" className="num">{t('reviews.coverageInvited')}</th>
                  <th scope="col" className="num">{t('reviews.coverageNotYet')}</th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="num">{y.visitsDone}</td>
                    <td className="num">{y.secondRound}</td>
                    <td className="num">{y.participantsVisited}</td>
                    <td className="num">{y.participantsInvited}</td>
                    <td className="num">{y.participantsNotYetInvited}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {loaded.data.baselines.map((b) => (
            <p key={b.year} className="muted" data-testid="coverage-baseline">
              {t('reviews.baseline', { year: b.year, visited: b.participantsVisited, invited: b.participantsVisitedOrInvited })} <span lang="en">({b.source})</span>
            </p>
          ))}
        </>
      )}
    </section>
  );
}
