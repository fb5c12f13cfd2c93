// The Chair's key signs the trust list; each new Chair key is endorsed by the previous one, so a verifier
// who pinned an earlier key follows the chain; the log's key rotates and old tree heads stay verifiable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { zaToIndia } from '../../test/support/certificates.js';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, type Actor } from '../auth/model.js';
import * as status from '../governance/participation/status.js';
import * as log from './log.js';
import { schemeSigningKey } from './keys.js';
import { transaction } from '../db/transaction.js';
import { verifyConsistency } from './merkle.js';
import { chairKeyIdOf, checkTrustList, generateKeyPair, privateKeyObject, signEndorsement, signTrustList, verifyTreeHead, type TrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import * as service from './service.js';
import { refused } from '../../test/support/refused.js';

const request = () => zaToIndia();
const ZA = localOperator('ZA');
const ADMIN = localOperator();
const CHAIR_IN: Actor = { kind: 'user', userId: '00000000-0000-4000-8000-00000000c4a1', name: 'Chair', participant: 'IN', organisation: null, roles: ['chair'], groups: [] };

const content = (l: TrustList): Omit<TrustList, 'signature'> => {
  const { signature: _, ...rest } = l;
  return rest;
};

describe.each(engines)("the Chair's key and the scheme's key rotation on %s", (engine) => {
  let store: Store;
  let first: TrustList;
  let oldCert: Awaited<ReturnType<typeof service.issue>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
  });
  afterAll(() => store.close());

  it("signs the trust list with the key of the Chair in office, which names the Chair and the year", async () => {
    oldCert = await service.issue(store, ZA, request());
    first = await service.trustList(store);
    // the registry knows the Chairs of 2005–2007: the Chair in office is the latest, the EU for 2007
    expect(first).toMatchObject({ version: 2, chair: 'EU', chairYear: 2007, signer: { chair: 'EU', year: 2007 }, chain: [] });
    expect(first.signer.keyId).toBe(chairKeyIdOf('EU', first.signer.publicKey));
    expect(first.signer.keyId).toMatch(/^CHAIR-EU-[0-9a-f]{16}$/);
    const checked = checkTrustList(first, first.signer.keyId);
    expect(checked).toMatchObject({ ok: true, path: [first.signer.keyId] });
    // the same key signs again while the Chair is the same
    expect((await service.trustList(store)).signer.keyId).toBe(first.signer.keyId);
    // the pin may be the public key too
    expect(checkTrustList(first, first.signer.publicKey).ok).toBe(true);
  });

  it('after a Chair rotation the new list is signed by the new Chair, endorsed by the previous key', async () => {
    await status.electViceChair(store.db, ADMIN, 2007, 'IN', new Date('2007-06-01T00:00:00Z')).catch(() => undefined); // the seed already names IN
    await status.rotate(store.db, ADMIN, 2007); // `kpcs chair rotate --year 2007`: IN chairs 2008
    // the rotation's call into certificates makes IN's key now, endorsed by the EU's (once)
    const changed = await service.onChairChanged(store, ADMIN);
    expect(changed).toMatchObject({ chair: 'IN', year: 2008, created: true });
    expect(await service.onChairChanged(store, ADMIN)).toMatchObject({ keyId: changed.keyId, created: false });
    const next = await service.trustList(store);
    expect(next.signer.keyId).toBe(changed.keyId);
    expect(next).toMatchObject({ chair: 'IN', chairYear: 2008, signer: { chair: 'IN', year: 2008 } });
    expect(next.signer.keyId).not.toBe(first.signer.keyId);
    expect(next.chain).toHaveLength(1);
    expect(next.chain![0]).toMatchObject({ previous: { keyId: first.signer.keyId, chair: 'EU', year: 2007 }, next: { keyId: next.signer.keyId, chair: 'IN', year: 2008 } });
    // a verifier who pinned the EU's key follows the chain to IN's
    expect(checkTrustList(next, first.signer.keyId)).toMatchObject({ ok: true, path: [first.signer.keyId, next.signer.keyId] });
    // the Chair rotates its own key: the chain grows, a pin on the first key still leads to the signer
    const rotated = await service.rotateChairKey(store, CHAIR_IN);
    expect(rotated).toMatchObject({ chair: 'IN', year: 2008, retired: next.signer.keyId });
    const third = await service.trustList(store);
    expect(third.signer.keyId).toBe(rotated.inService);
    expect(checkTrustList(third, first.signer.publicKey)).toMatchObject({ ok: true, path: [first.signer.keyId, next.signer.keyId, rotated.inService] });
    expect((await service.chairKeyList(store)).map((k) => [k.chair, k.year, k.endorsedBy, k.validTo === null])).toEqual([
      ['EU', 2007, null, false],
      ['IN', 2008, first.signer.keyId, false],
      ['IN', 2008, next.signer.keyId, true],
    ]);
    // an officer of a Participant cannot rotate the Chair's key
    expect((await refused(service.rotateChairKey(store, ZA))).code).toBe('forbidden');
  });

  it('an old certificate still verifies offline with the new list; a new one too', async () => {
    const list = checkTrustList(await service.trustList(store), first.signer.keyId);
    if (!list.ok) throw new Error(list.reason);
    expect(verifyCertificate(await service.bundle(store, ZA, oldCert.number), contextFromTrustList(list.list)).verdict).toBe('genuine');
    const fresh = await service.issue(store, ZA, request());
    expect(verifyCertificate(await service.bundle(store, ZA, fresh.number), contextFromTrustList(list.list)).verdict).toBe('genuine');
  });

  it('refuses a list signed by a key outside the chain, a broken chain and a pin the chain does not reach', async () => {
    const genuine = await service.trustList(store);
    // a forger makes a Chair key of its own and copies the genuine chain
    const forger = generateKeyPair();
    const forged = signTrustList({ ...content(genuine), signer: { keyId: chairKeyIdOf('IN', forger.publicKey), publicKey: forger.publicKey, chair: 'IN', year: 2008 } }, privateKeyObject(forger.privateKeyDer));
    const r1 = checkTrustList(forged);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.reason).toBe(`the trust list is signed by ${forged.signer.keyId}, a key no previous Chair key endorsed: the chain ends at ${genuine.signer.keyId} (IN, 2008)`);
    // ...or endorses its key itself, with a key that is not the last one of the chain
    const selfEndorsed = signEndorsement({ type: 'kp-chair-key-endorsement', at: new Date().toISOString(), previous: { keyId: forged.signer.keyId, publicKey: forger.publicKey, chair: 'IN', year: 2008 }, next: { keyId: forged.signer.keyId, publicKey: forger.publicKey, chair: 'IN', year: 2008 } }, privateKeyObject(forger.privateKeyDer));
    const withOwn = signTrustList({ ...content(forged), chain: [...genuine.chain!, selfEndorsed] }, privateKeyObject(forger.privateKeyDer));
    const r2 = checkTrustList(withOwn);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.reason).toMatch(new RegExp(`chain is broken at endorsement ${genuine.chain!.length + 1}: it is signed by ${forged.signer.keyId}, but the key endorsed before is ${genuine.signer.keyId}`));
    // ...or drops the chain: accepted on first use only, refused against a pin
    const noChain = signTrustList({ ...content(forged), chain: [] }, privateKeyObject(forger.privateKeyDer));
    expect(checkTrustList(noChain).ok).toBe(true);
    const r3 = checkTrustList(noChain, first.signer.keyId);
    expect(r3.ok).toBe(false);
    if (!r3.ok) expect(r3.reason).toBe(`the trust list is signed by ${forged.signer.keyId} and carries no endorsement leading from the pinned key ${first.signer.keyId}`);
    // a pin that is not in the genuine chain
    const r4 = checkTrustList(genuine, forger.publicKey);
    expect(r4.ok).toBe(false);
    if (!r4.ok) expect(r4.reason).toMatch(/^the pinned key .* is not in the trust list's chain of Chair keys/);
    // an altered endorsement (re-signed list, but the endorsement's year changed)
    const tampered = JSON.parse(JSON.stringify(genuine)) as TrustList;
    tampered.chain![0]!.next.year = 2009;
    const r5 = checkTrustList(tampered);
    expect(r5.ok).toBe(false);
    if (!r5.ok) expect(r5.reason).toBe('the trust list has been altered: its signature does not verify');
  });

  it('rotates the log key: heads signed before and after verify with their keys, and stay consistent', async () => {
    const before = await log.signedTreeHead(store);
    await service.issue(store, ZA, request());
    const rotated = await service.rotateLogKey(store, ADMIN);
    expect(rotated.retired).toBe(before.keyId);
    await service.issue(store, ZA, request());
    const after = await log.signedTreeHead(store);
    expect(after.keyId).toBe(rotated.inService);
    expect(after.keyId).not.toBe(before.keyId);
    const list = await service.trustList(store);
    const logKeys = list.keys.filter((k) => k.purpose === 'log');
    expect(logKeys.map((k) => [k.keyId, k.validTo === null])).toEqual([[before.keyId, false], [after.keyId, true]]);
    expect(await service.logKeys(store)).toEqual(logKeys.map((k) => ({ keyId: k.keyId, publicKey: k.publicKey, validFrom: k.validFrom, validTo: k.validTo, revokedAt: null, revocationReason: null })));
    expect(verifyTreeHead(before, list.keys)).toEqual({ ok: true });
    expect(verifyTreeHead(after, list.keys)).toEqual({ ok: true });
    // the old key signs nothing after its period
    const late = { ...before, timestamp: after.timestamp };
    expect(verifyTreeHead(late, list.keys)).toMatchObject({ ok: false, reason: expect.stringContaining(`was not in service at ${after.timestamp}`) });
    expect(verifyTreeHead({ ...after, rootHash: before.rootHash }, list.keys)).toMatchObject({ ok: false });
    const c = await log.consistencyProof(store.db, before.treeSize, after.treeSize);
    expect(verifyConsistency(before.treeSize, after.treeSize, Buffer.from(before.rootHash, 'hex'), Buffer.from(after.rootHash, 'hex'), c.proof.map((h) => Buffer.from(h, 'hex')))).toBe(true);
    expect((await refused(service.rotateLogKey(store, CHAIR_IN))).code).toBe('forbidden');
  });

  it('an installation whose lists were signed by the scheme key: that key endorses the first Chair key', async () => {
    const legacyStore = await freshStore(engine);
    try {
      service.configure(legacyStore, { masterKey: randomBytes(32) });
      const legacy = await transaction(legacyStore.db, (tx) => schemeSigningKey(legacyStore, tx, 'trust-list'));
      expect(legacy.id).toMatch(/^KP-[0-9a-f]{16}$/);
      const list = await service.trustList(legacyStore);
      expect(list.chain).toHaveLength(1);
      expect(list.chain![0]).toMatchObject({ previous: { keyId: legacy.id, chair: 'KP' }, next: { keyId: list.signer.keyId, chair: 'EU', year: 2007 } });
      // a verifier who pinned the old scheme key (kpcs cert verify --trust-anchor KP-…) follows it
      expect(checkTrustList(list, legacy.id)).toMatchObject({ ok: true, path: [legacy.id, list.signer.keyId] });
      // the scheme key is retired: the next list is signed by the same Chair key, with the same chain
      const again = await service.trustList(legacyStore);
      expect(again.signer.keyId).toBe(list.signer.keyId);
      expect(again.chain).toEqual(list.chain);
    } finally {
      await legacyStore.close();
    }
  });
});
