// W3C Data Integrity proofs with the eddsa-jcs-2022 cryptosuite ("Data Integrity EdDSA Cryptosuites
// v1.0", W3C Recommendation, section 3.3): RFC 8785 canonical JSON and Ed25519, as kpcs signs
// everything else. Pure, no I/O. Also the encodings the suite needs: Multibase base58btc
// ('z…', the proof value and did:key), Multikey (multicodec ed25519-pub 0xed01) and did:key.
//
// Create: proof = the options with the document's @context; hashData = SHA-256(JCS(proof config)) ‖
// SHA-256(JCS(document without proof)); proofValue = 'z' + base58btc(Ed25519(hashData)).
// Verify: the same, after checking that the document's @context starts with the proof's.
import type { KeyObject } from 'node:crypto';
import { canonicalBytes, sha256, signBytes, verifyBytes } from './signing.js';

// ---- base58btc (the Bitcoin alphabet) ----

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function base58btc(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j]! << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  return '1'.repeat(zeros) + digits.reverse().map((d) => ALPHABET[d]).join('');
}

/** The bytes of a base58btc text, or undefined if it holds a character outside the alphabet. */
export function fromBase58btc(text: string): Uint8Array | undefined {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const bytes: number[] = [];
  for (let i = zeros; i < text.length; i++) {
    const v = INDEX.get(text[i]!);
    if (v === undefined) return undefined;
    let carry = v;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  return Uint8Array.from([...new Array<number>(zeros).fill(0), ...bytes.reverse()]);
}

// ---- Multikey and did:key ----

const ED25519_PUB = [0xed, 0x01];

/** An Ed25519 public key (raw 32 bytes, base64url as kpcs stores it) as a Multikey publicKeyMultibase: z6Mk… */
export function multikeyOf(publicKey: string): string {
  return `z${base58btc(Uint8Array.from([...ED25519_PUB, ...Buffer.from(publicKey, 'base64url')]))}`;
}

/** The raw key (base64url) of a publicKeyMultibase of an Ed25519 key, or undefined. */
export function publicKeyOfMultikey(multikey: string): string | undefined {
  if (!multikey.startsWith('z')) return undefined;
  const bytes = fromBase58btc(multikey.slice(1));
  if (bytes?.length !== 34 || bytes[0] !== ED25519_PUB[0] || bytes[1] !== ED25519_PUB[1]) return undefined;
  return Buffer.from(bytes.subarray(2)).toString('base64url');
}

/** The did:key of an Ed25519 key: did:key:z6Mk… */
export const didKeyOf = (publicKey: string) => `did:key:${multikeyOf(publicKey)}`;

/** The verification method of a did:key (its one key): did:key:z6Mk…#z6Mk… */
export function verificationMethodOf(publicKey: string): string {
  const mk = multikeyOf(publicKey);
  return `did:key:${mk}#${mk}`;
}

/**
 * Resolves a did:key verification method (did:key:z6Mk…#z6Mk…, the fragment the same key) to its
 * controller and raw key; undefined for anything else.
 */
export function resolveDidKey(vm: unknown): { controller: string; publicKey: string } | undefined {
  if (typeof vm !== 'string') return undefined;
  const m = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)#(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(vm);
  if (!m || m[1] !== m[2]) return undefined;
  const publicKey = publicKeyOfMultikey(m[1]!);
  return publicKey === undefined ? undefined : { controller: `did:key:${m[1]}`, publicKey };
}

// ---- the proof ----

export const CRYPTOSUITE = 'eddsa-jcs-2022';

export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: typeof CRYPTOSUITE;
  created?: string;
  verificationMethod: string;
  proofPurpose: string;
  '@context'?: unknown;
  proofValue: string;
}

export type ProofOptions = Omit<DataIntegrityProof, 'proofValue'>;

