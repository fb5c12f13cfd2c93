// The browser's verifier (web/src/certificates/offline.ts) and the server's (src/certificates/signing.ts)
// must never disagree (#15): base64 decoded in one canonical spelling by both, and an older trust list
// refused by both against the same floors.
import { describe, expect, it } from 'vitest';
import { base64url as browserBase64url, verifyOffline, type TrustList as BrowserTrustList } from '../web/src/certificates/offline';
import { checkTrustFloor as browserFloor, committedGeneration as browserCommitted, isStale } from '../web/src/certificates/trust-generation';
import { strictBase64url } from '../src/certificates/checkpoint.js';
import { contextFromTrustList, verifyCertificate, type CertificateBundle } from '../src/certificates/verification.js';
import { checkTrustFloor, staleness } from '../src/certificates/trust-generation.js';
import { committedGeneration } from '../src/certificates/trust-state.js';
import { signCheckpoint } from '../src/certificates/checkpoint.js';
import { generateKeyPair, privateKeyObject } from '../src/certificates/signing.js';
import { attackList, bundle, NOW } from './support/verify-attacks.js';

describe('ATTACK: non-canonical base64 — the page and the command line decide alike', () => {
  const good = bundle();
  const sig = good.certificate.signature.value;
  // 64 bytes: 86 characters, the last carrying 4 spare bits
  const last = sig.at(-1)!;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const spare = alphabet[alphabet.indexOf(last) ^ 1]!;
  const spellings: Record<string, string> = {
    'white space inside': `${sig.slice(0, 40)}\n${sig.slice(40)}`,
    'a space at the end': `${sig} `,
    'padding': `${sig}==`,
    'the standard alphabet (+ and /)': sig.replace(/-/g, '+').replace(/_/g, '/'),
    'non-zero spare bits': sig.slice(0, -1) + spare,
  };
  for (const [name, value] of Object.entries(spellings)) {
    it(`a certificate signature with ${name} is altered on both`, async () => {
      if (value === sig) return; // the signature had no "-" or "_": nothing to respell
      const input: CertificateBundle = { ...good, certificate: { ...good.certificate, signature: { alg: 'Ed25519', value } } };
      const server = verifyCertificate(input, contextFromTrustList(attackList, NOW));
      const browser = await verifyOffline(input, attackList as unknown as BrowserTrustList, NOW);
      expect(server).toMatchObject({ verdict: 'altered' });
      expect(browser).toMatchObject({ verdict: 'altered' });
      expect(browser.reason).toBe(server.reason);
    });
  }

  it('the canonical spelling verifies on both', async () => {
    expect(verifyCertificate(good, contextFromTrustList(attackList, NOW))).toMatchObject({ verdict: 'genuine' });
    expect(await verifyOffline(good, attackList as unknown as BrowserTrustList, NOW)).toMatchObject({ verdict: 'genuine' });
  });

  it('the two decoders give the same bytes, or none, for every spelling', () => {
    const key = generateKeyPair().publicKey;
    for (const text of [key, `${key}=`, `${key} `, key.replace(/-/g, '+'), 'A', 'AB', 'AB==', 'AQ', 'AR', '', 'Zm9v', 'Zm9', 'Zm9=', 'Zm 9v', '\u00e9'])
      expect([...browserBase64url(text)], text).toEqual([...strictBase64url(text)]);
  });
});

describe('ATTACK: trust-list rollback — the browser refuses an older list as the command line does', () => {
  it('the same floor, the same words', () => {
    const floors = [{ generation: 7, source: 'the newest list this verifier accepted before' }];
    const old = { generation: 5 };
    expect(browserFloor(old, floors)).toEqual(checkTrustFloor(old, floors));
    expect(browserFloor(old, floors)).toMatchObject({ ok: false, reason: expect.stringContaining('older than generation 7') });
    // a list from before generations is generation 0: refused once any floor is known
    expect(browserFloor({}, floors).ok).toBe(false);
    expect(browserFloor({ generation: 7 }, floors)).toEqual({ ok: true });
  });

  it('reads the generation a checkpoint commits to, as the server does', () => {
    const log = generateKeyPair();
    const note = signCheckpoint({ origin: 'kpcs.test/kpcs-log', treeSize: 3, rootHash: 'a'.repeat(64), time: '2006-03-01T12:00:01.000Z', audit: { entries: 1, head: 'b'.repeat(64) }, trust: 12 }, privateKeyObject(log.privateKeyDer), log.publicKey);
    expect(browserCommitted(note)).toBe(12);
    expect(committedGeneration(note)).toBe(12);
    const before = signCheckpoint({ origin: 'kpcs.test/kpcs-log', treeSize: 3, rootHash: 'a'.repeat(64), time: '2006-03-01T12:00:01.000Z', audit: { entries: 1, head: 'b'.repeat(64) } }, privateKeyObject(log.privateKeyDer), log.publicKey);
    expect(browserCommitted(before)).toBeUndefined();
    expect(committedGeneration(before)).toBeUndefined();
  });

  it('a stale list: the same judgement', () => {
    const list = { issuedAt: '2006-03-01T00:00:00.000Z', nextUpdate: '2006-03-08T00:00:00.000Z' };
    expect(isStale(list, new Date('2006-03-07T00:00:00.000Z'))).toBe(false);
    expect(staleness(list, new Date('2006-03-07T00:00:00.000Z'))).toBeUndefined();
    expect(isStale(list, new Date('2006-03-09T00:00:00.000Z'))).toBe(true);
    expect(staleness(list, new Date('2006-03-09T00:00:00.000Z'))).toContain('stale');
  });
});
