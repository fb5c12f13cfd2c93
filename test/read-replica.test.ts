// Reads from a streaming replica (KPCS_READ_DATABASE_URL, docs/deployment.md): a real hot standby of
// the test's PostgreSQL server is made (pg_basebackup as the postgres user, then a standby on a port of
// its own), a `kpcs serve` is given it, and public verification is answered there — in read-only
// transactions the standby accepts — while a certificate issued after replay was paused (so not on the
// standby) is still verified genuine, from the primary. Runs when PostgreSQL answers on 127.0.0.1 and
// this process may act as the postgres user (root, as in CI); skipped otherwise, saying why.
//
// The primary must accept replication connections from 127.0.0.1 (pg_hba.conf: a `replication` line;
// `max_wal_senders` > 0 and `wal_level` replica, the defaults). A missing pg_hba line is added here and
// the configuration reloaded (no restart); the rest needs a restart and is only checked.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { kpcs } from './support/cli.js';
import { query } from './support/postgres.js';
import { freePort, killHard, serve, type Served } from './support/serve.js';

const postgresUrl = inject('postgresUrl');
const BIN = '/usr/lib/postgresql/15/bin';
const local = postgresUrl && /^postgres(ql)?:\/\/[^/]*@(127\.0\.0\.1|localhost)(:5432)?\//.test(postgresUrl);
const why = !postgresUrl
  ? 'no PostgreSQL (TEST_DATABASE_URL unset)'
  : !local
    ? 'TEST_DATABASE_URL is not the server on 127.0.0.1:5432'
    : process.getuid?.() !== 0
      ? 'not root: cannot act as the postgres user to make a standby'
      : !existsSync(`${BIN}/pg_basebackup`)
        ? `no ${BIN}/pg_basebackup`
        : undefined;
if (why) process.stderr.write(`read-replica.test.ts skipped: ${why}\n`);

