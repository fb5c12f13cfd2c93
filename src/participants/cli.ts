// kpcs participants …
import { Command, Option } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../interface/cli.js';
import * as service from './service.js';

export function participantsCommand(): Command {
  const cmd = new Command('participants').description('the Participant registry (status in force on a day)');
  withStoreOptions(
    cmd
      .command('list')
      .description('list the registry as it stood on a day')
      .option('--at <date>', 'the day, yyyy-mm-dd (default today)')
      .option('--status <status...>', 'only these statuses (participant, applicant, trading_entity, suspended, removed, non_participant)')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  ).action(async (opts) =>
    withStore(opts, async (store) => {
      const rows = await service.list(store.db, { at: opts.at, status: opts.status });
      if (opts.format === 'json') return printJson(rows);
      printTable(
        rows.map((r) => ({ ...r, members: r.members.length ? `${r.members.length} states` : '', measures: r.measures.map((m) => m.kind).join(',') })),
        ['code', 'name', 'status', 'statusSince', 'members', 'measures'],
      );
      process.stdout.write(`${rows.length} entries; ${rows.filter((r) => r.status === 'participant').length} Participants\n`);
    }),
  );
  withStoreOptions(cmd.command('show <code>').description('one entry with its status history and measures').option('--at <date>', 'the day, yyyy-mm-dd')).action(async (code: string, opts) =>
    withStore(opts, async (store) => printJson(await service.get(store.db, code.toUpperCase(), opts.at))),
  );
  return cmd;
}
