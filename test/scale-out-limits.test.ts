// Two `kpcs serve` processes on one PostgreSQL (docs/deployment.md): rate limits counted together
// (in the store), keyed by the real client — a forged X-Forwarded-For from an address that is not a
// trusted proxy changes nothing — and retries of one issuance with one Idempotency-Key sent to both
// processes at once issue exactly one certificate. And two processes with a pool of one connection
// each (KPCS_DB_POOL=1) start together on an empty database: the start-up lock is held on a connection
// outside the pool, so the migrations it guards do not wait for it. Runs when PostgreSQL answers.
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { kpcs } from './support/cli.js';
import { killHard, serve, type Served } from './support/serve.js';

const postgresUrl = inject('postgresUrl');

async function databaseFromTemplate(url: string): Promise<string> {
  const prefix = inject('postgresPrefix');
  const name = `${prefix}limits_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${prefix}template`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function secondsIntoMinute(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ s: number }>('select (extract(epoch from now()) % 60)::float8 as s')).rows[0]!.s;
  } finally {
    await c.end();
  }
}

describe.skipIf(!postgresUrl)('two kpcs servers on one PostgreSQL share rate limits and idempotency keys', () => {
  it('count a client together whichever process answers, by its real address, and issue once per Idempotency-Key', { timeout: 180_000 }, async () => {
    const url = await databaseFromTemplate(postgresUrl!);
    const env = {
      DATABASE_URL: url,
      KPCS_MASTER_KEY: randomBytes(32).toString('base64'),
      KPCS_ADMIN_PASSWORD: 'correct horse battery staple 42',
      KPCS_VERIFY_RATE_LIMIT: '6',
      // a proxy that is not the test's address: X-Forwarded-For from 127.0.0.1 is not believed
      KPCS_TRUST_PROXY: '10.0.0.0/8',
      KPCS_DB_POOL: '4',
    };
    const servers: Served[] = [];
    try {
      servers.push(...(await Promise.all([0, 1].map(() => serve(mkdtempSync(join(tmpdir(), 'kpcs-limits-')), env)))));
      // the limit counts fixed minutes of the database clock: start well inside one
      const s = await secondsIntoMinute(url);
      if (s > 40) await new Promise((r) => setTimeout(r, (61 - s) * 1000));

      // 1. look-ups alternating between the two processes, each with a different forged X-Forwarded-For:
      // the sixth is the last allowed, whichever process counts it
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) {
        const res = await fetch(`${servers[i % 2]!.url}/api/verify/ZA-2026-000001`, { headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
      expect(statuses.slice(0, 6)).not.toContain(429);
      expect(statuses.slice(6)).toEqual([429, 429, 429]);

      // 2. retries of one request with one key, sent to both processes at once: one certificate
      const token = kpcs(['user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'ZA Officer'], env).stdout.trim();
      expect(token).toMatch(/^kpcs_/);
      const body = JSON.stringify({
        exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
        importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
        origin: 'ZA',
        goods: [{ hsCode: '7102.10', carats: 321, valueUsd: 64_000 }],
        parcels: 1,
      });
      const answers = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const res = await fetch(`${servers[i % 2]!.url}/api/certificates`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'order-4711' }, body });
          return { status: res.status, body: await res.text(), code: res.headers.get('kpcs-verification-code') };
        }),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(answers.filter((a) => a.code).length).toBe(1);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const n = (await c.query<{ n: number }>(`select count(*)::int as n from certificates where participant = 'ZA'`)).rows[0]!.n;
      await c.end();
      expect(n).toBe(1);
    } finally {
      await Promise.all(servers.map((s) => killHard(s.child)));
    }
  });

  it('start together on an empty database with KPCS_DB_POOL=1 (the start-up lock does not wait for the pool)', { timeout: 180_000 }, async () => {
    const name = `${inject('postgresPrefix')}pool1_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(postgresUrl!);
    u.pathname = `/${name}`;
    const env = { DATABASE_URL: u.toString(), KPCS_MASTER_KEY: randomBytes(32).toString('base64'), KPCS_ADMIN_PASSWORD: 'correct horse battery staple 42', KPCS_DB_POOL: '1' };
    const servers: Served[] = [];
    try {
      servers.push(...(await Promise.all([0, 1].map(() => serve(mkdtempSync(join(tmpdir(), 'kpcs-pool1-')), env)))));
      for (const s of servers) expect((await fetch(`${s.url}/api/health`)).status).toBe(200);
      const c = new pg.Client({ connectionString: u.toString() });
      await c.connect();
      const admins = (await c.query<{ n: number }>(`select count(*)::int as n from users where login = 'admin'`)).rows[0]!.n;
      await c.end();
      expect(admins).toBe(1);
    } finally {
      await Promise.all(servers.map((s) => killHard(s.child)));
    }
  });
});
