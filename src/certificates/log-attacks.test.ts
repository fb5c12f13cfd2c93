// Attacks on the transparency log's disclosure and on its keys (issue #15): a stolen log key or witness
// key used after its revocation, leaf records recomputed from public information, the log read by
// sequential number. Each is performed on a real store (PGlite, and PostgreSQL when TEST_DATABASE_URL is set).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../test/support/trust-list.js';
import { randomBytes } from 'node:crypto';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import { verifyOffline, type TrustList as BrowserTrustList } from '../../web/src/certificates/offline.js';
import { canonicalBytes, generateKeyPair, leafData, sha256, type LogEvent } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import { leafHash } from './merkle.js';
import * as log from './log.js';
import { lookUp } from './lookup.js';
import { verifyCheckpoint } from './checkpoint.js';
import * as checkpoints from './checkpoints.js';
import { cosign, type WitnessKeyFile } from './witness.js';
import * as service from './service.js';
import type { CertificateRequest } from './model.js';

const request = (over: Partial<CertificateRequest> = {}): CertificateRequest => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1234.56, valueUsd: 987654.32 }],
  parcels: 3,
  ...over,
});

const ZA = localOperator('ZA');
const EU = localOperator('EU');

/** What anyone computes from public information: the leaf a guessed record would have. */
const guessLeaf = (event: LogEvent, number: string, at: string, record: object) => leafHash(leafData(event, number, at, sha256(canonicalBytes(record)).toString('hex'))).toString('hex');
const admin = localOperator();

