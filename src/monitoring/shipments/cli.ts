// kpcs shipment report|list|show|enforce and kpcs capacity add|list|remove (monitoring of origin).
import { Command, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../../interface/cli.js';
import { detail, invalid } from '../../core/errors.js';
import * as capacity from '../capacity.js';
import { ENFORCEMENT_KINDS, reference, type EnforcementKind } from './model.js';
import * as service from './service.js';
import { field } from '../../core/messages.js';
import { m } from './messages.js';

function amount(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw invalid(m('option.notNumber', { option: `--${what}`, value }), [detail(what, field('notANumber'))]);
  return n;
}

const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

function shipmentCommand(): Command {
  const cmd = new Command('shipment').description('suspicious shipment reports (incoming shipments suspected of embargoed origin) and enforcement actions');

  withStoreOptions(withAsOption(
    cmd
      .command('report')
      .description("report an incoming shipment suspected of embargoed origin as that Participant's authority; the Chair and the working group on monitoring are alerted")
      .requiredOption('--suspected-origin <code>', 'the origin suspected, e.g. CI')
      .requiredOption('--carats <x>', 'carats of the shipment')
      .requiredOption('--exporter <name>', 'the exporter named on the papers (or "unknown")')
      .requiredOption('--description <text>', 'what was met and why it is suspected')
      .option('--certificate <number>', 'the certificate number, if the shipment had one (it is verified)')
      .option('--declared-origin <code>', 'the origin the papers declare (a code or "mixed")')
      .option('--value-usd <x>', 'declared value in US$')
      .option('--exporter-country <code>', "the exporter's country")
      .option('--reported-on <date>', 'the day the shipment was met (default today)')
      .addOption(format().default('json')),
  )).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const r = await service.report(store, actor, {
        suspectedOrigin: String(opts.suspectedOrigin).toUpperCase(),
        carats: amount(opts.carats, 'carats')!,
        exporter: opts.exporter,
        description: opts.description,
        certificateNumber: opts.certificate ?? null,
        declaredOrigin: opts.declaredOrigin ?? null,
        valueUsd: amount(opts.valueUsd, 'value-usd') ?? null,
        exporterCountry: opts.exporterCountry ? String(opts.exporterCountry).toUpperCase() : null,
        ...(opts.reportedOn && { reportedOn: opts.reportedOn }),
      });
      if (opts.format === 'json') return printJson({ ...r, reference: reference(r) });
      process.stdout.write(`${reference(r)} reported (${r.id}); certificate: ${r.certificateNumber ? `${r.certificateNumber} ${r.certificateVerdict}` : 'none'}\n`);
    }),
  );

  withStoreOptions(withAsOption(
    cmd
      .command('list')
      .description("list reports: all for the Chair and the monitoring group (the local operator), a Participant's own with --as")
      .option('--participant <code>', 'reported by this Participant')
      .option('--suspected-origin <code>', 'suspected of this origin')
      .option('--year <year>', 'reported in this year')
      .addOption(format()),
  )).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await service.list(store, actor, {
        ...(opts.participant && { participant: String(opts.participant).toUpperCase() }),
        ...(opts.suspectedOrigin && { suspectedOrigin: String(opts.suspectedOrigin).toUpperCase() }),
        ...(opts.year && { year: amount(opts.year, 'year') }),
      });
      if (opts.format === 'json') return printJson(rows.map((r) => ({ ...r, reference: reference(r) })));
      printTable(rows.map((r) => ({ ...r, reference: reference(r), certificate: r.certificateNumber ? `${r.certificateNumber} (${r.certificateVerdict})` : '' })), ['reference', 'reportedOn', 'participant', 'suspectedOrigin', 'carats', 'exporter', 'certificate', 'status', 'id']);
    }),
  );

  withStoreOptions(withAsOption(
    cmd.command('show <id>').description('one report with its linked findings and enforcement actions (JSON)'),
  )).action(async (id: string, opts) => withStore(opts, async (store, actor) => printJson(await service.get(store, actor, id))));

  withStoreOptions(withAsOption(
    cmd
      .command('enforce <id>')
      .description('report an enforcement action taken on a reported shipment (the Chair is alerted)')
      .addOption(new Option('--kind <kind>', 'what was done').choices([...ENFORCEMENT_KINDS]).makeOptionMandatory())
      .requiredOption('--taken-on <date>', 'the day it was done')
      .requiredOption('--outcome <text>', 'what came of it')
      .option('--carats <x>', 'carats seized')
      .option('--value-usd <x>', 'value seized, US$')
      .option('--penalty-usd <x>', 'fine or penalty, US$')
      .option('--note <text>', 'a remark'),
  )).action(async (id: string, opts) =>
    withStore(opts, async (store, actor) =>
      printJson(await service.reportEnforcement(store, actor, id, {
        kind: opts.kind as EnforcementKind, takenOn: opts.takenOn, outcome: opts.outcome, carats: amount(opts.carats, 'carats') ?? null,
        valueUsd: amount(opts.valueUsd, 'value-usd') ?? null, penaltyUsd: amount(opts.penaltyUsd, 'penalty-usd') ?? null, note: opts.note ?? null,
      })),
    ),
  );
  return cmd;
}

