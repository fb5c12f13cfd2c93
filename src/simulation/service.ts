// Writing a simulated world into the store through the domains' own services, as real users would:
// certificates issued by each exporting authority (dated with --on), receipts confirmed by the
// importing authority, statistics submitted by each Participant on its own (sometimes late) day.
import { writeFileSync } from 'node:fs';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as participants from '../participants/service.js';
import * as certificates from '../certificates/service.js';
import { issue } from '../certificates/issuance.js';
import * as statistics from '../statistics/service.js';
import { simulate, type Scenario, type Shipment, type Truth, type YearWorld } from './generate.js';
import { registryView } from './registry.js';

export interface SimulationRun {
  from: number;
  to: number;
  seed: number;
  scenario: Scenario;
  /** keep going without certificates (statistics only): much faster for long histories */
  certificates?: boolean;
  /** issue certificates for only the first N shipments of each year (demos, tests); statistics stay whole */
  certificateLimit?: number;
  /** where to write the injected truth (JSON) */
  truthFile?: string;
  onProgress?: (event: { year: number; stage: 'certificates' | 'confirmations' | 'statistics'; done: number; total: number }) => void;
}

export interface SimulationReport {
  years: number[];
  certificates: number;
  confirmations: number;
  tradeRows: number;
  productionRows: number;
  truth: Truth[];
}

const PLACES: Record<string, string> = {
  BE: 'Hoveniersstraat, Antwerp', GB: 'Charterhouse Street, London', AE: 'Almas Tower, Dubai', IL: 'Israel Diamond Exchange, Ramat Gan',
  IN: 'Bharat Diamond Bourse, Mumbai', CH: 'Route de Meyrin, Geneva', US: 'West 47th Street, New York', BW: 'Diamond Technology Park, Gaborone',
  ZA: 'Diamond Exchange, Johannesburg', RU: 'Ulitsa Vozdvizhenka, Moscow', CA: 'Yellowknife, Northwest Territories', AU: 'Kununurra, Western Australia',
  NA: 'Namdeb Centre, Windhoek', AO: 'Luanda', CD: 'Kinshasa', SL: 'Freetown', GN: 'Conakry', GH: 'Accra', CF: 'Bangui', TZ: 'Dar es Salaam',
};

function party(country: string, role: 'exporter' | 'importer', n: number) {
  const label = role === 'exporter' ? 'Rough Exports' : 'Rough Imports';
  return { name: `${country} ${label} ${n}`, address: PLACES[country] ?? `Diamond district, ${country}`, country };
}

function request(s: Shipment) {
  const n = (Number(s.key.slice(-2)) % 5) + 1;
  return {
    exporter: party(s.exporterCountry, 'exporter', n),
    importer: party(s.importerCountry, 'importer', n),
    origin: s.origin,
    ...(s.provenance && { provenance: s.provenance }),
    goods: s.goods,
    parcels: s.parcels,
  };
}

const CHUNK = 2000;

async function writeYear(store: Store, world: YearWorld, run: SimulationRun, report: SimulationReport) {
  if (run.certificates !== false) {
    const numbers: { shipment: Shipment; number: string }[] = [];
    const shipments = run.certificateLimit !== undefined ? world.shipments.slice(0, run.certificateLimit) : world.shipments;
    for (let i = 0; i < shipments.length; i += CHUNK) {
      const chunk = shipments.slice(i, i + CHUNK);
      // issued concurrently so the certificates service commits them in groups
      const issued = await Promise.all(chunk.map((s) => issue(store, localOperator(s.exporter), request(s), { on: s.day })));
      issued.forEach((c, j) => numbers.push({ shipment: chunk[j]!, number: c.number }));
      run.onProgress?.({ year: world.year, stage: 'certificates', done: Math.min(i + CHUNK, shipments.length), total: shipments.length });
    }
    report.certificates += numbers.length;
    // the importing authority confirms receipt (recorded in batches, each confirmation checked and audited)
    for (let i = 0; i < numbers.length; i += 500) {
      const chunk = numbers.slice(i, i + 500);
      await certificates.confirmMany(
        store,
        chunk.map(({ shipment, number }) => ({
          actor: localOperator(shipment.importer),
          number,
          input: { parcels: shipment.parcels, carats: Math.round(shipment.goods.reduce((a, g) => a + g.carats, 0) * 100) / 100, sealsIntact: true, receivedOn: shipment.day },
        })),
      );
      report.confirmations += chunk.length;
      run.onProgress?.({ year: world.year, stage: 'confirmations', done: Math.min(i + 500, numbers.length), total: numbers.length });
    }
  }

  // statistics: each Participant submits each period on its own day
  const submissions = world.submissions;
  let done = 0;
  for (const sub of submissions) {
    const rows = sub.kind === 'trade'
      ? world.trade.filter((r) => r.reporter === sub.reporter && r.period === sub.period)
      : world.production.filter((r) => r.reporter === sub.reporter && r.period === sub.period);
    done++;
    if (rows.length === 0) continue;
    await statistics.submit(store.db, SYSTEM, sub.kind, statistics.jsonRows(rows.map((r) => ({ ...r }) as statistics.JsonRow)), { source: `simulation seed ${run.seed}`, now: new Date(`${sub.submittedOn}T10:00:00Z`) });
    if (sub.kind === 'trade') report.tradeRows += rows.length;
    else report.productionRows += rows.length;
    if (done % 20 === 0 || done === submissions.length) run.onProgress?.({ year: world.year, stage: 'statistics', done, total: submissions.length });
  }
}

export async function runSimulation(store: Store, run: SimulationRun): Promise<SimulationReport> {
  const registry = registryView(await participants.statusPeriods(store.db));
  const report: SimulationReport = { years: [], certificates: 0, confirmations: 0, tradeRows: 0, productionRows: 0, truth: [] };
  for (const world of simulate({ from: run.from, to: run.to, seed: run.seed, scenario: run.scenario, registry })) {
    await writeYear(store, world, run, report);
    report.years.push(world.year);
    report.truth.push(...world.truth);
  }
  if (run.truthFile) writeFileSync(run.truthFile, `${JSON.stringify({ from: run.from, to: run.to, seed: run.seed, scenario: run.scenario, truth: report.truth }, null, 2)}\n`);
  return report;
}
