// The years the store holds statistics for (issue #17, item 7): pages that open on a year open on the
// latest of these, not on the calendar's year (a demo's data end in 2006; a new installation's figures
// start when its Participants first submit).
import { sql } from 'kysely';
import type { Db } from '../db/store.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';

export interface DataYears {
  /** years with at least one current submission that has rows (trade or production), oldest first */
  years: number[];
  /** the latest of them; null when the store holds no statistics yet */
  latest: number | null;
}

export async function dataYears(db: Db, actor: Actor): Promise<DataYears> {
  authorize(actor, 'statistics.years.read', {});
  const rows = await db.selectFrom('statistics_submissions').select(sql<number>`year`.as('year')).where('current', '=', true).where('row_count', '>', 0).groupBy('year').orderBy('year').execute();
  const years = rows.map((r) => Number(r.year));
  return { years, latest: years.length ? years[years.length - 1]! : null };
}
