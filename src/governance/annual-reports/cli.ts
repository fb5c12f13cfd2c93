// kpcs annual-reports …
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../../interface/cli.js';
import { OUTCOMES } from './service.js';
import * as service from './service.js';

const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
const verb = (cmd: Command) => withAsOption(withStoreOptions(cmd));

export function annualReportCommands(): Command[] {
  const cmd = new Command('annual-reports').description("Participants' annual reports, assessed by the working group on monitoring");
  verb(cmd.command('list').description('the reports kept').option('--year <year>').option('--participant <code>').addOption(format())).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await service.list(store.db, actor, { year: opts.year ? Number(opts.year) : undefined, participant: opts.participant?.toUpperCase() });
      if (opts.format === 'json') return printJson(rows);
      printTable(rows.map((r) => ({ ...r })), ['year', 'participant', 'status', 'outcome', 'submittedAt', 'attachmentName', 'id']);
    }),
  );
  verb(
    cmd
      .command('submit')
      .description("submit a Participant's annual report (use --as CODE for its authority)")
      .requiredOption('--participant <code>')
      .requiredOption('--year <year>')
      .requiredOption('--file <file>', 'the report text')
      .option('--attachment <file>', 'a text or markdown annex'),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) =>
      printJson(
        await service.submit(store.db, actor, {
          participant: opts.participant.toUpperCase(),
          year: Number(opts.year),
          body: readFileSync(opts.file, 'utf8'),
          ...(opts.attachment && { attachmentName: basename(opts.attachment), attachment: readFileSync(opts.attachment, 'utf8') }),
        }),
      ),
    ),
  );
  verb(
    cmd
      .command('assess <id>')
      .description("the working group on monitoring's assessment (with --outcome it is closed)")
      .addOption(new Option('--outcome <outcome>').choices([...OUTCOMES]))
      .option('--comments <text>'),
  ).action(async (id: string, opts) =>
    withStore(opts, async (store, actor) => printJson(await service.assess(store.db, actor, id, { status: opts.outcome ? 'assessed' : 'submitted', outcome: opts.outcome, comments: opts.comments }))),
  );
  verb(cmd.command('missing').description('Participants with no annual report for a year').requiredOption('--year <year>').addOption(format())).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await service.missing(store.db, actor, Number(opts.year));
      if (opts.format === 'json') return printJson(rows);
      printTable(rows, ['code', 'name']);
      process.stdout.write(`${rows.length} Participants without an annual report for ${opts.year}\n`);
    }),
  );
  return [cmd];
}
