// Signatures, without I/O: Ed25519 (node:crypto) over RFC 8785 canonical JSON (src/core/canonical-json.ts,
// the same text as the `canonicalize` package the browser's verifier uses), of certificates, log leaves,
// tree heads and trust lists. A verifier needs only the document and a trust list — the list of
// authority keys signed by the scheme's key — so customs anywhere can check a certificate offline
// (verification.ts).
import { createPrivateKey, createPublicKey, generateKeyPairSync, hash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.js';
import { leafHash } from './merkle.js';
import { strictBase64url } from './checkpoint.js';
import type { CertificateBody, SignedCertificate } from './model.js';

export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalText(value), 'utf8');
}

function canonicalText(value: unknown): string {
  const text = canonicalJson(value);
  if (text === undefined) throw new Error('cannot canonicalize an undefined value');
  return text;
}

/** SHA-256 of bytes, or of a string's UTF-8 (one call: no hash object made). */
export const sha256 = (data: Uint8Array | string): Buffer => hash('sha256', data, 'buffer');

function without<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  // an own "__proto__" key (JSON.parse makes one) is defined, not assigned: it must stay a field of the
  // content, not be swallowed as the prototype (it was: a document with an added "__proto__" still verified).
  // Every other key is assigned, which is the same and quicker (three times an issuance, fifteen fields)
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    if (keys.includes(k)) continue;
    const v = (value as Record<string, unknown>)[k];
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}

// ---- keys ----

const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

export interface KeyPair {
  /** raw 32-byte public key, base64url */
  publicKey: string;
  /** PKCS#8 DER of the private key (encrypt before storing) */
  privateKeyDer: Buffer;
}

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return { publicKey: spki.subarray(SPKI_ED25519.length).toString('base64url'), privateKeyDer: privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

/** A key's id: who owns it and the start of its fingerprint, e.g. ZA-3f9a0c41d2b7e815. */
export function keyIdOf(owner: string, publicKey: string): string {
  return `${owner}-${sha256(strictBase64url(publicKey)).toString('hex').slice(0, 16)}`;
}

const publicKeys = new Map<string, KeyObject>();
export function publicKeyObject(publicKey: string): KeyObject {
  let k = publicKeys.get(publicKey);
  if (!k) {
    // one spelling only (strictBase64url), as the browser's verifier decodes it
    const raw = strictBase64url(publicKey);
    if (raw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes of canonical unpadded base64url');
    k = createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });
    if (publicKeys.size > 10_000) publicKeys.clear();
    publicKeys.set(publicKey, k);
  }
  return k;
}

