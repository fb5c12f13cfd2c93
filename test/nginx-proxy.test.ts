// The nginx example of docs/deployment.md, run: the configuration block is read from the page, its
// ports pointed at three `kpcs serve` processes on one PostgreSQL, and nginx started in front of them.
// Issuance through the proxy reaches all three; look-ups are limited per real client across the three
// (a forged X-Forwarded-For is replaced by the proxy); a process killed, the others answer. Runs when
// PostgreSQL answers and an nginx binary is installed (Debian: apt-get install nginx-light); skipped
// otherwise, saying why.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { kpcs } from './support/cli.js';
import { freePort, killHard, serve, type Served } from './support/serve.js';

const postgresUrl = inject('postgresUrl');
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p)) ?? (spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim() || undefined);
const why = !postgresUrl ? 'no PostgreSQL (TEST_DATABASE_URL unset)' : !nginx ? 'no nginx binary (Debian: apt-get install -y nginx-light)' : undefined;
if (why) process.stderr.write(`nginx-proxy.test.ts skipped: ${why}\n`);

/** The ```nginx block of docs/deployment.md. */
function documentedConfig(): string {
  const page = readFileSync(new URL('../docs/deployment.md', import.meta.url), 'utf8');
  const m = /```nginx\n([\s\S]*?)```/.exec(page);
  if (!m) throw new Error('docs/deployment.md has no ```nginx block');
  return m[1]!;
}

describe.skipIf(why !== undefined)('the documented nginx configuration in front of three processes', () => {
  it('spreads issuance over the three, limits a client across them by its real address, and goes around a dead process', { timeout: 180_000 }, async () => {
    const prefix = inject('postgresPrefix');
    const name = `${prefix}nginx_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${prefix}template`);
    await admin.end();
    const u = new URL(postgresUrl!);
    u.pathname = `/${name}`;
    const env = {
      DATABASE_URL: u.toString(),
      KPCS_MASTER_KEY: randomBytes(32).toString('base64'),
      KPCS_ADMIN_PASSWORD: 'correct horse battery staple 42',
      KPCS_TRUST_PROXY: '127.0.0.1',
      KPCS_VERIFY_RATE_LIMIT: '5',
      KPCS_DB_POOL: '4',
    };
    const dir = mkdtempSync(join(tmpdir(), 'kpcs-nginx-'));
    const servers: Served[] = [];
    let proxy: ChildProcess | undefined;
    try {
      servers.push(...(await Promise.all([0, 1, 2].map(() => serve(mkdtempSync(join(tmpdir(), 'kpcs-nginx-serve-')), env)))));
      const ports = servers.map((s) => new URL(s.url).port);
      const listen = await freePort();
      // the page's block, its example ports replaced by this run's
      const site = documentedConfig()
        .replace('127.0.0.1:8081', `127.0.0.1:${ports[0]}`)
        .replace('127.0.0.1:8082', `127.0.0.1:${ports[1]}`)
        .replace('127.0.0.1:8083', `127.0.0.1:${ports[2]}`)
        .replace(/listen 80;/, `listen 127.0.0.1:${listen};`);
      expect(site).toContain(`127.0.0.1:${ports[2]}`);
      expect(site).toContain(`listen 127.0.0.1:${listen};`);
      mkdirSync(join(dir, 'logs'));
      const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join('\n  ');
      writeFileSync(
        join(dir, 'nginx.conf'),
        `daemon off;\nmaster_process on;\nworker_processes 1;\nuser root;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'logs/error.log')} warn;\nevents { worker_connections 256; }\n` +
          `http {\n  ${temp}\n  log_format upstream '$upstream_addr $status';\n  access_log ${join(dir, 'logs/access.log')} upstream;\n${site}\n}\n`,
      );
      const check = spawnSync(nginx!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
      expect(check.status, check.stderr).toBe(0);
      proxy = spawn(nginx!, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
      const base = `http://127.0.0.1:${listen}`;
      for (let i = 0; i < 100 && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));

      // 1. issuance through the proxy: every request issued, by the three processes
      const token = kpcs(['user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'ZA Officer'], env).stdout.trim();
      const issue = (i: number) =>
        fetch(`${base}/api/certificates`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' }, importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats: 100 + i, valueUsd: 50_000 }], parcels: 1 }),
        }).then((r) => r.status);
      expect(await Promise.all(Array.from({ length: 12 }, (_, i) => issue(i)))).toEqual(Array(12).fill(201));
      const upstreams = (text: string) => new Set(text.trim().split('\n').filter((l) => l.endsWith(' 201')).map((l) => l.split(' ')[0]));
      expect(upstreams(readFileSync(join(dir, 'logs/access.log'), 'utf8'))).toEqual(new Set(ports.map((p) => `127.0.0.1:${p}`)));

      // 2. look-ups: five a minute for this client, counted across the three; a forged X-Forwarded-For is
      // replaced by the proxy with the client's address, so it buys nothing
      // (counted in fixed minutes of the database clock: start well inside one)
      const c = new pg.Client({ connectionString: u.toString() });
      await c.connect();
      const into = (await c.query<{ s: number }>('select (extract(epoch from now()) % 60)::float8 as s')).rows[0]!.s;
      await c.end();
      if (into > 40) await new Promise((r) => setTimeout(r, (61 - into) * 1000));
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await fetch(`${base}/api/verify/ZA-2026-000001`, { headers: { 'x-forwarded-for': `198.51.100.${i}` } })).status);
      expect(statuses.slice(0, 5)).not.toContain(429);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);

      // 3. one process dies: the proxy passes its requests to the others
      await killHard(servers[1]!.child);
      expect(await Promise.all(Array.from({ length: 6 }, (_, i) => issue(100 + i)))).toEqual(Array(6).fill(201));
    } finally {
      proxy?.kill('SIGTERM');
      await Promise.all(servers.map((s) => killHard(s.child)));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
