// Rate limits counted in the store: two servers on one database (two processes' worth: on PostgreSQL
// each has its own pool) count a client together; a window of the database's clock; old windows pruned.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshDatabaseUrl, freshStore } from '../../test/support/store.js';
import { openStore, type Store } from '../db/store.js';
import { buildServer } from './server.js';
import { countLocally, countRequest, countRequests, LOCAL_COUNTS_MAX, pruneRateLimits } from './rate-limit-store.js';

describe.each(engines)('rate limits shared in the store on %s', (engine) => {
  let store: Store;
  let second: Store;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    // on PostgreSQL a second pool on the same database, as a second process has; PGlite is one process
    if (engine === 'postgres') {
      const url = await freshDatabaseUrl();
      store = await openStore({ databaseUrl: url, dataDir: '/nonexistent' });
      second = await openStore({ databaseUrl: url, dataDir: '/nonexistent' });
    } else {
      store = await freshStore(engine);
      second = store;
    }
    for (const s of [store, second]) apps.push(await buildServer({ store: s, webDir: null, verifyRateLimit: 4, trustProxy: ['10.0.0.0/8'] }));
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    if (second !== store) await second.close();
    await store.close();
  });

  // the windows are fixed minutes of the database clock: a test starts well inside one
  const insideWindow = async () => {
    const { rows } = await sql<{ s: number }>`select (extract(epoch from now()) % 60)::float8 as s`.execute(store.db);
    if (rows[0]!.s > 45) await new Promise((r) => setTimeout(r, (61 - rows[0]!.s) * 1000));
  };

  it('counts one client across both servers: the fifth look-up within the minute is refused, whichever server answers', async () => {
    await insideWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await apps[i % 2]!.inject({ method: 'GET', url: '/api/verify/ZA-2026-000001', remoteAddress: '192.0.2.7' });
      statuses.push(res.statusCode);
      if (i === 0) expect(Number(res.headers['x-ratelimit-remaining'])).toBe(3);
    }
    expect(statuses.slice(0, 4).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(4)).toEqual([429, 429]);
    const refused = await apps[0]!.inject({ method: 'GET', url: '/api/verify/ZA-2026-000001', remoteAddress: '192.0.2.7' });
    expect(refused.json()).toMatchObject({ code: 'rate_limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // another client is not affected
    expect((await apps[1]!.inject({ method: 'GET', url: '/api/verify/ZA-2026-000001', remoteAddress: '192.0.2.8' })).statusCode).not.toBe(429);
  });

  it('counts look-ups asked at once exactly: of six at once through both servers, four pass, each with its own count', async () => {
    await insideWindow();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => apps[i % 2]!.inject({ method: 'GET', url: '/api/verify/ZA-2026-000003', remoteAddress: '192.0.2.40' })));
    const passed = answers.filter((r) => r.statusCode !== 429);
    expect(passed).toHaveLength(4);
    expect(passed.map((r) => Number(r.headers['x-ratelimit-remaining'])).sort()).toEqual([0, 1, 2, 3]);
  });

  it('counts many requests in one statement as if one by one: per client and route, another window apart', async () => {
    await insideWindow();
    const asked = [
      { client: 'c1', bucket: 'GET /a', ms: 60_000 },
      { client: 'c2', bucket: 'GET /a', ms: 60_000 },
      { client: 'c1', bucket: 'GET /a', ms: 60_000 },
      { client: 'c1', bucket: 'GET /b', ms: 60_000 },
      // the same client and route in windows of another length: counted in a statement of its own
      { client: 'c1', bucket: 'GET /a', ms: 3_600_000 },
      { client: 'c1', bucket: 'GET /a', ms: 60_000 },
    ];
    const counts = await countRequests(store.db, asked);
    // (in the first minute of an hour both windows start together: one row, as one by one it would be too)
    const together = counts[4]!.ttl > 3_540_000;
    expect(counts.map((c) => c.current)).toEqual(together ? [1, 1, 2, 1, 4, 3] : [1, 1, 2, 1, 1, 3]);
    for (const [i, c] of counts.entries()) {
      expect(c.ttl).toBeGreaterThan(0);
      expect(c.ttl).toBeLessThanOrEqual(asked[i]!.ms);
    }
    // and another process's count goes on from there
    expect((await countRequests(second.db, [asked[0]!, asked[1]!])).map((c) => c.current)).toEqual([4, 2]);
  });

  it('believes X-Forwarded-For only from a trusted proxy: a client that forges it does not get a fresh count', async () => {
    await insideWindow();
    for (let i = 0; i < 4; i++) await apps[i % 2]!.inject({ method: 'GET', url: '/api/verify/ZA-2026-000002', remoteAddress: '198.51.100.9' });
    const forged = await apps[1]!.inject({ method: 'GET', url: '/api/verify/ZA-2026-000002', remoteAddress: '198.51.100.9', headers: { 'x-forwarded-for': '203.0.113.50' } });
    expect(forged.statusCode).toBe(429);
    // through the trusted proxy, the forwarded address is the client
    const proxied = await apps[0]!.inject({ method: 'GET', url: '/api/verify/ZA-2026-000002', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': '203.0.113.50' } });
    expect(proxied.statusCode).not.toBe(429);
    // counted for the forwarded client, never for the proxy: its fifth look-up is refused, whichever server answers
    const more: number[] = [];
    for (let i = 0; i < 4; i++) more.push((await apps[i % 2]!.inject({ method: 'GET', url: '/api/verify/ZA-2026-000002', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': '203.0.113.50' } })).statusCode);
    expect(more.slice(0, 3).every((x) => x !== 429)).toBe(true);
    expect(more[3]).toBe(429);
    if (engine === 'postgres') {
      // in the store, shared by the processes
      const rows = await store.db.selectFrom('rate_limit_counts').select(['client', 'count']).where('client', 'in', ['203.0.113.50', '10.1.2.3']).execute();
      expect(rows.map((r) => r.client)).toEqual(['203.0.113.50']);
    } else {
      // the embedded store serves one process: nothing written per request
      expect(await store.db.selectFrom('rate_limit_counts').selectAll().where('client', 'in', ['203.0.113.50', '10.1.2.3', '198.51.100.9']).execute()).toEqual([]);
    }
  });

  it('counts in windows of the database clock, and prunes windows ended over an hour ago', async () => {
    await insideWindow();
    const a = await countRequest(store.db, 'client-x', 'bucket', 60_000);
    const b = await countRequest(second.db, 'client-x', 'bucket', 60_000);
    expect([a.current, b.current]).toEqual([1, 2]);
    expect(b.ttl).toBeGreaterThan(0);
    expect(b.ttl).toBeLessThanOrEqual(60_000);
    await store.db.insertInto('rate_limit_counts').values({ client: 'client-x', bucket: 'bucket', window_start: new Date(Date.now() - 2 * 3600_000), count: 9 }).execute();
    expect(await pruneRateLimits(store.db)).toBe(1);
    const left = await store.db.selectFrom('rate_limit_counts').select('count').where('client', '=', 'client-x').execute();
    expect(left.map((r) => r.count)).toEqual([2]);
  });
});

describe('rate limits counted in the process (the embedded store)', () => {
  it('counts in fixed windows, and keeps at most LOCAL_COUNTS_MAX counts: ended windows go first, then the oldest', () => {
    const counts = new Map<string, { count: number; end: number }>();
    const t = 28_333_333 * 60_000; // the start of a minute
    expect(countLocally(counts, 'a', 'b', 60_000, t + 1_000)).toEqual({ current: 1, ttl: 59_000 });
    expect(countLocally(counts, 'a', 'b', 60_000, t + 59_999)).toEqual({ current: 2, ttl: 1 });
    // the next window starts again; another route or client counts apart
    expect(countLocally(counts, 'a', 'b', 60_000, t + 60_000).current).toBe(1);
    expect(countLocally(counts, 'a', 'c', 60_000, t + 60_000).current).toBe(1);
    expect(countLocally(counts, 'z', 'b', 60_000, t + 60_000).current).toBe(1);
    // a flood of clients within one window: bounded
    for (let i = 0; i < LOCAL_COUNTS_MAX + 10; i++) countLocally(counts, `flood-${i}`, 'b', 60_000, t + 61_000);
    expect(counts.size).toBeLessThanOrEqual(LOCAL_COUNTS_MAX);
    // the ended window went first, the newest counts are kept
    expect([...counts.keys()].some((k) => k.endsWith(String(t)))).toBe(false);
    expect(countLocally(counts, `flood-${LOCAL_COUNTS_MAX + 9}`, 'b', 60_000, t + 62_000).current).toBe(2);
  });
});