const XSD_DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function without(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== key) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** hashData of the suite: SHA-256 of the canonical proof configuration, then of the canonical document. */
export function hashData(unsecured: object, proofConfig: object): Buffer {
  const config = proofConfig as Record<string, unknown>;
  if (config.type !== 'DataIntegrityProof' || config.cryptosuite !== CRYPTOSUITE) throw new Error(`the proof is not a DataIntegrityProof of ${CRYPTOSUITE}`);
  if (config.created !== undefined && (typeof config.created !== 'string' || !XSD_DATETIME.test(config.created))) throw new Error('the proof\'s "created" is not an XML Schema dateTime');
  return Buffer.concat([sha256(canonicalBytes(config)), sha256(canonicalBytes(unsecured))]);
}

/** Adds an eddsa-jcs-2022 proof to a document (without one), signed with `key`. */
export function addProof<T extends object>(unsecured: T, options: ProofOptions, key: KeyObject): T & { proof: DataIntegrityProof } {
  const context = (unsecured as { '@context'?: unknown })['@context'];
  const config: ProofOptions = { ...options, ...(context !== undefined && { '@context': context }) };
  const signature = Buffer.from(signBytes(hashData(unsecured, config), key), 'base64url');
  return { ...unsecured, proof: { ...config, proofValue: `z${base58btc(signature)}` } };
}

export type ProofCheck = { ok: true; publicKey: string; controller: string; proof: DataIntegrityProof } | { ok: false; reason: string };

/**
 * Verifies the one eddsa-jcs-2022 proof of a secured document whose verification method is a did:key
 * (or a method `resolve` knows). Says only whether the proof holds and with which key: whether that key
 * may speak for the issuer is the caller's judgement (credential.ts, against the trust list).
 */
export function verifyProof(secured: unknown, resolve: (vm: unknown) => { controller: string; publicKey: string } | undefined = resolveDidKey): ProofCheck {
  if (!secured || typeof secured !== 'object' || Array.isArray(secured)) return { ok: false, reason: 'the document is not a JSON object' };
  const doc = secured as Record<string, unknown>;
  const proof = doc.proof as Record<string, unknown> | undefined;
  if (!proof || typeof proof !== 'object' || Array.isArray(proof)) return { ok: false, reason: 'the document carries no proof (one Data Integrity proof object)' };
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== CRYPTOSUITE) return { ok: false, reason: `the proof is not a DataIntegrityProof of the ${CRYPTOSUITE} cryptosuite` };
  if (typeof proof.proofValue !== 'string' || !proof.proofValue.startsWith('z')) return { ok: false, reason: 'the proof value is not Multibase base58btc (z…)' };
  const signature = fromBase58btc(proof.proofValue.slice(1));
  if (signature?.length !== 64) return { ok: false, reason: 'the proof value is not a 64-byte Ed25519 signature in base58btc' };
  const key = resolve(proof.verificationMethod);
  if (!key) return { ok: false, reason: `the verification method ${String(proof.verificationMethod).slice(0, 120)} is not a did:key of an Ed25519 key (did:key:z6Mk…#z6Mk…)` };
  const options = without(proof, 'proofValue');
  let unsecured = without(doc, 'proof');
  let data: Buffer;
  try {
    if (options['@context'] !== undefined) {
      const docContext = [doc['@context']].flat();
      const proofContext = [options['@context']].flat();
      if (!proofContext.every((c, i) => canonicalBytes(c ?? null).equals(canonicalBytes(docContext[i] ?? null)))) return { ok: false, reason: "the document's @context does not start with the proof's @context" };
      unsecured = { ...unsecured, '@context': options['@context'] };
    }
    data = hashData(unsecured, options);
  } catch (e) {
    return { ok: false, reason: `the document or its proof cannot be canonicalized (RFC 8785): ${(e as Error).message}` };
  }
  if (!verifyBytes(data, Buffer.from(signature).toString('base64url'), key.publicKey)) {
    return { ok: false, reason: 'the proof does not verify: the document or its proof has been altered since it was signed' };
  }
  return { ok: true, publicKey: key.publicKey, controller: key.controller, proof: proof as unknown as DataIntegrityProof };
}
