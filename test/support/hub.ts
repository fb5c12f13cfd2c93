// A hub served over HTTP and national systems' stores, in one process on real stores (embedded, and
// PostgreSQL when TEST_DATABASE_URL is set), for the hub's tests: each national system connects with a
// machine user of the role national-system that the hub made for its Participant.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createUser, issueToken } from '../../src/accounts/service.js';
import { SYSTEM } from '../../src/auth/model.js';
import * as certificates from '../../src/certificates/service.js';
import type { Engine, Store } from '../../src/db/store.js';
import type { HubConnection } from '../../src/hub/national.js';
import { buildServer } from '../../src/http/server.js';
import { freshStore } from './store.js';

/** A BW certificate request, its carats and value told apart by i. */
export const bwRequest = (i: number) => ({
  exporter: { name: 'Debswana Diamond Company', address: 'Debswana House, Gaborone', country: 'BW' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: 'BW',
  goods: [{ hsCode: '7102.10' as const, carats: 100 + i, valueUsd: 50_000 + i }],
  parcels: 1,
});

export interface HubWorld {
  hub: Store;
  /** the national systems' stores */
  nationals: Store[];
  app: FastifyInstance;
  url: string;
  /** a national system's connection: its machine user made at the hub for the Participant */
  connect(member: string, name: string): Promise<HubConnection>;
  /** POST a JSON body to the hub with a token: the status and the answer */
  post(path: string, body: unknown, token: string): Promise<{ status: number; json: Record<string, unknown> }>;
  close(): Promise<void>;
}

export async function hubWorld(engine: Engine, nationals: number): Promise<HubWorld> {
  const [hub, ...others] = await Promise.all(Array.from({ length: nationals + 1 }, () => freshStore(engine)));
  for (const s of [hub!, ...others]) certificates.configure(s, { masterKey: randomBytes(32) });
  const app = await buildServer({ store: hub!, webDir: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  return {
    hub: hub!,
    nationals: others,
    app,
    url,
    connect: async (member, name) => {
      const user = await createUser(hub!.db, SYSTEM, { name, member, roles: ['national-system'] });
      return { url, token: (await issueToken(hub!.db, SYSTEM, user.id)).token, retryMaxMs: 1 };
    },
    post: async (path, body, token) => {
      const res = await fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    },
    close: async () => {
      await app.close();
      await Promise.all([hub!, ...others].map((s) => s.close()));
    },
  };
}
