// Opening a store ready for work: migrated, and seeded with the 2006 registry on first use.
import { storeConfig } from './core/config.js';
import { migrate } from './db/migrate.js';
import { openStore, type OpenOptions, type Store } from './db/store.js';
import { withStartupLock } from './db/startup-lock.js';
import * as participants from './participants/service.js';
import { revokeSeedDerivedKeys, type RevokedDerivedKey } from './certificates/derived-keys.js';

export interface ReadyStore extends Store {
  /** migrations applied by this open */
  migrated: string[];
  /** true when this open seeded the registry into an empty store */
  seeded: boolean;
  /** authority keys derived from a public simulation seed (earlier versions) that this open revoked */
  revokedKeys: RevokedDerivedKey[];
}

export interface ReadyOptions extends OpenOptions {
  /** more first-start work (the first administrator in `kpcs serve`), run under the same start-up lock */
  firstStart?: (store: Store) => Promise<void>;
}

/**
 * Opens the store, migrated and seeded. On PostgreSQL this runs under the start-up lock
 * (db/startup-lock.ts): several processes started together on an empty database set it up once.
 */
export async function openReadyStore(opts: { dataDir?: string; databaseUrl?: string; embeddedFsync?: boolean } = {}, open: ReadyOptions = {}): Promise<ReadyStore> {
  const { firstStart, ...openOptions } = open;
  const store = await openStore(storeConfig(opts), openOptions);
  try {
    const ready = await withStartupLock(store, async () => {
      const migrated = await migrate(store);
      const seeded = await participants.seedIfEmpty(store.db);
      // a store an earlier `kpcs simulate` gave keys anyone can recompute: revoked, new ones in service
      const revokedKeys = await revokeSeedDerivedKeys(store);
      await firstStart?.(store);
      return { migrated, seeded, revokedKeys };
    });
    return Object.assign(store, ready);
  } catch (e) {
    await store.close();
    throw e;
  }
}
