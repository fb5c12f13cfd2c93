// Rate limits counted in the store (table rate_limit_counts), so that several `kpcs serve` on one
// PostgreSQL count a client together: with three processes behind a proxy a client still gets the
// limit once, not three times. A store for @fastify/rate-limit: fixed windows of the database's
// clock (never a process's, which may be skewed), one atomic upsert per request. The key is the
// plugin's: request.ip, which honours X-Forwarded-For only from KPCS_TRUST_PROXY's proxies.
// Each route counts apart (bucket: method and path), as the plugin's own per-route stores do.
import { sql } from 'kysely';
import type { Db } from '../db/store.js';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}

/** How long a window is kept after it ends (the largest window in use is a minute). */
export const RATE_WINDOWS_KEPT = '1 hour';

/** The store class the plugin instantiates (`store:` option), bound to one database. */
export function sharedRateLimitStore(db: Db) {
  return class SharedRateLimitStore {
    readonly bucket: string;

    constructor(params: RouteParams = {}) {
      const r = params.routeInfo;
      this.bucket = r?.url ? `${[r.method].flat().join(',')} ${r.url}` : 'global';
    }

    child(params: RouteParams) {
      return new SharedRateLimitStore(params);
    }

    incr(key: string, cb: Callback, timeWindow: number) {
      countRequest(db, key, this.bucket, timeWindow).then((r) => cb(null, r), (e: Error) => cb(e));
    }

    read(key: string, cb: Callback, timeWindow: number) {
      readCount(db, key, this.bucket, timeWindow).then((r) => cb(null, r), (e: Error) => cb(e));
    }
  };
}

// the window the database's clock is in: its start, in milliseconds since 1970, a multiple of the window
const windowStart = (ms: number) => sql`to_timestamp(floor(extract(epoch from now()) * 1000 / ${ms}::numeric) * ${ms}::numeric / 1000)`;

/** Counts one request of `client` on `bucket`: the count in the current window and the ms left of it. */
export async function countRequest(db: Db, client: string, bucket: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const ms = Math.max(1, Math.trunc(windowMs));
  return db.transaction().execute(async (tx) => {
    // a counter lost in a crash costs nothing: no wait for the disk
    await sql`set local synchronous_commit = off`.execute(tx);
    const { rows } = await sql<{ count: number; ttl: number }>`
      insert into rate_limit_counts as r (client, bucket, window_start, count)
      values (${client}, ${bucket}, ${windowStart(ms)}, 1)
      on conflict (client, bucket, window_start) do update set count = r.count + 1
      returning r.count, (extract(epoch from r.window_start) * 1000 + ${ms}::numeric - extract(epoch from now()) * 1000)::float8 as ttl`.execute(tx);
    const row = rows[0]!;
    return { current: row.count, ttl: Math.max(0, Math.round(row.ttl)) };
  });
}

async function readCount(db: Db, client: string, bucket: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const ms = Math.max(1, Math.trunc(windowMs));
  const { rows } = await sql<{ count: number; ttl: number }>`
    select count, (extract(epoch from window_start) * 1000 + ${ms}::numeric - extract(epoch from now()) * 1000)::float8 as ttl
    from rate_limit_counts where client = ${client} and bucket = ${bucket} and window_start = ${windowStart(ms)}`.execute(db);
  const row = rows[0];
  return row ? { current: row.count, ttl: Math.max(0, Math.round(row.ttl)) } : { current: 0, ttl: 0 };
}

/** Deletes windows that ended more than RATE_WINDOWS_KEPT ago (background lease holder); how many. */
export async function pruneRateLimits(db: Db): Promise<number> {
  const r = await sql`delete from rate_limit_counts where window_start < now() - ${RATE_WINDOWS_KEPT}::interval`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
