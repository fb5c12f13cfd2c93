// Rate limits. On PostgreSQL counted in the store (table rate_limit_counts), so that several `kpcs serve`
// on one PostgreSQL count a client together: with three processes behind a proxy a client still gets the
// limit once, not three times. A store for @fastify/rate-limit: fixed windows of the database's
// clock (never a process's, which may be skewed), counted by atomic upserts on a table without the
// write-ahead log (a lost counter costs nothing, and it commits without waiting for the disk): the
// requests a process takes in at about the same time are counted by one statement (countRequests,
// through src/db/coalesce.ts), each given the count it would have had one by one. The key is the
// plugin's: request.ip, which honours X-Forwarded-For only from KPCS_TRUST_PROXY's proxies.
// Each route counts apart (bucket: method and path), as the plugin's own per-route stores do. The
// embedded store serves one process only, so there the counts are that process's (localRateLimitStore).
import { sql } from 'kysely';
import type { Db } from '../db/store.js';
import { Coalesced, coalescedPer } from '../db/coalesce.js';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}

/** How long a window is kept after it ends (the largest window in use is a minute). */
export const RATE_WINDOWS_KEPT = '1 hour';

type Count = { current: number; ttl: number };
type Counter = (client: string, bucket: string, windowMs: number) => Count | Promise<Count>;

/** The store class the plugin instantiates (`store:` option): each route's bucket, counted by `incr`, read by `read`. */
function storeClass(incr: Counter, read: Counter) {
  const answer = (f: Counter, cb: Callback, ...args: Parameters<Counter>) => {
    Promise.resolve()
      .then(() => f(...args))
      .then((r) => cb(null, r), (e: Error) => cb(e));
  };
  return class RateLimitStore {
    readonly bucket: string;

    constructor(params: RouteParams = {}) {
      const r = params.routeInfo;
      this.bucket = r?.url ? `${[r.method].flat().join(',')} ${r.url}` : 'global';
    }

    child(params: RouteParams) {
      return new RateLimitStore(params);
    }

    incr(key: string, cb: Callback, timeWindow: number) {
      answer(incr, cb, key, this.bucket, timeWindow);
    }

    read(key: string, cb: Callback, timeWindow: number) {
      answer(read, cb, key, this.bucket, timeWindow);
    }
  };
}

/** Counted in the store, bound to one database (PostgreSQL: every process counts together). */
export function sharedRateLimitStore(db: Db) {
  const counts = countsOf(db);
  return storeClass(
    (client, bucket, windowMs) => counts.ask({ client, bucket, ms: Math.max(1, Math.trunc(windowMs)) }),
    (client, bucket, ms) => readCount(db, client, bucket, ms),
  );
}

/** At most this many (client, route, window) counts are kept in a process; beyond it a tenth go (evict). */
export const LOCAL_COUNTS_MAX = 200_000;

const localCounts = new WeakMap<Db, Map<string, { count: number; end: number }>>();

/**
 * The store class for the embedded store, which serves one process (its data directory is locked): the
 * counts are kept in that process, exact, with no write per request. Kept per store, so that servers
 * built on one store (tests, a second listener) count a client together, as processes do on PostgreSQL.
 */
export function localRateLimitStore(db: Db) {
  const counts = localCounts.get(db) ?? new Map<string, { count: number; end: number }>();
  localCounts.set(db, counts);
  return storeClass(
    (client, bucket, ms) => countLocally(counts, client, bucket, ms, Date.now()),
    (client, bucket, windowMs) => {
      const now = Date.now();
      const e = counts.get(countKey(client, bucket, windowMs, now).key);
      return e ? { current: e.count, ttl: Math.max(0, e.end - now) } : { current: 0, ttl: 0 };
    },
  );
}

/** A count's key: the client, the route and the start of the fixed window `now` is in. */
function countKey(client: string, bucket: string, windowMs: number, now: number): { key: string; start: number; ms: number } {
  const ms = Math.max(1, Math.trunc(windowMs));
  const start = Math.floor(now / ms) * ms;
  return { key: `${client}\u0000${bucket}\u0000${start}`, start, ms };
}

/**
 * Makes room, a tenth of the counts at once (so the next tenth of new clients costs nothing): ended
 * windows first, then counts of one request (a flood of fresh addresses), then the oldest. A client at
 * its limit is among the last to go.
 */
function evict(counts: Map<string, { count: number; end: number }>, now: number): void {
  const room = Math.floor(LOCAL_COUNTS_MAX * 0.9);
  for (const [key, x] of counts) if (x.end <= now) counts.delete(key);
  for (const [key, x] of counts) {
    if (counts.size <= room) break;
    if (x.count <= 1) counts.delete(key);
  }
  for (const key of counts.keys()) {
    if (counts.size <= room) break;
    counts.delete(key);
  }
}

