// Statistics on a simulated twenty-year world: 80 Participants trading with each other every
// quarter in the three HS codes (about 80 × 79 × 3 × 80 quarters × 2 sides ≈ 3 million trade rows),
// written straight through the statistics store. Times the annual summary (live, as the working
// group sees it, and released, as the public does) and a whole year's mirror reconciliation.
import { sql } from 'kysely';
import { localOperator, PUBLIC } from '../src/auth/model.js';
import { transaction } from '../src/db/transaction.js';
import type { Db } from '../src/db/store.js';
import * as statistics from '../src/statistics/service.js';
import * as reconciliation from '../src/statistics/reconciliation.js';
import * as analysis from '../src/statistics/analysis.js';
import * as store from '../src/statistics/store.js';
import * as participants from '../src/participants/service.js';
import { HS_CODES, makePeriod } from '../src/statistics/model.js';
import { latencies, percentile, rate, type Bench } from './harness.js';

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

export const statisticsBench: Bench = {
  name: 'statistics',
  description: 'twenty-year world of 80 Participants: annual summary, a year\'s mirror reconciliation',
  async run(ctx) {
    const figures = [];
    const size: WorldSize = ctx.quick ? { participants: 80, firstYear: 2003, years: 2 } : { participants: 80, firstYear: 2003, years: 20 };
    for (const engine of ctx.engines) {
      const s = await ctx.freshStore(engine);
      let t = performance.now();
      const world = await buildWorld(s.db, size);
      const loadMs = performance.now() - t;
      await sql`analyze`.execute(s.db);
      const note = `${world.codes.length} Participants, ${size.years} years: ${world.tradeRows.toLocaleString('en')} trade rows`;
      figures.push({ engine, name: 'statistics load (bulk, one transaction per year)', value: rate(world.tradeRows + world.productionRows, loadMs), unit: 'rows/s', note });
      const year = size.firstYear + size.years - 2;
      const n = ctx.quick ? 5 : 20;
      const live = await latencies(n, () => statistics.summary(s.db, ADMIN, year));
      figures.push({ engine, name: 'annual summary, live (working group) p50', value: percentile(live, 50), unit: 'ms', note: 'target < 200 ms' });
      await statistics.release(s.db, ADMIN, year);
      const pub = await latencies(n, () => statistics.summary(s.db, PUBLIC, year));
      figures.push({ engine, name: 'annual summary, released (public) p50', value: percentile(pub, 50), unit: 'ms', note: 'target < 200 ms' });
      const rec = await latencies(ctx.quick ? 2 : 5, () => reconciliation.reconcile(s.db, ADMIN, year));
      const r = await reconciliation.reconcile(s.db, ADMIN, year);
      figures.push({ engine, name: "a year's mirror reconciliation p50", value: percentile(rec, 50), unit: 'ms', note: `target < 2 s; ${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(', ')}` });
      const ser = await latencies(n, () => analysis.series(s.db, ADMIN, [world.codes[0]!, world.codes[1]!, world.codes[2]!], size.firstYear, size.firstYear + size.years - 1));
      figures.push({ engine, name: `series of 3 Participants over ${size.years} years p50`, value: percentile(ser, 50), unit: 'ms' });
      const mat = await latencies(n, () => analysis.matrix(s.db, ADMIN, year));
      figures.push({ engine, name: "a year's partner matrix p50", value: percentile(mat, 50), unit: 'ms', note: `${world.codes.length} × ${world.codes.length - 1} cells` });
      // the checked path: a CSV of one world year of trade between the Participants of 2006, imported
      // by the local operator (every row checked against the registry; a resubmission: version 2)
      const codes = (await participants.list(s.db, { at: '2006-06-30', status: ['participant', 'trading_entity'] })).map((p) => p.code);
      const lines = ['reporter,period,flow,partner,hs_code,carats,value_usd,certificates'];
      for (const q of [1, 2, 3, 4]) for (const a of codes) for (const b of codes) if (a !== b) for (const hs of HS_CODES) {
        lines.push(`${a},2006-Q${q},export,${b},${hs},1234.56,98765.43,3`, `${b},2006-Q${q},import,${a},${hs},1234.56,98765.43,3`);
      }
      const csv = new TextEncoder().encode(lines.join('\n'));
      t = performance.now();
      const imported = await statistics.importFile(s.db, ADMIN, 'trade', 'csv', csv, { source: 'bench' });
      figures.push({ engine, name: 'CSV import, checked, all or nothing', value: rate(imported.rows, performance.now() - t), unit: 'rows/s', note: `${imported.rows.toLocaleString('en')} rows, ${imported.submissions.length} submissions (${(csv.length / 2 ** 20).toFixed(1)} MB)` });
    }
    return figures;
  },
};
