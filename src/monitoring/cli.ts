// kpcs analyze
import { Command, Option } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../interface/cli.js';
import { invalid } from '../core/errors.js';
import * as service from './service.js';
import { m } from './messages.js';

export function analyzeCommand(): Command {
  return withStoreOptions(
    new Command('analyze')
      .description("run the monitoring detectors on a year's statistics; prints each finding with its type, participant, period, severity and evidence, and keeps them")
      .requiredOption('--year <year>', 'the year to analyse (the year before is read for trends)')
      .option('--as-of <date>', 'the day the analysis is made, yyyy-mm-dd (ages of unresolved discrepancies count to it; default today)')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const year = Number(opts.year);
      if (!Number.isInteger(year)) throw invalid(m('option.year', { option: '--year', value: String(opts.year) }));
      const result = await service.run(store.db, actor, year, undefined, opts.asOf ? { asOf: opts.asOf } : {});
      if (opts.format === 'json') return printJson(result.findings.map(({ type, participant, period, severity, summary, evidence, status, id }) => ({ type, participant, period, severity, summary, evidence, status, id })));
      printTable(result.findings.map((f) => ({ ...f, summary: f.summary.length > 110 ? `${f.summary.slice(0, 107)}…` : f.summary })), ['severity', 'type', 'participant', 'period', 'status', 'summary']);
      process.stdout.write(`${result.findings.length} findings for ${year} (${result.new} new)\n`);
    }),
  );
}