/** Counts one request of `client` on `bucket` in the fixed window `now` is in: the count and the ms left of the window. */
export function countLocally(counts: Map<string, { count: number; end: number }>, client: string, bucket: string, windowMs: number, now: number): { current: number; ttl: number } {
  const { key: k, start, ms } = countKey(client, bucket, windowMs, now);
  let e = counts.get(k);
  if (!e) {
    if (counts.size >= LOCAL_COUNTS_MAX) evict(counts, now);
    e = { count: 0, end: start + ms };
    counts.set(k, e);
  }
  e.count += 1;
  return { current: e.count, ttl: Math.max(0, e.end - now) };
}

// the window the database's clock is in: its start, in milliseconds since 1970, a multiple of the window
const windowStart = (ms: number) => sql`to_timestamp(floor(extract(epoch from now()) * 1000 / ${ms}::numeric) * ${ms}::numeric / 1000)`;

/** Counts one request of `client` on `bucket`: the count in the current window and the ms left of it. */
export async function countRequest(db: Db, client: string, bucket: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  return (await countRequests(db, [{ client, bucket, ms: Math.max(1, Math.trunc(windowMs)) }]))[0]!;
}

interface Asked {
  client: string;
  bucket: string;
  /** the window, whole milliseconds */
  ms: number;
}

/** Requests counted together at most, and their statements on their way at once (src/db/coalesce.ts). */
export const COUNT_BATCH = 256;
const countsOf = coalescedPer((db: Db) => new Coalesced<Asked, Count>((asked) => countRequests(db, asked), { inFlight: 2, most: COUNT_BATCH }));

/**
 * Counts requests, one statement for all (on an unlogged table, migration 0054: it commits without waiting
 * for the disk): each (client, route) adds its number of requests to its window's count at once, and its
 * requests get the counts in between, in their order, as if counted one by one. Requests of one client
 * and route with another window go in a statement of their own (one row may take one update a statement).
 */
export async function countRequests(db: Db, asked: readonly Asked[]): Promise<Count[]> {
  const out: Count[] = new Array(asked.length);
  let left = asked.map((a, i) => ({ ...a, i }));
  while (left.length > 0) {
    const groups = new Map<string, { client: string; bucket: string; ms: number; at: number[] }>();
    const later: typeof left = [];
    for (const a of left) {
      const key = `${a.client}\u0000${a.bucket}`;
      const g = groups.get(key);
      if (!g) groups.set(key, { client: a.client, bucket: a.bucket, ms: a.ms, at: [a.i] });
      else if (g.ms === a.ms) g.at.push(a.i);
      else later.push(a);
    }
    // in one order for every statement, whatever order the requests came in: a statement locks its rows
    // one by one as it upserts them, and two statements (two processes, or two batches of one) that took
    // the same clients' rows in opposite orders deadlocked — PostgreSQL aborted one, and every request
    // in it failed (test/attack/stop38.test.ts)
    const gs = [...groups.values()].sort((x, y) => (x.client < y.client ? -1 : x.client > y.client ? 1 : x.bucket < y.bucket ? -1 : x.bucket > y.bucket ? 1 : 0));
    const { rows } = await sql<{ client: string; bucket: string; count: number; start_ms: number; now_ms: number }>`
      with asked as (
        select * from unnest(${gs.map((g) => g.client)}::text[], ${gs.map((g) => g.bucket)}::text[], ${gs.map((g) => g.ms)}::int[], ${gs.map((g) => g.at.length)}::int[])
          with ordinality as a(client, bucket, ms, requests, ord))
      insert into rate_limit_counts as r (client, bucket, window_start, count)
      select client, bucket, to_timestamp(floor(extract(epoch from now()) * 1000 / ms::numeric) * ms::numeric / 1000), requests from asked order by ord
      on conflict (client, bucket, window_start) do update set count = r.count + excluded.count
      returning r.client, r.bucket, r.count, (extract(epoch from r.window_start) * 1000)::float8 as start_ms, (extract(epoch from now()) * 1000)::float8 as now_ms`.execute(db);
    for (const row of rows) {
      const g = groups.get(`${row.client}\u0000${row.bucket}`)!;
      const ttl = Math.max(0, Math.round(row.start_ms + g.ms - row.now_ms));
      g.at.forEach((i, k) => {
        out[i] = { current: row.count - g.at.length + 1 + k, ttl };
      });
    }
    left = later;
  }
  return out;
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
