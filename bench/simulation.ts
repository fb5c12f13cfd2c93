// The simulator: how fast a year of the world is generated, written as statistics into the store, and
// issued and confirmed as certificates (the bulk path on two cores).
import { SYSTEM } from '../src/auth/model.js';
import * as participants from '../src/participants/service.js';
import * as statistics from '../src/statistics/service.js';
import { simulate } from '../src/simulation/generate.js';
import { registryView } from '../src/simulation/registry.js';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { configure } from '../src/certificates/keys.js';
import { runSimulation } from '../src/simulation/service.js';
import { sql } from 'kysely';
import type { Db } from '../src/db/store.js';
import { rate, type Bench } from './harness.js';

/** The twenty-year world (`kpcs simulate --from 2003 --to 2022`, seed 1): its certificates, and goal 6's limits for writing it. */
const TWENTY_YEARS = { certificates: 1_223_433, seconds: 300, bytes: 3e9 };

const databaseBytes = async (db: Db) =>
  Number((await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(db)).rows[0]!.n);

export const simulationBench: Bench = {
  name: 'simulation',
  description: 'generating a world year; writing its statistics; issuing and confirming its certificates',
  async run(ctx) {
    const figures = [];
    const store = await ctx.freshStore('pglite');
    const registry = registryView(await participants.statusPeriods(store.db));
    const years = ctx.quick ? 2 : 5;
    let t = performance.now();
    let shipments = 0;
    const worlds = [];
    for (const w of simulate({ from: 2004, to: 2003 + years, seed: 1, registry })) {
      shipments += w.shipments.length;
      worlds.push(w);
    }
    const ms = performance.now() - t;
    figures.push({ name: 'world years generated', value: rate(years, ms), unit: 'years/s', note: `${shipments.toLocaleString('en')} shipments` });
    figures.push({ name: 'shipments generated', value: rate(shipments, ms), unit: 'shipments/s' });
    for (const engine of ctx.engines) {
      const s = engine === 'pglite' ? store : await ctx.freshStore(engine);
      const w = worlds[0]!;
      t = performance.now();
      await statistics.submit(s.db, SYSTEM, 'trade', statistics.jsonRows(w.trade.map((r) => ({ ...r }) as statistics.JsonRow)), { source: 'bench', now: new Date(`${w.year + 1}-03-01T00:00:00Z`) });
      const tradeMs = performance.now() - t;
      figures.push({ engine, name: `a world year of trade submitted (${w.trade.length.toLocaleString('en')} rows)`, value: tradeMs / 1000, unit: 's' });
      figures.push({ engine, name: 'trade rows submitted', value: rate(w.trade.length, tradeMs), unit: 'rows/s' });
    }
    // a year of certificates (2006: about 59,000) issued, logged, signed and confirmed; quick: 6,000
    for (const engine of ctx.engines) {
      const s = await ctx.freshStore(engine);
      configure(s, { masterKey: randomBytes(32) });
      const before = await databaseBytes(s.db);
      t = performance.now();
      const cpu = process.cpuUsage();
      const r = await runSimulation(s, { from: 2006, to: 2006, seed: 1, scenario: 'none', statistics: false, ...(ctx.quick && { certificateLimit: 6000 }) });
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      figures.push({ engine, name: `certificates of ${ctx.quick ? 'part of ' : ''}2006 issued and confirmed (simulator)`, value: ms / 1000, unit: 's', note: `${r.certificates.toLocaleString('en')} certificates; CPU ${cpuSeconds.toFixed(0)} s on ${os.cpus().length} cores` });
      const perSecond = rate(r.certificates, ms);
      figures.push({ engine, name: 'simulated certificates issued and confirmed', value: perSecond, unit: 'certificates/s' });
      // goal 6: the twenty-year world at this rate, beside its limit (wall time: the load of the machine counts; CPU time beside it)
      figures.push({
        engine, name: 'the twenty-year world written, extrapolated', value: TWENTY_YEARS.certificates / perSecond, unit: 's',
        note: `goal ≤ ${TWENTY_YEARS.seconds} s; ${TWENTY_YEARS.certificates.toLocaleString('en')} certificates at this rate; CPU ${((cpuSeconds * 1e6) / r.certificates).toFixed(0)} µs per certificate`,
      });
      // the store's growth (tables, indexes and their TOAST; the embedded store's WAL apart), per certificate and its confirmation
      const perCertificate = (await databaseBytes(s.db) - before) / r.certificates;
      figures.push({ engine, name: 'store per simulated certificate (with its confirmation and log entries)', value: perCertificate, unit: 'bytes' });
      figures.push({
        engine, name: 'the twenty-year world\'s store, extrapolated', value: (perCertificate * TWENTY_YEARS.certificates) / 1e9, unit: 'GB',
        note: `goal ≤ ${TWENTY_YEARS.bytes / 1e9} GB; tables and indexes, without the WAL`,
      });
    }
    return figures;
  },
};
