// Deadlines and compliance as pure rules: each period is due some months after it ends; a
// Participant submitted on time, late, not at all (missing, once the due date has passed), or the
// period is still pending. Habitual failure: missing in at least N of the last M periods that are due.
import type { IsoDay } from '../core/time.js';
import { dueDate, makePeriod, type Period, type SubmissionKind } from './model.js';

export type ComplianceStatus = 'on_time' | 'late' | 'missing' | 'pending';

export interface ComplianceCell {
  period: string;
  dueDate: IsoDay;
  status: ComplianceStatus;
  /** the day of the first version */
  submittedOn: IsoDay | null;
}

export interface ComplianceRow {
  participant: string;
  cells: ComplianceCell[];
}

export const DEFAULT_DUE_MONTHS = 2;
export const DEFAULT_HABITUAL = { missing: 2, of: 4 } as const;

/** The reporting periods of a kind in a year: four quarters of trade, two halves of production. */
export function reportingPeriods(kind: SubmissionKind, year: number): Period[] {
  return kind === 'trade' ? [1, 2, 3, 4].map((q) => makePeriod(year, 'Q', q)) : [1, 2].map((h) => makePeriod(year, 'H', h));
}

/** The last `count` reporting periods whose due date has passed on `asOf`, oldest first. */
export function lastDuePeriods(kind: SubmissionKind, asOf: IsoDay, count: number, dueMonths = DEFAULT_DUE_MONTHS): Period[] {
  const out: Period[] = [];
  for (let year = Number(asOf.slice(0, 4)); out.length < count && year > 1990; year--) {
    for (const p of reportingPeriods(kind, year).reverse()) {
      if (out.length < count && dueDate(p, dueMonths) < asOf) out.push(p);
    }
  }
  return out.reverse();
}

/**
 * One cell: `firstOn` is the day of the first version submitted on or before `asOf` (null if none).
 * A submission on the due date is on time.
 */
export function judge(period: Period, firstOn: IsoDay | null, asOf: IsoDay, dueMonths = DEFAULT_DUE_MONTHS): ComplianceCell {
  const due = dueDate(period, dueMonths);
  if (firstOn !== null && firstOn <= asOf) return { period: period.id, dueDate: due, status: firstOn <= due ? 'on_time' : 'late', submittedOn: firstOn };
  return { period: period.id, dueDate: due, status: due < asOf ? 'missing' : 'pending', submittedOn: null };
}

/**
 * The compliance table. `expected(period)` lists the Participants that owed the period's figures;
 * `firstOn(reporter, period)` the day of their first version. For production, a whole-year figure
 * answers both halves (on the day it came).
 */
export function complianceTable(
  periods: Period[],
  expected: (period: Period) => string[],
  firstOn: (reporter: string, period: Period) => IsoDay | null,
  asOf: IsoDay,
  dueMonths = DEFAULT_DUE_MONTHS,
): ComplianceRow[] {
  const rows = new Map<string, ComplianceCell[]>();
  for (const p of periods) {
    for (const code of expected(p)) {
      const cells = rows.get(code) ?? [];
      cells.push(judge(p, firstOn(code, p), asOf, dueMonths));
      rows.set(code, cells);
    }
  }
  return [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([participant, cells]) => ({ participant, cells }));
}

/** Those missing in at least `missing` of the periods judged (the periods given are the last M due). */
export function habitual(rows: ComplianceRow[], missing: number = DEFAULT_HABITUAL.missing): { participant: string; missed: string[] }[] {
  return rows
    .map((r) => ({ participant: r.participant, missed: r.cells.filter((c) => c.status === 'missing').map((c) => c.period) }))
    .filter((r) => r.missed.length >= missing);
}
