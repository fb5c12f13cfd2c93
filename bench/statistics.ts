// Statistics on a simulated twenty-year world: 80 Participants trading with each other every
// quarter in the three HS codes (about 80 × 79 × 3 × 80 quarters × 2 sides ≈ 3 million trade rows),
// written straight through the statistics store. Times the annual summary (live, as the working
// group sees it, and released, as the public does) and a whole year's mirror reconciliation.
import { sql } from 'kysely';
import { localOperator, PUBLIC } from '../src/auth/model.js';
import { transaction } from '../src/db/transaction.js';
import type { Db } from '../src/db/store.js';
import * as statistics from '../src/statistics/service.js';
import * as annualSummary from '../src/statistics/annual-summary.js';
import * as reconciliation from '../src/statistics/reconciliation.js';
import * as analysis from '../src/statistics/analysis.js';
import * as store from '../src/statistics/store.js';
import * as participants from '../src/participants/service.js';
import { HS_CODES, makePeriod } from '../src/statistics/model.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/db/store.js';
import { openReadyStore, type ReadyStore } from '../src/setup.js';
import { certificateFigures, certificateTrail } from '../src/certificates/service.js';
import { compareWithCertificates } from '../src/statistics/certificate-figures.js';
import { runSimulation } from '../src/simulation/service.js';
import { latencies, percentile, rate, type Bench, type Figure } from './harness.js';

const ADMIN = localOperator();

/** A small deterministic generator (mulberry32), so every run builds the same world. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The registry knows about 59 entities; the simulated world has 80. The missing ones are added as
 * synthetic entries with ISO user-assigned codes (XA…), in this throwaway store only.
 */
async function worldParticipants(db: Db, count: number): Promise<string[]> {
  const known = (await db.selectFrom('participants').select('code').orderBy('code').execute()).map((r) => r.code);
  const extra: string[] = [];
  for (let i = 0; known.length + extra.length < count; i++) extra.push(`X${String.fromCharCode(65 + i)}`);
  if (extra.length) await db.insertInto('participants').values(extra.map((code) => ({ code, name: `Simulated ${code}`, kind: 'country' as const, language: 'en' as const, authority_name: null, authority_address: null, authority_email: null }))).execute();
  return [...known, ...extra].slice(0, count);
}

export interface WorldSize {
  participants: number;
  firstYear: number;
  years: number;
}

