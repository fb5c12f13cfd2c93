// HTTP-level attacks on what the log and the trust list disclose (issue #15): revocations that the
// response schema stripped, the log read by sequential number, the trust list signed on every request.
import { insideRateWindow } from '../support/rate-window.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../support/store.js';
import type { Store } from '../../src/db/store.js';
import { localOperator } from '../../src/auth/model.js';
import { buildServer } from '../../src/http/server.js';
import * as service from '../../src/certificates/service.js';

const admin = localOperator();
const ZA = localOperator('ZA');
const request = {
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1234.56, valueUsd: 987654.32 }],
  parcels: 3,
};

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

  it('ATTACK: reading the public log by sequential index tells which number was issued, confirmed or cancelled, and when', async () => {
    const a = await service.issue(store, ZA, request);
    await service.cancel(store, ZA, a.number, { reason: 'lost' });
    const res = await app.inject({ url: '/api/log/entries?from=0&limit=1000' });
    expect(res.statusCode).toBe(200);
    const entries = res.json().entries as Record<string, unknown>[];
    expect(entries.length).toBeGreaterThanOrEqual(2);
    // positions and leaf hashes only
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(['index', 'leafHash']);
    expect(JSON.stringify(entries)).not.toMatch(/cancelled|confirmed|issued|ZA-\d{4}|\d{4}-\d{2}-\d{2}T/);
  });

  it('ATTACK: the inclusion proof by number tells anyone where (so when) a guessed number sits in the log', async () => {
    const { certificate, verificationCode } = await service.issueWithCode(store, ZA, request);
    const url = `/api/log/inclusion-proof?number=${certificate.number}`;
    const alone = await app.inject({ url });
    expect(alone.statusCode).toBe(403);
    expect(alone.json()).not.toHaveProperty("leafIndex");
    const wrong = verificationCode.startsWith('A') ? 'BBBBB-BBBBB' : 'AAAAA-AAAAA';
    expect((await app.inject({ url: `${url}&code=${wrong}` })).statusCode).toBe(403);
    const holder = await app.inject({ url: `${url}&code=${encodeURIComponent(verificationCode)}` });
    expect(holder.statusCode).toBe(200);
    expect(holder.json().leafIndex).toBe(certificate.transparency.leafIndex);
    // by position it stays public: the leaf alone tells nothing
    expect((await app.inject({ url: `/api/log/inclusion-proof?index=${certificate.transparency.leafIndex}` })).statusCode).toBe(200);
  });

  it("ATTACK: the trust list told anyone when and why each cancelled number was cancelled", async () => {
    const a = await service.issue(store, ZA, request);
    const b = await service.issue(store, ZA, request);
    await service.cancel(store, ZA, a.number, { reason: 'replaced', replacedBy: b.number, note: 'wrong importer address' });
    const list = (await app.inject({ url: '/api/trust-list' })).json() as { cancelled: Record<string, unknown>[] };
    expect(list.cancelled).toContainEqual({ number: a.number, replacedBy: b.number });
    for (const c of list.cancelled) expect(Object.keys(c).sort()).toEqual(['number', 'replacedBy']);
    expect(JSON.stringify(list.cancelled)).not.toMatch(/lost|replaced"|wrong importer|\d{4}-\d{2}-\d{2}T/);
  });

  it('ATTACK: GET /api/trust-list had no rate limit and was re-signed on every request', async () => {
    const limited = await buildServer({ store, webDir: null, verifyRateLimit: 3 });
    try {
      await insideRateWindow(store.db);
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await limited.inject({ url: '/api/trust-list', remoteAddress: '198.51.100.30' })).statusCode);
      expect(codes).toEqual([200, 200, 200]);
      const over = await limited.inject({ url: '/api/trust-list', remoteAddress: '198.51.100.30' });
      expect(over.statusCode).toBe(429);
      expect(over.json()).toMatchObject({ code: 'rate_limited' });
      expect((await limited.inject({ url: '/api/trust-list', remoteAddress: '198.51.100.31' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('serves the same signed trust list until something it lists changes, in this process or another', async () => {
    const get = async (a: FastifyInstance) => (await a.inject({ url: '/api/trust-list' })).json() as { issuedAt: string; signature: { value: string }; cancelled: { number: string }[]; keys: { keyId: string; revokedAt: string | null }[] };
    const c = await service.issue(store, ZA, request);
    const first = await get(app);
    // nothing changed: the very list signed before, not a new signature
    expect(await get(app)).toEqual(first);
    await service.issue(store, ZA, request);
    expect(await get(app)).toEqual(first); // an issuance changes nothing the list lists
    // a cancellation: listed at once
    await service.cancel(store, ZA, c.number, { reason: 'void' });
    const afterCancel = await get(app);
    expect(afterCancel.cancelled.map((x) => x.number)).toContain(c.number);
    expect(afterCancel.issuedAt).not.toBe(first.issuedAt);
    // a change made by another process on the same database (here: straight in the store, as a second
    // server would): a key revoked, then a witness registered
    const other = await buildServer({ store, webDir: null });
    try {
      const zaKey = (await service.keys(store, 'ZA'))[0]!;
      await service.revokeKey(store, admin, zaKey.keyId, { reason: 'lost' });
      expect((await get(app)).keys.find((k) => k.keyId === zaKey.keyId)?.revokedAt).not.toBeNull();
      expect(await get(other)).toEqual(await get(app));
    } finally {
      await other.close();
    }
  });
});
