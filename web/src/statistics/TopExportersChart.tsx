// A bar chart (Observable Plot) of the Participants with the largest rough-diamond exports by value.
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { useI18n } from '../i18n';
import { useFormats } from '../ui/format';
import type { ParticipantFigures } from './types';

export function TopExportersChart({ participants, count = 10 }: { participants: readonly ParticipantFigures[]; count?: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const box = useRef<HTMLDivElement>(null);
  const top = [...participants]
    .filter((p) => p.exports.valueUsd > 0)
    .sort((a, b) => b.exports.valueUsd - a.exports.valueUsd)
    .slice(0, count)
    .map((p) => ({ name: i18n.country(p.participant, p.name), value: p.exports.valueUsd / 1e6, label: f.money(p.exports.valueUsd) }));

  useEffect(() => {
    const el = box.current;
    if (!el || top.length === 0) return;
    const millions = new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: 0 });
    const chart = Plot.plot({
      width: Math.max(360, el.clientWidth || 720),
      height: 40 + top.length * 30,
      marginLeft: 190,
      marginRight: 150,
      x: { label: t('stats.chartAxis'), grid: true, tickFormat: (d: number) => millions.format(d) },
      y: { label: null, domain: top.map((d) => d.name) },
      marks: [
        Plot.barX(top, { x: 'value', y: 'name', fill: '#1a73a8', title: (d: (typeof top)[number]) => `${d.name}: ${d.label}` }),
        Plot.text(top, { x: 'value', y: 'name', text: 'label', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
        Plot.ruleX([0]),
      ],
    });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', t('stats.chartLabel', { count: top.length }));
    el.replaceChildren(chart);
    return () => chart.remove();
    // the chart depends on the data and the language only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(top), i18n.lang]);

  return <div className="chart" ref={box} data-testid="top-exporters-chart" />;
}
