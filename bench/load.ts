// Load on loopback (issue 8 item 7): autocannon against a started kpcs server in its own process —
// the public verify route (GET /api/verify/{number}) and issuance (POST /api/certificates as an
// authority officer), the trust list (plain, and with If-None-Match: 304) — for a bounded time each (quick:
// 5 s, full: 20 s), 16 connections. Reports requests per second,
// p50 and p99 latency, errors and non-2xx answers; the last two must be 0. The server runs with its
// verify rate limit raised, so the per-address limit (300 a minute) does not turn the bench into 429s.
//
// The server process is this same file run with --serve-for-load: it opens a store of the engine (PGlite
// in a temporary data directory, prepared and closed by another run of this file, --prepare-store, so
// that the server starts on an existing store as `kpcs serve` does; or a throwaway PostgreSQL database),
// with an officer, its token and one certificate to verify, listens on 127.0.0.1:0 and sends
// { url, token, number } back over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/db/store.js';
import type { Bench, Figure } from './harness.js';
import { meanLimits, rawInsertDb, rawLimits } from './raw.js';

const ISSUE_REQUEST = {
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 125.5, valueUsd: 61_000 }],
  parcels: 2,
};

// autocannon ships no types: the part used here
interface CannonOptions {
  url: string;
  method?: 'GET' | 'POST';
  duration: number;
  connections?: number;
  pipelining?: number;
  headers?: Record<string, string>;
  body?: string;
}
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: CannonOptions) => Promise<CannonResult>;

interface Ready {
  url: string;
  token: string;
  number: string;
}

/**
 * On PGlite the store, an officer, its token and one certificate to verify are made in a process of its
 * own (`--prepare-store DIR`), which then closes the store: the server starts on an existing store, as
 * `kpcs serve` does after its first start (goal 4 measures that start, and the memory after it).
 */
async function prepareStore(dataDir: string): Promise<void> {
  const { openReadyStore } = await import('../src/setup.js');
  const certificates = await import('../src/certificates/service.js');
  const { buildServer } = await import('../src/http/server.js');
  const store = await openReadyStore({ dataDir });
  certificates.configure(store, { masterKey: Buffer.from(process.env.BENCH_LOAD_MASTER_KEY!, 'base64'), publicUrl: 'http://127.0.0.1' });
  const app = await buildServer({ store, webDir: null, logLevel: 'error' });
  const ready = await officerAndCertificate(store, app);
  await app.close();
  await store.close();
  process.send!(ready, () => process.exit(0));
}

/** An officer, its token, and one certificate issued through the API (its number, to verify). */
async function officerAndCertificate(store: import('../src/db/store.js').Store, app: import('fastify').FastifyInstance): Promise<Omit<Ready, 'url'>> {
  const { SYSTEM } = await import('../src/auth/model.js');
  const auth = await import('../src/accounts/service.js');
  const user = await auth.createUser(store.db, SYSTEM, { name: 'Load officer', member: 'ZA', roles: ['officer'] });
  const { token } = await auth.issueToken(store.db, SYSTEM, user.id);
  const first = await app.inject({ method: 'POST', url: '/api/certificates', headers: { authorization: `Bearer ${token}` }, payload: ISSUE_REQUEST });
  if (first.statusCode !== 201) throw new Error(`the first issuance failed: ${first.statusCode} ${first.body}`);
  return { token, number: first.json<{ number: string }>().number };
}

