// Interactive analyses for the working group: any Participant's series over the years, the
// comparison of several, and a year's partner matrix. Read from the per-version totals and the
// per-partner sums, so they stay fast on twenty years of the world's figures.
import type { Db } from '../db/store.js';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './review-messages.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import { perCarat, toCents } from './amounts.js';
import * as store from './store.js';

export interface SeriesPoint {
  period: string;
  kind: 'trade' | 'production';
  exports?: { carats: number; valueUsd: number; certificates: number };
  imports?: { carats: number; valueUsd: number; certificates: number };
  production?: { carats: number; valueUsd: number; usdPerCarat: number | null };
}

function checkYears(from: number, to: number): void {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1990 || to > 2100 || from > to) {
    throw invalid(m('years.range', { from: '1990', to: '2100', first: String(from), last: String(to) }), [detail('from', m('years.badRange'))]);
  }
}

/** The series of one or more Participants (the current version of each period), years from..to. */
export async function series(db: Db, actor: Actor, participants: string[], from: number, to: number): Promise<{ participant: string; points: SeriesPoint[] }[]> {
  authorize(actor, 'statistics.analysis.read');
  checkYears(from, to);
  if (participants.length === 0 || participants.length > 100) throw invalid(m('participants.count', { min: 1, max: 100 }), [detail('participants', field('between', { min: 1, max: 100 }))]);
  const rows = await store.seriesTotals(db, participants, from, to);
  const out = new Map(participants.map((p) => [p, [] as SeriesPoint[]]));
  const n = (v: string) => toCents(v) / 100;
  for (const r of rows) {
    const point: SeriesPoint =
      r.kind === 'trade'
        ? { period: r.period, kind: 'trade', exports: { carats: n(r.exports_carats), valueUsd: n(r.exports_usd), certificates: Number(r.exports_certificates) }, imports: { carats: n(r.imports_carats), valueUsd: n(r.imports_usd), certificates: Number(r.imports_certificates) } }
        : { period: r.period, kind: 'production', production: { carats: n(r.production_carats), valueUsd: n(r.production_usd), usdPerCarat: perCarat(toCents(r.production_usd), toCents(r.production_carats)) } };
    out.get(r.reporter)?.push(point);
  }
  return [...out.entries()].map(([participant, points]) => ({ participant, points }));
}

/** A year's partner matrix of one flow, as the reporters reported it (rows: reporter, columns: partner). */
export async function matrix(db: Db, actor: Actor, year: number, flow: 'import' | 'export' = 'export') {
  authorize(actor, 'statistics.analysis.read');
  checkYears(year, year);
  const cells = await store.partnerMatrix(db, year, flow);
  return { year, flow, cells: cells.map(([reporter, partner, c, v, certificates]) => ({ reporter, partner, carats: c / 100, valueUsd: v / 100, certificates })) };
}

/**
 * One pair of a year's partner matrix over the quarters: what A reported of its trade with B and what B
 * reported of its trade with A (both flows), one request for the matrix's drill-down.
 */
export async function pair(db: Db, actor: Actor, year: number, a: string, b: string) {
  authorize(actor, 'statistics.analysis.read');
  checkYears(year, year);
  if (a === b) throw invalid(m('pair.same'), [detail('partner', m('pair.sameDetail'))]);
  const rows = await store.pairQuarters(db, year, a, b);
  const quarters = [1, 2, 3, 4].map((i) => `${year}-Q${i}`);
  const side = (reporter: string, partner: string, flow: 'import' | 'export') =>
    quarters.map((period) => {
      const r = rows.find((x) => x.reporter === reporter && x.partner === partner && x.flow === flow && x.period === period);
      return { period, carats: r ? r.c / 100 : 0, valueUsd: r ? r.v / 100 : 0, certificates: r?.n ?? 0, reported: r !== undefined };
    });
  return {
    year, a, b,
    /** A → B: A's exports as A reported them, and B's imports from A as B reported them */
    aToB: { exports: side(a, b, 'export'), imports: side(b, a, 'import') },
    bToA: { exports: side(b, a, 'export'), imports: side(a, b, 'import') },
  };
}
