// kpcs stats remind: the submission-due sweep by hand (the server runs it daily, notifications/workers.ts).
import { type Command, Option } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../interface/cli.js';
import { remindSubmissions } from './reminders.js';

/** kpcs stats remind [--on DATE]: added to the stats verbs by statistics/cli.ts. */
export function remindCommand(parent: Command): void {
  withStoreOptions(
    parent
      .command('remind')
      .description("alert each Participant's officers whose statistics are due within 14 days or overdue (once per Participant and period)")
      .option('--on <date>', 'as on this day, yyyy-mm-dd (default today)')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const r = await remindSubmissions(store.db, actor, { on: opts.on });
      if (opts.format === 'json') return printJson(r);
      printTable(r.due.map((d) => ({ ...d, overdue: d.overdue ? 'overdue' : '' })), ['participant', 'kind', 'period', 'dueDate', 'overdue', 'alerted']);
    }),
  );
}
