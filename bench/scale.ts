// Several `kpcs serve` on one PostgreSQL (docs/deployment.md): certificates a second through one
// process and through three, the same clients issuing as fast as they are answered, beside the raw
// Ed25519 signing limit of the same run. PostgreSQL only (BENCH_DATABASE_URL or TEST_DATABASE_URL).
//   npm run bench -- --only scale [--quick]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { find, rate, type Bench } from './harness.js';
import { createDatabase, dropDatabase } from './postgres.js';

const BIN = fileURLToPath(new URL('../../bin/kpcs.js', import.meta.url));

function serve(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--data-dir', mkdtempSync(join(tmpdir(), 'kpcs-bench-')), '--port', '0'], { env: { ...process.env, PORT: undefined, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /kpcs is serving (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.stderr!.on('data', () => {});
    child.once('exit', (code) => reject(new Error(`kpcs serve exited with ${code}: ${out}`)));
  });
}

async function database(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kpcs_bench_scale_${process.pid}_${randomBytes(3).toString('hex')}`;
  return { url: await createDatabase(url, name), drop: () => dropDatabase(url, name) };
}

const body = (i: number) =>
  JSON.stringify({
    exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
    importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
    origin: 'ZA',
    goods: [{ hsCode: '7102.10', carats: 100 + (i % 1000), valueUsd: 50_000 }],
    parcels: 1,
  });

/** Certificates a second through `processes` servers on a new database, `clients` clients for `ms`. */
async function measure(serverUrl: string, processes: number, clients: number, ms: number): Promise<{ rate: number; errors: number }> {
  const db = await database(serverUrl);
  const env = { DATABASE_URL: db.url, KPCS_MASTER_KEY: randomBytes(32).toString('base64'), KPCS_ADMIN_PASSWORD: 'correct horse battery staple 42', KPCS_DB_POOL: '6', KPCS_LOG_LEVEL: 'error' };
  const servers: { url: string; child: ChildProcess }[] = [];
  try {
    for (let i = 0; i < processes; i++) servers.push(await serve(env));
    const token = spawnSync(process.execPath, [BIN, 'user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'Bench Officer'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout.trim();
    const issue = (c: number, i: number) =>
      fetch(`${servers[c % processes]!.url}/api/certificates`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body(i) }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    // warm-up: keys made, connections opened
    await Promise.all(Array.from({ length: processes * 2 }, (_, c) => issue(c, c)));
    let ok = 0;
    let errors = 0;
    const until = performance.now() + ms;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = 0; performance.now() < until; i++) {
          if ((await issue(c, i)) === 201) ok++;
          else errors++;
        }
      }),
    );
    return { rate: rate(ok, performance.now() - t0), errors };
  } finally {
    for (const s of servers) s.child.kill('SIGKILL');
    await db.drop();
  }
}

export const scaleBench: Bench = {
  name: 'scale',
  description: 'certificates a second through one and three kpcs serve processes on one PostgreSQL',
  async run(ctx) {
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!url) return [{ name: 'scale-out (skipped: no PostgreSQL; set BENCH_DATABASE_URL)', value: Number.NaN, unit: '' }];
    const ms = ctx.quick ? 5_000 : 15_000;
    const clients = 12;
    const raw = find(ctx.figures, 'raw ed25519 sign');
    // beside the limit of the same run: one certificate is one Ed25519 signature (and a commit)
    const limit = raw ? `raw ed25519 sign in this run: ${Math.round(raw.value).toLocaleString('en')}/s` : '';
    const one = await measure(url, 1, clients, ms);
    const three = await measure(url, 3, clients, ms);
    return [
      { engine: 'postgres', name: `issuance through 1 process, ${clients} clients`, value: one.rate, unit: 'certificates/s', note: [limit, one.errors ? `${one.errors} errors` : ''].filter(Boolean).join('; ') },
      { engine: 'postgres', name: `issuance through 3 processes, ${clients} clients`, value: three.rate, unit: 'certificates/s', note: [limit, three.errors ? `${three.errors} errors` : '', `${(three.rate / one.rate).toFixed(2)} × one process`].filter(Boolean).join('; ') },
    ];
  },
};
