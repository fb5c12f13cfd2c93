// kpcs footprint reference add|list|show · kpcs footprint compare · kpcs footprint photo add
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../../interface/cli.js';
import { invalid } from '../../core/errors.js';
import { SCHEMES } from './sieves.js';
import type { Comparison } from './model.js';
import * as service from './service.js';
import { m } from './messages.js';

function readFile(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw invalid(m('cli.unreadable', { file, reason: (e as Error).message }));
  }
}

const schemeOption = () => new Option('--scheme <scheme>', 'the sieve scheme of the file when it is not the trade sieve classes (converted, never compared as is)').choices([...SCHEMES]);
const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

export function footprintCommands(): Command[] {
  const root = new Command('footprint').description('footprints of origin: reference size distributions of producing areas, the comparison of a parcel, the photo table (diamond experts, WGM, the Chair)');
  const reference = root.command('reference').description('reference distributions of producing areas');

  withStoreOptions(
    reference
      .command('add <file>')
      .description('register a run-of-mine reference distribution of a producing area from footprint.csv (sample,sieve_class,stones,carats); all or nothing')
      .requiredOption('--participant <code>', 'the Participant of the producing area')
      .requiredOption('--area <name>', 'the producing area')
      .option('--source <text>', 'where the sample comes from (default: the file name)')
      .option('--sampled-on <yyyy-mm-dd>', 'the day the sample was taken')
      .option('--synthetic', 'illustrative demo data: shown marked as such, never as a real footprint')
      .addOption(schemeOption())
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (file: string, opts) =>
    withStore(opts, async (store, actor) => {
      const r = await service.addReference(store.db, actor, { participant: opts.participant, area: opts.area, source: opts.source ?? `file ${basename(file)}`, sampledOn: opts.sampledOn ?? null, synthetic: !!opts.synthetic, scheme: opts.scheme, file: readFile(file) });
      if (opts.format === 'json') return printJson(r);
      process.stdout.write(`registered ${r.synthetic ? 'SYNTHETIC ' : ''}reference ${r.id}: ${r.participant} ${r.area}, sample ${r.sample}, ${r.classes.length} classes, ${r.stones} stones, ${r.carats} ct\n`);
    }),
  );

  withStoreOptions(reference.command('list').description('the reference distributions').option('--participant <code>', 'only this Participant').addOption(formatOption())).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const refs = await service.listReferences(store.db, actor, { participant: opts.participant?.toUpperCase() });
      if (opts.format === 'json') return printJson(refs);
      printTable(refs.map((r) => ({ ...r, classes: r.classes.length, synthetic: r.synthetic ? 'SYNTHETIC' : '' })), ['id', 'participant', 'area', 'sample', 'sampledOn', 'classes', 'stones', 'carats', 'photos', 'synthetic']);
    }),
  );

  withStoreOptions(
    root
      .command('compare <file>')
      .description("compare a parcel's distribution (footprint.csv) with every reference: chi-square on stones per class, KS distance on the carat-weighted curve, carats per stone; ranked")
      .option('--sorted', 'the parcel is sorted goods: no comparison is made (sorted goods cannot be footprinted)')
      .addOption(schemeOption())
      .addOption(formatOption()),
  ).action(async (file: string, opts) =>
    withStore(opts, async (store, actor) => {
      const c = await service.compare(store.db, actor, readFile(file), { scheme: opts.scheme, sorted: !!opts.sorted });
      if (opts.format === 'json') return printJson(c);
      printComparison(c);
    }),
  );

  withStoreOptions(
    root
      .command('photo')
      .description('the photo table')
      .command('add <reference-id> <image>')
      .description('add a photo of typical production (PNG or JPEG, at most 2 MiB) to a reference')
      .option('--caption <text>', 'what the photo shows', ''),
  ).action(async (id: string, image: string, opts) =>
    withStore(opts, async (store, actor) => {
      const p = await service.addPhoto(store.db, actor, id, readFile(image), opts.caption);
      process.stdout.write(`added photo ${p.id} (${p.contentType}, ${p.size} bytes) to reference ${id}\n`);
    }),
  );
  return [root];
}

function fmt(x: number | null | undefined, digits: number): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (Math.abs(x) > 0 && Math.abs(x) < 10 ** -digits) return x.toExponential(2);
  return x.toFixed(digits);
}

function printComparison(c: Comparison): void {
  process.stdout.write(`parcel ${c.parcel.name}: ${c.parcel.stones} stones, ${c.parcel.carats} ct, ${c.parcel.classes} classes (scheme ${c.parcel.scheme})\n`);
  for (const conv of c.parcel.conversions) process.stdout.write(`  converted ${conv}\n`);
  if (c.warning) {
    process.stdout.write(`WARNING: ${c.warning}\n`);
    return;
  }
  printTable(
    c.matches.map((m) => ({
      rank: m.rank,
      reference: `${m.reference.participant} ${m.reference.area}${m.reference.synthetic ? ' (SYNTHETIC)' : ''}`,
      chi2: fmt(m.chiSquare?.statistic, 2),
      df: m.chiSquare?.df ?? '–',
      p: fmt(m.chiSquare?.pValue, 4),
      merged: m.chiSquare?.merged ?? 0,
      ks: fmt(m.ks, 3),
      'ct/stone': `${fmt(m.caratsPerStone.parcel, 3)} vs ${fmt(m.caratsPerStone.reference, 3)}`,
    })),
    ['rank', 'reference', 'chi2', 'df', 'p', 'merged', 'ks', 'ct/stone'],
  );
  process.stdout.write(`${c.method}\n`);
}
