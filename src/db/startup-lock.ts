// Several `kpcs serve` started together on one empty PostgreSQL: the first start (migrations, the
// registry's seed, the first administrator, repairs) runs in one process at a time. The lock is a row
// (`select … for update` on kpcs_startup_lock), not an advisory lock, so that it also holds on Citus;
// it is held by a transaction on a connection of its own, outside the pool (so that it works with a
// pool of one), and released by its commit, or by the database when the process dies. The embedded store is one process already (its pid file).
import { sql } from 'kysely';
import type { Store } from './store.js';

const LOCK_TABLE = sql.raw('kpcs_startup_lock');
// codes of "someone else created it at the same moment": unique_violation, duplicate_table / object
const CREATE_RACE = new Set(['23505', '42P07', '42710']);

async function ensureLockRow(store: Store): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      // a table made before any migration (like schema_migrations): it guards them
      await sql`create table if not exists ${LOCK_TABLE} (name text primary key)`.execute(store.db);
      await sql`insert into ${LOCK_TABLE} (name) values ('startup') on conflict (name) do nothing`.execute(store.db);
      return;
    } catch (e) {
      // two processes racing on `create table if not exists` on an empty database: one of them gets a
      // duplicate key in the catalogue; the table is there a moment later
      if (!CREATE_RACE.has((e as { code?: string }).code ?? '') || attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 20 * attempt));
    }
  }
}

/**
 * Runs `work` while this process holds the start-up lock of the database (PostgreSQL), so that N
 * processes started together migrate and set up the store once; the others wait, then find it done.
 */
export async function withStartupLock<T>(store: Store, work: () => Promise<T>): Promise<T> {
  if (store.engine !== 'postgres') return work();
  await ensureLockRow(store);
  // on a connection of its own: the work below uses the pool, which may be one connection (KPCS_DB_POOL=1)
  const session = await store.session!();
  try {
    await session.run('begin');
    await session.run(`select name from kpcs_startup_lock where name = 'startup' for update`);
    const result = await work();
    await session.run('commit');
    return result;
  } catch (e) {
    await session.run('rollback').catch(() => {});
    throw e;
  } finally {
    await session.end().catch(() => {});
  }
}
