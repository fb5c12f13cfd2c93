// Writing a simulated world into the store through the domains' own services, as real users would:
// certificates issued by each exporting authority (dated with --on), receipts confirmed by the
// importing authority, statistics submitted by each Participant on its own (sometimes late) day.
import { mkdirSync } from 'node:fs';
import { writePrivateFile } from '../core/files.js';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import type { Db, Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as participants from '../participants/service.js';
import * as bulk from '../certificates/bulk.js';
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
  /** write the statistics submissions (default true; the bench builds its own statistics world) */
  statistics?: boolean;
  /** where to write the injected truth (JSON) */
  truthFile?: string;
  /** certificates: shipments issued and confirmed; statistics: submissions written */
  onProgress?: (event: { year: number; stage: 'certificates' | 'statistics'; done: number; total: number }) => void;
}

export interface SimulationReport {
  years: number[];
  certificates: number;
  confirmations: number;
  tradeRows: number;
  productionRows: number;
  truth: Truth[];
}

const OPERATOR = localOperator();

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

/** Certificates a transaction: big enough that round trips and commits vanish, small enough to keep each transaction short. */
export const BATCH = 2000;

async function writeCertificates(store: Store, world: YearWorld, run: SimulationRun, report: SimulationReport) {
  // in the order of their days (stable on the key), so numbers and log positions follow the calendar
  const all = run.certificateLimit !== undefined ? world.shipments.slice(0, run.certificateLimit) : world.shipments;
  const shipments = all.map((s, i) => ({ s, i })).sort((a, b) => (a.s.day < b.s.day ? -1 : a.s.day > b.s.day ? 1 : a.i - b.i)).map((x) => x.s);
  const source = `simulation seed ${run.seed}, ${world.year}`;
  // the whole year checked first, then written in batches: each batch's certificates issued by the
  // exporting authorities and their receipts confirmed by the importing ones on the day of arrival,
  // in one transaction; the next batch composed on the second core while this one is written
  let done = 0;
  await bulk.issueAndConfirmInBatches(
    store,
    OPERATOR,
    shipments.map((s) => ({
      certificate: { actor: localOperator(s.exporter), request: request(s), on: s.day },
      receipt: {
        actor: localOperator(s.importer),
        input: { parcels: s.parcels, carats: Math.round(s.goods.reduce((a, g) => a + g.carats, 0) * 100) / 100, sealsIntact: true, receivedOn: s.receivedOn ?? s.day },
        at: new Date(`${s.receivedOn ?? s.day}T16:00:00.000Z`),
      },
    })),
    source,
    {
      batchSize: BATCH,
      onBatch: (docs) => {
        done += docs.length;
        run.onProgress?.({ year: world.year, stage: 'certificates', done, total: shipments.length });
      },
    },
  );
  report.certificates += done;
  report.confirmations += done;
}

async function writeYear(store: Store, world: YearWorld, run: SimulationRun, report: SimulationReport) {
  if (run.certificates !== false) await writeCertificates(store, world, run, report);
  if (run.statistics === false) return;

  // statistics: each Participant submits each period on its own day
  const submissions = world.submissions;
  let done = 0;
  for (const sub of submissions) {
    const rows = sub.kind === 'trade'
      ? world.trade.filter((r) => r.reporter === sub.reporter && r.period === sub.period)
      : world.production.filter((r) => r.reporter === sub.reporter && r.period === sub.period);
    done++;
    const options = { source: `simulation seed ${run.seed}`, now: new Date(`${sub.submittedOn}T10:00:00Z`) };
    // nothing to report (no trade in the quarter, no production): a nil return
    if (rows.length === 0) await statistics.submitNilReturn(store.db, SYSTEM, sub.kind, sub.reporter, sub.period, options);
    else await statistics.submit(store.db, SYSTEM, sub.kind, statistics.jsonRows(rows.map((r) => ({ ...r }) as statistics.JsonRow)), options);
    if (sub.kind === 'trade') report.tradeRows += rows.length;
    else report.productionRows += rows.length;
    if (done % 20 === 0 || done === submissions.length) run.onProgress?.({ year: world.year, stage: 'statistics', done, total: submissions.length });
  }
}

async function packIndexes(db: Db): Promise<void> {
  const indexes = await sql<{ name: string }>`select indexrelid::regclass::text as name from pg_index
    where (indrelid in ('certificates'::regclass, 'certificate_confirmations'::regclass) and indisunique) or indexrelid = 'log_entries_number'::regclass`.execute(db);
  // the sort of a million keys in memory rather than in temporary files
  await sql`set maintenance_work_mem = '256MB'`.execute(db);
  try {
    for (const { name } of indexes.rows) await sql`reindex index ${sql.raw(name)}`.execute(db);
  } finally {
    await sql`reset maintenance_work_mem`.execute(db);
  }
}

export async function runSimulation(store: Store, run: SimulationRun): Promise<SimulationReport> {
  const registry = registryView(await participants.statusPeriods(store.db));
  const report: SimulationReport = { years: [], certificates: 0, confirmations: 0, tradeRows: 0, productionRows: 0, truth: [] };
  if (run.certificates !== false) {
    // random keys, like any authority's: the seed fixes the world's figures, never a key (a key derived
    // from a public seed would let anyone sign); in service from the first simulated day, so that the
    // bulk pipeline finds every key in place
    const codes = (await participants.statusPeriods(store.db)).map((p) => p.participant);
    await bulk.putKeysInService(store, OPERATOR, codes, new Date(`${run.from}-01-01T00:00:00.000Z`), `simulation seed ${run.seed}`);
  }
  for (const world of simulate({ from: run.from, to: run.to, seed: run.seed, scenario: run.scenario, registry })) {
    await writeYear(store, world, run, report);
    report.years.push(world.year);
    report.truth.push(...world.truth);
  }
  // A bulk load leaves the indexes on keys that arrive out of order about half full: the certificates' and
  // confirmations' unique keys (random ids, the numbers of eighty Participants interleaved) and the log's
  // entries by number. Rebuilt once, packed: about 140 bytes a certificate of the twenty-year store, for
  // some 20 seconds (docs/performance.md, goal 6). Only on the embedded store, which no other process
  // reads while the command runs; on PostgreSQL, REINDEX would lock the servers out of these tables.
  if (store.engine === 'pglite' && report.certificates > 0) await packIndexes(store.db);
  // PGlite has no autovacuum: without fresh statistics the planner would guess at tables that just
  // grew by millions of rows (PostgreSQL's autovacuum would get there, later)
  await sql`analyze certificates, certificate_counters, certificate_confirmations, log_entries, log_nodes, statistics_submissions, statistics_trade, statistics_trade_pairs, statistics_production, audit_log`.execute(store.db);
  if (run.truthFile) mkdirSync(dirname(run.truthFile), { recursive: true });
  if (run.truthFile) writePrivateFile(run.truthFile, `${JSON.stringify({ from: run.from, to: run.to, seed: run.seed, scenario: run.scenario, truth: report.truth }, null, 2)}\n`);
  return report;
}
