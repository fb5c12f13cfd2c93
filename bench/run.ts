// npm run bench [-- --quick] [--only NAME] [--json FILE] [--baseline FILE]   (e.g. --only detection: issue
// 22's recall and precision; --only scale: certificates a second through one and three processes on PostgreSQL;
// --only hub: messages a second through the hub exchange)
// Runs every bench on PGlite, and on PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL)
// names a server; prints a table with each figure's change against the baseline committed for this kind
// of machine (bench/baselines/KIND-quick.json with --quick, else bench/baselines/KIND.json, KIND as in
// 2x-amd-epyc), and writes the figures as JSON (bench-results.json; copied over the baseline, it becomes
// the new one).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import os from 'node:os';
import type { Engine } from '../src/db/store.js';
import { storeFactory, type Bench, type Figure } from './harness.js';
import { changeAtBaselineSpeed, figureKey, figureSpeed, machineSpeed, RAW_LIMITS } from './speed.js';
import { rawBench } from './raw.js';
import { foundationBench } from './foundation.js';
import { statisticsBench } from './statistics.js';
import { certificatesBench } from './certificates.js';
import { simulationBench } from './simulation.js';
import { loadBench } from './load.js';
import { durabilityBench } from './durability.js';
import { detectionBench } from './detection.js';
import { scaleBench } from './scale.js';
import { hubBench } from './hub.js';

// Each capability adds its bench here.
const BENCHES: Bench[] = [rawBench, foundationBench, statisticsBench, certificatesBench, simulationBench, loadBench, durabilityBench, detectionBench, scaleBench, hubBench];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quick = process.argv.includes('--quick');
const only = arg('--only');
const jsonFile = arg('--json') ?? 'bench-results.json';
// the kind of machine, as baselines are named: 2x-amd-epyc, 2x-intel-xeon
const machineKind = `${os.cpus().length}x-${(os.cpus()[0]?.model ?? 'cpu').toLowerCase().replace(/\((r|tm)\)|\bprocessor\b|\bcpu\b|@.*$/g, ' ').trim().replace(/[^a-z0-9]+/g, '-')}`;
// run from dist/bench/run.js: the committed baselines are in bench/baselines/ of the repository, one per
// kind of machine and mode
const baselineFile = arg('--baseline') ?? fileURLToPath(new URL(`../../bench/baselines/${machineKind}${quick ? '-quick' : ''}.json`, import.meta.url));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const engines: Engine[] = databaseUrl ? ['pglite', 'postgres'] : ['pglite'];

const figures: Figure[] = [];
const stores = storeFactory(databaseUrl);
const started = Date.now();
console.log(`kpcs bench${quick ? ' (quick)' : ''} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} (machine kind ${machineKind}), node ${process.version}, engines ${engines.join(', ')}`);
for (const bench of BENCHES) {
  // the raw limits come first, except for the detection bench, which uses no store and no crypto
  if (only && bench.name !== only && (bench.name !== 'raw' || only === 'detection')) continue;
  process.stdout.write(`  ${bench.name}: ${bench.description} … `);
  const t = Date.now();
  try {
    const out = await bench.run({ quick, engines, freshStore: stores.fresh, figures });
    figures.push(...out.map((f) => ({ bench: bench.name, ...f })));
    figures.push({ bench: bench.name, name: 'process memory (RSS) after the bench', value: process.memoryUsage().rss / 2 ** 20, unit: 'MiB' });
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.log(`FAILED: ${(e as Error).message}`);
    process.exitCode = 1;
  } finally {
    await stores.closeAll();
  }
}

const fmt = (v: number) => (Number.isNaN(v) ? '' : v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(v >= 10 ? 1 : 2));
// the baseline's figures by bench, engine and name
const baseline = new Map<string, Figure>();
let baselineNote = `no baseline for this kind of machine at ${baselineFile} (copy ${jsonFile} there, taken on a quiet machine, to make one)`;
if (existsSync(baselineFile)) {
  const b = JSON.parse(readFileSync(baselineFile, 'utf8')) as { at: string; load?: number[]; figures: Figure[] };
  for (const f of b.figures) baseline.set(figureKey(f), f);
  baselineNote = `change against ${baselineFile} of ${b.at}${b.load ? ` (load average then ${b.load.map((l) => l.toFixed(2)).join(', ')})` : ''}`;
}
const change = (f: Figure) => {
  const was = baseline.get(figureKey(f));
  if (!was || was.unit !== f.unit || !Number.isFinite(was.value) || !Number.isFinite(f.value)) return '';
  if (was.value === 0) return f.value === 0 ? '=' : `was 0`;
  const pct = ((f.value - was.value) / Math.abs(was.value)) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(0)} % (was ${fmt(was.value)})`;
};
const speed = machineSpeed(figures, baseline);
const speedOf = (f: Figure) => figureSpeed(f, baseline, speed);
const atSpeed = (f: Figure) => {
  const was = baseline.get(figureKey(f));
  const s = speedOf(f);
  const c = was && s !== undefined ? changeAtBaselineSpeed(f, was, s) : undefined;
  return c === undefined ? '' : `${c >= 0 ? '+' : ''}${(c * 100).toFixed(0)} %`;
};
const noteOf = (f: Figure) => {
  if (f.ratio !== undefined) return `${(f.ratio * 100).toFixed(0)} % of ${f.baseline}`;
  const s = f.raw && f.unit.endsWith('/s') ? speedOf(f) : undefined;
  return [f.note, s !== undefined ? `raw limits beside it ${(s * 100).toFixed(0)} % of the baseline's` : undefined].filter(Boolean).join('; ');
};
const rows = figures.map((f) => [f.bench, f.engine ?? '', f.name, `${fmt(f.value)} ${f.unit}`, change(f), atSpeed(f), noteOf(f)]);
const head = ['bench', 'engine', 'figure', 'value', 'change', "at the baseline machine's speed", 'against the raw limit'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
console.log(`\n${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const r of rows) console.log(line(r));
console.log(`\n${baselineNote}; load average now ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`);
if (speed !== undefined) {
  console.log(`this machine's raw limits are ${(speed * 100).toFixed(0)} % of the baseline's (${RAW_LIMITS.join(', ')}; their geometric mean): the change "at the baseline machine's speed" takes that out of rates and durations; a figure with raw limits measured beside it (the load runs: right before and after each) takes out those instead`);
}
mkdirSync(dirname(jsonFile) || '.', { recursive: true });
writeFileSync(jsonFile, JSON.stringify({ at: new Date().toISOString(), quick, load: os.loadavg(), machine: { kind: machineKind, cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, figures }, null, 2));
console.log(`\nfigures written to ${jsonFile} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(process.exitCode ?? 0);
