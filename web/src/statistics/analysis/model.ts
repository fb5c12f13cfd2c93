// Pure helpers of the analysis pages: a series folded into years, the measures one can compare.
import type { SeriesPoint, Totals } from './api';

export const FLOWS = ['production', 'exports', 'imports'] as const;
export type Flow = (typeof FLOWS)[number];
export const UNITS = ['carats', 'valueUsd', 'usdPerCarat'] as const;
export type Unit = (typeof UNITS)[number];

/** A year of a series: each flow summed over its periods (the answer's figures, less the US$/ct of a period). */
export interface YearRow {
  year: number;
  production: Omit<NonNullable<SeriesPoint['production']>, 'usdPerCarat'> | null;
  exports: Totals | null;
  imports: Totals | null;
}

/** Quarters and half years summed into years; a flow nobody reported for that year stays null. */
export function byYear(points: SeriesPoint[], from: number, to: number): YearRow[] {
  const rows = new Map<number, YearRow>();
  for (let y = from; y <= to; y++) rows.set(y, { year: y, production: null, exports: null, imports: null });
  for (const p of points) {
    const row = rows.get(Number(p.period.slice(0, 4)));
    if (!row) continue;
    if (p.production) row.production = { carats: (row.production?.carats ?? 0) + p.production.carats, valueUsd: (row.production?.valueUsd ?? 0) + p.production.valueUsd };
    for (const flow of ['exports', 'imports'] as const) {
      const t = p[flow];
      if (t) row[flow] = { carats: (row[flow]?.carats ?? 0) + t.carats, valueUsd: (row[flow]?.valueUsd ?? 0) + t.valueUsd, certificates: (row[flow]?.certificates ?? 0) + t.certificates };
    }
  }
  return [...rows.values()];
}

/** One measure of a year: carats, US$, or US$ per carat (null when there are no carats or no report). */
export function measure(row: YearRow, flow: Flow, unit: Unit): number | null {
  const t = row[flow];
  if (!t) return null;
  if (unit === 'usdPerCarat') return t.carats > 0 ? Math.round((t.valueUsd / t.carats) * 100) / 100 : null;
  return t[unit];
}

export function yearRange(query: URLSearchParams, thisYear: number): { from: number; to: number } {
  const to = Number(query.get('to') ?? '') || thisYear;
  const from = Number(query.get('from') ?? '') || to - 19;
  return from <= to ? { from, to } : { from: to, to };
}