export function privateKeyObject(der: Buffer): KeyObject {
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function signBytes(data: Uint8Array, key: KeyObject): string {
  return sign(null, data, key).toString('base64url');
}

export function verifyBytes(data: Uint8Array, signature: string, publicKey: string): boolean {
  try {
    // one spelling only: base64 leaves spare bits in the last character, which must not make a
    // second, "different" signature field that still verifies
    const sig = strictBase64url(signature);
    if (sig.length !== 64) return false;
    return verify(null, data, publicKeyObject(publicKey), sig);
  } catch {
    return false;
  }
}

// ---- certificates ----

/**
 * The certificate's content without its log position and signature, hashed: what the log leaf commits
 * to, and (with the log position) what the authority signs.
 */
export function bodyHash(doc: object): string {
  return hash('sha256', canonicalText(without(doc, ['signature', 'logProof', 'transparency'])), 'hex');
}

/**
 * The bytes the issuing authority signs: the RFC 8785 canonical JSON of the content's hash and the log
 * position. Signing the hash rather than the whole text is the same commitment (any change to any field
 * changes the hash) and lets a verifier canonicalize the document once for both the signature and the
 * log leaf — offline verification then costs little more than the Ed25519 verify itself.
 */
export function signedPayload(doc: object, hash = bodyHash(doc)): Buffer {
  // = canonicalBytes({ type: 'kp-certificate-signature', certificate: hash, transparency }), written out
  // with the keys in RFC 8785 order (the verifier's hot path; a test holds the two equal)
  const transparency = canonicalJson((doc as { transparency?: unknown }).transparency ?? null) ?? 'null';
  return Buffer.from(`{"certificate":${JSON.stringify(hash)},"transparency":${transparency},"type":"kp-certificate-signature"}`, 'utf8');
}

export type LogEvent = 'issued' | 'confirmed' | 'cancelled';

/**
 * A log leaf's data: the event, the number, the time and a hash of the record — no commercial data
 * (exporter, importer, values) ever reaches the public log.
 */
export function leafData(event: LogEvent, number: string, at: string, recordHash: string): Buffer {
  // = canonicalBytes({ at, event, number, recordHash }): string values, keys already in RFC 8785 order
  return Buffer.from(`{"at":${JSON.stringify(at)},"event":${JSON.stringify(event)},"number":${JSON.stringify(number)},"recordHash":${JSON.stringify(recordHash)}}`, 'utf8');
}

export function issueLeaf(body: Pick<CertificateBody, 'number' | 'issuedAt'> & object, hash = bodyHash(body)): Buffer {
  return leafHash(leafData('issued', body.number, body.issuedAt, hash));
}

export function signCertificate(body: CertificateBody, key: KeyObject, logProof: string[], hash = bodyHash(body)): SignedCertificate {
  return { ...body, signature: { alg: 'Ed25519', value: signBytes(signedPayload(body, hash), key) }, logProof };
}

// ---- the trust list ----

export type KeyPurpose = 'certificate' | 'trust-list' | 'log' | 'witness';

export interface TrustedKey {
  keyId: string;
  /** the Participant for an authority key; "KP" for the scheme's own keys; a witness's name for a witness key */
  owner: string;
  purpose: KeyPurpose;
  publicKey: string;
  validFrom: string;
  validTo: string | null;
  revokedAt: string | null;
  revocationReason?: string | null;
}

/** A Chair key as the trust list names it: the Chair (Participant code) and the year it chairs. */
export interface ChairKeyRef {
  keyId: string;
  publicKey: string;
  chair: string;
  year: number;
}

/** A Chair key's id: CHAIR-<Participant>-<fingerprint>, e.g. CHAIR-BW-3f9a0c41d2b7e815. */
export const chairKeyIdOf = (chair: string, publicKey: string) => keyIdOf(`CHAIR-${chair}`, publicKey);

/** The previous Chair key's signed statement that the next key is the Chair key from `at` on. */
export interface ChairKeyEndorsement {
  type: 'kp-chair-key-endorsement';
  at: string;
  previous: ChairKeyRef;
  next: ChairKeyRef;
  signature: { alg: 'Ed25519'; value: string };
}

export function signEndorsement(content: Omit<ChairKeyEndorsement, 'signature'>, previousKey: KeyObject): ChairKeyEndorsement {
  return { ...content, signature: { alg: 'Ed25519', value: signBytes(canonicalBytes(content), previousKey) } };
}

export interface TrustList {
  type: 'kp-trust-list';
  /** 1: signed by an installation scheme key (KP-…, older lists); 2: signed by the Chair's key */
  version: 1 | 2;
  issuedAt: string;
  /**
   * version 2 lists since generations: the number of the listed state, one more at every change of what
   * the list carries. A verifier refuses a list older than one it accepted before or than the generation
   * a checkpoint it holds commits to (checkTrustFloor). Lists signed before carry none (generation 0).
   */
  generation?: number;
  /** the time by which a newer list will have been signed (issuedAt + TRUST_LIST_FRESH_DAYS): after it, the list is stale */
  nextUpdate?: string;
  /** the Chair of the year when the list was signed (Participant code), if the registry knows it */
  chair: string | null;
  /** version 2: the year the signing Chair chairs */
  chairYear?: number;
  /** version 1: { keyId, publicKey } of the scheme key; version 2: the Chair key (ChairKeyRef) */
  signer: { keyId: string; publicKey: string; chair?: string; year?: number };
  /** version 2: the endorsements of every Chair key by the previous one, oldest first, ending at the signer */
  chain?: ChairKeyEndorsement[];
  keys: TrustedKey[];
  /**
   * numbers of cancelled certificates at the time of signing, so an offline verifier refuses them, with the
   * one issued in place (numbers only: no date, no reason; lists signed before carry `at` and `reason`)
   */
  cancelled: { number: string; replacedBy: string | null; at?: string; reason?: string }[];
  signature: { alg: 'Ed25519'; value: string };
}

export function signTrustList(content: Omit<TrustList, 'signature'>, key: KeyObject): TrustList {
  return { ...content, signature: { alg: 'Ed25519', value: signBytes(canonicalBytes(content), key) } };
}

const isRef = (r: unknown): r is ChairKeyRef => {
  const k = r as ChairKeyRef;
  return !!k && typeof k === 'object' && typeof k.keyId === 'string' && typeof k.publicKey === 'string' && typeof k.chair === 'string' && Number.isInteger(k.year);
};
const matches = (pin: string, k: { keyId: string; publicKey: string }) => pin === k.keyId || pin === k.publicKey;

/**
 * Checks a chain of Chair-key endorsements: each is signed by the key it names as previous, each key id
 * matches its key, and each endorsement starts where the one before ended. Returns the keys in order.
 */
export function checkChain(chain: unknown): { ok: true; keys: ChairKeyRef[] } | { ok: false; reason: string } {
  if (!Array.isArray(chain)) return { ok: false, reason: 'the chain of Chair keys is not a list' };
  const keys: ChairKeyRef[] = [];
  for (const [i, raw] of chain.entries()) {
    const e = raw as ChairKeyEndorsement;
    if (!e || typeof e !== 'object' || e.type !== 'kp-chair-key-endorsement' || !isRef(e.previous) || !isRef(e.next) || typeof e.at !== 'string' || typeof e.signature?.value !== 'string') {
      return { ok: false, reason: `endorsement ${i + 1} of the chain is not a Chair-key endorsement` };
    }
    // the first endorsement may come from the scheme key that signed version 1 lists (KP-…)
    const idOf = (k: ChairKeyRef) => (k === e.previous && i === 0 && k.chair === 'KP' ? keyIdOf('KP', k.publicKey) : chairKeyIdOf(k.chair, k.publicKey));
    for (const k of [e.previous, e.next]) if (idOf(k) !== k.keyId) return { ok: false, reason: `endorsement ${i + 1}: the key id ${k.keyId} does not match its key` };
    const last = keys[keys.length - 1];
    if (last && (last.keyId !== e.previous.keyId || last.publicKey !== e.previous.publicKey)) {
      return { ok: false, reason: `the chain is broken at endorsement ${i + 1}: it is signed by ${e.previous.keyId}, but the key endorsed before is ${last.keyId}` };
    }
    let content: Buffer;
    try {
      content = canonicalBytes(without(e, ['signature']));
    } catch {
      return { ok: false, reason: `endorsement ${i + 1} holds a value that has no canonical JSON form: it has been altered` };
    }
    if (e.signature.alg !== 'Ed25519' || Object.keys(e.signature).length !== 2 || !verifyBytes(content, e.signature.value, e.previous.publicKey)) {
      return { ok: false, reason: `endorsement ${i + 1} (of ${e.next.keyId} by ${e.previous.keyId}) has been altered: its signature does not verify` };
    }
    if (!last) keys.push(e.previous);
    keys.push(e.next);
  }
  return { ok: true, keys };
}

/**
 * Checks the list's own signature and, for a list signed by the Chair's key, its chain of Chair keys:
 * the signer must be the last key the chain endorses (a list signed by a key outside the chain is
 * refused). `pin` (a key id or public key the verifier trusted before, trust on first use) must be the
 * signer or a key of the chain, from which the endorsements lead to the signer.
 */
export function checkTrustList(list: unknown, pin?: string): { ok: true; list: TrustList; path?: string[] } | { ok: false; reason: string } {
  const l = list as TrustList;
  if (!l || typeof l !== 'object' || l.type !== 'kp-trust-list' || typeof l.signer?.publicKey !== 'string' || typeof l.signer.keyId !== 'string' || !Array.isArray(l.keys) || typeof l.signature?.value !== 'string') return { ok: false, reason: 'the trust list is not a kpcs trust list' };
  const v2 = l.version === 2;
  if (v2) {
    if (typeof l.signer.chair !== 'string' || !Number.isInteger(l.signer.year)) return { ok: false, reason: "the trust list's signer is not a Chair key (no Chair or year)" };
    if (chairKeyIdOf(l.signer.chair, l.signer.publicKey) !== l.signer.keyId) return { ok: false, reason: "the trust list's signer id does not match its key" };
  } else if (keyIdOf('KP', l.signer.publicKey) !== l.signer.keyId) return { ok: false, reason: "the trust list's signer id does not match its key" };
  let content: Buffer;
  try {
    content = canonicalBytes(without(l, ['signature']));
  } catch {
    return { ok: false, reason: 'the trust list holds a value that has no canonical JSON form: it has been altered' };
  }
  // the signature object itself is not signed: one shape only, as for certificates
  if (l.signature.alg !== 'Ed25519' || Object.keys(l.signature).length !== 2 || !verifyBytes(content, l.signature.value, l.signer.publicKey)) {
    return { ok: false, reason: 'the trust list has been altered: its signature does not verify' };
  }
  if (!v2) {
    if (pin && !matches(pin, l.signer)) return { ok: false, reason: `the trust list is signed by ${l.signer.keyId}, not by the pinned key ${pin}` };
    return { ok: true, list: l };
  }
  const chain = checkChain(l.chain ?? []);
  if (!chain.ok) return { ok: false, reason: `the trust list's chain of Chair keys does not hold: ${chain.reason}` };
  const keys = chain.keys;
  const last = keys[keys.length - 1];
  if (last && (last.keyId !== l.signer.keyId || last.publicKey !== l.signer.publicKey)) {
    return { ok: false, reason: `the trust list is signed by ${l.signer.keyId}, a key no previous Chair key endorsed: the chain ends at ${last.keyId} (${last.chair}, ${last.year})` };
  }
  if (!last && pin && !matches(pin, l.signer)) {
    return { ok: false, reason: `the trust list is signed by ${l.signer.keyId} and carries no endorsement leading from the pinned key ${pin}` };
  }
  const path = last ? keys.map((k) => k.keyId) : [l.signer.keyId];
  if (pin) {
    const at = (last ? keys : [l.signer as ChairKeyRef]).findIndex((k) => matches(pin, k));
    if (at < 0) return { ok: false, reason: `the pinned key ${pin} is not in the trust list's chain of Chair keys (${path.join(' → ')}): nothing links it to the signer ${l.signer.keyId}` };
    return { ok: true, list: l, path: path.slice(at) };
  }
  return { ok: true, list: l, path };
}

// ---- the transparency log's tree heads ----

export interface TreeHead {
  treeSize: number;
  rootHash: string;
  timestamp: string;
  keyId: string;
  signature: string;
}

/** A signed tree head against the log keys of a trust list: the key named, in service at the head's time. */
export function verifyTreeHead(head: TreeHead, keys: readonly TrustedKey[]): { ok: true } | { ok: false; reason: string } {
  const key = keys.find((k) => k.purpose === 'log' && k.keyId === head?.keyId);
  if (!key) return { ok: false, reason: `the tree head is signed by ${head?.keyId}, which is not a log key of the trust list` };
  const t = Date.parse(head.timestamp);
  if (!(t >= Date.parse(key.validFrom)) || (key.validTo !== null && !(t < Date.parse(key.validTo)))) {
    return { ok: false, reason: `the log key ${key.keyId} was not in service at ${head.timestamp} (from ${key.validFrom}${key.validTo ? ` to ${key.validTo}` : ''})` };
  }
  if (key.revokedAt != null && !(t < Date.parse(key.revokedAt))) return { ok: false, reason: `the log key ${key.keyId} was revoked on ${key.revokedAt}${key.revocationReason ? ` (${key.revocationReason})` : ''}, before the tree head's time ${head.timestamp}` };
  const content = canonicalBytes({ treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp });
  if (!verifyBytes(content, head.signature, key.publicKey)) return { ok: false, reason: `the tree head's signature does not verify with the log key ${key.keyId}` };
  return { ok: true };
}
