// ATTACK (stop 38): reads asked at about the same time sent together (src/db/coalesce.ts) — the shared
// rate-limit counts (one upsert for many clients, src/http/rate-limit-store.ts), the look-ups' state reads
// (src/certificates/lookup.ts) and the reads of one key shared on PostgreSQL (src/db/kept.ts). Two stores
// on one PostgreSQL stand for two processes. This file: the rate-limit counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { engines, twoStores } from '../support/store.js';
import type { Store } from '../../src/db/store.js';
import { buildServer } from '../../src/http/server.js';
import { countRequests } from '../../src/http/rate-limit-store.js';

const onPostgres = engines.includes('postgres') ? describe : describe.skip;

onPostgres('ATTACK: rate-limit counts of many clients in one statement, two processes (PostgreSQL)', () => {
  let a: Store;
  let b: Store;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    [a, b] = await twoStores('postgres');
    for (const s of [a, b]) apps.push(await buildServer({ store: s, webDir: null, verifyRateLimit: 5 }));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await b.close();
    await a.close();
  });

  /** statements of this database waiting for a lock (the counting statements queued behind a row lock) */
  const waiting = async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(a.db);
    return rows[0]!.n;
  };
  const until = async (n: number) => {
    for (let i = 0; i < 500 && (await waiting()) < n; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await waiting()).toBeGreaterThanOrEqual(n);
  };

  // Two statements that count the same two clients, each in the order its requests came in: process B
  // [c2, c1], process A [c1, c2]. One row lock held elsewhere a moment (any third writer of c2's row: a
  // third process's count) lines them up; then B holds c2 and waits for c1, A holds c1 and waits for c2.
  // One request by one never locked two rows; a batch in the order asked does, so PostgreSQL aborted one
  // statement (deadlock detected) and every request in it — other clients' too — failed with a 500.
  it('broke and mended: two batches counting the same clients in opposite orders deadlocked; all their requests failed', async () => {
    // a window of ~23 days (the largest the int[] takes): the test never straddles two windows
    const ms = 2_000_000_000;
    const c1 = { client: `198.51.100.1-${Date.now()}`, bucket: 'GET /x', ms };
    const c2 = { client: `198.51.100.2-${Date.now()}`, bucket: 'GET /x', ms };
    expect((await countRequests(a.db, [c1, c2])).map((c) => c.current)).toEqual([1, 1]);
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let holding!: () => void;
    const held = new Promise<void>((r) => (holding = r));
    const holder = a.db.transaction().execute(async (tx) => {
      await sql`select count from rate_limit_counts where client = ${c2.client} for update`.execute(tx);
      holding();
      await released;
    });
    await held;
    const before = await waiting();
    const fromB = countRequests(b.db, [c2, c1]).then((r) => r, (e: Error) => e);
    await until(before + 1);
    const fromA = countRequests(a.db, [c1, c2]).then((r) => r, (e: Error) => e);
    await until(before + 2);
    release();
    await holder;
    const [ra, rb] = await Promise.all([fromA, fromB]);
    expect(ra).not.toBeInstanceOf(Error);
    expect(rb).not.toBeInstanceOf(Error);
    // each counted once, none twice: the counts in between, 2 and 3, went one to each
    const current = (r: typeof ra, i: number) => (r as { current: number }[])[i]!.current;
    expect([current(ra, 0), current(rb, 1)].sort()).toEqual([2, 3]);
    expect([current(ra, 1), current(rb, 0)].sort()).toEqual([2, 3]);
    const { rows } = await sql<{ client: string; count: number }>`
      select client, count from rate_limit_counts where client in (${c1.client}, ${c2.client}) order by client`.execute(a.db);
    expect(rows.map((r) => r.count)).toEqual([3, 3]);
  });

  it('held: many clients at once through both servers, in every order: each gets its limit exactly, no 500', async () => {
    // inside a minute of the database clock (the look-ups' window)
    const { rows } = await sql<{ s: number }>`select (extract(epoch from now()) % 60)::float8 as s`.execute(a.db);
    if (rows[0]!.s > 45) await new Promise((r) => setTimeout(r, (61 - rows[0]!.s) * 1000));
    const clients = Array.from({ length: 8 }, (_, i) => `203.0.113.${i + 1}`);
    // each client's 12 requests interleaved with the others', half in reverse order, on both servers
    const asked = Array.from({ length: 12 }, (_, k) => (k % 2 ? [...clients].reverse() : clients).map((ip, j) => ({ ip, app: apps[(k + j) % 2]! }))).flat();
    const answers = await Promise.all(asked.map(({ ip, app }) => app.inject({ method: 'GET', url: '/api/verify/ZA-2026-000001', remoteAddress: ip }).then((r) => ({ ip, r }))));
    expect(answers.filter(({ r }) => r.statusCode >= 500)).toEqual([]);
    for (const ip of clients) {
      const mine = answers.filter((x) => x.ip === ip).map((x) => x.r);
      const passed = mine.filter((r) => r.statusCode !== 429);
      expect(passed).toHaveLength(5);
      expect(passed.map((r) => Number(r.headers['x-ratelimit-remaining'])).sort()).toEqual([0, 1, 2, 3, 4]);
    }
  });
});
