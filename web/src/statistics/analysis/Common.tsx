// What the three analysis views share: the links between them, the year range, the Participant list,
// and a line chart of years (Observable Plot).
import { useEffect, useMemo, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { useI18n } from '../../i18n';
import { Link, setQuery } from '../../app/router';
import { useApi } from '../../ui/useApi';
import { fetchRegistry } from '../../participants/api';
import { today } from '../../participants/types';

export function AnalysisNav({ current }: { current: 'series' | 'matrix' | 'compare' }) {
  const { t } = useI18n();
  const links = [
    ['series', '/statistics/analysis', t('an.series')],
    ['matrix', '/statistics/analysis/matrix', t('an.matrix')],
    ['compare', '/statistics/analysis/compare', t('an.compare')],
  ] as const;
  return (
    <nav aria-label={t('an.views')} className="button-row" style={{ marginBottom: '1rem' }}>
      {links.map(([key, to, label]) => (
        <Link key={key} to={to} className={key === current ? 'button' : 'button button-secondary'} aria-current={key === current ? 'page' : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}

export function useParticipants() {
  const i18n = useI18n();
  const registry = useApi((signal) => fetchRegistry(today(), signal), []);
  return useMemo(
    () => (registry.data?.participants ?? []).map((p) => ({ code: p.code, name: i18n.country(p.code, p.name) })).sort((a, b) => a.name.localeCompare(b.name, i18n.lang)),
    [registry.data, i18n],
  );
}

export function YearRange({ from, to }: { from: number; to: number }) {
  const { t } = useI18n();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 1990 + 1 }, (_, i) => thisYear - i);
  return (
    <>
      <label>
        {t('an.from')}
        <select name="from" value={from} onChange={(e) => setQuery({ from: e.target.value })}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label>
        {t('an.to')}
        <select name="to" value={to} onChange={(e) => setQuery({ to: e.target.value })}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
    </>
  );
}

export interface LinePoint {
  year: number;
  series: string;
  value: number;
}

export function YearsChart({ points, yLabel, label, testId }: { points: LinePoint[]; yLabel: string; label: string; testId: string }) {
  const { lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    if (points.length === 0) {
      el.replaceChildren();
      return;
    }
    const fmt = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const chart = Plot.plot({
      width: Math.max(360, el.clientWidth || 720),
      height: 320,
      marginLeft: 80,
      x: { label: null, tickFormat: (d: number) => String(d), interval: 1 },
      y: { label: yLabel, grid: true, tickFormat: (d: number) => fmt.format(d) },
      color: { legend: true },
      marks: [
        Plot.ruleY([0]),
        Plot.line(points, { x: 'year', y: 'value', stroke: 'series', strokeWidth: 2 }),
        Plot.dot(points, { x: 'year', y: 'value', fill: 'series', r: 3, title: (d: LinePoint) => `${d.series} ${d.year}: ${fmt.format(d.value)}` }),
      ],
    });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', label);
    el.replaceChildren(chart);
    return () => chart.remove();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(points), lang, yLabel, label]);
  return <div className="chart" ref={box} data-testid={testId} />;
}
