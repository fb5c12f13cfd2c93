// eddsa-jcs-2022 against the published W3C test vector (test-vectors/eddsa-jcs-2022.json, copied from
// the w3c/vc-di-eddsa repository's TestVectors; its source and commit are in the file): our verifier
// accepts the signed example, and signing the unsigned example with the vector's key gives its proofValue.
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalBytes } from './signing.js';
import { addProof, base58btc, fromBase58btc, hashData, multikeyOf, publicKeyOfMultikey, resolveDidKey, verifyProof, type ProofOptions } from './data-integrity.js';

const vector = JSON.parse(readFileSync(new URL('./test-vectors/eddsa-jcs-2022.json', import.meta.url), 'utf8'));

/** The vector's private key: Multibase base58btc of multicodec ed25519-priv (0x8026) and the 32-byte seed. */
function vectorKey() {
  const bytes = fromBase58btc(vector.keyPair.privateKeyMultibase.slice(1))!;
  expect([...bytes.subarray(0, 2)]).toEqual([0x80, 0x26]);
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), bytes.subarray(2)]);
  return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
}

describe('eddsa-jcs-2022: the W3C test vector', () => {
  it('canonicalizes and hashes as the vector does', () => {
    const { proofValue: _, ...options } = vector.signed.proof;
    expect(canonicalBytes(options).toString('utf8')).toBe(vector.proofCanon);
    expect(canonicalBytes(vector.unsigned).toString('utf8')).toBe(vector.canonDoc);
    expect(hashData(vector.unsigned, options).toString('hex')).toBe(vector.combinedHashHex);
  });

  it('verifies the signed example with the key its did:key names', () => {
    const checked = verifyProof(vector.signed);
    expect(checked).toMatchObject({ ok: true, controller: `did:key:${vector.keyPair.publicKeyMultibase}` });
    if (checked.ok) expect(multikeyOf(checked.publicKey)).toBe(vector.keyPair.publicKeyMultibase);
  });

  it('reproduces the proofValue when signing the unsigned example', () => {
    const { '@context': _, ...options } = vector.proofConfig as ProofOptions;
    const signed = addProof(vector.unsigned, options, vectorKey());
    expect(signed.proof.proofValue).toBe(vector.proofValue);
    expect(signed).toEqual(vector.signed);
  });

  it('refuses the example changed in a field, its proof options, or its proof value', () => {
    const copy = () => structuredClone(vector.signed);
    const a = copy(); a.credentialSubject.alumniOf = 'The School of Forgeries';
    const b = copy(); b.proof.created = '2023-02-25T23:36:38Z';
    const c = copy(); c.proof.proofValue = `z${base58btc(fromBase58btc(c.proof.proofValue.slice(1))!.map((x, i) => (i === 10 ? x ^ 1 : x)))}`;
    const d = copy(); d['@context'] = ['https://www.w3.org/ns/credentials/v2'];
    const e = copy(); e.proof.cryptosuite = 'eddsa-rdfc-2022';
    for (const doc of [a, b, c, d, e]) expect(verifyProof(doc).ok).toBe(false);
  });

  it('encodes base58btc and did:key both ways', () => {
    for (const bytes of [[], [0], [0, 0, 1], [255, 254, 0, 7], [...Array(64).keys()]]) expect([...fromBase58btc(base58btc(Uint8Array.from(bytes)))!]).toEqual(bytes);
    expect(fromBase58btc('0OIl')).toBeUndefined();
    const pub = publicKeyOfMultikey(vector.keyPair.publicKeyMultibase)!;
    expect(multikeyOf(pub)).toBe(vector.keyPair.publicKeyMultibase);
    expect(resolveDidKey(`did:key:${vector.keyPair.publicKeyMultibase}#${vector.keyPair.publicKeyMultibase}`)?.publicKey).toBe(pub);
    expect(resolveDidKey(`did:key:${vector.keyPair.publicKeyMultibase}#other`)).toBeUndefined();
  });
});
