import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import type { KpcsError } from '../core/errors.js';
import * as participants from '../participants/service.js';
import { FIRST_KEPT_LEVEL, nodes } from './log-store.js';
import * as log from './log.js';
import { verifyConsistency, verifyInclusion } from './merkle.js';
import { checkTrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';
import { zaToIndia } from '../../test/support/certificates.js';
import { refused } from '../../test/support/refused.js';

const request = zaToIndia;

const ZA = localOperator('ZA');
const IN = localOperator('IN');

describe.each(engines)('certificates service on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
  });
  afterAll(() => store.close());

  it('issues a numbered, signed, logged certificate that verifies online and offline', async () => {
    const c = await service.issue(store, ZA, request());
    expect(c.number).toMatch(/^ZA-\d{4}-000001$/);
    expect(c.totals).toEqual({ carats: 1234.56, valueUsd: 987654.32 });
    expect(c.issuer).toMatchObject({ participant: 'ZA', countryOfExport: 'ZA' });
    expect(Date.parse(c.expiresAt) - Date.parse(c.issuedAt)).toBe(60 * 86_400_000); // the seeded validity period
    expect(await onlineVerification.verifyNumber(store, c.number)).toMatchObject({ verdict: 'genuine', valid: true, confirmed: false });
    const list = checkTrustList(await service.trustList(store));
    expect(list.ok).toBe(true);
    // offline, in its bundle: the log's signed checkpoint; the bare document is the authority's word only
    if (list.ok) expect(verifyCertificate(await service.bundle(store, ZA, c.number), contextFromTrustList(list.list)).verdict).toBe('genuine');
    if (list.ok) expect(verifyCertificate(c, contextFromTrustList(list.list)).verdict).toBe('not-in-log');
    expect((await onlineVerification.verifyNumber(store, 'ZA-1999-000001')).verdict).toBe('not-in-log');
  });

  it('records many confirmations at once, all or nothing', async () => {
    const a = await service.issue(store, ZA, request());
    const b = await service.issue(store, ZA, request());
    const input = { parcels: 3, carats: 1234.56, sealsIntact: true };
    await service.confirm(store, IN, b.number, input);
    const sizeBefore = await log.size(store.db);
    await expect(service.confirmMany(store, [{ actor: IN, number: a.number, input }, { actor: IN, number: b.number, input }])).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(b.number) });
    expect(await onlineVerification.verifyNumber(store, a.number)).toMatchObject({ confirmed: false });
    expect(await log.size(store.db)).toBe(sizeBefore);
    const c = await service.issue(store, ZA, request());
    const done = await service.confirmMany(store, [{ actor: IN, number: a.number, input }, { actor: IN, number: c.number, input: { ...input, parcels: 2 } }]);
    expect(done.map((d) => d.flagged)).toEqual([false, true]);
    expect(done[1]!.logIndex).toBe(done[0]!.logIndex + 1);
    await expect(service.confirmMany(store, [{ actor: ZA, number: c.number, input }])).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('stores the authority key encrypted, and it is useless under another master key', async () => {
    const row = await store.db.selectFrom('authority_keys').selectAll().where('participant', '=', 'ZA').executeTakeFirstOrThrow();
    expect(row.private_key_enc).toMatch(/^v1\./);
    expect(row.private_key_enc).not.toContain('MC4CAQAwBQYDK2Vw'); // the PKCS#8 Ed25519 prefix in base64
    const other = Object.assign(Object.create(Object.getPrototypeOf(store)), store) as Store;
    service.configure(other, { masterKey: randomBytes(32) });
    const e = await refused(service.issue(other, ZA, request()));
    expect(e.message).toContain('master key');
  });

  it('numbers EU certificates with the member state of export, per Participant and year', async () => {
    const c = await service.issue(store, localOperator('EU'), request({ exporter: { name: 'Antwerp NV', address: 'Hoveniersstraat 2', country: 'BE' } }));
    expect(c.number).toMatch(/^EU-BE-\d{4}-000001$/);
    const d = await service.issue(store, localOperator('EU'), request({ exporter: { name: 'London Ltd', address: '17 Charterhouse St', country: 'GB' } }));
    expect(d.number).toMatch(/^EU-GB-\d{4}-000002$/);
  });

  it('an officer cannot issue for another Participant', async () => {
    const e = await refused(service.issue(store, IN, request()));
    expect(e.code).toBe('forbidden');
  });

  it('refuses certificates from or to removed, non-Participant or embargoed parties, judged on the day', async () => {
    // the Republic of Congo: removed on 2004-07-09
    const toCG = await refused(service.issue(store, ZA, request({ importer: { name: 'Brazzaville SARL', address: 'Brazzaville', country: 'CG' } }), { on: '2004-08-01' }));
    expect(toCG.code).toBe('invalid_input');
    expect(toCG.details.map((d) => d.path)).toEqual(['importer.country']);
    expect(toCG.details[0]!.message).toContain('removed');
    const fromCG = await refused(service.issue(store, localOperator('CG'), request({ exporter: { name: 'Brazzaville SARL', address: 'Brazzaville', country: 'CG' }, origin: 'CG' }), { on: '2005-01-01' }));
    expect(fromCG.details.map((d) => d.path)).toEqual(['issuer']);
    // … but before its removal it traded under the scheme
    const before = await service.issue(store, ZA, request({ importer: { name: 'Brazzaville SARL', address: 'Brazzaville', country: 'CG' } }), { on: '2004-01-15' });
    expect(before.number).toBe('ZA-2004-000001');
    expect(before.issuedAt).toBe('2004-01-15T12:00:00.000Z');
    // Liberia: not a Participant, and under sanctions until 2007-04-27
    const toLR = await refused(service.issue(store, ZA, request({ importer: { name: 'Monrovia Ltd', address: 'Monrovia', country: 'LR' } }), { on: '2006-06-01' }));
    expect(toLR.details[0]!.message).toContain('not a Participant');
    const originLR = await refused(service.issue(store, ZA, request({ origin: 'LR' }), { on: '2006-06-01' }));
    expect(originLR.details.map((d) => d.path)).toEqual(['origin']);
    expect(originLR.details[0]!.message).toContain('sanctions');
    expect((await service.issue(store, ZA, request({ origin: 'LR' }), { on: '2007-06-01' })).number).toBe('ZA-2007-000001');
    // Côte d'Ivoire: embargo from 2005-12-15, as origin and as provenance
    expect((await refused(service.issue(store, ZA, request({ origin: 'CI' }), { on: '2006-01-10' }))).details[0]!.message).toContain('embargo');
    expect((await refused(service.issue(store, ZA, request({ origin: 'mixed', provenance: 'CI' }), { on: '2006-01-10' }))).details.map((d) => d.path)).toEqual(['provenance']);
    // every problem at once
    const many = await refused(service.issue(store, ZA, request({ origin: 'CI', importer: { name: 'x', address: 'y', country: 'LR' } }), { on: '2006-01-10' }));
    expect(many.details.map((d) => d.path)).toEqual(['importer.country', 'origin']);
  });

  it('concurrent issuance never duplicates a number, even from two independent writers', async () => {
    // a second Store object has its own issuance queue: its transactions race the first's
    const other = Object.assign(Object.create(Object.getPrototypeOf(store)), store) as Store;
    service.configure(other, { masterKey: undefined });
    const before = await log.size(store.db);
    const key = (await store.db.selectFrom('authority_keys').select('private_key_enc').where('participant', '=', 'ZA').executeTakeFirstOrThrow()).private_key_enc;
    expect(key).toBeTruthy();
    const mk = (await import('./keys.js')).masterKey(store);
    service.configure(other, { masterKey: mk });
    const issued = await Promise.all([
      ...Array.from({ length: 25 }, () => service.issue(store, ZA, request({ importer: { name: 'Tel Aviv Ltd', address: 'Ramat Gan', country: 'IL' } }))),
      ...Array.from({ length: 25 }, () => service.issue(other, ZA, request({ importer: { name: 'Tel Aviv Ltd', address: 'Ramat Gan', country: 'IL' } }))),
    ]);
    const numbers = issued.map((c) => c.number);
    expect(new Set(numbers).size).toBe(50);
    const seqs = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    expect(seqs[seqs.length - 1]! - seqs[0]!).toBe(49); // consecutive: nothing lost, nothing repeated
    expect(new Set(issued.map((c) => c.transparency.leafIndex)).size).toBe(50);
    expect(await log.size(store.db)).toBe(before + 50);
    for (const c of issued.slice(0, 5)) expect((await onlineVerification.verifyNumber(store, c.number)).verdict).toBe('genuine');
  });

  it('records the import confirmation once; a mismatch is flagged; another Participant cannot confirm', async () => {
    const c = await service.issue(store, ZA, request());
    expect((await refused(service.confirm(store, localOperator('BW'), c.number, { parcels: 3, carats: 1234.56, sealsIntact: true }))).code).toBe('forbidden');
    expect((await refused(service.confirm(store, ZA, c.number, { parcels: 3, carats: 1234.56, sealsIntact: true }))).code).toBe('forbidden');
    const ok = await service.confirm(store, IN, c.number, { parcels: 3, carats: 1234.56, sealsIntact: true });
    expect(ok).toMatchObject({ flagged: false, mismatches: [] });
    const again = await refused(service.confirm(store, IN, c.number, { parcels: 3, carats: 1234.56, sealsIntact: true }));
    expect(again.code).toBe('conflict');
    expect(again.message).toContain('already confirmed');

    const d = await service.issue(store, ZA, request());
    const mismatch = await service.confirm(store, IN, d.number, { parcels: 2, carats: 1200, sealsIntact: false, note: 'one parcel missing' });
    expect(mismatch.flagged).toBe(true);
    expect(mismatch.mismatches.map((m) => m.path)).toEqual(['parcels', 'carats', 'sealsIntact']);
    const seen = await service.get(store, ZA, d.number); // the exporting authority sees it
    expect(seen.status.confirmation).toMatchObject({ participant: 'IN', flagged: true, parcels: 2 });
    expect((await service.list(store, ZA, {})).find((r) => r.number === d.number)?.status).toBe('confirmed-with-mismatch');
  });

  it('of concurrent confirmations exactly one wins', async () => {
    const c = await service.issue(store, ZA, request());
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => service.confirm(store, IN, c.number, { parcels: 3, carats: 1234.56, sealsIntact: true })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) expect((r.reason as KpcsError).code).toBe('conflict');
    const rows = await store.db.selectFrom('certificate_confirmations').select('id').where('certificate_number', '=', c.number).execute();
    expect(rows).toHaveLength(1);
  });

  it('cancels a certificate: it stops verifying, cannot be confirmed, and the trust list carries it', async () => {
    const c = await service.issue(store, ZA, request());
    expect((await refused(service.cancel(store, IN, c.number, { reason: 'lost' }))).code).toBe('forbidden');
    await service.cancel(store, ZA, c.number, { reason: 'lost', note: 'stolen in transit' });
    expect(await onlineVerification.verifyNumber(store, c.number)).toMatchObject({ verdict: 'cancelled', valid: false });
    expect((await refused(service.cancel(store, ZA, c.number, { reason: 'void' }))).code).toBe('conflict');
    expect((await refused(service.confirm(store, IN, c.number, { parcels: 3, carats: 1234.56, sealsIntact: true }))).code).toBe('conflict');
    const list = await service.trustList(store);
    expect(verifyCertificate(await service.bundle(store, ZA, c.number), contextFromTrustList(list)).verdict).toBe('cancelled');
    expect((await log.entriesOf(store.db, c.number)).map((e) => e.event)).toEqual(['issued', 'cancelled']);
  });

  it('records border checks and transit records, flagging unknown numbers and broken seals', async () => {
    const c = await service.issue(store, ZA, request());
    const customs = { ...localOperator('AE'), roles: ['customs' as const] };
    const transit = await service.borderCheck(store, customs, c.number, { kind: 'transit', sealsIntact: true, unopened: true });
    expect(transit).toMatchObject({ verdict: 'genuine', flagged: false, participant: 'AE' });
    const broken = await service.borderCheck(store, customs, c.number, { kind: 'transit', sealsIntact: false, unopened: true });
    expect(broken.flagged).toBe(true);
    const forged = await service.borderCheck(store, customs, 'ZA-2026-999999', { kind: 'import' });
    expect(forged).toMatchObject({ verdict: 'not-in-log', flagged: true });
    expect((await refused(service.borderCheck(store, customs, c.number, { kind: 'transit' }))).code).toBe('invalid_input');
    expect((await service.get(store, ZA, c.number)).status.borderChecks).toHaveLength(2);
  });

  it('rotation keeps old certificates valid; revocation counts from its moment', async () => {
    const a = await service.issue(store, ZA, request());
    const rotated = await service.rotateKey(store, ZA, 'ZA');
    expect(rotated.retired).toBe(a.issuer.keyId);
    const b = await service.issue(store, ZA, request());
    expect(b.issuer.keyId).toBe(rotated.inService);
    expect((await onlineVerification.verifyNumber(store, a.number)).verdict).toBe('genuine');
    expect((await onlineVerification.verifyNumber(store, b.number)).verdict).toBe('genuine');
    // revoked now: b was signed before, stays valid
    await new Promise((r) => setTimeout(r, 5));
    await service.revokeKey(store, ZA, b.issuer.keyId, { reason: 'routine test' });
    expect((await onlineVerification.verifyNumber(store, b.number)).verdict).toBe('genuine');
    // revoked from a moment before a's issue (a compromise found late): a no longer counts
    await service.revokeKey(store, ZA, a.issuer.keyId, { reason: 'compromised', at: new Date(Date.parse(a.issuedAt) - 1000).toISOString() });
    const v = await onlineVerification.verifyNumber(store, a.number);
    expect(v.verdict).toBe('revoked-key');
    expect(v.reason).toContain('compromised');
    // the next issuance gets a fresh key
    const c = await service.issue(store, ZA, request());
    expect([a.issuer.keyId, b.issuer.keyId]).not.toContain(c.issuer.keyId);
    expect((await refused(service.rotateKey(store, IN, 'ZA'))).code).toBe('forbidden');
  });

  it("the log's proofs from stored nodes verify, and a rewritten history is detected", async () => {
    const n = await log.size(store.db);
    expect(n).toBeGreaterThan(20);
    const root = await log.rootAt(store.db, n);
    for (const i of [0, 1, 7, n - 2, n - 1]) {
      const p = await log.inclusionProof(store.db, i);
      expect(p.rootHash).toBe(root);
      expect(verifyInclusion(i, n, Buffer.from(p.leafHash, 'hex'), p.proof.map((h) => Buffer.from(h, 'hex')), Buffer.from(root, 'hex'))).toBe(true);
    }
    for (const m of [1, 5, 16, n - 1]) {
      const c = await log.consistencyProof(store.db, m, n);
      expect(verifyConsistency(m, n, Buffer.from(c.firstRoot, 'hex'), Buffer.from(c.secondRoot, 'hex'), c.proof.map((h) => Buffer.from(h, 'hex')))).toBe(true);
    }
    const head = await log.signedTreeHead(store);
    expect(head).toMatchObject({ treeSize: n, rootHash: root });

    // an operator rewrites entry 1 (and recomputes the kept nodes above it so the log looks whole)
    const first = await store.db.selectFrom('certificates').select(['number', 'log_index']).where('log_index', '=', 0).executeTakeFirstOrThrow();
    await sql`update log_entries set leaf = decode(${'00'.repeat(32)}, 'hex') where idx = 0`.execute(store.db);
    await sql`delete from log_nodes where idx = 0`.execute(store.db);
    // rebuild the left edge of the tree from the forged leaf: the smaller subtrees fold from the leaves
    const { nodeHash } = await import('./merkle.js');
    for (let level = FIRST_KEPT_LEVEL; 2 ** level <= n; level++) {
      const below = await nodes(store.db, [{ level: level - 1, index: 0 }, { level: level - 1, index: 1 }]);
      const l = below.get(`${level - 1}:0`);
      const r = below.get(`${level - 1}:1`);
      if (!l || !r) break;
      await store.db.insertInto('log_nodes').values({ level, idx: 0, hash: nodeHash(Buffer.from(l, 'hex'), Buffer.from(r, 'hex')) }).execute();
    }
    const forgedRoot = await log.rootAt(store.db, n);
    expect(forgedRoot).not.toBe(root);
    // the forged log cannot prove it extends the head it signed before
    const c = await log.consistencyProof(store.db, n - 1, n);
    expect(verifyConsistency(n - 1, n, Buffer.from(await log.rootAt(store.db, n - 1), 'hex'), Buffer.from(forgedRoot, 'hex'), c.proof.map((h) => Buffer.from(h, 'hex')))).toBe(true); // self-consistent…
    const oldHeadRoot = head.rootHash;
    expect(verifyConsistency(n, n, Buffer.from(oldHeadRoot, 'hex'), Buffer.from(forgedRoot, 'hex'), [])).toBe(false); // …but not with the published head
    // and the certificate whose leaf was rewritten no longer verifies online
    expect((await onlineVerification.verifyNumber(store, first.number)).verdict).toBe('not-in-log');
  });

  it('a historical certificate judged by the registry of its day, and the validity period of the issuer', async () => {
    await participants.updateAuthority(store.db, ZA, 'ZA', { certificateValidityDays: 30 });
    const c = await service.issue(store, ZA, request(), { on: '2006-03-01' });
    expect(c.number).toMatch(/^ZA-2006-\d{6}$/);
    expect(c.expiresAt).toBe('2006-03-31T12:00:00.000Z');
    expect((await onlineVerification.verifyNumber(store, c.number)).verdict).toBe('expired');
    expect((await onlineVerification.verifyNumber(store, c.number, new Date('2006-03-10T00:00:00Z'))).verdict).toBe('genuine');
  });
});
