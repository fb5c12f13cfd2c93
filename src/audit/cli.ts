// kpcs audit …
import { Command } from 'commander';
import { printTable, withStore, withStoreOptions } from '../interface/cli.js';
import { KpcsError } from '../core/errors.js';
import type { Store } from '../db/store.js';
import * as service from './service.js';
import { m } from './messages.js';

/**
 * Checks the store against a log checkpoint file (--checkpoint): the line to print, or throws. The
 * transparency log is the certificates' (certificates/audit-checkpoint.ts); cli/main.ts passes it in.
 */
export type CheckpointCheck = (store: Store, file: string) => Promise<string>;

export function auditCommand(checkAgainstCheckpoint: CheckpointCheck): Command {
  const cmd = new Command('audit').description('the hash-chained audit log of every state change');
  withStoreOptions(
    cmd
      .command('verify')
      .description('walk the chain; exit 0 only when no entry was altered, inserted or removed (with --checkpoint: nor cut off the end or re-hashed before that checkpoint)')
      .option('--checkpoint <file>', 'a log checkpoint kept earlier (kpcs log checkpoint, GET /api/log/checkpoint): the chain and the log must still hold the state it saw'),
  ).action(async (opts) =>
    withStore(opts, async (store) => {
      if (opts.checkpoint) {
        process.stdout.write(await checkAgainstCheckpoint(store, opts.checkpoint));
        return;
      }
      const report = await service.verifyChain(store.db);
      if (report.problems.length) {
        throw new KpcsError('conflict', m('chain.broken', { count: report.problems.length, places: report.problems.map((p) => `  entry ${p.seq}: ${p.problem}`).join('\n') }));
      }
      process.stdout.write(`audit chain intact: ${report.entries} entries, head ${report.headHash}\n`);
    }),
  );
  withStoreOptions(cmd.command('list').description('the latest entries').option('--limit <n>', 'how many', '20').option('--action <prefix>', 'only actions starting so')).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const entries = await service.list(store.db, actor, { limit: Number(opts.limit), action: opts.action });
      printTable(entries.map((e) => ({ ...e, details: JSON.stringify(e.details).slice(0, 80) })), ['seq', 'at', 'actorName', 'actingFor', 'action', 'subject', 'details']);
    }),
  );
  return cmd;
}
