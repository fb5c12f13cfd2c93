// HTTP-level attacks on what the log and the trust list disclose (issue #15): revocations that the
// response schema stripped, the log read by sequential number, the trust list signed on every request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../support/store.js';
import type { Store } from '../../src/db/store.js';
import { localOperator } from '../../src/auth/model.js';
import { buildServer } from '../../src/http/server.js';
import * as service from '../../src/certificates/service.js';

const admin = localOperator();

describe.each(engines)('log disclosure over HTTP on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32), publicUrl: 'https://kpcs.example.org' });
    app = await buildServer({ store, webDir: null });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('ATTACK: GET /api/log/keys used to strip a log key\'s revocation (verifiers reading it trusted a stolen key)', async () => {
    await service.trustList(store);
    const [key] = await service.logKeys(store);
    await service.revokeLogKey(store, admin, key!.keyId, { reason: 'stolen' });
    const res = await app.inject({ method: 'GET', url: '/api/log/keys' });
    expect(res.statusCode).toBe(200);
    const keys = res.json() as { keyId: string; revokedAt: string | null; revocationReason: string | null }[];
    expect(keys.find((k) => k.keyId === key!.keyId)).toMatchObject({ revokedAt: expect.any(String), revocationReason: 'stolen' });
    expect(keys.filter((k) => k.revokedAt === null)).toHaveLength(1);
  });
});
