// The trust list signed once per change (issue 18, goal 3): kept in the store and served by every process
// with the same bytes and a strong ETag (If-None-Match: 304), and never served once what it lists has
// changed — through this process or another one on the same database. On PGlite (a second store object on
// the same database stands for another process: its own in-memory list) and on PostgreSQL (a second store
// opened on the same database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { engines, twoStores } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import { buildServer } from '../http/server.js';
import { TRUST_LIST_MAX_AGE } from './routes.js';
import { checkTrustList, type TrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import type { CertificateRequest } from './model.js';
import * as service from './service.js';

const request = (): CertificateRequest => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 9000 }],
  parcels: 1,
});
const ZA = localOperator('ZA');
const admin = localOperator();

describe.each(engines)('the trust list kept and served on %s', (engine) => {
  let a: Store;
  let b: Store;
  let app: FastifyInstance;
  const masterKey = randomBytes(32);
  beforeAll(async () => {
    [a, b] = await twoStores(engine);
    service.configure(a, { masterKey });
    service.configure(b, { masterKey });
    app = await buildServer({ store: a, webDir: null });
  });
  afterAll(async () => {
    await app.close();
    await b.close();
    await a.close();
  });

  const get = (etag?: string) => app.inject({ url: '/api/trust-list', headers: etag ? { 'if-none-match': etag } : {} });
  const checked = (body: string): TrustList => {
    const c = checkTrustList(JSON.parse(body));
    if (!c.ok) throw new Error(c.reason);
    return c.list;
  };

  it('is signed once and served again with the same bytes and a strong ETag; If-None-Match answers 304; Cache-Control says how long', async () => {
    const first = await get();
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"\d+-[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe(`public, max-age=${TRUST_LIST_MAX_AGE}, must-revalidate`);
    const list = checked(first.body);
    // not signed anew: the same bytes, the same moment of signing
    const again = await get();
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(etag);
    // the other process serves the very list kept in the store, not one of its own
    const other = await service.servedTrustList(b);
    expect(other.body).toBe(first.body);
    expect(other.etag).toBe(etag);
    const notModified = await get(etag);
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.headers.etag).toBe(etag);
    expect((await get(`W/${etag}`)).statusCode).toBe(304);
    expect((await get('"0-other"')).statusCode).toBe(200);
    expect(list.generation).toBeGreaterThan(0);
  });

  it('a cancellation and a key revocation made through the other process show at the next request, signed anew and verifying', async () => {
    const issued = await service.issue(a, ZA, request());
    const bundleBefore = await service.bundle(a, ZA, issued.number);
    const before = await get();
    const listBefore = checked(before.body);
    expect(verifyCertificate(bundleBefore, contextFromTrustList(listBefore)).verdict).toBe('genuine');

    await service.cancel(b, ZA, issued.number, { reason: 'void' });
    const afterCancel = await get(before.headers.etag as string);
    expect(afterCancel.statusCode).toBe(200);
    expect(afterCancel.headers.etag).not.toBe(before.headers.etag);
    const cancelledList = checked(afterCancel.body);
    expect(cancelledList.generation).toBeGreaterThan(listBefore.generation!);
    expect(cancelledList.cancelled.map((c) => c.number)).toContain(issued.number);
    expect(verifyCertificate(bundleBefore, contextFromTrustList(cancelledList)).verdict).toBe('cancelled');

    const second = await service.issue(a, ZA, request());
    const bundle = await service.bundle(a, ZA, second.number);
    const current = await get();
    expect(verifyCertificate(bundle, contextFromTrustList(checked(current.body))).verdict).toBe('genuine');
    await service.revokeKey(b, admin, second.issuer.keyId, { at: new Date(Date.parse(second.issuedAt) - 1).toISOString(), reason: 'key stolen' });
    const afterRevocation = await get(current.headers.etag as string);
    expect(afterRevocation.statusCode).toBe(200);
    const revokedList = checked(afterRevocation.body);
    expect(revokedList.keys.find((k) => k.keyId === second.issuer.keyId)?.revokedAt).not.toBeNull();
    expect(verifyCertificate(bundle, contextFromTrustList(revokedList)).verdict).toBe('revoked-key');
    // and the other process serves that same new list
    expect((await service.servedTrustList(b)).etag).toBe(afterRevocation.headers.etag);
  });

  it('a key rotated through this process shows in the list the other process serves', async () => {
    const before = await service.servedTrustList(b);
    const rotated = await service.rotateKey(a, admin, 'BW');
    const after = await service.servedTrustList(b);
    expect(after.etag).not.toBe(before.etag);
    expect(checked(after.body).keys.map((k) => k.keyId)).toContain(rotated.inService);
    expect((await get(before.etag)).statusCode).toBe(200);
    expect((await get(after.etag)).statusCode).toBe(304);
  });

  it('requests at once share one read of the state, and a revocation committed through the other process before them shows in each', async () => {
    let n = 0;
    const plugin: KyselyPlugin = { transformQuery: (x) => (n++, x.node), transformResult: async (x) => x.result };
    const counted: Store = { ...a, db: a.db.withPlugin(plugin) };
    service.configure(counted, { masterKey });
    const first = await service.servedTrustList(counted);
    const issued = await service.issue(b, ZA, request());
    await service.revokeKey(b, admin, issued.issuer.keyId, { at: new Date().toISOString(), reason: 'key stolen' });
    n = 0;
    const lists = await Promise.all(Array.from({ length: 8 }, () => service.servedTrustList(counted)));
    // each of the eight serves one list, signed after the revocation
    expect(new Set(lists.map((l) => l.etag)).size).toBe(1);
    expect(lists[0]!.etag).not.toBe(first.etag);
    expect(lists[0]!.list.keys.find((k) => k.keyId === issued.issuer.keyId)?.revokedAt).not.toBeNull();
    // (the new list kept is a write: the embedded store reads its state once more after it)
    await service.servedTrustList(counted);
    n = 0;
    await Promise.all(Array.from({ length: 8 }, () => service.servedTrustList(counted)));
    // nothing changed since: one read of the state on PostgreSQL, none on the embedded store
    expect(n).toBe(engine === 'pglite' ? 0 : 1);
  });

  it('on the embedded store, reads nothing while nothing was written, and reads the state again after any write', async () => {
    if (engine !== 'pglite') return;
    let n = 0;
    const plugin: KyselyPlugin = { transformQuery: (x) => (n++, x.node), transformResult: async (x) => x.result };
    const counted: Store = { ...a, db: a.db.withPlugin(plugin) };
    service.configure(counted, { masterKey });
    const first = await service.servedTrustList(counted);
    const before = n;
    expect(await service.servedTrustList(counted)).toBe(first);
    expect(n).toBe(before);
    // a key rotated in this process: the next request reads the state, and serves a new list
    await service.rotateKey(a, admin, 'ZA');
    const after = await service.servedTrustList(counted);
    expect(n).toBeGreaterThan(before);
    expect(after.etag).not.toBe(first.etag);
    expect(after.list.keys.filter((k) => k.owner === 'ZA').length).toBeGreaterThan(first.list.keys.filter((k) => k.owner === 'ZA').length);
  });
});

