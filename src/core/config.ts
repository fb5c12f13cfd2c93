// Where the store lives and how the server listens, from flags and the environment.
import { resolve } from 'node:path';
import { KpcsError } from './errors.js';

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
}

/** KPCS_EMBEDDED_FSYNC: on (default) or off. */
export function embeddedFsyncSetting(value = process.env.KPCS_EMBEDDED_FSYNC): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'on') return true;
  if (v === 'off') return false;
  throw new KpcsError('invalid_input', `KPCS_EMBEDDED_FSYNC must be on or off, got ${JSON.stringify(value)}.`);
}

export function storeConfig(opts: { dataDir?: string; databaseUrl?: string; embeddedFsync?: boolean } = {}): StoreConfig {
  const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL ?? undefined;
  return {
    databaseUrl: databaseUrl || undefined,
    dataDir: resolve(opts.dataDir ?? process.env.KPCS_DATA_DIR ?? './data'),
    ...(opts.embeddedFsync !== undefined && { embeddedFsync: opts.embeddedFsync }),
  };
}

export function describeStore(config: StoreConfig): string {
  if (config.databaseUrl) {
    const u = new URL(config.databaseUrl);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return `embedded PGlite in ${config.dataDir}`;
}
