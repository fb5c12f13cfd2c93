// Production or exports (carats) per country and year in a region: one line per country (Observable Plot).
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { useI18n } from '../i18n';
import type { RegionView } from './regionApi';

export function RegionChart({ view, measure, label }: { view: RegionView; measure: 'productionCarats' | 'exportsCarats'; label: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const box = useRef<HTMLDivElement>(null);
  const data = view.series.filter((d) => d[measure] > 0).map((d) => ({ country: i18n.country(d.participant), year: d.year, value: d[measure] }));

  useEffect(() => {
    const el = box.current;
    if (!el || data.length === 0) return;
    const fmt = new Intl.NumberFormat(i18n.lang, { notation: 'compact', maximumFractionDigits: 1 });
    const chart = Plot.plot({
      width: Math.max(360, el.clientWidth || 720),
      height: 300,
      marginLeft: 60,
      x: { label: null, tickFormat: (d: number) => String(d), ticks: [...new Set(data.map((d) => d.year))].filter((y, i, all) => all.length <= 12 || i % Math.ceil(all.length / 12) === 0) },
      y: { label, grid: true, tickFormat: (d: number) => fmt.format(d) },
      color: { legend: true },
      marks: [
        Plot.lineY(data, { x: 'year', y: 'value', stroke: 'country', marker: 'circle' }),
        Plot.tip(data, Plot.pointer({ x: 'year', y: 'value', title: (d: (typeof data)[number]) => `${d.country} ${d.year}: ${fmt.format(d.value)}` })),
        Plot.ruleY([0]),
      ],
    });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', t('region.chartLabel', { what: label, from: view.from, to: view.to }));
    el.replaceChildren(chart);
    return () => chart.remove();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(data), i18n.lang, label]);

  if (data.length === 0) return <p className="empty">{t('region.noFigures')}</p>;
  return <div className="chart" ref={box} data-testid={`region-chart-${measure}`} />;
}