async function serveForLoad(engine: Engine, databaseUrl: string | undefined, dataDir: string | undefined): Promise<void> {
  const { storeFactory } = await import('./harness.js');
  const { openReadyStore } = await import('../src/setup.js');
  const { buildServer } = await import('../src/http/server.js');
  const certificates = await import('../src/certificates/service.js');
  const stores = storeFactory(databaseUrl);
  const store = engine === 'pglite' ? await openReadyStore({ dataDir }) : await stores.fresh('postgres');
  certificates.configure(store, { masterKey: Buffer.from(process.env.BENCH_LOAD_MASTER_KEY!, 'base64'), publicUrl: 'http://127.0.0.1' });
  const app = await buildServer({ store, webDir: null, logLevel: 'error', verifyRateLimit: 1_000_000_000 });
  // on PGlite the store was prepared by another process (prepareStore); on PostgreSQL, here
  const prepared = engine === 'pglite' ? (JSON.parse(process.env.BENCH_LOAD_PREPARED!) as Omit<Ready, 'url'>) : await officerAndCertificate(store, app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const stop = async () => {
    await app.close().catch(() => {});
    await store.close().catch(() => {});
    await stores.closeAll();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'stop') void stop();
    // the server's resident memory, asked for after start and after the runs
    if (m === 'memory') process.send!({ rss: process.memoryUsage().rss });
    // the CPU time the server's process has used so far (all its threads) and the statements it ran
    // (the embedded store counts them), asked for around each run
    if (m === 'work') {
      const { user, system } = process.cpuUsage();
      process.send!({ cpu: user + system, statements: store.writes?.statements ?? 0 });
    }
  });
  process.on('disconnect', () => void stop());
  process.send!({ url: `http://127.0.0.1:${port}`, ...prepared } satisfies Ready);
}

async function startServer(engine: Engine): Promise<{ child: ChildProcess; ready: Ready }> {
  const file = fileURLToPath(import.meta.url);
  const env: Record<string, string> = { ...(process.env as Record<string, string>), BENCH_LOAD_MASTER_KEY: randomBytes(32).toString('base64') };
  const dataDir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'kpcs-load-')) : undefined;
  if (dataDir) {
    const preparing = fork(file, ['--prepare-store', dataDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
    env.BENCH_LOAD_PREPARED = JSON.stringify(
      await new Promise((resolve, reject) => {
        preparing.once('message', resolve);
        preparing.once('exit', (code) => reject(new Error(`preparing the load store exited with ${code}`)));
      }),
    );
    await new Promise((r) => (preparing.exitCode !== null ? r(undefined) : preparing.once('exit', r)));
  }
  const child = fork(file, ['--serve-for-load', engine, ...(dataDir ? [dataDir] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
  return new Promise((resolve, reject) => {
    child.once('message', (ready) => resolve({ child, ready: ready as Ready }));
    child.once('exit', (code) => reject(new Error(`the load server exited with ${code} before it was ready`)));
  });
}

/** Asks the load server about its process: 'memory' (its resident bytes, rss), 'work' (CPU µs used and statements run so far). */
function askServer<T extends Record<string, number>>(child: ChildProcess, what: 'memory' | 'work', field: keyof T & string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: unknown) => {
      if (typeof (m as Record<string, unknown>)[field] !== 'number') return;
      child.off('message', on);
      resolve(m as T);
    };
    child.on('message', on);
    child.send(what);
  });
}

/** The load server's resident memory in MiB. */
const serverMemory = async (child: ChildProcess) => (await askServer<{ rss: number }>(child, 'memory', 'rss')).rss / 2 ** 20;
const serverWork = (child: ChildProcess) => askServer<{ cpu: number; statements: number }>(child, 'work', 'cpu');

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send('stop');
  });
}

/** Concurrent clients, as issue 18 measures. */
const CONNECTIONS = 16;
/** The raw limits beside each run: each crypto limit timed this long (ms), and this many inserts each way. */
const LIMITS_SPAN = 100;
const LIMITS_INSERTS = 300;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function hammer(opts: CannonOptions): Promise<Load> {
  const r = await autocannon({ connections: CONNECTIONS, pipelining: 1, ...opts });
  // a 304 Not Modified is the answer asked for (If-None-Match), not a failure
  const notModified = opts.headers?.['if-none-match'] ? (r as unknown as { '3xx'?: number })['3xx'] ?? 0 : 0;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx - notModified, total: r.requests.total };
}