describe.each(engines)('attacks on the log on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32), logOrigin: 'kpcs.test/kpcs-log' });
  });
  afterAll(() => store.close());

  it('ATTACK: a checkpoint signed by a stolen log key after its revocation is refused offline (server and browser)', async () => {
    const before = await service.issue(store, ZA, request());
    const early = await service.bundle(store, ZA, before.number);
    const stolenAt = new Date(Date.parse(early.checkpoint.split('\n').find((l) => l.startsWith('kpcs-time '))!.slice(10)) + 1);
    // the thief signs with the key after it was stolen (here: the log, before anyone noticed)
    const after = await service.issue(store, ZA, request());
    const forged = await service.bundle(store, ZA, after.number);
    const stolen = (await listOf(store)).keys.find((k) => k.purpose === 'log')!.keyId;
    expect(verifyCertificate(forged, contextFromTrustList(await listOf(store))).valid).toBe(true);

    await expect(service.revokeLogKey(store, ZA, stolen, { reason: 'stolen' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.revokeLogKey(store, admin, stolen, { reason: ' ' })).rejects.toMatchObject({ code: 'invalid_input' });
    const res = await service.revokeLogKey(store, admin, stolen, { reason: 'stolen', at: stolenAt.toISOString() });
    expect(res).toMatchObject({ keyId: stolen, revokedAt: stolenAt.toISOString(), reason: 'stolen' });
    expect(res.inService).not.toBe(stolen);
    await expect(service.revokeLogKey(store, admin, stolen, { reason: 'again' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await audit.list(store.db, SYSTEM, { action: 'certificates.log-key.revoke' })).map((e) => e.subject)).toEqual([stolen]);

    const list = await listOf(store);
    const listed = list.keys.find((k) => k.keyId === stolen)!;
    expect(listed).toMatchObject({ revokedAt: stolenAt.toISOString(), revocationReason: 'stolen' });
    expect(await service.logKeys(store)).toContainEqual(expect.objectContaining({ keyId: stolen, revokedAt: stolenAt.toISOString(), revocationReason: 'stolen' }));
    // signed after the revocation: refused by the server's verifier and the browser's
    expect(verifyCertificate(forged, contextFromTrustList(list))).toMatchObject({ valid: false, reason: expect.stringContaining(`revoked on ${stolenAt.toISOString()}`) });
    expect((await verifyOffline(forged, list as unknown as BrowserTrustList)).valid).toBe(false);
    // signed before it: still valid
    expect(verifyCertificate(early, contextFromTrustList(list)).valid).toBe(true);
    expect((await verifyOffline(early, list as unknown as BrowserTrustList)).valid).toBe(true);
    // the store hands out a checkpoint signed by the new key in its place
    const fresh = await service.bundle(store, ZA, after.number);
    expect(verifyCertificate(fresh, contextFromTrustList(list))).toMatchObject({ valid: true });
    expect((await verifyOffline(fresh, list as unknown as BrowserTrustList)).valid).toBe(true);
  });

  it('ATTACK: a cosignature made by a revoked witness after its revocation is not counted (server and browser)', async () => {
    const pair = generateKeyPair();
    const w: WitnessKeyFile = { type: 'kpcs-witness-key', name: 'w.example.org', publicKey: pair.publicKey, privateKey: pair.privateKeyDer.toString('base64') };
    await checkpoints.addWitness(store, admin, w.name, w.publicKey, new Date(Date.now() - 3600_000));
    const c = await service.issue(store, ZA, request());
    const before = await listOf(store);
    const cp = await checkpoints.checkpoint(store);
    // the witness's key is stolen; the thief cosigns 3 s after the checkpoint's time, after the
    // revocation moment decided below (cp + 2 s); an honest cosignature of cp + 1 s came before it
    // (a cosignature never counts when dated before its checkpoint; its time has whole seconds)
    const cpTime = Date.parse(/^kpcs-time (\S+)$/m.exec(cp.note)![1]!);
    const cosignedAt = new Date(cpTime + 3000);
    const forged = cosign(w, undefined, cp.note, before.keys, undefined, cosignedAt);
    expect(verifyCheckpoint(forged.note, before.keys, 1).ok).toBe(true);

    await expect(checkpoints.revokeWitness(store, ZA, w.name, { reason: 'key stolen' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(checkpoints.revokeWitness(store, admin, 'nobody.example.org', { reason: 'key stolen' })).rejects.toMatchObject({ code: 'not_found' });
    const revokedAt = new Date(cpTime + 2000);
    expect(await checkpoints.revokeWitness(store, admin, w.name, { reason: 'key stolen', at: revokedAt.toISOString() }, new Date(cpTime + 5000))).toMatchObject({ name: w.name, revokedAt: revokedAt.toISOString() });
    expect((await audit.list(store.db, SYSTEM, { action: 'certificates.witness.revoke' })).map((e) => e.subject)).toEqual([w.name]);
    await expect(checkpoints.revokeWitness(store, admin, w.name, { reason: 'again' })).rejects.toMatchObject({ code: 'conflict' });

    const list = await listOf(store);
    expect(list.keys.find((k) => k.purpose === 'witness' && k.owner === w.name)).toMatchObject({ revokedAt: revokedAt.toISOString(), revocationReason: 'key stolen' });
    expect(verifyCheckpoint(forged.note, list.keys, 1)).toMatchObject({ ok: false, reason: expect.stringContaining('0 valid cosignatures') });
    const bundle = { ...(await service.bundle(store, ZA, c.number)), checkpoint: forged.note };
    expect(verifyCertificate(bundle, contextFromTrustList(list, new Date(), { witnesses: 1 })).valid).toBe(false);
    expect((await verifyOffline(bundle, list as unknown as BrowserTrustList, new Date(), { witnesses: 1 })).valid).toBe(false);
    // a cosignature it made before its revocation still counts
    const honest = cosign(w, undefined, cp.note, before.keys, undefined, new Date(cpTime + 1000));
    expect(verifyCheckpoint(honest.note, list.keys, 1).ok).toBe(true);
    expect((await verifyOffline({ ...bundle, checkpoint: honest.note }, list as unknown as BrowserTrustList, new Date(), { witnesses: 1 })).valid).toBe(true);
  });

  it('ATTACK: a confirmation or a cancellation is not learnt by recomputing its leaf from the number and guessable fields', async () => {
    const received = await service.issue(store, ZA, request());
    const confirmed = await service.confirm(store, EU, received.number, { parcels: 3, carats: 1234.56, sealsIntact: true });
    const dropped = await service.issue(store, ZA, request());
    const cancelled = await service.cancel(store, ZA, dropped.number, { reason: 'void' });
    // the attacker reads the public leaves by position and tries the guessed records (exact times given
    // to the attacker: the salt alone must defeat the guess)
    const leafAt = async (i: number) => (await log.inclusionProof(store.db, i)).leafHash;
    const confirmedRecord = { number: received.number, participant: 'EU', parcels: 3, carats: 1234.56, sealsIntact: true, receivedOn: confirmed.receivedOn, mismatches: [] };
    const cancelledRecord = { number: dropped.number, reason: 'void', note: null, replacedBy: null };
    expect(await leafAt(confirmed.logIndex)).not.toBe(guessLeaf('confirmed', received.number, confirmed.confirmedAt, confirmedRecord));
    expect(await leafAt(cancelled.logIndex)).not.toBe(guessLeaf('cancelled', dropped.number, cancelled.cancelledAt, cancelledRecord));

    // the authorities concerned get the salt with the record, and the leaf checks
    const seen = await lookUp(store, ZA, received.number);
    const salt = seen.confirmation?.logSalt;
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(seen.confirmation?.logIndex).toBe(confirmed.logIndex);
    expect(await leafAt(confirmed.logIndex)).toBe(guessLeaf('confirmed', received.number, confirmed.confirmedAt, { ...confirmedRecord, salt }));
    const gone = await lookUp(store, ZA, dropped.number);
    expect(await leafAt(cancelled.logIndex)).toBe(guessLeaf('cancelled', dropped.number, cancelled.cancelledAt, { ...cancelledRecord, salt: gone.cancellation?.logSalt }));
    // a number alone, or with the holder's code, gets no salt
    expect((await lookUp(store, localOperator('BW'), received.number)).confirmation).toBeUndefined();
  });
});
