// The browser-side verifier (web/src/certificates/offline.ts) reads the trust list signed by the Chair's
// key: it accepts a sound chain of Chair-key endorsements and refuses a signer the chain does not end at
// or an endorsement not signed by the previous key — the same judgement as the server's checkTrustList.
import { describe, expect, it } from 'vitest';
import { checkTrustList as checkInBrowser, verifyOffline, type TrustList as BrowserTrustList } from '../web/src/certificates/offline.js';
import { chairKeyIdOf, checkTrustList, generateKeyPair, privateKeyObject, signEndorsement, signTrustList, type ChairKeyRef, type TrustList } from '../src/certificates/signing.js';
import { contextFromTrustList, verifyCertificate, type CertificateBundle } from '../src/certificates/verification.js';
import { signCheckpoint } from '../src/certificates/checkpoint.js';
import { certificateFixture, LOG_ORIGIN } from './support/certificates.js';
import { attackList, attacks, bundle, NOW } from './support/verify-attacks.js';

const chairKey = (chair: string, year: number) => {
  const pair = generateKeyPair();
  const ref: ChairKeyRef = { keyId: chairKeyIdOf(chair, pair.publicKey), publicKey: pair.publicKey, chair, year };
  return { ref, key: privateKeyObject(pair.privateKeyDer) };
};
const endorse = (prev: ReturnType<typeof chairKey>, next: ReturnType<typeof chairKey>) =>
  signEndorsement({ type: 'kp-chair-key-endorsement', at: '2008-01-01T00:00:00.000Z', previous: prev.ref, next: next.ref }, prev.key);

const eu = chairKey('EU', 2007);
const inKey = chairKey('IN', 2008);
const na = chairKey('NA', 2009);
const content = (signer: ChairKeyRef, chain: TrustList['chain']): Omit<TrustList, 'signature'> => ({
  type: 'kp-trust-list', version: 2, issuedAt: '2009-02-01T00:00:00.000Z', chair: signer.chair, chairYear: signer.year, signer, chain, keys: [], cancelled: [],
});

describe('the browser verifier reads trust lists signed by the Chair key', () => {
  it('accepts a list whose chain of endorsements ends at its signer, as the server does', async () => {
    const list = signTrustList(content(na.ref, [endorse(eu, inKey), endorse(inKey, na)]), na.key);
    expect(checkTrustList(list, eu.ref.keyId)).toMatchObject({ ok: true, path: [eu.ref.keyId, inKey.ref.keyId, na.ref.keyId] });
    expect(await checkInBrowser(list)).toMatchObject({ ok: true });
    const genesis = signTrustList(content(eu.ref, []), eu.key);
    expect(await checkInBrowser(genesis)).toMatchObject({ ok: true });
  });

  it('refuses a signer outside the chain and an endorsement not signed by the previous key', async () => {
    const forger = chairKey('NA', 2009);
    const forged = signTrustList(content(forger.ref, [endorse(eu, inKey), endorse(inKey, na)]), forger.key);
    const server = checkTrustList(forged);
    const browser = await checkInBrowser(forged);
    expect(server.ok).toBe(false);
    expect(browser).toEqual({ ok: false, reason: `the trust list is signed by ${forger.ref.keyId}, a key no previous Chair key endorsed: the chain ends at ${na.ref.keyId}` });
    // the forger endorses itself "by IN": the endorsement's signature is the forger's, not IN's
    const fake = { ...endorse(forger, forger), previous: inKey.ref, next: forger.ref };
    const selfEndorsed = signTrustList(content(forger.ref, [endorse(eu, inKey), fake]), forger.key);
    expect(checkTrustList(selfEndorsed).ok).toBe(false);
    expect(await checkInBrowser(selfEndorsed)).toEqual({ ok: false, reason: `endorsement 2 (of ${forger.ref.keyId} by ${inKey.ref.keyId}) has been altered: its signature does not verify` });
  });
});

