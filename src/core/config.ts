// Where the store lives and how the server listens, from flags and the environment.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { invalid, KpcsError } from './errors.js';
import { m } from './setting-messages.js';

export interface StoreConfig {
  /** a PostgreSQL connection string; when set the embedded store is not used */
  databaseUrl?: string;
  /** the embedded PGlite store's folder */
  dataDir: string;
  /**
   * the embedded store: fsync what a commit wrote before it returns (default; KPCS_EMBEDDED_FSYNC=off
   * turns it off: a killed process loses nothing acknowledged, a power cut may; docs/durability.md);
   * unset: the environment's setting
   */
  embeddedFsync?: boolean;
  /** with databaseUrl: a streaming replica answering public reads (KPCS_READ_DATABASE_URL; db/read-replica.ts) */
  readDatabaseUrl?: string;
}

/** KPCS_EMBEDDED_FSYNC: on (default) or off. */
export function embeddedFsyncSetting(value = process.env.KPCS_EMBEDDED_FSYNC): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'on') return true;
  if (v === 'off') return false;
  throw new KpcsError('invalid_input', m('onOff.invalid', { setting: 'KPCS_EMBEDDED_FSYNC', on: 'on', off: 'off', value: String(JSON.stringify(value)) }));
}

const SIZE = /^(\d+)(kB|MB|GB)$/;
const KB = { kB: 1, MB: 1024, GB: 1024 * 1024 } as const;

/**
 * KPCS_EMBEDDED_BUFFERS: the embedded store's buffer pool (PostgreSQL's shared_buffers), 16MB unless
 * set. PGlite's own default, 128MB, held the server at 422 MB resident when idle; at 16MB it is 273 MB,
 * and what the pool does not hold the kernel's page cache still does (docs/performance.md).
 */
export function embeddedBuffersSetting(value = process.env.KPCS_EMBEDDED_BUFFERS): string {
  const v = (value ?? '').trim();
  if (v === '') return '16MB';
  const [, n, unit] = SIZE.exec(v) ?? [];
  const kb = n && unit ? Number(n) * KB[unit as keyof typeof KB] : 0;
  if (kb < 128 || kb > 8 * 1024 * 1024) throw invalid(m('size.invalid', { setting: 'KPCS_EMBEDDED_BUFFERS', min: '128kB', max: '8GB', example: '16MB', units: 'kB, MB, GB', value: v }));
  return v;
}

export function storeConfig(opts: { dataDir?: string; databaseUrl?: string; embeddedFsync?: boolean } = {}): StoreConfig {
  const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL ?? undefined;
  return {
    databaseUrl: databaseUrl || undefined,
    dataDir: resolve(opts.dataDir ?? process.env.KPCS_DATA_DIR ?? './data'),
    ...(opts.embeddedFsync !== undefined && { embeddedFsync: opts.embeddedFsync }),
    ...(databaseUrl && process.env.KPCS_READ_DATABASE_URL?.trim() && { readDatabaseUrl: process.env.KPCS_READ_DATABASE_URL.trim() }),
  };
}

export function describeStore(config: StoreConfig): string {
  if (config.databaseUrl) {
    const u = new URL(config.databaseUrl);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return `embedded PGlite in ${config.dataDir}`;
}

/** A whole number from a KPCS_* setting (the default when unset), refused with the setting's name when it is not one. */
export function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min} (it is "${raw}")`);
  return n;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * KPCS_TRUST_PROXY: the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed — addresses or
 * CIDR ranges, comma-separated (also loopback, linklocal, uniquelocal). Unset: none (the peer's address
 * is the client's, whatever a header says).
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.KPCS_TRUST_PROXY?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const e = entry.trim();
    const [address, bits, extra] = e.split('/');
    const family = isIP(address ?? '');
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!(PROXY_NAMES.has(e) || (family !== 0 && okBits && extra === undefined))) {
      throw new Error(`KPCS_TRUST_PROXY: "${e}" is neither an IP address, a CIDR range (10.0.0.0/8) nor one of loopback, linklocal, uniquelocal`);
    }
    return e;
  });
}

/** How the HTTP server limits its clients, from the environment. */
export interface ServerSettings {
  trustProxy: string[];
  /** public look-ups (verification, log proofs and entries) per minute and client: KPCS_VERIFY_RATE_LIMIT */
  verifyRateLimit: number;
  /** sign-in attempts per minute and client: KPCS_LOGIN_RATE_LIMIT */
  loginRateLimit: number;
}

export function serverSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    trustProxy: trustedProxies(env),
    verifyRateLimit: intSetting(env, 'KPCS_VERIFY_RATE_LIMIT', 300),
    loginRateLimit: intSetting(env, 'KPCS_LOGIN_RATE_LIMIT', 20),
  };
}

/** What reading one statistics file may cost (statistics/file-pool.ts), from the environment. */
export interface ImportLimits {
  /** an XLSX's parts, uncompressed, together: KPCS_IMPORT_MAX_INFLATED_BYTES (256 MiB) */
  maxInflatedBytes: number;
  /** how many times its compressed size a part of an XLSX over 1 MiB may inflate: KPCS_IMPORT_MAX_RATIO (100) */
  maxRatio: number;
  /** records of a file, the header included: KPCS_IMPORT_MAX_ROWS (1,000,001: a million rows of figures) */
  maxRows: number;
  /** cells of a file: KPCS_IMPORT_MAX_CELLS (8,000,000) */
  maxCells: number;
  /** the longest reading a file may take: KPCS_IMPORT_TIME_LIMIT_MS (120 s) */
  timeLimitMs: number;
  /** files read at once, each in its own thread: KPCS_IMPORT_CONCURRENCY (2) */
  concurrency: number;
  /** the heap of a reading thread: KPCS_IMPORT_MEMORY_MB (1024) */
  memoryMb: number;
}

export function importLimits(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  return {
    maxInflatedBytes: intSetting(env, 'KPCS_IMPORT_MAX_INFLATED_BYTES', 256 * 1024 * 1024),
    maxRatio: intSetting(env, 'KPCS_IMPORT_MAX_RATIO', 100),
    maxRows: intSetting(env, 'KPCS_IMPORT_MAX_ROWS', 1_000_001),
    maxCells: intSetting(env, 'KPCS_IMPORT_MAX_CELLS', 8_000_000),
    timeLimitMs: intSetting(env, 'KPCS_IMPORT_TIME_LIMIT_MS', 120_000),
    concurrency: intSetting(env, 'KPCS_IMPORT_CONCURRENCY', 2),
    memoryMb: intSetting(env, 'KPCS_IMPORT_MEMORY_MB', 1024, 16),
  };
}
