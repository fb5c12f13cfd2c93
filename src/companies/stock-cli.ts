// kpcs company stock|report: a licensed company's stock account, its stock reports, and the
// Participant's stock reporting (the local operator acts as that Participant's authority).
import type { Command } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../interface/cli.js';
import { localOperator } from '../auth/model.js';
import { detail, invalid } from '../core/errors.js';
import { m } from './messages.js';
import { verbatim } from '../core/i18n.js';
import type { ReportLine } from './stock-model.js';
import * as stock from './stock.js';

/** --line HS:CARATS:VALUE, repeatable (e.g. --line 7102.10:1200.5:150000) */
function reportLine(value: string, previous: ReportLine[] = []): ReportLine[] {
  const [hsCode, carats, valueUsd, ...rest] = value.split(':');
  if (!hsCode || carats === undefined || valueUsd === undefined || rest.length) throw invalid(m('cli.line', { option: '--line', shape: 'HS:CARATS:VALUE', example: '7102.10:1200.5:150000', value }), [detail('--line', verbatim('HS:CARATS:VALUE'))]);
  return [...previous, { hsCode, carats: Number(carats), valueUsd: Number(valueUsd) }];
}

const fig = (f: { carats: number; valueUsd: number }) => `${f.carats} ct / US$ ${f.valueUsd}`;

export function addStockCommands(cmd: Command): void {
  withStoreOptions(
    cmd
      .command('stock <licence>')
      .description("a company's stock account: confirmed imports in, exports out, by HS code (opening, in, out, closing)")
      .requiredOption('--participant <code>', 'the Participant whose register licenses it')
      .option('--from <date>', 'first day of the period (default: since the first movement)')
      .option('--to <date>', 'last day of the period (default today)')
      .option('--json', 'the account as JSON, with every movement'),
  ).action(async (licence: string, opts) =>
    withStore(opts, async (store) => {
      const participant = String(opts.participant).toUpperCase();
      const a = await stock.stockAccount(store.db, localOperator(participant), { participant, licence, from: opts.from, to: opts.to });
      if (opts.json) return printJson(a);
      process.stdout.write(`${a.name} (licence ${a.licence}, ${a.participant}), ${a.from ?? 'from the first movement'} to ${a.to}\n`);
      printTable(
        [...a.lines, { hsCode: 'total', ...a.totals }].map((l) => ({ hsCode: l.hsCode, opening: fig(l.opening), in: fig(l.in), out: fig(l.out), closing: fig(l.closing) })),
        ['hsCode', 'opening', 'in', 'out', 'closing'],
      );
    }),
  );

  const report = cmd.command('report').description("stock reports: a company's closing stock per reporting period, as it counted it");
  withStoreOptions(
    report
      .command('file <licence>')
      .description('file a stock report for one reporting period (once, after it has ended)')
      .requiredOption('--participant <code>', 'the Participant whose register licenses it')
      .requiredOption('--from <date>', 'first day of the reporting period')
      .requiredOption('--to <date>', 'last day of the reporting period')
      .option('--line <hs:carats:value>', 'the closing stock of one HS code, repeatable (none: no stock)', reportLine)
      .option('--note <text>', 'a note'),
  ).action(async (licence: string, opts) =>
    withStore(opts, async (store) => {
      const participant = String(opts.participant).toUpperCase();
      printJson(await stock.fileReport(store.db, localOperator(participant), { participant, licence, from: opts.from, to: opts.to, lines: opts.line ?? [], note: opts.note }));
    }),
  );
  withStoreOptions(
    report
      .command('list <licence>')
      .description("a company's reporting periods: filed (with the difference against the account), overdue or due")
      .requiredOption('--participant <code>', 'the Participant whose register licenses it')
      .option('--json', 'as JSON'),
  ).action(async (licence: string, opts) =>
    withStore(opts, async (store) => {
      const participant = String(opts.participant).toUpperCase();
      const r = await stock.reportsOf(store.db, localOperator(participant), { participant, licence });
      if (opts.json) return printJson(r);
      printTable(
        r.periods.map((p) => ({
          period: `${p.start} to ${p.end}`, due: p.due, status: p.status,
          difference: p.report ? p.report.differences.filter((d) => d.difference.carats !== 0 || d.difference.valueUsd !== 0).map((d) => `${d.hsCode} ${d.difference.carats} ct / US$ ${d.difference.valueUsd}`).join('; ') || 'none' : '',
        })),
        ['period', 'due', 'status', 'difference'],
      );
      if (r.withheld) process.stdout.write(`issuance withheld: the report for ${r.overdue!.start} to ${r.overdue!.end} was due on ${r.overdue!.due}\n`);
    }),
  );
  withStoreOptions(
    report
      .command('settings')
      .description("a Participant's stock reporting: show it, or set the period, the days allowed and withholding (audited)")
      .requiredOption('--participant <code>', 'the Participant')
      .option('--months <n>', 'the reporting period: 1, 3, 6 or 12 months from 1 January', Number)
      .option('--grace-days <n>', 'days allowed after a period ends before its report is overdue', Number)
      .option('--required-from <date>', 'the first period required starts on or after this day')
      .option('--withhold <on|off>', 'withhold issuance for a company whose report is overdue'),
  ).action(async (opts) =>
    withStore(opts, async (store) => {
      const participant = String(opts.participant).toUpperCase();
      const actor = localOperator(participant);
      if (opts.withhold !== undefined && !['on', 'off'].includes(opts.withhold)) throw invalid(m('cli.onOff', { option: '--withhold', on: 'on', off: 'off', value: opts.withhold }), [detail('--withhold', m('cli.onOff.detail', { on: 'on', off: 'off' }))]);
      const change = { periodMonths: opts.months, graceDays: opts.graceDays, requiredFrom: opts.requiredFrom, withhold: opts.withhold === undefined ? undefined : opts.withhold === 'on' };
      const changed = Object.values(change).some((v) => v !== undefined);
      printJson(changed ? await stock.setReportingSettings(store.db, actor, { participant, ...change }) : await stock.reportingSettings(store.db, actor, participant));
    }),
  );
}
