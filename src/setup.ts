// Opening a store ready for work: migrated, and seeded with the 2006 registry on first use.
import { storeConfig } from './core/config.js';
import { migrate } from './db/migrate.js';
import { openStore, type OpenOptions, type Store } from './db/store.js';
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

export async function openReadyStore(opts: { dataDir?: string; databaseUrl?: string; embeddedFsync?: boolean } = {}, open: OpenOptions = {}): Promise<ReadyStore> {
  const store = await openStore(storeConfig(opts), open);
  try {
    const migrated = await migrate(store);
    const seeded = await participants.seedIfEmpty(store.db);
    // a store an earlier `kpcs simulate` gave keys anyone can recompute: revoked, new ones in service
    const revokedKeys = await revokeSeedDerivedKeys(store);
    return Object.assign(store, { migrated, seeded, revokedKeys });
  } catch (e) {
    await store.close();
    throw e;
  }
}
