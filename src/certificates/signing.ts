// Signatures and offline verification, without I/O: Ed25519 (node:crypto) over RFC 8785 canonical JSON
// (the `canonicalize` package). A verifier needs only the document and a trust list — the list of
// authority keys signed by the scheme's key — so customs anywhere can check a certificate offline.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { leafHash, verifyInclusion } from './merkle.js';
import { includedIn, sameLog, strictBase64url, verifyCheckpoint, type ConsistencyInput } from './checkpoint.js';
import { CLOCK_SKEW_MS, MAX_VALIDITY_DAYS, type CertificateBody, type SignedCertificate } from './model.js';

export function canonicalBytes(value: unknown): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('cannot canonicalize an undefined value');
  return Buffer.from(text, 'utf8');
}

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

function without<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  // defined, not assigned: an own "__proto__" key (JSON.parse makes one) must stay a field of the content,
  // not be swallowed as the prototype (it was: a document with an added "__proto__" still verified)
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!keys.includes(k)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
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
  return sha256(canonicalBytes(without(doc, ['signature', 'logProof', 'transparency']))).toString('hex');
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
  const transparency = canonicalize((doc as { transparency?: unknown }).transparency ?? null) ?? 'null';
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

// ---- verification ----

export const VERDICTS = ['genuine', 'altered', 'unknown-key', 'revoked-key', 'expired', 'cancelled', 'not-in-log', 'invalid-dates'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Verification {
  verdict: Verdict;
  /** true only for a genuine, unexpired, uncancelled, logged certificate */
  valid: boolean;
  reason: string;
  number?: string;
  issuer?: string;
  keyId?: string;
  issuedAt?: string;
  expiresAt?: string;
  /** a cancelled certificate: the number of the one issued in its place */
  replacedBy?: string;
  /** the number of the cancelled certificate this one was issued in place of */
  replaces?: string;
}

export interface VerifyContext {
  /** the moment judged: expiry, and (unless `clock`) what counts as the future */
  now: Date;
  /**
   * the verifier's clock, when it is not `now` (`--at` judges expiry at an earlier moment, e.g. when the
   * shipment crossed the border): a certificate, checkpoint or cosignature more than 5 minutes after it
   * is refused as from the future. Default `now`.
   */
  clock?: Date;
  key: (keyId: string) => TrustedKey | undefined;
  cancelled: (number: string) => { at?: string; reason?: string; replacedBy?: string | null } | undefined;
  /** online: the log's own root at the certificate's tree size (hex), to compare with the signed one */
  logRootAt?: (treeSize: number) => string | undefined;
  /**
   * offline (no logRootAt): the trust list's keys. A certificate counts as logged only when it comes in
   * a bundle whose checkpoint is signed by one of its log keys, in service at the checkpoint's time.
   */
  listKeys?: readonly TrustedKey[];
  /** offline: cosignatures of witnesses of the trust list the bundle's checkpoint must carry */
  witnesses?: number;
  /** offline: a checkpoint the verifier holds (from elsewhere), which the bundle's must be consistent with */
  held?: { note: string; consistency?: ConsistencyInput };
  /**
   * offline: checkpoints already checked with this context's keys, witnesses and clock, by their note:
   * the bundles of a file share a few checkpoints, whose signatures are then verified once
   */
  checkpoints?: Map<string, { keys: readonly TrustedKey[] | undefined; checked: ReturnType<typeof verifyCheckpoint> }>;
}

/**
 * A certificate with what an offline verifier needs to believe it was logged: the inclusion proof of its
 * issue entry in the tree of a checkpoint signed by the log (C2SP tlog-checkpoint), and optionally a
 * consistency proof from a size the verifier holds to the checkpoint's.
 */
export interface CertificateBundle {
  type: 'kp-certificate-bundle';
  version: 1;
  certificate: SignedCertificate;
  inclusion: { leafIndex: number; treeSize: number; proof: string[] };
  /** the signed note: body, blank line, the log's signature line, witnesses' cosignature lines */
  checkpoint: string;
  consistency?: ConsistencyInput;
}

export function contextFromTrustList(list: TrustList, now = new Date(), opts: { witnesses?: number; held?: VerifyContext['held']; clock?: Date } = {}): VerifyContext {
  const keys = new Map(list.keys.map((k) => [k.keyId, k]));
  const cancelled = new Map(list.cancelled.map((c) => [c.number, c]));
  return { now, clock: opts.clock, key: (id) => keys.get(id), cancelled: (n) => cancelled.get(n), listKeys: list.keys, witnesses: opts.witnesses, held: opts.held, checkpoints: new Map() };
}

/** A bundle's certificate, or the document itself when it is not a bundle. */
export function certificateOf(doc: unknown): unknown {
  const b = doc as Partial<CertificateBundle> | null;
  return b && typeof b === 'object' && b.type === 'kp-certificate-bundle' ? b.certificate : doc;
}

export const NO_CHECKPOINT_REASON =
  "the document carries no checkpoint signed by the transparency log: offline, the issuing authority's own word is no proof that the certificate was ever logged. Obtain its bundle (kpcs cert bundle NUMBER, or GET /api/certificates/{number}/bundle) and verify that, or verify online";

const HEX32 = /^[0-9a-f]{64}$/;

/** Verifies a certificate document: the first failing check gives the verdict, in words. */
const BUNDLE_FIELDS = new Set(['type', 'version', 'certificate', 'inclusion', 'checkpoint', 'consistency']);

/** A bundle's wrapper is not signed: one shape only, so that no change to it goes unnoticed. */
export function wellFormedBundle(b: CertificateBundle): boolean {
  const inc = b.inclusion as unknown as Record<string, unknown> | undefined;
  return (
    b.version === 1 && Object.keys(b).every((k) => BUNDLE_FIELDS.has(k)) && typeof b.checkpoint === 'string' &&
    !!inc && typeof inc === 'object' && Object.keys(inc).length === 3 && Number.isInteger(inc.leafIndex) && Number.isInteger(inc.treeSize) && Array.isArray(inc.proof) &&
    (b.consistency === undefined || (typeof b.consistency === 'object' && b.consistency !== null && Object.keys(b.consistency).length === 3))
  );
}

const DAY_MS = 86_400_000;

/**
 * What is impossible in a certificate's own dates, judged at `now` (the verifier's clock), or undefined:
 * dates that are not times, a date of issue more than 5 minutes ahead of the clock, an expiry not after
 * the issue, a period of validity longer than the scheme allows (MAX_VALIDITY_DAYS).
 */
export function datesProblem(d: { issuedAt?: unknown; expiresAt?: unknown }, now: Date): string | undefined {
  const issued = typeof d.issuedAt === 'string' ? Date.parse(d.issuedAt) : Number.NaN;
  const expires = typeof d.expiresAt === 'string' ? Date.parse(d.expiresAt) : Number.NaN;
  if (Number.isNaN(issued)) return `the certificate's date of issue "${String(d.issuedAt).slice(0, 40)}" is not a time`;
  if (Number.isNaN(expires)) return `the certificate's date of expiry "${String(d.expiresAt).slice(0, 40)}" is not a time`;
  if (issued > now.getTime() + CLOCK_SKEW_MS) return `the certificate is dated ${d.issuedAt}, more than 5 minutes after the verifier's clock (${now.toISOString()}): a certificate from the future is refused`;
  if (!(expires > issued)) return `the certificate expires on ${d.expiresAt}, not after its date of issue ${d.issuedAt}`;
  const days = (expires - issued) / DAY_MS;
  if (days > MAX_VALIDITY_DAYS) {
    return `the certificate is valid from ${d.issuedAt} to ${d.expiresAt}, ${Number.isInteger(days) ? days : days.toFixed(2)} days: longer than the ${MAX_VALIDITY_DAYS} days the scheme allows a certificate, whoever signed it`;
  }
  return undefined;
}

export function verifyCertificate(input: unknown, ctx: VerifyContext): Verification {
  const doc = certificateOf(input);
  const bundle = doc !== input ? (input as CertificateBundle) : undefined;
  if (bundle && !wellFormedBundle(bundle)) return { verdict: 'altered', valid: false, reason: 'this is not a well-formed certificate bundle (type, version 1, certificate, inclusion, checkpoint, and an optional consistency proof)' };
  const d = doc as SignedCertificate;
  const fail = (verdict: Verdict, reason: string): Verification => ({
    verdict, valid: false, reason,
    ...(typeof d?.number === 'string' && { number: d.number }),
    ...(typeof d?.issuer?.participant === 'string' && { issuer: d.issuer.participant }),
    ...(typeof d?.issuer?.keyId === 'string' && { keyId: d.issuer.keyId }),
    ...(typeof d?.issuedAt === 'string' && { issuedAt: d.issuedAt }),
    ...(typeof d?.expiresAt === 'string' && { expiresAt: d.expiresAt }),
  });
  if (typeof d !== 'object' || d === null || d.type !== 'kp-certificate' || typeof d.number !== 'string' || typeof d.issuer?.keyId !== 'string' || typeof d.signature?.value !== 'string') {
    return fail('altered', 'this is not a well-formed Kimberley Process certificate document');
  }
  const key = ctx.key(d.issuer.keyId);
  if (!key || key.purpose !== 'certificate') return fail('unknown-key', `the signing key ${d.issuer.keyId} is not on the trust list`);
  // a value JSON cannot carry canonically (Infinity from 1e999, a lone surrogate, nesting deeper than
  // the stack) is no signed content: altered, never a crash
  let hash: string;
  let payload: Buffer;
  try {
    hash = bodyHash(d);
    payload = signedPayload(d, hash);
  } catch {
    return fail('altered', 'the certificate holds a value that has no canonical JSON form (a non-finite number, a lone surrogate or too deep nesting): it is not as signed');
  }
  if (d.signature.alg !== 'Ed25519' || Object.keys(d.signature).length !== 2 || !verifyBytes(payload, d.signature.value, key.publicKey)) {
    return fail('altered', `the signature does not match the content: the certificate has been altered since ${key.owner}'s authority signed it`);
  }
  // the signature is genuine from here on: the fields can be trusted
  if (key.owner !== d.issuer.participant || !d.number.startsWith(`${key.owner}-`)) {
    return fail('unknown-key', `the key ${key.keyId} belongs to ${key.owner}, not to the issuer ${d.issuer.participant}`);
  }
  const clock = ctx.clock ?? ctx.now;
  const dates = datesProblem(d, clock);
  if (dates) return fail('invalid-dates', dates);
  const t = d.transparency;
  if (!t || !Number.isInteger(t.leafIndex) || !Number.isInteger(t.treeSize) || !HEX32.test(t.rootHash ?? '') || !Array.isArray(d.logProof) || !d.logProof.every((p) => typeof p === 'string' && HEX32.test(p))) {
    return fail('not-in-log', 'the certificate carries no valid position in the transparency log');
  }
  const included = verifyInclusion(t.leafIndex, t.treeSize, issueLeaf(d, hash), d.logProof.map((p) => Buffer.from(p, 'hex')), Buffer.from(t.rootHash, 'hex'));
  if (!included) return fail('not-in-log', `the log proof does not show this certificate at position ${t.leafIndex} of the log of ${t.treeSize} entries`);
  let logged = `recorded in the public log at position ${t.leafIndex}`;
  if (ctx.logRootAt) {
    const root = ctx.logRootAt(t.treeSize);
    if (root !== t.rootHash) return fail('not-in-log', `the public log never had the root the certificate states for ${t.treeSize} entries`);
  } else {
    // offline: only the log's own signature on a checkpoint says the certificate was logged
    if (!bundle) return fail('not-in-log', NO_CHECKPOINT_REASON);
    // the same note judged with the same keys, witnesses and clock: the same answer
    const memoKey = `${ctx.witnesses ?? 0} ${clock.getTime()} ${bundle.checkpoint}`;
    const memo = ctx.checkpoints?.get(memoKey);
    let checked = memo && memo.keys === ctx.listKeys ? memo.checked : undefined;
    if (!checked) {
      checked = verifyCheckpoint(bundle.checkpoint, ctx.listKeys ?? [], ctx.witnesses ?? 0, clock);
      if (ctx.checkpoints) {
        if (ctx.checkpoints.size >= 1000) ctx.checkpoints.clear();
        ctx.checkpoints.set(memoKey, { keys: ctx.listKeys, checked });
      }
    }
    if (!checked.ok) return fail('not-in-log', `the bundle's checkpoint proves nothing: ${checked.reason}`);
    const cp = checked.value.checkpoint;
    const inc = bundle.inclusion;
    if (!inc || inc.leafIndex !== t.leafIndex || inc.treeSize !== cp.treeSize || !includedIn(cp, t.leafIndex, issueLeaf(d, hash), inc.proof)) {
      return fail('not-in-log', `the log's checkpoint of ${cp.treeSize} entries (signed by ${checked.value.keyId}) does not hold this certificate at position ${t.leafIndex}: the inclusion proof fails, so it was never logged there`);
    }
    // the log appends the issue entry at the certificate's date: a checkpoint that holds it cannot be older
    if (Date.parse(cp.time) < Date.parse(d.issuedAt)) {
      return fail('invalid-dates', `the bundle's checkpoint of ${cp.treeSize} entries is dated ${cp.time}, before the certificate's date of issue ${d.issuedAt}: the log cannot have held it then (a back-dated checkpoint, or a certificate dated later than it was logged)`);
    }
    if (ctx.held) {
      const held = verifyCheckpoint(ctx.held.note, ctx.listKeys ?? [], 0, clock);
      if (!held.ok) return fail('not-in-log', `the checkpoint you hold cannot be used: ${held.reason}`);
      const same = sameLog(cp, held.value.checkpoint, ctx.held.consistency ?? bundle.consistency);
      if (!same.ok) return fail('not-in-log', same.reason);
    }
    const w = checked.value.witnesses.length;
    logged += ` (checkpoint of ${cp.treeSize} entries of ${cp.time} signed by the log key ${checked.value.keyId}${w ? `, cosigned by ${w} witness${w > 1 ? 'es' : ''}` : ''})`;
  }
  const issued = Date.parse(d.issuedAt);
  if (!(issued >= Date.parse(key.validFrom)) || (key.validTo !== null && !(issued < Date.parse(key.validTo)))) {
    return fail('unknown-key', `the key ${key.keyId} was not in service on ${d.issuedAt} (in service from ${key.validFrom}${key.validTo ? ` to ${key.validTo}` : ''})`);
  }
  if (key.revokedAt !== null && !(issued < Date.parse(key.revokedAt))) {
    return fail('revoked-key', `the key ${key.keyId} was revoked on ${key.revokedAt}${key.revocationReason ? ` (${key.revocationReason})` : ''}, before this certificate's date ${d.issuedAt}`);
  }
  const cancelled = ctx.cancelled(d.number);
  if (cancelled) return fail('cancelled', `the certificate was cancelled${cancelled.at ? ` on ${cancelled.at}` : ''}${cancelled.reason ? ` (${cancelled.reason})` : ''}${cancelled.replacedBy ? `, replaced by ${cancelled.replacedBy}` : ''}`);
  if (!(ctx.now.getTime() < Date.parse(d.expiresAt))) return fail('expired', `the certificate expired on ${d.expiresAt}`);
  return {
    verdict: 'genuine', valid: true,
    reason: `genuine: signed by ${d.issuer.participant}'s authority with key ${key.keyId}, ${logged}, valid until ${d.expiresAt}`,
    number: d.number, issuer: d.issuer.participant, keyId: key.keyId, issuedAt: d.issuedAt, expiresAt: d.expiresAt,
  };
}
