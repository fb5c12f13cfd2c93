// The mirror reconciliation, as pure rules: A's exports to B against B's imports from A, per quarter,
// in carats and US$, with the discrepancy index |X − M| / (X + M), a tolerance, and an allowance for
// timing (a shipment at a quarter's end counted by the exporter in one quarter and by the importer
// in the next: the two quarters' differences cancel out).
import { parsePeriod, quarter, type Period } from './model.js';

/** Both sides of one flow in one quarter, amounts in cents. */
export interface MirrorCell {
  exporter: string;
  importer: string;
  period: string;
  exportsCarats: number;
  exportsUsd: number;
  importsCarats: number;
  importsUsd: number;
}

export type MirrorStatus = 'agreed' | 'discrepancy' | 'timing' | 'unreported';

export interface MirrorLine {
  exporter: string;
  importer: string;
  period: string;
  /** what the exporter reported as exports to the importer */
  exports: { carats: number; valueUsd: number };
  /** what the importer reported as imports from the exporter */
  imports: { carats: number; valueUsd: number };
  /** |X − M| / (X + M), 0 when both are 0; six decimals */
  index: { carats: number; valueUsd: number };
  /**
   * agreed: both indices within the tolerance; discrepancy: beyond it; timing: beyond it, but offset
   * by the adjacent quarter (`offsetBy`); unreported: one side has not submitted that quarter at all
   */
  status: MirrorStatus;
  offsetBy?: string;
  /** who has not submitted trade for the quarter (status unreported) */
  missing?: string[];
}

export interface ReconcileOptions {
  /** an index above it is a discrepancy; default 0.05 (5 %) */
  tolerance?: number;
  /** allow for timing between adjacent quarters; default true */
  timing?: boolean;
}

export const DEFAULT_TOLERANCE = 0.05;

export function discrepancyIndex(x: number, m: number): number {
  return x + m === 0 ? 0 : Math.abs(x - m) / (x + m);
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const key = (exporter: string, importer: string, period: string) => `${exporter} ${importer} ${period}`;

/** The quarters a year's reconciliation reads: the year's four and one on each side (timing). */
export function quartersAround(year: number): Period[] {
  return [0, 1, 2, 3, 4, 5].map((q) => quarter(year, q));
}

/**
 * Reconciles the quarters of `year`. `cells` may hold the adjacent quarters too (for timing);
 * `submitted` holds `${reporter} ${period}` for every current trade submission of those quarters.
 */
export function reconcile(year: number, cells: MirrorCell[], submitted: Set<string>, opts: ReconcileOptions = {}): MirrorLine[] {
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
  const timing = opts.timing ?? true;
  const byKey = new Map(cells.map((c) => [key(c.exporter, c.importer, c.period), c]));
  const within = (x: number, m: number) => discrepancyIndex(x, m) <= tolerance;
  const bothReported = (c: { exporter: string; importer: string }, period: string) => submitted.has(`${c.exporter} ${period}`) && submitted.has(`${c.importer} ${period}`);
  const lines: MirrorLine[] = [];
  for (const c of cells) {
    const p = parsePeriod('trade', c.period);
    if (!p || p.year !== year) continue;
    if (c.exportsCarats + c.importsCarats + c.exportsUsd + c.importsUsd === 0) continue;
    const line: MirrorLine = {
      exporter: c.exporter,
      importer: c.importer,
      period: c.period,
      exports: { carats: c.exportsCarats / 100, valueUsd: c.exportsUsd / 100 },
      imports: { carats: c.importsCarats / 100, valueUsd: c.importsUsd / 100 },
      index: { carats: round6(discrepancyIndex(c.exportsCarats, c.importsCarats)), valueUsd: round6(discrepancyIndex(c.exportsUsd, c.importsUsd)) },
      status: 'agreed',
    };
    if (!bothReported(c, c.period)) {
      line.status = 'unreported';
      line.missing = [c.exporter, c.importer].filter((code) => !submitted.has(`${code} ${c.period}`));
    } else if (!within(c.exportsCarats, c.importsCarats) || !within(c.exportsUsd, c.importsUsd)) {
      line.status = 'discrepancy';
      if (timing) {
        for (const n of [quarter(p.year, p.index - 1), quarter(p.year, p.index + 1)]) {
          if (!bothReported(c, n.id)) continue;
          const o = byKey.get(key(c.exporter, c.importer, n.id)) ?? { exportsCarats: 0, importsCarats: 0, exportsUsd: 0, importsUsd: 0 };
          const dHere = c.exportsCarats - c.importsCarats;
          const dThere = o.exportsCarats - o.importsCarats;
          // the neighbour's difference must go the other way, and the two quarters together agree
          if (dHere * dThere >= 0) continue;
          if (within(c.exportsCarats + o.exportsCarats, c.importsCarats + o.importsCarats) && within(c.exportsUsd + o.exportsUsd, c.importsUsd + o.importsUsd)) {
            line.status = 'timing';
            line.offsetBy = n.id;
            break;
          }
        }
      }
    }
    lines.push(line);
  }
  return lines.sort((a, b) => a.period.localeCompare(b.period) || a.exporter.localeCompare(b.exporter) || a.importer.localeCompare(b.importer));
}

export function tally(lines: MirrorLine[]): Record<MirrorStatus, number> {
  const t: Record<MirrorStatus, number> = { agreed: 0, discrepancy: 0, timing: 0, unreported: 0 };
  for (const l of lines) t[l.status]++;
  return t;
}
