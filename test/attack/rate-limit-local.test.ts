// ATTACK (rate limits on the embedded store counted in the process, src/http/rate-limit-store.ts
// localRateLimitStore/countLocally, src/http/server.ts): bursts, HEAD, URL variants, forged
// X-Forwarded-For, IPv6 rotation, memory with many clients, eviction, two servers on one store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { freshStore } from '../support/store.js';
import type { Store } from '../../src/db/store.js';
import { buildServer } from '../../src/http/server.js';
import { countLocally, LOCAL_COUNTS_MAX } from '../../src/http/rate-limit-store.js';

const LIMIT = 5;

describe('ATTACK: the verify rate limit counted in the process (embedded store)', () => {
  let store: Store;
  let app: FastifyInstance;
  let second: FastifyInstance;
  let proxied: FastifyInstance;
  // every test a client of its own (addresses from the documentation ranges)
  let n = 0;
  const client = () => `198.51.100.${++n}`;
  const get = (a: FastifyInstance, ip: string, url = '/api/verify/ZA-2026-000001', headers: Record<string, string> = {}, method: 'GET' | 'HEAD' | 'POST' = 'GET') =>
    a.inject({ method, url, remoteAddress: ip, headers });

  const insideWindow = async () => {
    const s = (Date.now() / 1000) % 60;
    if (s > 50) await new Promise((r) => setTimeout(r, (61 - s) * 1000));
  };

  beforeAll(async () => {
    store = await freshStore('pglite');
    app = await buildServer({ store, webDir: null, verifyRateLimit: LIMIT });
    second = await buildServer({ store, webDir: null, verifyRateLimit: LIMIT });
    proxied = await buildServer({ store, webDir: null, verifyRateLimit: LIMIT, trustProxy: ['10.0.0.0/8'] });
  });
  afterAll(async () => {
    for (const a of [app, second, proxied]) await a?.close();
    await store.close();
  });

  it('holds: a burst of 30 concurrent look-ups from one client lets exactly the limit through', async () => {
    await insideWindow();
    const ip = client();
    const codes = (await Promise.all(Array.from({ length: 30 }, () => get(app, ip)))).map((r) => r.statusCode);
    expect(codes.filter((c) => c !== 429)).toHaveLength(LIMIT);
  });

  it('holds: two servers built on one store count a client together', async () => {
    await insideWindow();
    const ip = client();
    const codes: number[] = [];
    for (let i = 0; i < 2 * LIMIT; i++) codes.push((await get(i % 2 ? second : app, ip)).statusCode);
    expect(codes.filter((c) => c !== 429)).toHaveLength(LIMIT);
  });

  it('HEAD /api/verify/{number} (Fastify\'s automatic HEAD route): counted, or unlimited?', async () => {
    await insideWindow();
    const ip = client();
    const heads: number[] = [];
    for (let i = 0; i < 3 * LIMIT; i++) heads.push((await get(app, ip, '/api/verify/ZA-2026-000001', {}, 'HEAD')).statusCode);
    // limited like GET
    expect(heads.filter((c) => c !== 429).length).toBeLessThanOrEqual(LIMIT);
  });

  it('URL variants of one route share the one bucket (trailing slash, encoded number, query strings)', async () => {
    await insideWindow();
    const ip = client();
    const urls = ['/api/verify/ZA-2026-000001', '/api/verify/ZA-2026-000002?x=1', '/api/verify/ZA%2D2026%2D000003', '/api/verify/ZA-2026-000004/', '/api/verify/ZA-2026-000005?code=', '/api/verify/zA-2026-000006', '/api/verify/ZA-2026-000007#x', '/api//verify/ZA-2026-000008'];
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) for (const u of urls) codes.push((await get(app, ip, u)).statusCode);
    expect(codes.filter((c) => c !== 429 && c !== 404).length).toBeLessThanOrEqual(LIMIT);
  });

  it('holds: X-Forwarded-For is ignored without trustProxy, and from a client that is not a trusted proxy', async () => {
    await insideWindow();
    const ip = client();
    const codes: number[] = [];
    for (let i = 0; i < 3 * LIMIT; i++) codes.push((await get(app, ip, undefined, { 'x-forwarded-for': `203.0.113.${i}` })).statusCode);
    expect(codes.filter((c) => c !== 429)).toHaveLength(LIMIT);
    const codes2: number[] = [];
    const ip2 = client();
    for (let i = 0; i < 3 * LIMIT; i++) codes2.push((await get(proxied, ip2, undefined, { 'x-forwarded-for': `203.0.113.${i}` })).statusCode);
    expect(codes2.filter((c) => c !== 429)).toHaveLength(LIMIT);
  });

  it('holds: behind the trusted proxy, a client prepending forged addresses to X-Forwarded-For is counted by the address the proxy appended', async () => {
    await insideWindow();
    const codes: number[] = [];
    for (let i = 0; i < 3 * LIMIT; i++) codes.push((await get(proxied, '10.0.0.1', undefined, { 'x-forwarded-for': `203.0.113.${i}, 192.0.2.200` })).statusCode);
    expect(codes.filter((c) => c !== 429)).toHaveLength(LIMIT);
  });

  it('holds: one IPv6 client rotating through its own /64 is counted once (@fastify/rate-limit keys IPv6 by /64), directly and through the proxy', async () => {
    await insideWindow();
    let passed = 0;
    for (let a = 1; a <= 6; a++) for (let i = 0; i < LIMIT; i++) if ((await get(app, `2001:db8:1:2::${a.toString(16)}`)).statusCode !== 429) passed++;
    expect(passed).toBe(LIMIT);
    let viaProxy = 0;
    for (let a = 1; a <= 6; a++) for (let i = 0; i < LIMIT; i++) if ((await get(proxied, '10.0.0.1', undefined, { 'x-forwarded-for': `2001:db8:9:9::${a}` })).statusCode !== 429) viaProxy++;
    expect(viaProxy).toBe(LIMIT);
  });

  it('holds: the counts kept stay at most LOCAL_COUNTS_MAX with very many clients in one window', () => {
    const counts = new Map<string, { count: number; end: number }>();
    const now = 1_700_000_000_000;
    for (let i = 0; i < LOCAL_COUNTS_MAX + 2_000; i++) countLocally(counts, `c${i}`, 'GET /api/verify/:number', 60_000, now);
    expect(counts.size).toBeLessThanOrEqual(LOCAL_COUNTS_MAX);
  });

  it('held (was a weakness): a client at its limit keeps its count through a flood of LOCAL_COUNTS_MAX fresh addresses in the same window', () => {
    const counts = new Map<string, { count: number; end: number }>();
    const now = 1_700_000_000_000;
    const bucket = 'GET /api/verify/:number';
    let last = { current: 0, ttl: 0 };
    for (let i = 0; i < 300; i++) last = countLocally(counts, 'victim-or-attacker', bucket, 60_000, now);
    expect(last.current).toBe(300);
    // 200,000 other addresses (one IPv6 /64 has 2^64) within the same minute, one request each
    for (let i = 0; i < LOCAL_COUNTS_MAX; i++) countLocally(counts, `2001:db8::${i.toString(16)}`, bucket, 60_000, now + 1);
    // the flood's single counts went first: the client at its limit is still counted
    expect(countLocally(counts, 'victim-or-attacker', bucket, 60_000, now + 2).current).toBe(301);
  });

  it('held (was broken: a scan of the whole map for every new client once full): room is made a tenth at a time, so the next tenth of new clients scan nothing', () => {
    const counts = new Map<string, { count: number; end: number }>();
    const now = 1_700_000_000_000;
    for (let i = 0; i < LOCAL_COUNTS_MAX; i++) countLocally(counts, `c${i}`, 'b', 60_000, now);
    expect(counts.size).toBe(LOCAL_COUNTS_MAX);
    countLocally(counts, 'first-over', 'b', 60_000, now + 1);
    const after = counts.size;
    expect(after).toBeLessThanOrEqual(Math.floor(LOCAL_COUNTS_MAX * 0.9) + 1);
    // the next new clients only add (no eviction until the map is full again)
    for (let i = 0; i < LOCAL_COUNTS_MAX - after; i++) countLocally(counts, `n${i}`, 'b', 60_000, now + 1);
    expect(counts.size).toBe(LOCAL_COUNTS_MAX);
  });
});
