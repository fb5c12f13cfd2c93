// kpcs db …
import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { withStore, withStoreOptions } from '../interface/cli.js';
import { openReadyStore } from '../setup.js';
import { storeConfig } from '../core/config.js';
import { KpcsError } from '../core/errors.js';
import { m } from './messages.js';
import * as audit from '../audit/service.js';
import { backup, restore } from '../db/backup.js';
import { listMigrations, migrate } from '../db/migrate.js';
import { dataDirExists, openStore } from '../db/store.js';

/** The store opened ready, with what opening it did (migrations applied, seeding, keys revoked). */
async function withReadyStore(dataDir: string | undefined, work: (store: Awaited<ReturnType<typeof openReadyStore>>) => Promise<void>): Promise<void> {
  const store = await openReadyStore({ dataDir });
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

export function dbCommand(): Command {
  const cmd = new Command('db').description('the store');
  withStoreOptions(cmd.command('migrate').description('create or update the schema (and seed the 2006 registry into an empty store); make the embedded store owner-only; revoke authority keys an earlier kpcs simulate derived from its seed')).action(async (opts) =>
    withReadyStore(opts.dataDir, async (store) => {
      process.stdout.write(
        `${store.description}: ${store.migrated.length ? `applied ${store.migrated.join(', ')}` : `up to date (${listMigrations().length} migrations)`}` +
          `${store.seeded ? '; seeded the 2006 registry' : ''}\n`,
      );
      if (store.privacy?.repaired) process.stdout.write(`made ${store.privacy.repaired} files and folders of ${storeConfig({ dataDir: opts.dataDir }).dataDir} readable by their owner only (of ${store.privacy.checked})\n`);
      for (const k of store.revokedKeys) {
        process.stdout.write(`revoked ${k.keyId} of ${k.participant}: derived from the public simulation seed${k.seed === null ? '' : ` ${k.seed}`}, anyone could sign with it${k.replacedBy ? `; ${k.replacedBy} in service from now` : ''}\n`);
      }
    }),
  );
  withStoreOptions(cmd.command('backup <file>').description('write the whole store to FILE (gzipped JSON lines; restorable on either engine)')).action(async (file: string, opts) =>
    withStore(opts, async (store) => {
      const r = await backup(store, file);
      process.stdout.write(`backed up ${r.rows} rows of ${r.tables} tables from ${store.description} to ${file}\n`);
    }),
  );
  withStoreOptions(cmd.command('restore <file>').description('restore a backup into a new data directory or an empty database, then check the audit chain')).action(async (file: string, opts) => {
    if (!existsSync(file)) throw new KpcsError('not_found', m('backup.missing', { file }));
    const config = storeConfig({ dataDir: opts.dataDir });
    if (!config.databaseUrl && dataDirExists(config)) throw new KpcsError('conflict', m('restore.notEmpty', { dir: config.dataDir, option: '--data-dir' }));
    const store = await openStore(config);
    try {
      await migrate(store);
      const r = await restore(store, file);
      const chain = await audit.verifyChain(store.db);
      if (chain.problems.length) throw new KpcsError('conflict', m('restore.chainBroken', { rows: String(r.rows), seq: String(chain.problems[0]!.seq), problem: chain.problems[0]!.problem }));
      process.stdout.write(`restored ${r.rows} rows of ${r.tables} tables into ${store.description}; audit chain intact (${chain.entries} entries)\n`);
    } finally {
      await store.close();
    }
  });
  return cmd;
}
