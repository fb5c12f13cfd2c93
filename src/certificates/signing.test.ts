import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { certificateFixture } from '../../test/support/certificates.js';
import type { SignedCertificate } from './model.js';
import { canonicalBytes, checkTrustList, generateKeyPair, keyIdOf, leafData, privateKeyObject, signedPayload, signTrustList, type TrustedKey, type TrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';

const { authority, authorityId, scheme, schemeId, signed, logTrusted, bundled } = certificateFixture;

function trustList(key: Partial<TrustedKey> = {}, cancelled: TrustList['cancelled'] = []): TrustList {
  return signTrustList(
    {
      type: 'kp-trust-list', version: 1, issuedAt: '2006-03-02T00:00:00.000Z', chair: 'BW',
      signer: { keyId: schemeId, publicKey: scheme.publicKey },
      keys: [{ keyId: authorityId, owner: 'ZA', purpose: 'certificate', publicKey: authority.publicKey, validFrom: '2006-01-01T00:00:00.000Z', validTo: null, revokedAt: null, ...key }, logTrusted],
      cancelled,
    },
    privateKeyObject(scheme.privateKeyDer),
  );
}

const during = new Date('2006-03-10T00:00:00Z');
// offline, a certificate is judged in its bundle: the log's signed checkpoint of its tree
const verifyAt = (doc: unknown, list = trustList(), now = during) => verifyCertificate(bundled(doc as SignedCertificate), contextFromTrustList(list, now));

/** every leaf of a JSON value, with its path */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length ? value.flatMap((v, i) => leaves(v, [...path, i])) : [path];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

/** the value at a path replaced by `replace(old value)` */
function alter(doc: SignedCertificate, path: (string | number)[], replace: (v: unknown) => unknown = change): SignedCertificate {
  const copy = structuredClone(doc) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  node[last] = replace(node[last]);
  return copy as unknown as SignedCertificate;
}

function change(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v + 1 : Math.round((v + 0.01) * 100) / 100;
  if (typeof v === 'boolean') return !v;
  // a hex or base64url value keeps its alphabet so the change is a real forgery attempt, not a parse error
  if (typeof v === 'string') return v.length ? `${v.slice(0, -1)}${v.at(-1) === 'a' ? 'b' : 'a'}` : 'x';
  return 'x';
}

/** other spellings a forger may try: every last character, upper case (hex decodes either way) */
function spellings(v: unknown): unknown[] {
  if (typeof v !== 'string' || v.length === 0) return [];
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const out = [...alphabet].map((c) => `${v.slice(0, -1)}${c}`);
  out.push(v.toUpperCase(), v.toLowerCase(), ` ${v}`, `${v} `);
  return out.filter((x) => x !== v);
}

describe('certificate signatures and offline verification', () => {
  it('a genuine certificate verifies offline with the trust list', () => {
    const r = verifyAt(signed());
    expect(r).toMatchObject({ verdict: 'genuine', valid: true, number: 'ZA-2006-000123', issuer: 'ZA', keyId: authorityId });
  });

  it('every single-field alteration of a signed certificate fails verification', () => {
    const doc = signed();
    const paths = leaves(doc);
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      const r = verifyAt(alter(doc, path));
      expect({ path: path.join('.'), valid: r.valid }).toEqual({ path: path.join('.'), valid: false });
      expect(['altered', 'unknown-key', 'not-in-log']).toContain(r.verdict);
      // and no other spelling of the same field passes either (base64 spare bits, hex case, spaces)
      const original = path.reduce<unknown>((node, p) => (node as Record<string | number, unknown>)[p], doc);
      for (const other of spellings(original)) expect({ path: path.join('.'), other, valid: verifyAt(alter(doc, path, () => other)).valid }).toEqual({ path: path.join('.'), other, valid: false });
    }
    // the signed fields say "altered"; the unsigned proof says "not in log"
    expect(verifyAt(alter(doc, ['exporter', 'name'])).verdict).toBe('altered');
    expect(verifyAt(alter(doc, ['goods', 0, 'carats'])).verdict).toBe('altered');
    expect(verifyAt(alter(doc, ['logProof', 0])).verdict).toBe('not-in-log');
    expect(verifyAt(alter(doc, ['issuer', 'keyId'])).verdict).toBe('unknown-key');
  });

  it('adding or removing a field also fails', () => {
    const doc = signed();
    expect(verifyAt({ ...doc, extra: 1 }).verdict).toBe('altered');
    const { provenance: _p, ...without } = doc;
    expect(verifyAt(without).verdict).toBe('altered');
    expect(verifyAt({ ...doc, goods: doc.goods.slice(0, 1) }).verdict).toBe('altered');
    expect(verifyAt({ ...doc, logProof: doc.logProof.slice(1) }).verdict).toBe('not-in-log');
  });

  it('a key revoked after the issue keeps the certificate valid; revoked before, it is refused', () => {
    expect(verifyAt(signed(), trustList({ revokedAt: '2006-03-05T00:00:00.000Z', revocationReason: 'compromised' })).verdict).toBe('genuine');
    const r = verifyAt(signed(), trustList({ revokedAt: '2006-02-01T00:00:00.000Z', revocationReason: 'compromised' }));
    expect(r.verdict).toBe('revoked-key');
    expect(r.reason).toContain('compromised');
  });

  it('a key used outside its period of service is refused as unknown', () => {
    expect(verifyAt(signed(), trustList({ validTo: '2006-02-01T00:00:00.000Z' })).verdict).toBe('unknown-key');
    expect(verifyAt(signed(), trustList({ validFrom: '2006-06-01T00:00:00.000Z' })).verdict).toBe('unknown-key');
  });

  it('an unknown key, a key of another Participant, expiry and cancellation are refused with the reason', () => {
    const other = generateKeyPair();
    expect(verifyAt(signed(), trustList({ publicKey: other.publicKey })).verdict).toBe('altered');
    expect(verifyAt(signed(), trustList({ keyId: 'ZA-0000000000000000' })).verdict).toBe('unknown-key');
    expect(verifyAt(signed(), trustList({ owner: 'BW' })).verdict).toBe('unknown-key');
    const expired = verifyAt(signed(), trustList(), new Date('2006-05-01T00:00:00Z'));
    expect(expired).toMatchObject({ verdict: 'expired', valid: false });
    expect(expired.reason).toContain('2006-04-30');
    const cancelled = verifyAt(signed(), trustList({}, [{ number: 'ZA-2006-000123', at: '2006-03-03T00:00:00.000Z', reason: 'lost' } as unknown as TrustList['cancelled'][number]]));
    expect(cancelled).toMatchObject({ verdict: 'cancelled', valid: false });
    expect(verifyAt({ hello: 'world' }).verdict).toBe('altered');
  });

  it('a trust list that was altered, or signed by another key than the pinned one, is refused', () => {
    const list = trustList();
    expect(checkTrustList(list, schemeId).ok).toBe(true);
    const forged = { ...list, keys: [{ ...list.keys[0]!, revokedAt: null, validFrom: '2000-01-01T00:00:00.000Z' }] };
    expect(checkTrustList(forged).ok).toBe(false);
    const other = generateKeyPair();
    const { signature: _s, ...content } = list;
    const selfMade = signTrustList({ ...content, signer: { keyId: keyIdOf('KP', other.publicKey), publicKey: other.publicKey } }, privateKeyObject(other.privateKeyDer));
    expect(checkTrustList(selfMade).ok).toBe(true); // consistent in itself…
    const pinned = checkTrustList(selfMade, schemeId); // …but not signed by the scheme key the verifier trusts
    expect(pinned.ok).toBe(false);
  });

  it('the hand-written signed payload and leaf data are byte for byte the RFC 8785 canonical JSON (canonicalize)', () => {
    const text = fc.string({ unit: 'grapheme' });
    fc.assert(
      fc.property(text, text, text, text, fc.integer(), fc.nat(), fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string())), (a, b, c, d, i, n, extra) => {
        const transparency = { leafIndex: i, treeSize: n, rootHash: a, ...extra };
        const payload = signedPayload({ transparency }, b);
        const event = (['issued', 'confirmed', 'cancelled'] as const)[n % 3]!;
        return (
          payload.equals(canonicalBytes({ type: 'kp-certificate-signature', certificate: b, transparency })) &&
          leafData(event, c, d, a).equals(canonicalBytes({ event, number: c, at: d, recordHash: a }))
        );
      }),
      { numRuns: 500 },
    );
  });
});