/** Builds the world year by year, one transaction per year; returns the rows written. */
export async function buildWorld(db: Db, size: WorldSize, seed = 2006): Promise<{ submissions: number; tradeRows: number; productionRows: number; codes: string[] }> {
  const codes = await worldParticipants(db, size.participants);
  const rnd = random(seed);
  // each Participant's scale, and each pair's share of its trade
  const scale = codes.map(() => 1000 + rnd() * 100_000);
  let submissions = 0;
  let tradeRows = 0;
  let productionRows = 0;
  const at = new Date('2023-01-01T00:00:00Z');
  for (let y = size.firstYear; y < size.firstYear + size.years; y++) {
    const subs: store.SubmissionRecord[] = [];
    const trade: store.TradeInsert[] = [];
    const production: store.ProductionInsert[] = [];
    for (let q = 1; q <= 4; q++) {
      const period = makePeriod(y, 'Q', q).id;
      // exports of a to b, per HS code, in cents; the importer's figure is the exporter's with noise
      const totals = codes.map(() => ({ ...store.NO_TOTALS }));
      for (let a = 0; a < codes.length; a++) {
        for (let b = 0; b < codes.length; b++) {
          if (a === b) continue;
          for (const hs of HS_CODES) {
            const carats = Math.round(scale[a]! * (0.2 + rnd()) * 100);
            const usdPerCt = 50 + rnd() * 300;
            const usd = Math.round(carats * usdPerCt);
            const certificates = 1 + Math.floor(rnd() * 20);
            // most flows agree within 2 %; one in twenty is off by up to 30 %
            const noise = rnd() < 0.05 ? 1 + (rnd() - 0.5) * 0.6 : 1 + (rnd() - 0.5) * 0.04;
            const mCarats = Math.round(carats * noise);
            const mUsd = Math.round(usd * noise);
            trade.push({ reporter: codes[a]!, period, version: 1, flow: 'export', partner: codes[b]!, hsCode: hs, carats: (carats / 100).toFixed(2), valueUsd: (usd / 100).toFixed(2), certificates });
            trade.push({ reporter: codes[b]!, period, version: 1, flow: 'import', partner: codes[a]!, hsCode: hs, carats: (mCarats / 100).toFixed(2), valueUsd: (mUsd / 100).toFixed(2), certificates });
            const ta = totals[a]!;
            ta.exportsCarats += carats;
            ta.exportsUsd += usd;
            ta.exportsCertificates += certificates;
            const tb = totals[b]!;
            tb.importsCarats += mCarats;
            tb.importsUsd += mUsd;
            tb.importsCertificates += certificates;
          }
        }
      }
      codes.forEach((code, i) => subs.push({ reporter: code, kind: 'trade', period, version: 1, year: y, submittedAt: at, submittedBy: 'bench', submittedByUser: null, source: 'bench', rowCount: (codes.length - 1) * 6, totals: totals[i]! }));
    }
    for (const h of [1, 2]) {
      const period = makePeriod(y, 'H', h).id;
      codes.forEach((code, i) => {
        const industrial = Math.round(scale[i]! * 400 * (0.8 + rnd() * 0.4) * 100);
        const artisanal = Math.round(scale[i]! * 50 * rnd() * 100);
        const usd = (c: number) => Math.round(c * (40 + rnd() * 200));
        const iu = usd(industrial);
        const au = usd(artisanal);
        production.push({ reporter: code, period, version: 1, mining: 'industrial', carats: (industrial / 100).toFixed(2), valueUsd: (iu / 100).toFixed(2) });
        production.push({ reporter: code, period, version: 1, mining: 'artisanal', carats: (artisanal / 100).toFixed(2), valueUsd: (au / 100).toFixed(2) });
        subs.push({ reporter: code, kind: 'production', period, version: 1, year: y, submittedAt: at, submittedBy: 'bench', submittedByUser: null, source: 'bench', rowCount: 2, totals: { ...store.NO_TOTALS, productionCarats: industrial + artisanal, productionUsd: iu + au } });
      });
    }
    await transaction(db, async (tx) => {
      await store.insertSubmissions(tx, subs);
      await store.insertTrade(tx, trade);
      await store.insertProduction(tx, production);
    });
    submissions += subs.length;
    tradeRows += trade.length;
    productionRows += production.length;
  }
  return { submissions, tradeRows, productionRows, codes };
}

/** Bump when buildWorld or the way the cached world is built changes (the generator's own code is hashed too). */
const WORLD_BUILDER = 'statistics-world-1';
const CERTIFICATE_SPAN = { from: 2003, to: 2022, seed: 1 };

/** Where the full-size world is kept between runs: keyed by the builder and the simulator's code. */
function cacheDir(): string {
  const hash = createHash('sha256').update(WORLD_BUILDER);
  for (const f of ['../src/simulation/generate.js', '../src/simulation/calibration.js', '../src/simulation/world.js']) hash.update(readFileSync(new URL(f, import.meta.url)));
  const root = process.env.KPCS_BENCH_CACHE ?? fileURLToPath(new URL('../../bench/.cache/', import.meta.url));
  return join(root, `${WORLD_BUILDER}-${hash.digest('hex').slice(0, 12)}`);
}

interface WorldMeta {
  codes: string[];
  tradeRows: number;
  productionRows: number;
  certificates: number;
  confirmations: number;
  /** how long the bulk certificate path took to write the twenty years (s, wall and CPU) */
  certificateSeconds: number;
  certificateCpuSeconds: number;
  statisticsSeconds: number;
  builtAt: string;
}

/**
 * The twenty-year world on PGlite, built once and reused: the simulator's certificates of 2003–2022
 * (about 1.2 million, issued and confirmed through the bulk path) and the dense statistics of 80
 * Participants (buildWorld). Built by this process into a data directory under bench/.cache/.
 */
