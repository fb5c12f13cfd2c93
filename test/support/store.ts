// A fresh, migrated and seeded store for a test, on either engine. Every test file that touches the
// store runs on PGlite always, and on PostgreSQL too when TEST_DATABASE_URL is set:
//
//   describe.each(engines)('… on %s', (engine) => { let store; beforeAll(async () => { store = await freshStore(engine) }) … })
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Engine, type Store } from '../../src/db/store.js';

export const engines: Engine[] = inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

let template: Blob | undefined;

export async function freshStore(engine: Engine = 'pglite'): Promise<Store> {
  if (engine === 'pglite') {
    template ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
    return openStore({ dataDir: '/nonexistent' }, { inMemory: true, loadDataDir: template });
  }
  return openStore({ databaseUrl: await freshDatabaseUrl(), dataDir: '/nonexistent' });
}

/** A new PostgreSQL database copied from the migrated, seeded template: its address (several stores may open it). */
export async function freshDatabaseUrl(): Promise<string> {
  const url = inject('postgresUrl');
  const prefix = inject('postgresPrefix');
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${prefix}template`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Two stores on one database, as two processes have: on PostgreSQL two stores opened on it (two pools);
 * on PGlite the same embedded database under another store object (what a store keeps for itself is
 * not seen by the other).
 */
export async function twoStores(engine: Engine): Promise<[Store, Store]> {
  if (engine === 'postgres') {
    const url = await freshDatabaseUrl();
    return [await openStore({ databaseUrl: url, dataDir: '/nonexistent' }), await openStore({ databaseUrl: url, dataDir: '/nonexistent' })];
  }
  const one = await freshStore(engine);
  return [one, { ...one, db: one.db, close: async () => {} }];
}

/**
 * The stores of an installation's processes, on one database: on PostgreSQL two (two pools, as two
 * processes have); on PGlite the one store (one process holds an embedded database).
 */
export async function processStores(engine: Engine): Promise<Store[]> {
  return engine === 'postgres' ? twoStores(engine) : [await freshStore(engine)];
}