function capacityCommand(): Command {
  const cmd = new Command('capacity').description('production-capacity assessments of Participants and their producing areas (read by the capacity detector)');

  withStoreOptions(
    cmd
      .command('add')
      .description('record an assessment: a range of carats a year (and US$), its source and day')
      .requiredOption('--participant <code>', 'the Participant assessed')
      .requiredOption('--min-carats <x>', 'lower end of the capacity, carats a year')
      .requiredOption('--max-carats <x>', 'upper end of the capacity, carats a year')
      .requiredOption('--source <text>', 'who assessed it (e.g. "review mission, 2006")')
      .requiredOption('--assessed-on <date>', 'the day of the assessment (it applies from that year on)')
      .option('--area <name>', 'a producing area (default: the whole Participant)')
      .option('--min-usd <x>', 'lower end of the value, US$ a year')
      .option('--max-usd <x>', 'upper end of the value, US$ a year')
      .option('--note <text>', 'a remark')
      .addOption(format().default('json')),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const a = await capacity.add(store.db, actor, {
        participant: String(opts.participant).toUpperCase(), area: opts.area ?? null, minCarats: amount(opts.minCarats, 'min-carats')!, maxCarats: amount(opts.maxCarats, 'max-carats')!,
        minUsd: amount(opts.minUsd, 'min-usd') ?? null, maxUsd: amount(opts.maxUsd, 'max-usd') ?? null, source: opts.source, assessedOn: opts.assessedOn, note: opts.note ?? null,
      });
      if (opts.format === 'json') return printJson(a);
      process.stdout.write(`recorded ${a.id}\n`);
    }),
  );

  withStoreOptions(
    cmd.command('list').description('list assessments, latest first').option('--participant <code>', 'of this Participant').addOption(format()),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await capacity.list(store.db, actor, opts.participant ? { participant: String(opts.participant).toUpperCase() } : {});
      if (opts.format === 'json') return printJson(rows);
      printTable(rows.map((a) => ({ ...a, area: a.area ?? '(whole)' })), ['participant', 'area', 'minCarats', 'maxCarats', 'maxUsd', 'assessedOn', 'source', 'id']);
    }),
  );

  withStoreOptions(cmd.command('remove <id>').description('withdraw an assessment (audited)')).action(async (id: string, opts) =>
    withStore(opts, async (store, actor) => {
      await capacity.remove(store.db, actor, id);
      process.stdout.write(`removed ${id}\n`);
    }),
  );
  return cmd;
}

export function shipmentCommands(): Command[] {
  return [shipmentCommand(), capacityCommand()];
}
