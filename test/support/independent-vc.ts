// An independent verifier of kpcs credentials, written from the specifications alone (W3C Data
// Integrity EdDSA Cryptosuites v1.0, eddsa-jcs-2022; W3C Bitstring Status List v1.0; the did:key
// method) with other libraries than kpcs uses: json-canonicalize (RFC 8785), bs58 (base58btc),
// @noble/ed25519 (Ed25519) and WebCrypto's SHA-256. It shares no code with src/certificates.
import { gunzipSync } from 'node:zlib';
import { canonicalize } from 'json-canonicalize';
import bs58 from 'bs58';
import * as ed from '@noble/ed25519';

type Json = Record<string, unknown>;

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** The raw Ed25519 key of a did:key verification method, or null. */
export function keyOfDidKey(vm: string): Uint8Array | null {
  const [did, fragment] = vm.split('#');
  if (!did?.startsWith('did:key:z') || fragment !== did.slice('did:key:'.length)) return null;
  const bytes = bs58.decode(did.slice('did:key:z'.length));
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return null;
  return bytes.slice(2);
}

/** Whether the document's eddsa-jcs-2022 proof verifies (and with which raw key). */
export async function proofHolds(secured: Json): Promise<{ ok: boolean; publicKey?: Uint8Array }> {
  const { proof, ...document } = secured as Json & { proof: Json };
  if (proof?.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-jcs-2022') return { ok: false };
  const { proofValue, ...config } = proof;
  if (typeof proofValue !== 'string' || proofValue[0] !== 'z') return { ok: false };
  const publicKey = keyOfDidKey(String(config.verificationMethod));
  if (!publicKey) return { ok: false };
  if (config['@context'] !== undefined) {
    if (canonicalize(config['@context']) !== canonicalize((document['@context'] as unknown[]).slice(0, (config['@context'] as unknown[]).length))) return { ok: false };
    document['@context'] = config['@context'];
  }
  const hash = new Uint8Array(64);
  hash.set(await sha256(canonicalize(config)), 0);
  hash.set(await sha256(canonicalize(document)), 32);
  const signature = bs58.decode(proofValue.slice(1));
  const ok = signature.length === 64 && (await ed.verifyAsync(signature, hash, publicKey));
  return { ok, publicKey };
}

/** The bit of `index` in a status list credential's encodedList (left-most bit first). */
export function bitOf(statusList: Json, index: number): boolean {
  const encoded = (statusList.credentialSubject as Json).encodedList as string;
  if (encoded[0] !== 'u') throw new Error('encodedList is not Multibase base64url');
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  if (bits.length * 8 < 131_072) throw new Error('a status list has at least 131,072 bits');
  return ((bits[Math.floor(index / 8)]! >> (7 - (index % 8))) & 1) === 1;
}
