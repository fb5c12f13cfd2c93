// Where the store lives and how the server listens, from flags and the environment.
import { resolve } from 'node:path';

export interface StoreConfig {
  /** a PostgreSQL connection string; when set the embedded store is not used */
  databaseUrl?: string;
  /** the embedded PGlite store's folder */
  dataDir: string;
}

export function storeConfig(opts: { dataDir?: string; databaseUrl?: string } = {}): StoreConfig {
  const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL ?? undefined;
  return {
    databaseUrl: databaseUrl || undefined,
    dataDir: resolve(opts.dataDir ?? process.env.KPCS_DATA_DIR ?? './data'),
  };
}

export function describeStore(config: StoreConfig): string {
  if (config.databaseUrl) {
    const u = new URL(config.databaseUrl);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return `embedded PGlite in ${config.dataDir}`;
}
