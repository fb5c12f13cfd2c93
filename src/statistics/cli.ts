// kpcs import trade|production FILE · kpcs stats summary|release|submissions …
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../interface/cli.js';
import { invalid } from '../core/errors.js';
import { formatOf, notAFileName, unreadableFile } from './importers.js';
import { m } from './review-messages.js';
import { CERTIFICATE_COUNT_RULE, type SubmissionKind } from './model.js';
import * as service from './service.js';
import * as annualSummary from './annual-summary.js';
import { certificateTrail } from '../certificates/service.js';
import * as reconciliation from './reconciliation.js';
import * as compliance from './compliance.js';
import * as anomalies from './anomalies.js';
import { remindCommand } from './remind-cli.js';

export function statisticsCommands(): Command[] {
  return [importCommand(), statsCommand()];
}

function importCommand(): Command {
  const cmd = new Command('import').description('import statistics files (CSV or XLSX with the columns of trade.csv or production.csv); all or nothing');
  for (const kind of ['trade', 'production'] as const) {
    const columns = kind === 'trade' ? 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates' : 'reporter,period,mining,carats,value_usd';
    withAsOption(
      withStoreOptions(
        cmd
          .command(`${kind} <file>`)
          .description(`import ${kind} figures from FILE (.csv or .xlsx; columns ${columns}${kind === 'trade' ? `; certificates: ${CERTIFICATE_COUNT_RULE}` : ''}); each reporter and period becomes a new version`)
          .option('--dry-run', 'check the file and say what would be imported, writing nothing')
          .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
      ),
    ).action(async (file: string, opts) => {
      const bytes = readFile(file);
      const format = formatOf(file);
      if (!format) throw notAFileName(file);
      await withStore(opts, async (store, actor) => {
        const result = await service.importFile(store.db, actor, kind, format, bytes, { source: `file ${basename(file)}`, dryRun: opts.dryRun });
        if (opts.format === 'json') return printJson(result);
        printImport(result);
      });
    });
  }
  withAsOption(
    withStoreOptions(
      cmd
        .command('nil <kind> <reporter> <period>')
        .description('declare a nil return: REPORTER had no trade in the quarter (kind trade, 2006-Q3) or no production in the half year (kind production, 2006-H1)')
        .option('--dry-run', 'check and say what would be recorded, writing nothing')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
    ),
  ).action(async (kind: string, reporter: string, period: string, opts) => {
    if (kind !== 'trade' && kind !== 'production') throw invalid(m('cli.nilKind', { trade: 'trade', production: 'production', kind }));
    await withStore(opts, async (store, actor) => {
      const result = await service.submitNilReturn(store.db, actor, kind, reporter.toUpperCase(), period, { source: 'cli', dryRun: opts.dryRun });
      if (opts.format === 'json') return printJson(result);
      printImport(result);
    });
  });
  return cmd;
}

function readFile(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw unreadableFile(file, e as Error);
  }
}

function printImport(result: service.ImportResult): void {
  const verb = result.dryRun ? 'would import' : 'imported';
  process.stdout.write(`${verb} ${result.rows} ${result.kind} row(s) in ${result.submissions.length} submission(s):\n`);
  for (const s of result.submissions) process.stdout.write(`  ${s.reporter} ${s.period} version ${s.version}${s.version > 1 ? ' (resubmission)' : ''}: ${s.rows} row(s)\n`);
}

const yearOption = () => new Option('--year <yyyy>', 'the year').makeOptionMandatory().argParser((v) => {
  if (!/^\d{4}$/.test(v)) throw invalid(m('cli.year', { option: '--year', value: v }));
  return Number(v);
});

