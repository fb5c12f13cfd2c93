// The foundation's hot paths: the public registry through the API, audited writes.
import { SYSTEM } from '../src/auth/model.js';
import * as audit from '../src/audit/service.js';
import { transaction } from '../src/db/transaction.js';
import { buildServer } from '../src/http/server.js';
import { find, latencies, percentile, rate, type Bench } from './harness.js';

export const foundationBench: Bench = {
  name: 'foundation',
  description: 'GET /api/participants latency; audited writes per second',
  async run(ctx) {
    const figures = [];
    for (const engine of ctx.engines) {
      const store = await ctx.freshStore(engine);
      const app = await buildServer({ store, webDir: null });
      const n = ctx.quick ? 50 : 300;
      const lat = await latencies(n, () => app.inject({ url: '/api/participants?at=2006-11-09' }));
      figures.push({ engine, name: 'GET /api/participants p50', value: percentile(lat, 50), unit: 'ms' });
      figures.push({ engine, name: 'GET /api/participants p99', value: percentile(lat, 99), unit: 'ms' });
      const writes = ctx.quick ? 200 : 1000;
      const t = performance.now();
      for (let i = 0; i < writes; i++) await transaction(store.db, (tx) => audit.record(tx, SYSTEM, 'bench.write', String(i)));
      const perSecond = rate(writes, performance.now() - t);
      const raw = engine === 'pglite' ? find(ctx.figures, 'raw pglite insert, autocommit') : undefined;
      figures.push({ engine, name: 'audited writes (one transaction each)', value: perSecond, unit: 'tx/s', ...(raw && { baseline: raw.name, ratio: perSecond / raw.value }) });
      await app.close();
    }
    return figures;
  },
};
