// Before `kpcs serve` creates, migrates or seeds anything: every start-up mistake a person can make is
// refused here, naming the setting and saying what to do — a bad --port/PORT, a port in use, a host
// that is not an address of this machine, an unreachable DATABASE_URL, a data directory that cannot be
// written, a bad value of a KPCS_* setting. Nothing is written to the data directory by these checks.
import { accessSync, constants, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { detail, KpcsError } from '../core/errors.js';
import type { Msg } from '../core/i18n.js';
import { m } from './messages.js';
import { embeddedBuffersSetting, embeddedFsyncSetting, importLimits, serverSettings, type StoreConfig } from '../core/config.js';
import { graceDays } from '../certificates/awaiting.js';

/** A start-up refusal: the setting it concerns and why (exit code 2, nothing written). */
export const refused = (setting: string, message: string | Msg) => new KpcsError('invalid_input', message, [detail(setting, m('startup.refused'))]);

/** The TCP port from --port, else PORT, else 8080: a whole number from 0 (any free port) to 65535. */
export function listenPort(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const [setting, raw] = flag !== undefined ? ['--port', flag] : env.PORT !== undefined && env.PORT.trim() !== '' ? ['PORT', env.PORT] : [undefined, undefined];
  if (setting === undefined) return 8080;
  const text = String(raw).trim();
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(port) || port > 65535) {
    throw refused(setting, `${setting} must be a whole number from 0 to 65535 (0: any free port), not ${JSON.stringify(raw)}; nothing was started or written.`);
  }
  return port;
}

/** Binds host:port for a moment and lets it go: in use, forbidden, or not an address of this machine. */
export async function checkListen(host: string, port: number, hostSetting: string, portSetting: string): Promise<void> {
  const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => resolve(e));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(null)));
  });
  if (!error) return;
  if (error.code === 'EADDRINUSE') {
    throw refused(portSetting, `Port ${port} on ${host} is in use by another program (perhaps another kpcs serve): stop it, or choose another port with --port N or PORT=N (0: any free port). Nothing was started or written.`);
  }
  if (error.code === 'EACCES') {
    throw refused(portSetting, `Port ${port} on ${host} may not be used by this user (ports below 1024 need privileges): choose another with --port N or PORT=N. Nothing was started or written.`);
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
    throw refused(hostSetting, `${hostSetting} ${JSON.stringify(host)} is not an address of this machine (${error.code}): use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface). Nothing was started or written.`);
  }
  throw refused(portSetting, `Cannot listen on ${host}:${port}: ${error.message}. Nothing was started or written.`);
}

/** The nearest folder that exists on the way to `path` (the one a new data directory would be made in). */
function nearestExisting(path: string): string {
  let p = path;
  for (;;) {
    try {
      statSync(p);
      return p;
    } catch {
      const up = dirname(p);
      if (up === p) return p;
      p = up;
    }
  }
}

/** The embedded store's folder can be written: it is a folder we may write into, or can be made in one. */
export function checkDataDir(dataDir: string, setting: string): void {
  const existing = nearestExisting(dataDir);
  const st = statSync(existing);
  const what = existing === dataDir ? `the data directory ${dataDir}` : `${existing}, where the data directory ${dataDir} would be created,`;
  if (!st.isDirectory()) {
    throw refused(setting, `${setting}: ${what} is not a folder: choose another data directory with --data-dir DIR or KPCS_DATA_DIR. Nothing was written.`);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch {
    throw refused(setting, `${setting}: ${what} cannot be written by this user: choose another with --data-dir DIR or KPCS_DATA_DIR, or give this user write access. Nothing was written.`);
  }
}

/** DATABASE_URL names a PostgreSQL server that answers (connects and runs `select 1` within 10 s). */
export async function checkDatabase(url: string): Promise<void> {
  let where: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new Error(`the scheme is ${u.protocol}`);
    where = `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch (e) {
    throw refused('DATABASE_URL', `DATABASE_URL is not a PostgreSQL address (postgres://user@host:5432/database): ${(e as Error).message}. Nothing was written.`);
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (e) {
    throw refused('DATABASE_URL', `DATABASE_URL: the PostgreSQL server at ${where} cannot be reached or refuses the connection (${(e as Error).message}): start it, or correct DATABASE_URL (unset it to use the embedded store in --data-dir). Nothing was written.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The KPCS_* settings serve reads later, read now so a bad value is refused before anything is written. */
export function checkSettings(env: NodeJS.ProcessEnv = process.env): void {
  for (const read of [() => serverSettings(env), () => importLimits(env), () => embeddedFsyncSetting(env.KPCS_EMBEDDED_FSYNC), () => embeddedBuffersSetting(env.KPCS_EMBEDDED_BUFFERS), () => graceDays(env)]) {
    try {
      read();
    } catch (e) {
      const message = (e as Error).message;
      const setting = /KPCS_[A-Z0-9_]+/.exec(message)?.[0] ?? 'setting';
      throw refused(setting, `${message.replace(/\.?$/, '.')} Nothing was started or written.`);
    }
  }
  const publicUrl = env.KPCS_PUBLIC_URL?.trim();
  if (publicUrl) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(publicUrl).protocol);
    } catch {}
    if (!ok) throw refused('KPCS_PUBLIC_URL', `KPCS_PUBLIC_URL must be an http(s) address such as https://kpcs.example.org, not ${JSON.stringify(publicUrl)}: it is printed on every certificate. Nothing was started or written.`);
  }
}

export interface Preflight {
  port: number;
  host: string;
}

/** Every check, in the order a person fixes them; returns where to listen. */
export async function preflight(opts: { port?: string; host?: string; dataDir?: string }, config: StoreConfig, env: NodeJS.ProcessEnv = process.env): Promise<Preflight> {
  const port = listenPort(opts.port, env);
  const host = opts.host ?? env.KPCS_HOST ?? '127.0.0.1';
  checkSettings(env);
  if (config.databaseUrl) await checkDatabase(config.databaseUrl);
  else checkDataDir(config.dataDir, opts.dataDir !== undefined ? '--data-dir' : env.KPCS_DATA_DIR ? 'KPCS_DATA_DIR' : '--data-dir');
  if (port !== 0) await checkListen(host, port, opts.host !== undefined ? '--host' : env.KPCS_HOST ? 'KPCS_HOST' : '--host', opts.port !== undefined ? '--port' : env.PORT ? 'PORT' : '--port');
  return { port, host };
}
