// kpcs db …
import { Command } from 'commander';
import { withStore, withStoreOptions } from '../cli/common.js';
import { listMigrations } from './migrate.js';

export function dbCommand(): Command {
  const cmd = new Command('db').description('the store');
  withStoreOptions(cmd.command('migrate').description('create or update the schema (and seed the 2006 registry into an empty store)')).action(async (opts) =>
    withStore(opts, async (store) => {
      process.stdout.write(
        `${store.description}: ${store.migrated.length ? `applied ${store.migrated.join(', ')}` : `up to date (${listMigrations().length} migrations)`}` +
          `${store.seeded ? '; seeded the 2006 registry' : ''}\n`,
      );
    }),
  );
  return cmd;
}