describe('ATTACK (A6): a trust list uploaded to the verify page counts only if chained to a pinned key', () => {
  it('a list signed by an unrelated key is refused; one signed by the pinned key or endorsed from it is accepted, as kpcs cert verify --pin judges', async () => {
    const served = signTrustList(content(na.ref, [endorse(eu, inKey), endorse(inKey, na)]), na.key);
    // the forger's own list: sound on its own (a genesis list), but nothing links its key to the served one's
    const forger = chairKey('NA', 2009);
    const forged = signTrustList(content(forger.ref, []), forger.key);
    expect(await checkInBrowser(forged)).toMatchObject({ ok: true });
    const pinned = await checkInBrowser(forged, [na.ref.keyId]);
    expect(pinned).toEqual({ ok: false, reason: `the trust list is signed by ${forger.ref.keyId}; no pinned key (${na.ref.keyId}) is in its chain of Chair keys (${forger.ref.keyId}): nothing links it to the key you trust` });
    expect(checkTrustList(forged, na.ref.keyId).ok).toBe(false);
    expect(await checkInBrowser(forged, [])).toMatchObject({ ok: false, reason: expect.stringContaining('no key is pinned') });
    // the served list's own signer, or an earlier Chair key pinned in this browser, leads to it
    expect(await checkInBrowser(served, [na.ref.keyId])).toMatchObject({ ok: true, path: [na.ref.keyId] });
    expect(await checkInBrowser(served, [eu.ref.keyId])).toEqual({ ...checkTrustList(served, eu.ref.keyId), list: served });
    // a list signed later, endorsed from the pinned key, is accepted
    const ng = chairKey('NG', 2010);
    const next = signTrustList(content(ng.ref, [endorse(eu, inKey), endorse(inKey, na), endorse(na, ng)]), ng.key);
    expect(await checkInBrowser(next, [na.ref.keyId])).toMatchObject({ ok: true, path: [na.ref.keyId, ng.ref.keyId] });
  });
});

describe('the browser verifier says "recorded in the public log" only on the log\'s signed checkpoint', () => {
  const { authority, authorityId, scheme, schemeId, signed, logTrusted, bundled } = certificateFixture;
  const list = signTrustList(
    {
      type: 'kp-trust-list', version: 1, issuedAt: '2006-03-02T00:00:00.000Z', chair: 'BW', signer: { keyId: schemeId, publicKey: scheme.publicKey },
      keys: [{ keyId: authorityId, owner: 'ZA', purpose: 'certificate', publicKey: authority.publicKey, validFrom: '2006-01-01T00:00:00.000Z', validTo: null, revokedAt: null }, logTrusted],
      cancelled: [],
    },
    privateKeyObject(scheme.privateKeyDer),
  );
  const now = new Date('2006-03-10T00:00:00Z');

  it('a bundle verifies in the browser as on the server; the bare document is refused by both', async () => {
    const doc = signed();
    const server = verifyCertificate(bundled(doc), contextFromTrustList(list, now));
    const browser = await verifyOffline(bundled(doc), list as unknown as BrowserTrustList, now);
    expect(browser).toMatchObject({ verdict: 'genuine', valid: true });
    expect(browser.reason).toBe(server.reason);
    expect(await verifyOffline(doc, list as unknown as BrowserTrustList, now)).toMatchObject({ verdict: 'not-in-log', reason: verifyCertificate(doc, contextFromTrustList(list, now)).reason });
  });

  it('ATTACK: a checkpoint signed by a key of the forger, or altered, or without the k witnesses required, is refused', async () => {
    const b = bundled(signed()) as CertificateBundle;
    const own = generateKeyPair();
    const forged = { ...b, checkpoint: signCheckpoint({ origin: LOG_ORIGIN, treeSize: 6, rootHash: b.certificate.transparency.rootHash, time: '2006-03-01T12:00:01.000Z', audit: { entries: 1, head: 'a'.repeat(64) } }, privateKeyObject(own.privateKeyDer), own.publicKey) };
    expect(await verifyOffline(forged, list as unknown as BrowserTrustList, now)).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('not signed by any log key of the trust list') });
    const altered = { ...b, checkpoint: b.checkpoint.replace('kpcs-audit 1 ', 'kpcs-audit 2 ') };
    expect(await verifyOffline(altered, list as unknown as BrowserTrustList, now)).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('does not verify') });
    expect(await verifyOffline(b, list as unknown as BrowserTrustList, now, { witnesses: 1 })).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('1 required') });
  });
});

describe('ATTACKS on dates and checkpoint lines: the browser refuses as the server does (#15)', () => {
  for (const [name, a] of Object.entries(attacks())) {
    it(`ATTACK ${name}: the same verdict and reason in the browser`, async () => {
      const witnesses = 'witnesses' in a ? a.witnesses : undefined;
      const server = verifyCertificate(a.input, contextFromTrustList(attackList, a.at, { witnesses }));
      const browser = await verifyOffline(a.input, attackList as unknown as BrowserTrustList, a.at, { witnesses });
      expect(browser).toMatchObject({ verdict: a.verdict, valid: false });
      expect(browser.reason).toContain(a.reason);
      expect(browser.reason).toBe(server.reason);
    });
  }

  it('the honest cases verify in the browser too: 366 days, a cosignature in the checkpoint\'s second', async () => {
    const ok = await verifyOffline(bundle({ expiresAt: '2007-03-02T12:00:00.000Z' }, '2006-03-01T12:00:01.500Z', ['2006-03-01T12:00:01.000Z']), attackList as unknown as BrowserTrustList, NOW, { witnesses: 1 });
    expect(ok).toMatchObject({ verdict: 'genuine', reason: expect.stringContaining('cosigned by 1 witness') });
  });
});
