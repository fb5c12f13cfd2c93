// Housekeeping PostgreSQL's autovacuum does on a server and PGlite, a single-user backend, never does:
// refreshing the planner's statistics (without them it guesses at tables that grew by millions of
// rows, and picks scans where an index would do) and vacuuming the few rows updated on every write
// (the log head, the certificate counters), which otherwise leave a dead version behind each time.
// `kpcs serve` runs it on PGlite some minutes after start, then daily; on PostgreSQL it does nothing.
import { sql } from 'kysely';
import type { Store } from './store.js';

/** Rewritten on every issuance: a dead row version per write without a vacuum. */
const HOT_TABLES = ['log_head', 'certificate_counters'];

export interface MaintenanceReport {
  analyzed: boolean;
  vacuumed: string[];
  ms: number;
}

export async function maintain(store: Store): Promise<MaintenanceReport> {
  const started = performance.now();
  if (store.engine !== 'pglite') return { analyzed: false, vacuumed: [], ms: 0 };
  // vacuum cannot run inside a transaction block: each is its own statement
  for (const table of HOT_TABLES) await sql`vacuum ${sql.table(table)}`.execute(store.db);
  await sql`analyze`.execute(store.db);
  return { analyzed: true, vacuumed: HOT_TABLES, ms: performance.now() - started };
}

/** Runs maintain() after `delayMs` (default 10 minutes; KPCS_MAINTENANCE_DELAY_MS), then daily, on unref'd timers. */
export function startMaintenance(store: Store, log: (line: string) => void, delayMs = Number(process.env.KPCS_MAINTENANCE_DELAY_MS) || 10 * 60_000, holds: () => boolean = () => true): () => void {
  if (store.engine !== 'pglite') return () => {};
  const run = () =>
    holds() &&
    maintain(store)
      .then((r) => log(`kpcs: store maintenance (analyze, vacuum of ${r.vacuumed.join(', ')}) in ${(r.ms / 1000).toFixed(1)} s`))
      .catch((e) => log(`kpcs: store maintenance failed: ${(e as Error).message}`));
  const first = setTimeout(run, delayMs);
  first.unref();
  const daily = setInterval(run, 24 * 3600_000);
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
