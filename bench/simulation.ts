// The simulator: how fast a year of the world is generated, and written as statistics into the store.
import { SYSTEM } from '../src/auth/model.js';
import * as participants from '../src/participants/service.js';
import * as statistics from '../src/statistics/service.js';
import { simulate } from '../src/simulation/generate.js';
import { registryView } from '../src/simulation/registry.js';
import { rate, type Bench } from './harness.js';

export const simulationBench: Bench = {
  name: 'simulation',
  description: 'generating a world year; writing its statistics',
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
    return figures;
  },
};
