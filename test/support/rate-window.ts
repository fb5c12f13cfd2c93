// Rate limits count fixed minutes of the database clock (src/http/rate-limit-store.ts): a test that
// counts up to a limit starts well inside a minute, so that no window ends half-way through it.
import { sql } from 'kysely';
import type { Db } from '../../src/db/store.js';

export async function insideRateWindow(db: Db): Promise<void> {
  const { rows } = await sql<{ s: number }>`select (extract(epoch from now()) % 60)::float8 as s`.execute(db);
  if (rows[0]!.s > 45) await new Promise((r) => setTimeout(r, (61 - rows[0]!.s) * 1000));
}