const asPostgres = (args: string[]) => {
  const r = spawnSync('runuser', ['-u', 'postgres', '--', ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
};

const waitFor = async (cond: () => Promise<boolean>, what: string, ms = 60_000) => {
  const until = Date.now() + ms;
  while (!(await cond().catch(() => false))) {
    if (Date.now() > until) throw new Error(`waited ${ms / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** Lets 127.0.0.1 make replication connections (trust, as the server's other local lines), reloading the configuration. */
async function allowReplication(url: string): Promise<void> {
  const rules = await query<{ database: string[]; address: string | null }>(url, 'select database, address from pg_hba_file_rules');
  if (rules.some((r) => r.database.includes('replication') && (r.address === '127.0.0.1' || r.address === null))) return;
  const [{ hba_file: hba }] = (await query<{ hba_file: string }>(url, 'show hba_file')) as [{ hba_file: string }];
  if (!readFileSync(hba, 'utf8').includes('host replication all 127.0.0.1/32 trust')) appendFileSync(hba, '\n# kpcs tests (test/read-replica.test.ts): a standby on this machine\nhost replication all 127.0.0.1/32 trust\n');
  await query(url, 'select pg_reload_conf()');
  process.stderr.write(`read-replica.test.ts: added "host replication all 127.0.0.1/32 trust" to ${hba} and reloaded the configuration\n`);
}

describe.skipIf(why !== undefined)('public reads from a streaming replica', () => {
  it('verification answered by a hot standby in read-only transactions; a certificate not yet replicated answered by the primary', { timeout: 180_000 }, async () => {
    const [settings] = await query<{ senders: string; level: string }>(postgresUrl!, `select current_setting('max_wal_senders') as senders, current_setting('wal_level') as level`);
    expect(Number(settings!.senders), 'max_wal_senders (needs a restart of the server to change)').toBeGreaterThan(0);
    expect(['replica', 'logical'], 'wal_level (needs a restart of the server to change)').toContain(settings!.level);
    await allowReplication(postgresUrl!);

    const dir = mkdtempSync(join(tmpdir(), 'kpcs-standby-'));
    const t0 = Date.now();
    const stage = (what: string) => process.env.KPCS_TEST_VERBOSE && process.stderr.write(`read-replica: ${what} after ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    const port = await freePort();
    let started = false;
    let server: Served | undefined;
    try {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      chownSync(dir, uid, gid);
      // 1. a standby of the whole server, streaming from it
      asPostgres([`${BIN}/pg_basebackup`, '-h', '127.0.0.1', '-p', '5432', '-U', 'postgres', '-D', dir, '-R', '-X', 'stream', '-c', 'fast']);
      stage('base backup');
      for (const [file, text] of [['postgresql.conf', ''], ['pg_hba.conf', 'local all all trust\nhost all all 127.0.0.1/32 trust\n']] as const) {
        writeFileSync(join(dir, file), text);
        chownSync(join(dir, file), uid, gid);
      }
      asPostgres([`${BIN}/pg_ctl`, '-D', dir, '-o', `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c hba_file=${join(dir, 'pg_hba.conf')}`, '-l', join(dir, 'log'), '-w', 'start']);
      started = true;
      stage('standby started');
      const standbyAdmin = `postgres://postgres@127.0.0.1:${port}/postgres`;
      expect((await query<{ r: boolean }>(standbyAdmin, 'select pg_is_in_recovery() as r'))[0]!.r).toBe(true);

      // 2. a store on the primary (a copy of the migrated template), replicated to the standby
      const prefix = inject('postgresPrefix');
      const name = `${prefix}replica_${randomBytes(4).toString('hex')}`;
      await query(postgresUrl!, `create database ${name} template ${prefix}template`);
      const primary = new URL(postgresUrl!);
      primary.pathname = `/${name}`;
      const standby = `postgres://postgres@127.0.0.1:${port}/${name}`;
      await waitFor(async () => (await query(standby, 'select 1')).length === 1, 'the new database on the standby');
      const env = { DATABASE_URL: primary.toString(), KPCS_READ_DATABASE_URL: standby, KPCS_MASTER_KEY: randomBytes(32).toString('base64'), KPCS_ADMIN_PASSWORD: 'correct horse battery staple 42' };
      stage('database replicated');
      server = await serve(mkdtempSync(join(tmpdir(), 'kpcs-replica-')), env);
      const token = kpcs(['user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'ZA Officer'], env).stdout.trim();
      expect(token).toMatch(/^kpcs_/);
      const issue = async (carats: number) => {
        const res = await fetch(`${server!.url}/api/certificates`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' }, importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats, valueUsd: 50_000 }], parcels: 1 }),
        });
        expect(res.status).toBe(201);
        return ((await res.json()) as { number: string }).number;
      };
      const verify = async (number: string) => ((await (await fetch(`${server!.url}/api/verify/${number}`)).json()) as { verdict: string }).verdict;

      // 3. certificates replicated: verified on the standby (its own count of committed transactions
      // in this database grows with the look-ups; the primary is not asked: nothing is missing)
      const numbers = [await issue(101), await issue(102), await issue(103)];
      await waitFor(async () => (await query<{ n: number }>(standby, 'select count(*)::int as n from certificates'))[0]!.n === 3, 'the certificates on the standby');
      const commits = async () => Number((await query<{ n: string }>(standbyAdmin, 'select xact_commit as n from pg_stat_database where datname = $1', [name]))[0]!.n);
      stage('certificates replicated');
      const before = await commits();
      for (let round = 0; round < 4; round++) for (const n of numbers) expect(await verify(n)).toBe('genuine');
      await waitFor(async () => (await commits()) >= before + 12, 'the standby to count the twelve look-ups');
      stage('look-ups counted on the standby');
      // what the standby's sessions of kpcs ran: reads of certificates, in read-only transactions
      // (asked right after a look-up: the pool closes a connection idle for ten seconds, which a loaded machine can take)
      let sessions: { query: string }[] = [];
      await waitFor(async () => {
        await verify(numbers[0]!);
        sessions = await query<{ query: string }>(standbyAdmin, `select query from pg_stat_activity where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid()`, [name]);
        return sessions.length > 0;
      }, "kpcs's sessions on the standby");
      expect(sessions.length).toBeGreaterThan(0);

      // 4. replay paused: a certificate issued now is not on the standby, and is verified on the primary
      await query(standbyAdmin, 'select pg_wal_replay_pause()');
      const fresh = await issue(104);
      expect((await query<{ n: number }>(standby, 'select count(*)::int as n from certificates where number = $1', [fresh]))[0]!.n).toBe(0);
      expect(await verify(fresh)).toBe('genuine');
      // a number issued nowhere: not in the log, from either
      expect(await verify('ZA-2026-999999')).toBe('not-in-log');
      await query(standbyAdmin, 'select pg_wal_replay_resume()');
      await waitFor(async () => (await query<{ n: number }>(standby, 'select count(*)::int as n from certificates where number = $1', [fresh]))[0]!.n === 1, 'replay to catch up');
      // the standby refuses writes: whatever the read path did there, it was reading
      await expect(query(standby, `insert into leases (name, holder, acquired_at, expires_at) values ('x', 'y', now(), now())`)).rejects.toThrow(/read-only/);
    } finally {
      if (server) await killHard(server.child);
      if (started) spawnSync('runuser', ['-u', 'postgres', '--', `${BIN}/pg_ctl`, '-D', dir, '-m', 'immediate', '-w', 'stop'], { encoding: 'utf8' });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
