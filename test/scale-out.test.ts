// Several `kpcs serve` on one PostgreSQL behave as one (docs/deployment.md). Runs when PostgreSQL
// answers (TEST_DATABASE_URL, as in CI). Three real processes, started together on an empty database:
// they set it up once; clients issue through all three at once with no error and no duplicate; a
// process killed mid-run loses nothing it acknowledged; a user disabled through one process is refused
// by the others at the next request; the e-mails of the alerts go out once each across three mailers.
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listMigrations } from '../src/db/migrate.js';
import { kpcs } from './support/cli.js';
import { newDatabase, query } from './support/postgres.js';
import { killHard, serve, type Served } from './support/serve.js';
import { startSmtp } from './support/smtp.js';

const postgresUrl = inject('postgresUrl');

const request = (from: string, i: number) => ({
  exporter: from === 'ZA' ? { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' } : { name: 'Debswana Diamond Company', address: 'Debswana House, Gaborone', country: 'BW' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: from,
  goods: [{ hsCode: '7102.10', carats: 100 + i, valueUsd: 50_000 + i }],
  parcels: 1,
});

const waitFor = async (cond: () => Promise<boolean>, what: string, ms = 60_000) => {
  const until = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`waited ${ms / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe.skipIf(!postgresUrl)('three kpcs servers on one PostgreSQL', () => {
  it('start together on an empty database, issue without error or duplicate, lose nothing when one is killed, honour a cancellation and a revocation at once, mail once', { timeout: 240_000 }, async () => {
    const db = await newDatabase('scale');
    const smtp = await startSmtp();
    const env = {
      DATABASE_URL: db.url,
      KPCS_MASTER_KEY: randomBytes(32).toString('base64'),
      KPCS_ADMIN_PASSWORD: 'correct horse battery staple 42',
      KPCS_SMTP_URL: smtp.url,
      KPCS_MAIL_INTERVAL_MS: '200',
      KPCS_DB_POOL: '6',
    };
    const servers: Served[] = [];
    try {
      // 1. started together on an empty database: each comes up, the store is set up once
      servers.push(...(await Promise.all([0, 1, 2].map(() => serve(mkdtempSync(join(tmpdir(), 'kpcs-scale-')), env)))));
      expect(servers).toHaveLength(3);
      const admins = await query<{ n: number }>(db.url, `select count(*)::int as n from users where login = 'admin'`);
      expect(admins[0]!.n).toBe(1);
      const migrations = await query<{ name: string }>(db.url, 'select name from schema_migrations order by name');
      expect(migrations.map((m) => m.name)).toEqual(listMigrations().map((m) => m.name));
      const participants = await query<{ n: number }>(db.url, 'select count(*)::int as n from participants');
      expect(participants[0]!.n).toBeGreaterThan(40);
      // the background work runs in exactly one of them, which says so
      await waitFor(async () => servers.some((s) => /now runs the background work/.test(s.output())), 'a process to hold the background lease', 10_000);
      await new Promise((r) => setTimeout(r, 500));
      expect(servers.filter((s) => /now runs the background work/.test(s.output()))).toHaveLength(1);
      const lease = await query<{ holder: string }>(db.url, `select holder from leases where name = 'background'`);
      expect(lease).toHaveLength(1);

      const token = (args: string[]) => kpcs(['user', 'add', ...args], env).stdout.trim();
      const za = token(['--participant', 'ZA', '--role', 'officer', '--name', 'ZA Officer']);
      const bw = token(['--participant', 'BW', '--role', 'officer', '--name', 'BW Officer']);
      // the first administrator, made by one of the three at start-up
      const admin = kpcs(['user', 'token', 'admin'], env).stdout.trim();
      kpcs(['user', 'add', '--participant', 'EU', '--role', 'officer', '--name', 'EU Officer', '--email', 'officer@eu.example.org'], env);
      for (const t of [za, bw, admin]) expect(t).toMatch(/^kpcs_/);

      // 2. concurrent issuance through all three, ZA and BW interleaved: every request answered 201
      const issue = (s: Served, tok: string, from: string, i: number) =>
        fetch(`${s.url}/api/certificates`, { method: 'POST', headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' }, body: JSON.stringify(request(from, i)) });
      const statuses: number[] = [];
      const numbers: string[] = [];
      await Promise.all(
        Array.from({ length: 9 }, async (_, c) => {
          for (let i = 0; i < 8; i++) {
            const from = (c + i) % 2 === 0 ? 'ZA' : 'BW';
            const res = await issue(servers[c % 3]!, from === 'ZA' ? za : bw, from, c * 100 + i);
            statuses.push(res.status);
            if (res.status === 201) numbers.push(((await res.json()) as { number: string }).number);
            else process.stderr.write(`issuance answered ${res.status}: ${await res.text()}\n`);
          }
        }),
      );
      if (statuses.some((s) => s !== 201)) for (const s of servers) process.stderr.write(`--- server output:\n${s.output().slice(-4000)}\n`);
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      expect(new Set(numbers).size).toBe(72);
      const stored = await query<{ n: number }>(db.url, 'select count(*)::int as n from certificates');
      expect(stored[0]!.n).toBe(72);
      // the three see one log: the same head
      const heads = await Promise.all(servers.map(async (s) => ((await (await fetch(`${s.url}/api/log/tree-head`)).json()) as { treeSize: number; rootHash: string })));
      expect(new Set(heads.map((h) => `${h.treeSize}:${h.rootHash}`)).size).toBe(1);

      // 3. one process killed while clients issue through all three: what any acknowledged is there
      const acknowledged: string[] = [];
      let stop = false;
      const clients = Array.from({ length: 6 }, async (_, c) => {
        for (let i = 0; !stop; i++) {
          try {
            const res = await issue(servers[c % 3]!, za, 'ZA', 10_000 + c * 1000 + i);
            if (res.status === 201) acknowledged.push(((await res.json()) as { number: string }).number);
          } catch {
            if (c % 3 === 2) return; // its server is gone
          }
        }
      });
      while (acknowledged.length < 30) await new Promise((r) => setTimeout(r, 20));
      await killHard(servers[2]!.child);
      await new Promise((r) => setTimeout(r, 300));
      stop = true;
      await Promise.all(clients);
      const found = await query<{ number: string }>(db.url, 'select number from certificates where number = any($1)', [acknowledged]);
      expect(found).toHaveLength(acknowledged.length);
      for (const n of acknowledged.slice(-5)) {
        const v = (await (await fetch(`${servers[1]!.url}/api/verify/${n}`)).json()) as { verdict: string };
        expect(v.verdict, n).toBe('genuine');
      }
      // a cancellation through one process: the look-ups on another, asked together (read in one
      // statement, src/db/coalesce.ts), each see it at once
      const lost = acknowledged.at(-1)!;
      const lookUps = () => Promise.all(Array.from({ length: 20 }, async () => ((await (await fetch(`${servers[1]!.url}/api/verify/${lost}`)).json()) as { verdict: string }).verdict));
      expect(new Set(await lookUps())).toEqual(new Set(['genuine']));
      const cancelled = await fetch(`${servers[0]!.url}/api/certificates/${lost}/cancellation`, { method: 'POST', headers: { authorization: `Bearer ${za}`, 'content-type': 'application/json' }, body: JSON.stringify({ reason: 'lost' }) });
      expect(cancelled.status).toBe(201);
      expect(new Set(await lookUps())).toEqual(new Set(['cancelled']));

      // 4. a user disabled through one process is refused by the other at its next request
      const { users } = (await (await fetch(`${servers[0]!.url}/api/users`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { users: { id: string; name: string }[] };
      const bwUser = users.find((u) => u.name === 'BW Officer')!;
      const before = await issue(servers[1]!, bw, 'BW', 1);
      expect(before.status).toBe(201);
      const disabled = await fetch(`${servers[0]!.url}/api/users/${bwUser.id}`, { method: 'PATCH', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ disabled: true }) });
      expect(disabled.status).toBe(200);
      const after = await issue(servers[1]!, bw, 'BW', 2);
      expect(after.status).toBe(401);

      // 5. the alerts' e-mails (the EU officer hears of every certificate addressed to BE): each once.
      // E-mails the killed process had claimed stay claimed until their claim expires (5 minutes): the
      // live mailers send the rest; then those claims are made to expire, and they go out too
      const pendingCount = async () => (await query<{ n: number }>(db.url, `select count(*)::int as n from outbox where topic = 'notification.email' and processed_at is null`))[0]!.n;
      const unclaimedCount = async () => (await query<{ n: number }>(db.url, `select count(*)::int as n from outbox where topic = 'notification.email' and processed_at is null and (claimed_until is null or claimed_until < now())`))[0]!.n;
      await waitFor(async () => (await unclaimedCount()) === 0, 'the live mailers to send what is not claimed');
      const deadClaims = await pendingCount();
      await query(db.url, `update outbox set claimed_until = now() - interval '1 second' where topic = 'notification.email' and processed_at is null`);
      await waitFor(async () => (await pendingCount()) === 0, 'the expired claims to be sent');
      const mails = await query<{ id: string }>(db.url, `select id from outbox where topic = 'notification.email'`);
      expect(mails.length).toBeGreaterThan(0);
      const ids = smtp.received.map((m) => /^Message-ID: <([^>]+)>/im.exec(m)?.[1]);
      expect(new Set(ids)).toEqual(new Set(mails.map((m) => `${m.id}@kpcs`)));
      // sent twice only if the killed process had sent it before it could mark it, and then with the same Message-ID
      expect(ids.length - new Set(ids).size).toBeLessThanOrEqual(deadClaims);
    } finally {
      await Promise.all(servers.map((s) => killHard(s.child)));
      await smtp.close();
    }
  });
});
