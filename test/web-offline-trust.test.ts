// The browser-side verifier (web/src/certificates/offline.ts) reads the trust list signed by the Chair's
// key: it accepts a sound chain of Chair-key endorsements and refuses a signer the chain does not end at
// or an endorsement not signed by the previous key — the same judgement as the server's checkTrustList.
import { describe, expect, it } from 'vitest';
import { checkTrustList as checkInBrowser } from '../web/src/certificates/offline';
import { chairKeyIdOf, checkTrustList, generateKeyPair, privateKeyObject, signEndorsement, signTrustList, type ChairKeyRef, type TrustList } from '../src/certificates/signing.js';

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
