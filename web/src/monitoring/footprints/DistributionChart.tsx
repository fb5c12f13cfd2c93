// Size distributions side by side (Observable Plot): the share of stones per sieve class, one line
// per sample, the classes in size order.
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { useI18n } from '../../i18n';

export interface Series {
  name: string;
  bins: { label: string; share: number }[];
}

const COLOURS = ['#b3261e', '#1a73a8', '#2e7d32', '#8e5db5'];

export function DistributionChart({ series, yLabel, testId }: { series: Series[]; yLabel: string; testId: string }) {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const data = series.flatMap((s) => s.bins.map((b, i) => ({ name: s.name, label: b.label, order: i, share: b.share * 100 })));
  // the classes in size order: the first series' classes, then any a reference was compared on that the first has not
  const domain = [...new Set(series.flatMap((s) => s.bins.map((b) => b.label)))];

  useEffect(() => {
    const el = box.current;
    if (!el || data.length === 0) return;
    const chart = Plot.plot({
      width: Math.max(360, el.clientWidth || 720),
      height: 300,
      marginBottom: 50,
      x: { label: t('fp.sieveClass'), domain, tickRotate: -30 },
      y: { label: yLabel, grid: true },
      color: { legend: true, domain: series.map((s) => s.name), range: COLOURS },
      marks: [
        Plot.ruleY([0]),
        Plot.line(data, { x: 'label', y: 'share', stroke: 'name', strokeWidth: 2 }),
        Plot.dot(data, { x: 'label', y: 'share', fill: 'name', r: 3, title: (d: (typeof data)[number]) => `${d.name} ${d.label}: ${d.share.toFixed(1)} %` }),
      ],
    });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', t('fp.chartLabel', { names: series.map((s) => s.name).join(', ') }));
    el.replaceChildren(chart);
    return () => chart.remove();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(data), lang, yLabel]);

  return <div className="chart" ref={box} data-testid={testId} />;
}