function statsCommand(): Command {
  const cmd = new Command('stats').description('statistics: annual summaries, releases, submissions');
  withAsOption(
    withStoreOptions(
      cmd
        .command('summary')
        .description('the annual summary per Participant and for the world (the local operator sees drafts)')
        .addOption(yearOption())
        .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json')),
    ),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const s = await annualSummary.summary(store.db, actor, opts.year);
      if (opts.format === 'csv') process.stdout.write(annualSummary.summaryCsv(s));
      else printJson(s);
    }),
  );
  withStoreOptions(
    cmd
      .command('release')
      .description("release a year's summary to the public as it stands (re-releasing replaces the public figures)")
      .addOption(yearOption())
      .option('--note <text>', 'a note kept with the release'),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const s = await annualSummary.release(store.db, actor, opts.year, { note: opts.note });
      process.stdout.write(`released ${s.year} (version ${s.release?.version}): ${s.participants.length} Participants, world exports ${s.world.exports.carats} ct, US$${s.world.exports.valueUsd}\n`);
    }),
  );
  withAsOption(
    withStoreOptions(
      cmd
        .command('submissions <code>')
        .description("a Participant's submissions, every version")
        .addOption(new Option('--kind <kind>', 'trade or production').choices(['trade', 'production'])),
    ),
  ).action(async (code: string, opts) =>
    withStore(opts, async (store, actor) => printJson(await service.listSubmissions(store.db, actor, code.toUpperCase(), { kind: opts.kind as SubmissionKind | undefined }))),
  );
  withStoreOptions(
    cmd
      .command('reconcile')
      .description("mirror discrepancies between Participants: A's exports to B against B's imports from A, per quarter, index |X−M|/(X+M)")
      .addOption(yearOption())
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'))
      .option('--tolerance <fraction>', 'an index above it is a discrepancy (default 0.05)', parseFloat)
      .option('--no-timing', 'do not offset differences by the adjacent quarter')
      .option('--all', 'include the pairs that agree')
      .option('--trail', 'give each discrepancy the certificates behind it')
      .option('--open', 'open every discrepancy found that is not open yet (the working group)'),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      if (opts.open) {
        const opened = await reconciliation.openAll(store.db, actor, opts.year, { tolerance: opts.tolerance });
        process.stderr.write(`opened ${opened.length} discrepanc${opened.length === 1 ? 'y' : 'ies'}\n`);
      }
      const r = await reconciliation.reconcile(store.db, actor, opts.year, { tolerance: opts.tolerance, timing: opts.timing, all: opts.all, ...(opts.trail && { certificates: certificateTrail(store) }) });
      if (opts.format === 'json') return printJson(r);
      printTable(
        r.lines.map((l) => ({ period: l.period, exporter: l.exporter, importer: l.importer, exportsCt: l.exports.carats, importsCt: l.imports.carats, indexCt: l.index.carats, exportsUsd: l.exports.valueUsd, importsUsd: l.imports.valueUsd, indexUsd: l.index.valueUsd, status: l.status, note: l.offsetBy ?? l.missing?.join(',') ?? l.discrepancy?.status ?? '' })),
        ['period', 'exporter', 'importer', 'exportsCt', 'importsCt', 'indexCt', 'exportsUsd', 'importsUsd', 'indexUsd', 'status', 'note'],
      );
      process.stdout.write(`${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(', ')} (tolerance ${r.tolerance})\n`);
    }),
  );
  withStoreOptions(
    cmd
      .command('compliance')
      .description("deadlines of a year's periods and who submitted on time, late or not at all")
      .addOption(yearOption())
      .addOption(new Option('--kind <kind>', 'trade (quarters) or production (half years)').choices(['trade', 'production']).default('trade'))
      .option('--due-months <n>', 'months after a period ends its figures are due (default 2)', (v) => Number(v))
      .option('--as-of <date>', 'judge as on this day (default today)')
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('table')),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const c = await compliance.compliance(store.db, actor, opts.year, { kind: opts.kind, dueMonths: opts.dueMonths, asOf: opts.asOf });
      if (opts.format === 'json') return printJson(c);
      printTable(c.participants.map((p) => ({ participant: p.participant, ...Object.fromEntries(p.cells.map((x) => [x.period, `${x.status === 'on_time' || x.status === 'late' ? `${x.status} ${x.submittedOn}` : x.status}${x.unconfirmed ? `, ${x.unconfirmed} unconfirmed` : ''}`])) })), ['participant', ...c.periods.map((p) => p.period)]);
      process.stdout.write(`due ${c.dueMonths} months after each period; as of ${c.asOf}: ${c.periods.map((p) => `${p.period} due ${p.dueDate}`).join(', ')}; "unconfirmed": certificates addressed to the Participant in the period, unconfirmed ${c.graceDays} days after their expiry\n`);
    }),
  );
  withStoreOptions(
    cmd
      .command('habitual')
      .description('the Participants that habitually fail to submit (default: missing in 2 of the last 4 periods due)')
      .addOption(new Option('--kind <kind>', 'trade or production').choices(['trade', 'production']).default('trade'))
      .option('--missing <n>', 'missing in at least N…', (v) => Number(v))
      .option('--of <m>', '…of the last M periods due', (v) => Number(v))
      .option('--due-months <n>', 'months after a period ends its figures are due (default 2)', (v) => Number(v))
      .option('--as-of <date>', 'judge as on this day (default today)')
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('table')),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const h = await compliance.habitualFailures(store.db, actor, { kind: opts.kind, missing: opts.missing, of: opts.of, dueMonths: opts.dueMonths, asOf: opts.asOf });
      if (opts.format === 'json') return printJson(h);
      printTable(h.participants.map((p) => ({ ...p, missed: p.missed.join(' ') })), ['participant', 'name', 'missed']);
      process.stdout.write(`${h.participants.length} Participant(s) missing ${h.rule.missing} or more of ${h.periods.join(', ')} (as of ${h.asOf})\n`);
    }),
  );
  withStoreOptions(
    cmd
      .command('anomalies')
      .description("significant period-to-period jumps in each Participant's own series; --raise sends each a questionnaire")
      .addOption(yearOption())
      .option('--threshold <fraction>', 'a change beyond ±threshold is significant (default 0.5 = 50 %)', parseFloat)
      .option('--raise', 'raise a questionnaire for every anomaly that has none yet'),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      if (opts.raise) return printJson(await anomalies.raiseQuestionnaires(store.db, actor, opts.year, { threshold: opts.threshold }));
      printJson(await anomalies.anomalies(store.db, actor, opts.year, { threshold: opts.threshold }));
    }),
  );
  withAsOption(
    withStoreOptions(
      cmd
        .command('questionnaires <code>')
        .description("a Participant's questionnaires; with --answer ID --text TEXT, answers one (its authority: --as CODE)")
        .option('--answer <id>', 'the questionnaire to answer')
        .option('--text <text>', 'the answer'),
    ),
  ).action(async (code: string, opts) =>
    withStore(opts, async (store, actor) => {
      const participant = code.toUpperCase();
      if (opts.answer) {
        if (!opts.text) throw invalid(m('cli.answerText', { answer: '--answer', text: '--text' }));
        return printJson(await anomalies.answer(store.db, actor, participant, opts.answer, opts.text));
      }
      printJson(await anomalies.questionnaires(store.db, actor, participant));
    }),
  );
  remindCommand(cmd);
  return cmd;
}
