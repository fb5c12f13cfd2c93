// The hub exchange (issue #20): messages a second from a national system's outbox through a hub over
// HTTP on this machine (each message signed, checked against the registered key, entered in the hub's
// log, answered with a signed receipt, marked delivered). Two stores of the same engine, one process.
import { randomBytes } from 'node:crypto';
import { localOperator, SYSTEM } from '../src/auth/model.js';
import { createUser, issueToken } from '../src/accounts/service.js';
import * as certificates from '../src/certificates/service.js';
import { buildServer } from '../src/http/server.js';
import { deliver, exchangeOnce, fillOutbox } from '../src/hub/national.js';
import * as keyRegistry from '../src/hub/key-registry.js';
import { rate, type Bench } from './harness.js';

const request = (i: number) => ({
  exporter: { name: 'Debswana Diamond Company', address: 'Debswana House, Gaborone', country: 'BW' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: 'BW',
  goods: [{ hsCode: '7102.10', carats: 100 + i, valueUsd: 50_000 + i }],
  parcels: 1,
});

export const hubBench: Bench = {
  name: 'hub',
  description: 'messages a second from a national system through the hub (signed, checked, logged, receipted)',
  async run(ctx) {
    const figures = [];
    for (const engine of ctx.engines) {
      const [hub, national] = [await ctx.freshStore(engine), await ctx.freshStore(engine)];
      certificates.configure(hub, { masterKey: randomBytes(32) });
      certificates.configure(national, { masterKey: randomBytes(32) });
      const app = await buildServer({ store: hub, webDir: null });
      await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
        const user = await createUser(hub.db, SYSTEM, { name: 'bench national system', member: 'BW', roles: ['national-system'] });
        const conn = { url, token: (await issueToken(hub.db, SYSTEM, user.id)).token, retryMaxMs: 1 };
        const n = ctx.quick ? 200 : 1000;
        const BW = localOperator('BW');
        await certificates.issueAll(national, BW, [request(0)]);
        await exchangeOnce(national, conn, 'bench');
        const [key] = await keyRegistry.listKeys(hub, SYSTEM, { participant: 'BW' });
        await keyRegistry.decideKey(hub, localOperator(), 'BW', key!.keyId, { approve: true });
        for (let i = 1; i < n; i += 250) await certificates.issueAll(national, BW, Array.from({ length: Math.min(250, n - i) }, (_, k) => request(i + k)));
        await fillOutbox(national, 'BW');
        await new Promise((r) => setTimeout(r, 10));
        const t = performance.now();
        let delivered = 0;
        for (let round = 0; delivered < n && round < 100; round++) delivered += (await deliver(national, conn, 'BW', 'bench')).delivered;
        const ms = performance.now() - t;
        figures.push({ engine, name: 'hub: certificate.issued messages delivered', value: rate(delivered, ms), unit: 'msg/s', note: `${delivered} messages, 32 in flight, HTTP on 127.0.0.1` });
      } finally {
        await app.close();
      }
    }
    return figures;
  },
};