async function cachedWorld(size: WorldSize, log: (s: string) => void): Promise<{ store: ReadyStore; meta: WorldMeta; reused: boolean }> {
  const dir = cacheDir();
  const done = join(dir, 'world.json');
  if (existsSync(done)) {
    const store = await openReadyStore({ dataDir: dir });
    return { store, meta: JSON.parse(readFileSync(done, 'utf8')) as WorldMeta, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // opened as `kpcs simulate` opens it for the build (bulk-load settings); reuses open it plainly
  const store = await openReadyStore({ dataDir: dir }, { bulkLoad: true });
  log(`building the twenty-year world in ${dir} (once) `);
  let t = performance.now();
  const cpu = process.cpuUsage();
  let lastYear = 0;
  const sim = await runSimulation(store, {
    ...CERTIFICATE_SPAN, scenario: 'none', statistics: false,
    onProgress: (e) => {
      if (e.year !== lastYear) log(`${e.year} `);
      lastYear = e.year;
    },
  });
  const used = process.cpuUsage(cpu);
  const certificateSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const world = await buildWorld(store.db, size);
  await sql`analyze`.execute(store.db);
  const meta: WorldMeta = {
    codes: world.codes, tradeRows: world.tradeRows, productionRows: world.productionRows, certificates: sim.certificates, confirmations: sim.confirmations,
    certificateSeconds, certificateCpuSeconds: (used.user + used.system) / 1e6, statisticsSeconds: (performance.now() - t) / 1000, builtAt: new Date().toISOString(),
  };
  writeFileSync(done, `${JSON.stringify(meta, null, 2)}\n`);
  return { store, meta, reused: false };
}

export const statisticsBench: Bench = {
  name: 'statistics',
  description: 'twenty-year world of 80 Participants and 1.2 million certificates: annual summary, a year\'s reconciliation with the certificate trail, the derivation from certificates',
  async run(ctx) {
    const figures = [];
    const size: WorldSize = ctx.quick ? { participants: 80, firstYear: 2003, years: 2 } : { participants: 80, firstYear: 2003, years: 20 };
    for (const engine of ctx.engines) {
      // full size on PGlite: the cached world; otherwise a fresh store with the statistics and one year of certificates
      const full = engine === 'pglite' && !ctx.quick;
      let s: ReadyStore;
      let meta: WorldMeta;
      let owned = false;
      if (full) {
        const c = await cachedWorld(size, (m) => process.stdout.write(m));
        s = c.store;
        meta = c.meta;
        owned = true;
        figures.push({ engine, name: `bulk certificates, ${CERTIFICATE_SPAN.from}–${CERTIFICATE_SPAN.to} (simulator)`, value: meta.certificateSeconds, unit: 's', note: `${meta.certificates.toLocaleString('en')} certificates + as many confirmations; CPU ${meta.certificateCpuSeconds.toFixed(0)} s; ${c.reused ? `cached, built ${meta.builtAt}` : 'built in this run'}` });
      } else {
        s = await ctx.freshStore(engine);
        const t = performance.now();
        const world = await buildWorld(s.db, size);
        const loadMs = performance.now() - t;
        const year = size.firstYear + size.years - 2;
        const sim = await runSimulation(s, { from: year, to: year, seed: 1, scenario: 'none', statistics: false, ...(ctx.quick && { certificateLimit: 3000 }) });
        await sql`analyze`.execute(s.db);
        meta = { codes: world.codes, tradeRows: world.tradeRows, productionRows: world.productionRows, certificates: sim.certificates, confirmations: sim.confirmations, certificateSeconds: 0, certificateCpuSeconds: 0, statisticsSeconds: loadMs / 1000, builtAt: '' };
        figures.push({ engine, name: 'statistics load (bulk, one transaction per year)', value: rate(world.tradeRows + world.productionRows, loadMs), unit: 'rows/s', note: `${world.codes.length} Participants, ${size.years} years: ${world.tradeRows.toLocaleString('en')} trade rows` });
      }
      try {
        await measure(s, engine, size, meta, ctx.quick, figures);
      } finally {
        if (owned) await s.close();
      }
    }
    return figures;
  },
};

async function measure(s: ReadyStore, engine: Engine, size: WorldSize, world: WorldMeta, quick: boolean, figures: Omit<Figure, 'bench'>[]) {
  const note = `${world.codes.length} Participants, ${size.years} years, ${world.tradeRows.toLocaleString('en')} trade rows, ${world.certificates.toLocaleString('en')} certificates`;
  const year = size.firstYear + size.years - 2;
  const n = quick ? 5 : 20;
  // the summary is computed live until the year is released; reset a release left by an earlier run
  await s.db.deleteFrom('statistics_releases' as never).where('year' as never, '=', year as never).execute().catch(() => {});
  const live = await latencies(n, () => annualSummary.summary(s.db, ADMIN, year));
  figures.push({ engine, name: 'annual summary, live (working group) p50', value: percentile(live, 50), unit: 'ms', note: `target < 200 ms; ${note}` });
  await annualSummary.release(s.db, ADMIN, year).catch(() => {});
  const pub = await latencies(n, () => annualSummary.summary(s.db, PUBLIC, year));
  figures.push({ engine, name: 'annual summary, released (public) p50', value: percentile(pub, 50), unit: 'ms', note: 'target < 200 ms' });
  const rec = await latencies(quick ? 2 : 5, () => reconciliation.reconcile(s.db, ADMIN, year));
  const r = await reconciliation.reconcile(s.db, ADMIN, year);
  figures.push({ engine, name: "a year's mirror reconciliation p50", value: percentile(rec, 50), unit: 'ms', note: `${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(', ')}` });
  const trail = certificateTrail(s);
  const withTrail = await latencies(quick ? 2 : 5, () => reconciliation.reconcile(s.db, ADMIN, year, { certificates: trail }));
  const rt = await reconciliation.reconcile(s.db, ADMIN, year, { certificates: trail });
  const trailed = rt.lines.reduce((a, l) => a + ((l as { certificates?: unknown[] }).certificates?.length ?? 0), 0);
  figures.push({ engine, name: "a year's reconciliation with the certificate trail p50", value: percentile(withTrail, 50), unit: 'ms', note: `target < 2 s; ${trailed.toLocaleString('en')} certificates shown` });
  // the derivation from certificates: a Participant's reported quarter against its certificates
  const source = certificateFigures(s);
  const busiest = (await sql<{ participant: string }>`select participant from certificates where year = ${year} group by 1 order by count(*) desc limit 1`.execute(s.db)).rows[0]?.participant ?? 'BW';
  const one = await latencies(n, () => compareWithCertificates(s.db, ADMIN, busiest, `${year}-Q2`, source));
  figures.push({ engine, name: `derivation from certificates, one Participant-quarter (${busiest}) p50`, value: percentile(one, 50), unit: 'ms' });
  const issuers = (await sql<{ participant: string }>`select distinct participant from certificates where year = ${year}`.execute(s.db)).rows.map((x) => x.participant);
  let t = performance.now();
  let lines = 0;
  for (const p of issuers) for (const q of [1, 2, 3, 4]) lines += (await compareWithCertificates(s.db, ADMIN, p, `${year}-Q${q}`, source).catch(() => ({ lines: [] }))).lines.length;
  figures.push({ engine, name: `derivation from certificates, a whole year (${issuers.length} issuing Participants × 4 quarters)`, value: performance.now() - t, unit: 'ms', note: `${lines.toLocaleString('en')} compared lines` });
  const ser = await latencies(n, () => analysis.series(s.db, ADMIN, [world.codes[0]!, world.codes[1]!, world.codes[2]!], size.firstYear, size.firstYear + size.years - 1));
  figures.push({ engine, name: `series of 3 Participants over ${size.years} years p50`, value: percentile(ser, 50), unit: 'ms' });
  const mat = await latencies(n, () => analysis.matrix(s.db, ADMIN, year));
  figures.push({ engine, name: "a year's partner matrix p50", value: percentile(mat, 50), unit: 'ms', note: `${world.codes.length} × ${world.codes.length - 1} cells` });
  // the checked path: a CSV of one world year of trade between the Participants of 2006, imported
  // by the local operator (every row checked against the registry; a resubmission: a new version)
  const codes = (await participants.list(s.db, { at: '2006-06-30', status: ['participant', 'trading_entity'] })).map((p) => p.code);
  const csvLines = ['reporter,period,flow,partner,hs_code,carats,value_usd,certificates'];
  for (const q of [1, 2, 3, 4]) for (const a of codes) for (const b of codes) if (a !== b) for (const hs of HS_CODES) {
    csvLines.push(`${a},2006-Q${q},export,${b},${hs},1234.56,98765.43,3`, `${b},2006-Q${q},import,${a},${hs},1234.56,98765.43,3`);
  }
  const csv = new TextEncoder().encode(csvLines.join('\n'));
  t = performance.now();
  const imported = await statistics.importFile(s.db, ADMIN, 'trade', 'csv', csv, { source: 'bench' });
  figures.push({ engine, name: 'CSV import, checked, all or nothing', value: rate(imported.rows, performance.now() - t), unit: 'rows/s', note: `${imported.rows.toLocaleString('en')} rows, ${imported.submissions.length} submissions (${(csv.length / 2 ** 20).toFixed(1)} MB)` });
}
