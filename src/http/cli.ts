// kpcs serve
import { existsSync } from 'node:fs';
import { writePrivateFile } from '../core/files.js';
import { join } from 'node:path';
import { Command } from 'commander';
import { withStoreOptions } from '../interface/cli.js';
import { storeConfig } from '../core/config.js';
import * as auth from '../accounts/service.js';
import { openReadyStore } from '../setup.js';
import { checkListen, preflight } from './preflight.js';
import { sweepUnconfirmed } from '../certificates/awaiting.js';
import { SYSTEM } from '../auth/model.js';
import { startMaintenance } from '../db/maintenance.js';
import { databaseNow, keepLease, PROCESS_ID } from '../db/leases.js';
import { today } from '../core/time.js';
import { pruneRateLimits } from './rate-limit-store.js';
import { prune as pruneIdempotency } from '../certificates/idempotency.js';
import * as certificates from '../certificates/service.js';

const PASSWORD_FILE = 'initial-admin-password.txt';

/** The origin a browser on this machine reaches the server at, from the address it listens on. */
export function listenOrigin(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

export function serveCommand(): Command {
  return withStoreOptions(
    new Command('serve')
      .description('serve the web app and the HTTP API (the store is created, migrated and seeded on first start)')
      .option('--port <port>', 'TCP port (default $PORT or 8080)')
      .option('--host <host>', 'address to listen on (default $KPCS_HOST or 127.0.0.1)')
      .option('--demo', 'on a store without activity, first write a simulated 2003–2006 world and demo users for each role'),
  ).action(async (opts) => {
    const started = Date.now();
    const config = storeConfig({ dataDir: opts.dataDir });
    // every start-up mistake refused before the store is created, migrated or seeded
    const { port, host } = await preflight(opts, config);
    // a national system (KPCS_HUB_URL, KPCS_HUB_TOKEN): the settings checked before anything starts
    const { hubConnection, startNationalSystem } = await import('../hub/national.js');
    const hub = hubConnection();
    // no statistics reading thread is started here: the first file read starts one (files are read off the
    // event loop). Started at every start, it took the other core from PGlite's compiling and held about
    // 20 MiB until it ended idle a minute later (docs/performance.md, "Start-up")
    let password: string | undefined;
    // the first administrator is made under the start-up lock: of N processes started together on an
    // empty PostgreSQL, one makes it and the others find it
    const opening = openReadyStore(config, {
      firstStart: async (s) => {
        password = await auth.ensureInitialAdmin(s.db, process.env.KPCS_ADMIN_PASSWORD);
      },
    });
    opening.catch(() => {});
    // the server and its workers are loaded by `serve` only (every other command starts without
    // them), while PGlite compiles its WebAssembly in the background
    const modules = Promise.all([
      import('./server.js'),
      import('../demo/demo.js'),
      import('../demo/demo-loop.js'),
      import('../governance/reviews/alerts.js'),
      import('../notifications/workers.js'),
      import('../statistics/reminders.js'),
    ]);
    modules.catch(() => {});
    const store = await opening;
    let loaded: Awaited<typeof modules>;
    try {
      loaded = await modules;
    } catch (e) {
      await store.close();
      throw e;
    }
    const [{ buildServer }, { DEMO_PASSWORD, hasActivity, populateDemo }, { isDemoStore, populateDemoLoop }, { startDailySweep }, { startNotificationWorkers }, { submissionDueSweep }] = loaded;
    const passwordFile = join(config.dataDir, PASSWORD_FILE);
    if (password && !config.databaseUrl && !process.env.KPCS_ADMIN_PASSWORD) {
      writePrivateFile(passwordFile, `${password}\n`);
    }
    let demoLines: string[] = [];
    const active = await hasActivity(store);
    if (opts.demo && !active) {
      process.stdout.write('kpcs: writing the demo world of 2003–2006 (about a minute)…\n');
      const demo = await populateDemo(store, (e) => {
        if (e.done === e.total) process.stdout.write(`  ${e.year} ${e.stage}: ${e.total}\n`);
      });
      demoLines = [`demo users (password "${DEMO_PASSWORD}"): ${demo.users.map((u) => `${u.login} (${u.roles.join(',')} ${u.member}${u.groups.length ? ` ${u.groups.join(',')}` : ''})`).join(', ')}`];
    } else if (opts.demo && (await isDemoStore(store))) {
      // a demo store written by an earlier version: the ring of certificates added once (idempotent)
      const ring = await populateDemoLoop(store);
      if (ring.written || ring.usersCreated.length) demoLines = [`demo: the ring ZA → BW → EU → AE → ZA added (${ring.certificates.length} certificates${ring.usersCreated.length ? `; users ${ring.usersCreated.join(', ')}, password "${DEMO_PASSWORD}"` : ''})`];
    } else if (!active) {
      demoLines = ['the store holds no activity yet: `npm start -- --demo` (or `kpcs serve --demo`) writes a simulated 2003–2006 world with demo users'];
    }
    const app = await buildServer({ store });
    await app.listen({ port, host }).catch(async (e: NodeJS.ErrnoException) => {
      // taken between the preflight and now: said the same way
      await app.close();
      await store.close();
      if (e.code === 'EADDRINUSE') await checkListen(host, port, '--host', opts.port !== undefined ? '--port' : 'PORT');
      throw e;
    });
    const address = app.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const url = `${listenOrigin(host, actualPort)}/`;
    // PDFs and QR codes send verifiers to an address that answers: KPCS_PUBLIC_URL, else this one
    certificates.configure(store, { listenUrl: listenOrigin(host, actualPort) });
    const publicUrl = process.env.KPCS_PUBLIC_URL?.trim();
    const lines = [
      `kpcs is serving ${url}  (API docs ${url}docs)`,
      publicUrl
        ? `certificates send verifiers to ${publicUrl} (KPCS_PUBLIC_URL)`
        : `certificates send verifiers to ${listenOrigin(host, actualPort)} (set KPCS_PUBLIC_URL to the address the public reaches)`,
      `store: ${store.description}${store.seeded ? ' — created and seeded with the 2006 registry' : ''}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ];
    for (const k of store.revokedKeys) {
      lines.push(`revoked the authority key ${k.keyId} of ${k.participant}: derived from the public simulation seed${k.seed === null ? '' : ` ${k.seed}`} by an earlier kpcs simulate, anyone could sign with it${k.replacedBy ? ` (${k.replacedBy} in service from now)` : ''}`);
    }
    if (password) {
      lines.push(`sign in as "admin" with the password ${password}${existsSync(passwordFile) ? ` (kept in ${passwordFile})` : ''}; change it in the web under your name → Password, reset others' under Users → Reset password`);
    } else if (existsSync(passwordFile)) {
      lines.push(`sign in as "admin" with the password in ${passwordFile} (unless it was changed since: under your name → Password in the web; forgotten: \`kpcs user reset-password admin\` while the server is stopped)`);
    } else {
      lines.push('sign in with your account; change your password under your name → Password; an administrator resets one under Users → Reset password (or `kpcs user reset-password LOGIN` while the server is stopped)');
    }
    process.stdout.write(`${[...lines, ...demoLines].join('\n')}\n`);
    // background work on unref'd timers (they never keep the process up): deadlines of review action
    // plans once a day; submission reminders and e-mail delivery (when SMTP is configured)
    // several processes on one PostgreSQL: the sweeps and maintenance run in the one holding the
    // background lease (taken over within a minute when it dies); each says so in its log
    const background = keepLease(store, 'background', (held) => {
      if (store.engine !== 'postgres') return;
      process.stdout.write(
        held
          ? `kpcs: this process (${PROCESS_ID}) now runs the background work (lease "background" taken): daily sweeps of review deadlines, submission reminders and unconfirmed certificates; pruning of rate-limit windows and Idempotency-Keys\n`
          : `kpcs: this process (${PROCESS_ID}) no longer runs the background work (lease "background" lost: not renewed in time, or taken over by another process)\n`,
      );
    });
    const stopSweep = startDailySweep(store.db, (m) => app.log.warn(m), background.held);
    // certificates unconfirmed past expiry and grace alert both authorities, once (with the daily reminders)
    const workers = startNotificationWorkers(store.db, undefined, [{
      name: 'unconfirmed-certificates sweep',
      run: async (db) => {
        const r = await sweepUnconfirmed(db, SYSTEM, { on: today(await databaseNow(db)) });
        return r.certificates.length ? `unconfirmed-certificates sweep of ${r.on}: ${r.certificates.length} certificate(s) alerted` : null;
      },
    }], background.held, submissionDueSweep);
    // PGlite has no autovacuum: statistics refreshed and hot rows vacuumed once a day
    const stopMaintenance = startMaintenance(store, (m) => app.log.info(m), undefined, background.held);
    // rate-limit windows (kept an hour) and Idempotency-Keys (kept 24 hours) pruned every 10 minutes
    const prune = setInterval(() => {
      if (!background.held()) return;
      void Promise.all([pruneRateLimits(store.db), pruneIdempotency(store.db)]).catch((e: Error) => app.log.warn(`kpcs: pruning rate limits and idempotency keys failed: ${e.message}`));
    }, 10 * 60_000);
    prune.unref();
    // a national system: its keys, issuances, cancellations and confirmations go to the hub, and what the hub holds for it comes back (src/hub)
    const exchange = hub && startNationalSystem(store, hub, (line) => process.stdout.write(`${line}\n`));
    if (hub) process.stdout.write(`kpcs: a national system connected to the hub at ${hub.url} (KPCS_HUB_URL)\n`);
    const stop = async () => {
      clearInterval(prune);
      await exchange?.stop();
      stopSweep();
      stopMaintenance();
      await workers.stop();
      await background.stop();
      await app.close();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