export const loadBench: Bench = {
  name: 'load',
  description: 'autocannon on loopback: public verify and issuance through a started server',
  async run({ quick, engines }) {
    const duration = quick ? 5 : 20;
    const out: Omit<Figure, 'bench'>[] = [];
    let failures = 0;
    const limitsDb = await rawInsertDb();
    try {
      for (const engine of engines) {
        const { child, ready } = await startServer(engine);
        try {
          out.push({ engine, name: `server resident memory after start${engine === 'pglite' ? ' on an existing store' : ''}`, value: await serverMemory(child), unit: 'MiB', note: 'goal ≤ 250 MiB' });
          const trust = await fetch(`${ready.url}/api/trust-list`);
          const etag = trust.headers.get('etag') ?? '';
          await trust.arrayBuffer();
          const runs: [string, CannonOptions][] = [
            ['public verify GET /api/verify/{number}', { url: `${ready.url}/api/verify/${ready.number}`, duration }],
            ['trust list GET /api/trust-list', { url: `${ready.url}/api/trust-list`, duration }],
            ['trust list GET /api/trust-list, If-None-Match (304)', { url: `${ready.url}/api/trust-list`, duration, headers: { 'if-none-match': etag } }],
            ['issuance POST /api/certificates', { url: `${ready.url}/api/certificates`, method: 'POST', duration, headers: { authorization: `Bearer ${ready.token}`, 'content-type': 'application/json' }, body: JSON.stringify(ISSUE_REQUEST) }],
          ];
          for (const [label, options] of runs) {
            // the machine's raw limits right before and after the run (harness.ts Figure.raw)
            const limitsBefore = await rawLimits(LIMITS_SPAN, LIMITS_INSERTS, limitsDb);
            const before = await serverWork(child);
            const r = await hammer(options);
            const after = await serverWork(child);
            const raw = meanLimits(limitsBefore, await rawLimits(LIMITS_SPAN, LIMITS_INSERTS, limitsDb));
            const bad = r.errors + r.non2xx;
            failures += bad;
            out.push(
              { engine, name: `${label}: requests per second (${CONNECTIONS} connections, ${duration} s)`, value: r.rps, unit: 'req/s', note: `${r.total.toLocaleString('en')} requests`, raw },
              { engine, name: `${label}: latency p50`, value: r.p50, unit: 'ms', raw },
              { engine, name: `${label}: latency p99`, value: r.p99, unit: 'ms', raw },
              // the work a request costs, which the load of a shared machine changes far less than the rate
              { engine, name: `${label}: server CPU a request (all its threads)`, value: r.total ? (after.cpu - before.cpu) / r.total : 0, unit: 'µs', raw },
              ...(engine === 'pglite' ? [{ engine, name: `${label}: statements a request`, value: r.total ? (after.statements - before.statements) / r.total : 0, unit: 'statements' }] : []),
              { engine, name: `${label}: errors and non-2xx answers`, value: bad, unit: 'answers', note: bad === 0 ? 'must be 0: ok' : `must be 0: ${r.errors} errors/timeouts, ${r.non2xx} non-2xx` },
            );
          }
          out.push({ engine, name: 'server resident memory after the runs', value: await serverMemory(child), unit: 'MiB', note: 'goal ≤ 400 MiB' });
        } finally {
          await stopServer(child);
        }
      }
    } finally {
      await limitsDb.close();
    }
    if (failures > 0) process.exitCode = 1;
    return out;
  },
};

if (process.argv[2] === '--serve-for-load') {
  const engine = process.argv[3] as Engine;
  serveForLoad(engine, process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL, process.argv[4]).catch((e) => {
    process.stderr.write(`load server: ${(e as Error).stack}\n`);
    process.exit(1);
  });
}
if (process.argv[2] === '--prepare-store') {
  prepareStore(process.argv[3]!).catch((e) => {
    process.stderr.write(`preparing the load store: ${(e as Error).stack}\n`);
    process.exit(1);
  });
}
