// Background work once across N processes: a lease is a row (leases.name) held by one process until
// it expires. The holder renews it while it lives; when it dies (or stops renewing) another process
// takes it over once it has expired. On the embedded store there is one process: it always holds.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db, Store } from './store.js';

/** This process's name in leases and e-mail claims: host, pid and a random part (pids are reused). */
export const PROCESS_ID = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/**
 * Takes or renews the lease `name` for `holder` for `ttlMs`; true when `holder` holds it now. One
 * statement, atomic under any isolation: the row is written only if it is free, expired or already ours.
 */
export async function tryLease(db: Db, name: string, holder: string, ttlMs: number): Promise<boolean> {
  const { rows } = await sql<{ holder: string }>`
    insert into leases (name, holder, acquired_at, expires_at)
    values (${name}, ${holder}, now(), now() + ${`${Math.ceil(ttlMs)} milliseconds`}::interval)
    on conflict (name) do update
      set holder = excluded.holder,
          acquired_at = case when leases.holder = excluded.holder then leases.acquired_at else excluded.acquired_at end,
          expires_at = excluded.expires_at
      where leases.holder = excluded.holder or leases.expires_at < now()
    returning holder`.execute(db);
  return rows[0]?.holder === holder;
}

/** Gives the lease up (on a clean stop), so that another process takes it at once. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
}

export interface LeaseKeeper {
  /** true while this process holds the lease (always on the embedded store) */
  held(): boolean;
  stop(): Promise<void>;
}

/**
 * Keeps trying to hold `name`: renewed every ttl/4, so a holder that dies is replaced within about
 * `ttlMs`. `onChange` says when this process gains or loses it (kpcs serve logs it).
 */
export function keepLease(store: Store, name: string, onChange: (held: boolean) => void, ttlMs = 60_000, holder = PROCESS_ID): LeaseKeeper {
  if (store.engine !== 'postgres') {
    onChange(true);
    return { held: () => true, stop: async () => {} };
  }
  let held = false;
  let stopped = false;
  let pending: Promise<void> = Promise.resolve();
  const beat = () => {
    pending = tryLease(store.db, name, holder, ttlMs).then(
      (now) => {
        if (stopped) return;
        if (now !== held) {
          held = now;
          onChange(now);
        }
      },
      () => {
        // the database did not answer: whatever we held may expire before we can renew it
        if (held && !stopped) {
          held = false;
          onChange(false);
        }
      },
    );
  };
  beat();
  const timer = setInterval(beat, Math.max(250, ttlMs / 4));
  timer.unref();
  return {
    held: () => held,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await pending;
      if (held) await releaseLease(store.db, name, holder).catch(() => {});
      held = false;
    },
  };
}

/**
 * The database's clock: what background work (sweeps) takes as now, so that the process holding the
 * lease judges due days by the same clock as every other process, whatever its own says.
 */
export async function databaseNow(db: Db): Promise<Date> {
  const { rows } = await sql<{ now: Date | string }>`select now() as now`.execute(db);
  return new Date(rows[0]!.now);
}
