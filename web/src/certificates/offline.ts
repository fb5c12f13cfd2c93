// Offline verification in the browser, the same checks as the server's verifyCertificate
// (src/certificates/verification.ts): the trust list's own signature, the authority key, the Ed25519
// signature over RFC 8785 canonical JSON, the RFC 9162 inclusion proof of the issue entry, the key's
// period of service and revocation, cancellation and expiry. Nothing is sent to the server.
// A certificate is "recorded in the public log" only on the log's own word: the file is its bundle, whose
// checkpoint (C2SP tlog-checkpoint in a signed note) is signed by a log key of the trust list in service
// at the checkpoint's time, with the inclusion proof of the certificate in that checkpoint's tree
// (src/certificates/checkpoint.ts on the server). A bare document is not proof of logging offline.
import * as ed from '@noble/ed25519';
import canonicalize from 'canonicalize';
import type { Ok } from '../contract';
import type { Verdict, Verification } from './types';

/** A trust list as the server signs and serves it (GET /api/trust-list); one from anywhere is checked (checkTrustList) before anything trusts it. */
export type TrustList = Ok<'/api/trust-list'>;
type TrustedKey = TrustList['keys'][number];
type Endorsement = NonNullable<TrustList['chain']>[number];
type ChairKeyRef = Endorsement['previous'];

const encoder = new TextEncoder();

function canonical(value: unknown): Uint8Array {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('cannot canonicalize');
  return encoder.encode(text);
}

/**
 * Unpadded base64url in its one canonical spelling, else no bytes — exactly the server's strictBase64url
 * (src/certificates/checkpoint.ts): atob alone would also take padding, "+" and "/", white space and
 * non-zero spare bits, so the page could call genuine a signature or key the command line refuses.
 */
export function base64url(text: unknown): Uint8Array {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return new Uint8Array();
  const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)), (ch) => ch.charCodeAt(0));
  const again = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return again === text ? bytes : new Uint8Array();
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));

function subtle(): SubtleCrypto {
  if (!globalThis.crypto?.subtle) throw new Error('no Web Crypto: the offline check needs a secure (https) page');
  return globalThis.crypto.subtle;
}

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await subtle().digest('SHA-256', all));
}

function without(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

async function verifySignature(signature: string, message: Uint8Array, publicKey: string): Promise<boolean> {
  try {
    const sig = base64url(signature);
    const pub = base64url(publicKey);
    if (sig.length !== 64 || pub.length !== 32) return false;
    return await ed.verifyAsync(sig, message, pub, { zip215: false });
  } catch {
    return false;
  }
}

const keyIdOf = async (owner: string, publicKey: string) => `${owner}-${hex(await sha256(base64url(publicKey))).slice(0, 16)}`;

/**
 * Checks the list's own signature and that its signer id matches its key. A list signed by the Chair's
 * key (version 2) must also carry a sound chain of endorsements ending at its signer (as the server's
 * checkTrustList in src/certificates/signing.ts). With `pins` (key ids or public keys the verifier
 * trusts), the signer must be one of them or be reached from one by the endorsements; an empty `pins`
 * refuses every list.
 */
export async function checkTrustList(list: unknown, pins?: readonly string[]): Promise<{ ok: true; list: TrustList; path?: string[] } | { ok: false; reason: string }> {
  const checked = await checkListItself(list);
  if (!checked.ok || pins === undefined) return checked;
  // pinned (as `kpcs cert verify --pin`, the server's checkTrustList): the signer is a pinned key, or the
  // list's endorsements lead to it from a pinned key
  const l = checked.list;
  const keys: { keyId: string; publicKey: string }[] = l.version === 2 && l.chain?.length ? [l.chain[0]!.previous, ...l.chain.map((e) => e.next)] : [l.signer];
  const path = keys.map((k) => k.keyId);
  for (const pin of pins) {
    const at = keys.findIndex((k) => pin === k.keyId || pin === k.publicKey);
    if (at >= 0) return { ok: true, list: l, path: path.slice(at) };
  }
  if (pins.length === 0) return { ok: false, reason: `the trust list is signed by ${l.signer.keyId} and no key is pinned to check it against (this server's own trust list could not be read)` };
  return { ok: false, reason: `the trust list is signed by ${l.signer.keyId}; no pinned key (${pins.join(', ')}) is in its chain of Chair keys (${path.join(' → ')}): nothing links it to the key you trust` };
}

async function checkListItself(list: unknown): Promise<{ ok: true; list: TrustList } | { ok: false; reason: string }> {
  const l = list as TrustList;
  if (!l || l.type !== 'kp-trust-list' || !l.signer?.publicKey || !Array.isArray(l.keys) || !l.signature?.value) return { ok: false, reason: 'not a kpcs trust list' };
  const v2 = l.version === 2;
  const id = v2 ? await keyIdOf(`CHAIR-${l.signer.chair}`, l.signer.publicKey) : await keyIdOf('KP', l.signer.publicKey);
  if ((v2 && typeof l.signer.chair !== 'string') || id !== l.signer.keyId) return { ok: false, reason: "the trust list's signer id does not match its key" };
  if (l.signature.alg !== 'Ed25519' || !(await verifySignature(l.signature.value, canonical(without(l as unknown as Record<string, unknown>, ['signature'])), l.signer.publicKey))) {
    return { ok: false, reason: 'the trust list has been altered: its signature does not verify' };
  }
  if (!v2) return { ok: true, list: l };
  const chain = l.chain ?? [];
  if (!Array.isArray(chain)) return { ok: false, reason: 'the chain of Chair keys is not a list' };
  let last: ChairKeyRef | undefined;
  for (const [i, e] of chain.entries()) {
    if (!e || e.type !== 'kp-chair-key-endorsement' || !e.previous?.publicKey || !e.next?.publicKey || !e.signature?.value) return { ok: false, reason: `endorsement ${i + 1} of the chain is not a Chair-key endorsement` };
    for (const k of [e.previous, e.next]) if ((await keyIdOf(k === e.previous && i === 0 && k.chair === 'KP' ? 'KP' : `CHAIR-${k.chair}`, k.publicKey)) !== k.keyId) return { ok: false, reason: `endorsement ${i + 1}: the key id ${k.keyId} does not match its key` };
    if (last && (last.keyId !== e.previous.keyId || last.publicKey !== e.previous.publicKey)) return { ok: false, reason: `the chain is broken at endorsement ${i + 1}` };
    if (e.signature.alg !== 'Ed25519' || !(await verifySignature(e.signature.value, canonical(without(e as unknown as Record<string, unknown>, ['signature'])), e.previous.publicKey))) {
      return { ok: false, reason: `endorsement ${i + 1} (of ${e.next.keyId} by ${e.previous.keyId}) has been altered: its signature does not verify` };
    }
    last = e.next;
  }
  if (last && (last.keyId !== l.signer.keyId || last.publicKey !== l.signer.publicKey)) {
    return { ok: false, reason: `the trust list is signed by ${l.signer.keyId}, a key no previous Chair key endorsed: the chain ends at ${last.keyId}` };
  }
  return { ok: true, list: l };
}

async function verifyInclusion(m: number, n: number, leaf: Uint8Array, proof: Uint8Array[], root: Uint8Array): Promise<boolean> {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 0 || m >= n) return false;
  const node = (l: Uint8Array, r: Uint8Array) => sha256(Uint8Array.of(1), l, r);
  let fn = m;
  let sn = n - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await node(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = await node(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && hex(r) === hex(root);
}

const HEX32 = /^[0-9a-f]{64}$/;

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
const utf8 = (text: string) => encoder.encode(text);
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

async function verifyRaw(sig: Uint8Array, message: Uint8Array, publicKey: string): Promise<boolean> {
  try {
    const pub = base64url(publicKey);
    if (sig.length !== 64 || pub.length !== 32) return false;
    return await ed.verifyAsync(sig, message, pub, { zip215: false });
  } catch {
    return false;
  }
}

const keyHash = async (name: string, type: number, publicKey: string) => (await sha256(utf8(`${name}\n`), Uint8Array.of(type), base64url(publicKey))).subarray(0, 4);

interface CheckedCheckpoint {
  treeSize: number;
  rootHash: Uint8Array;
  time: string;
  keyId: string;
  witnesses: number;
  /** cosignatures by witnesses of the list that verify but do not count, and why */
  notCounted: string[];
}

/** How far ahead of the verifier's clock a signed time may be (the server's CLOCK_SKEW_MS). */
const SKEW_MS = 5 * 60_000;
/** The longest period of validity the scheme allows (the server's MAX_VALIDITY_DAYS). */
const MAX_VALIDITY_DAYS = 366;

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

/** A checkpoint note against the trust list's log keys (and witness keys), judged at `now`, as the server's verifyCheckpoint. */
export async function checkCheckpoint(note: unknown, keys: TrustedKey[], witnesses = 0, now = new Date()): Promise<{ ok: true; value: CheckedCheckpoint } | { ok: false; reason: string }> {
  if (typeof note !== 'string' || note.length > 65536) return { ok: false, reason: 'the checkpoint is not a signed note' };
  const at = note.lastIndexOf('\n\n');
  if (at < 0 || !note.endsWith('\n')) return { ok: false, reason: 'the checkpoint is not a signed note' };
  const body = note.slice(0, at + 1);
  const lines = body.slice(0, -1).split('\n');
  const [origin, size, root, ...ext] = lines;
  const time = ext.map((l) => /^kpcs-time (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/.exec(l)).find(Boolean)?.[1];
  if (!origin || !/^(0|[1-9][0-9]{0,15})$/.test(size ?? '') || !/^[A-Za-z0-9+/]{43}=$/.test(root ?? '') || toBase64(fromBase64(root!)) !== root || !time || Number.isNaN(Date.parse(time)) || !ext.some((l) => /^kpcs-audit ((0|[1-9][0-9]*) )?[0-9a-f]{64}$/.test(l))) {
    return { ok: false, reason: 'the checkpoint is not a kpcs log checkpoint (origin, size, root, kpcs-time, kpcs-audit)' };
  }
  if (Date.parse(time) > now.getTime() + SKEW_MS) {
    return { ok: false, reason: `the checkpoint is dated ${time}, more than 5 minutes after the verifier's clock (${now.toISOString()}): a checkpoint from the future is refused` };
  }
  const sigs: { name: string; keyHash: Uint8Array; blob: Uint8Array }[] = [];
  for (const line of note.slice(at + 2, -1).split('\n')) {
    const m = /^\u2014 ([^\s+]+) ([A-Za-z0-9+/]+={0,2})$/.exec(line);
    if (!m) return { ok: false, reason: `the checkpoint's signature line "${line.slice(0, 80)}" is not "— <name> <base64 signature>"` };
    let raw: Uint8Array;
    try {
      raw = fromBase64(m[2]!);
    } catch {
      raw = new Uint8Array();
    }
    // one spelling only, as the server's parseNote: no malformed line is skipped
    if (raw.length < 5 || toBase64(raw) !== m[2]) return { ok: false, reason: `the checkpoint's signature line of ${m[1]} is not canonical base64 of a key hash and a signature` };
    sigs.push({ name: m[1]!, keyHash: raw.subarray(0, 4), blob: raw.subarray(4) });
  }
  if (sigs.length === 0) return { ok: false, reason: 'the checkpoint carries no signature' };
  const message = utf8(body);
  const inService = (k: TrustedKey, t: number) => t >= Date.parse(k.validFrom) && (k.validTo === null || t < Date.parse(k.validTo)) && (k.revokedAt === null || t < Date.parse(k.revokedAt));
  const logKeys = keys.filter((x) => x.purpose === 'log');
  let signer: TrustedKey | undefined;
  for (const s of sigs) {
    if (s.name !== origin) continue;
    // a line in the log's name is the log's signature: malformed, or by a key the list does not hold, refuses the checkpoint
    let key: TrustedKey | undefined;
    for (const k of logKeys) if (!key && equal(s.keyHash, await keyHash(origin, 1, k.publicKey))) key = k;
    if (!key) return { ok: false, reason: `the checkpoint of ${origin} is not signed by any log key of the trust list (${logKeys.map((k) => k.keyId).join(', ') || 'none listed'}): its signature line in the log's name carries the key hash ${hex(s.keyHash)}, of no log key the list holds` };
    if (s.blob.length !== 64) return { ok: false, reason: `the checkpoint's signature line by the log key ${key.keyId} holds ${s.blob.length} bytes of signature, not 64: the checkpoint was altered` };
    if (!(await verifyRaw(s.blob, message, key.publicKey))) return { ok: false, reason: `the checkpoint's signature by the log key ${key.keyId} does not verify: the checkpoint was altered` };
    if (!inService(key, Date.parse(time))) return { ok: false, reason: `the checkpoint is signed by the log key ${key.keyId}, which was not in service at ${time} (from ${key.validFrom}${key.validTo ? ` to ${key.validTo}` : ''}${key.revokedAt ? `; revoked on ${key.revokedAt}` : ''})` };
    signer ??= key;
  }
  if (!signer) return { ok: false, reason: `the checkpoint of ${origin} is not signed by any log key of the trust list (${logKeys.map((k) => k.keyId).join(', ') || 'none listed'})` };
  const cosigners = new Set<string>();
  const notCounted: string[] = [];
  const second = (iso: string) => Math.floor(Date.parse(iso) / 1000);
  for (const s of sigs) {
    if (s.blob.length !== 72) continue;
    for (const w of keys.filter((k) => k.purpose === 'witness' && k.owner === s.name)) {
      if (!equal(s.keyHash, await keyHash(s.name, 4, w.publicKey))) continue;
      const t = Number(new DataView(s.blob.buffer, s.blob.byteOffset, 8).getBigUint64(0));
      const signed = new Uint8Array([...utf8(`cosignature/v1\ntime ${t}\n`), ...message]);
      if (!(await verifyRaw(s.blob.subarray(8), signed, w.publicKey))) continue;
      const iso = new Date(t * 1000).toISOString();
      if (t < second(time)) notCounted.push(`${w.owner}'s cosignature is dated ${iso}, before the checkpoint's time ${time}`);
      else if (t * 1000 > now.getTime() + SKEW_MS) notCounted.push(`${w.owner}'s cosignature is dated ${iso}, more than 5 minutes after the verifier's clock (${now.toISOString()})`);
      // a revoked witness's cosignatures made from its revocation on do not count
      else if (w.revokedAt != null && t >= second(w.revokedAt)) notCounted.push(`${w.owner}'s cosignature of ${iso} is from after its key's revocation on ${w.revokedAt}`);
      else if (t >= second(w.validFrom) && (w.validTo === null || t < second(w.validTo))) cosigners.add(w.keyId);
      else notCounted.push(`${w.owner}'s cosignature of ${iso} is outside its key's service (from ${w.validFrom}${w.validTo ? ` to ${w.validTo}` : ''})`);
    }
  }
  if (cosigners.size < witnesses) {
    return { ok: false, reason: `the checkpoint of ${size} entries carries ${cosigners.size} valid cosignature${cosigners.size === 1 ? '' : 's'} by witnesses of the trust list, ${witnesses} required${notCounted.length ? ` (not counted: ${notCounted.join('; ')})` : ''}` };
  }
  return { ok: true, value: { treeSize: Number(size), rootHash: fromBase64(root!), time, keyId: signer.keyId, witnesses: cosigners.size, notCounted } };
}

/** What is impossible in a certificate's own dates at `now`, as the server's datesProblem (verification.ts). */
export function datesProblem(d: { issuedAt?: unknown; expiresAt?: unknown }, now: Date): string | undefined {
  const issued = typeof d.issuedAt === 'string' ? Date.parse(d.issuedAt) : Number.NaN;
  const expires = typeof d.expiresAt === 'string' ? Date.parse(d.expiresAt) : Number.NaN;
  if (Number.isNaN(issued)) return `the certificate's date of issue "${String(d.issuedAt).slice(0, 40)}" is not a time`;
  if (Number.isNaN(expires)) return `the certificate's date of expiry "${String(d.expiresAt).slice(0, 40)}" is not a time`;
  if (issued > now.getTime() + SKEW_MS) return `the certificate is dated ${d.issuedAt}, more than 5 minutes after the verifier's clock (${now.toISOString()}): a certificate from the future is refused`;
  if (!(expires > issued)) return `the certificate expires on ${d.expiresAt}, not after its date of issue ${d.issuedAt}`;
  const days = (expires - issued) / 86_400_000;
  if (days > MAX_VALIDITY_DAYS) {
    return `the certificate is valid from ${d.issuedAt} to ${d.expiresAt}, ${Number.isInteger(days) ? days : days.toFixed(2)} days: longer than the ${MAX_VALIDITY_DAYS} days the scheme allows a certificate, whoever signed it`;
  }
  return undefined;
}

interface Doc {
  type?: string;
  number?: string;
  issuedAt?: string;
  expiresAt?: string;
  issuer?: { participant?: string; keyId?: string };
  transparency?: { leafIndex: number; treeSize: number; rootHash: string };
  signature?: { alg?: string; value?: string };
  logProof?: unknown[];
}

interface Bundle {
  type: 'kp-certificate-bundle';
  certificate: unknown;
  inclusion?: { leafIndex: number; treeSize: number; proof: unknown[] };
  checkpoint?: unknown;
}

/** Verifies a certificate bundle (or a bare document, which is refused as not shown to be logged) against a (checked) trust list, now. */
export async function verifyOffline(input: unknown, list: TrustList, now = new Date(), opts: { witnesses?: number } = {}): Promise<Verification> {
  const bundle = (input as Bundle | null)?.type === 'kp-certificate-bundle' ? (input as Bundle) : undefined;
  const doc = bundle ? bundle.certificate : input;
  const d = (doc ?? {}) as Doc;
  // the wrapper is not signed: one shape only (as the server's wellFormedBundle)
  const fields = ['type', 'version', 'certificate', 'inclusion', 'checkpoint', 'consistency'];
  if (bundle && ((bundle as unknown as { version?: unknown }).version !== 1 || !Object.keys(bundle).every((k) => fields.includes(k)) || typeof bundle.inclusion !== 'object' || bundle.inclusion === null || Object.keys(bundle.inclusion).length !== 3)) {
    return { verdict: 'altered', valid: false, reason: 'this is not a well-formed certificate bundle (type, version 1, certificate, inclusion, checkpoint, and an optional consistency proof)' };
  }
  const fail = (verdict: Verdict, reason: string): Verification => ({
    verdict,
    valid: false,
    reason,
    ...(typeof d.number === 'string' && { number: d.number }),
    ...(typeof d.issuer?.participant === 'string' && { issuer: d.issuer.participant }),
    ...(typeof d.issuedAt === 'string' && { issuedAt: d.issuedAt }),
    ...(typeof d.expiresAt === 'string' && { expiresAt: d.expiresAt }),
  });
  if (typeof doc !== 'object' || doc === null || d.type !== 'kp-certificate' || typeof d.number !== 'string' || typeof d.issuer?.keyId !== 'string' || typeof d.signature?.value !== 'string') {
    return fail('altered', 'this is not a well-formed Kimberley Process certificate document');
  }
  const key = list.keys.find((k) => k.keyId === d.issuer!.keyId);
  if (!key || key.purpose !== 'certificate') return fail('unknown-key', `the signing key ${d.issuer.keyId} is not on the trust list`);
  const hash = hex(await sha256(canonical(without(doc as Record<string, unknown>, ['signature', 'logProof', 'transparency']))));
  const payload = canonical({ type: 'kp-certificate-signature', certificate: hash, transparency: d.transparency ?? null });
  if (d.signature.alg !== 'Ed25519' || Object.keys(d.signature).length !== 2 || !(await verifySignature(d.signature.value, payload, key.publicKey))) {
    return fail('altered', `the signature does not match the content: the certificate has been altered since ${key.owner}'s authority signed it`);
  }
  if (key.owner !== d.issuer.participant || !d.number.startsWith(`${key.owner}-`)) return fail('unknown-key', `the key ${key.keyId} belongs to ${key.owner}, not to the issuer ${d.issuer.participant}`);
  const dates = datesProblem(d, now);
  if (dates) return fail('invalid-dates', dates);
  const t = d.transparency;
  if (!t || !Number.isInteger(t.leafIndex) || !Number.isInteger(t.treeSize) || !HEX32.test(t.rootHash ?? '') || !Array.isArray(d.logProof) || !d.logProof.every((p) => typeof p === 'string' && HEX32.test(p))) {
    return fail('not-in-log', 'the certificate carries no valid position in the transparency log');
  }
  const leaf = await sha256(Uint8Array.of(0), canonical({ event: 'issued', number: d.number, at: d.issuedAt, recordHash: hash }));
  const included = await verifyInclusion(t.leafIndex, t.treeSize, leaf, (d.logProof as string[]).map(fromHex), fromHex(t.rootHash));
  if (!included) return fail('not-in-log', `the log proof does not show this certificate at position ${t.leafIndex} of the log of ${t.treeSize} entries`);
  if (!bundle) {
    return fail('not-in-log', "the document carries no checkpoint signed by the transparency log: offline, the issuing authority's own word is no proof that the certificate was ever logged. Obtain its bundle (kpcs cert bundle NUMBER, or GET /api/certificates/{number}/bundle) and verify that, or verify online");
  }
  const cp = await checkCheckpoint(bundle.checkpoint, list.keys, opts.witnesses ?? 0, now);
  if (!cp.ok) return fail('not-in-log', `the bundle's checkpoint proves nothing: ${cp.reason}`);
  const inc = bundle.inclusion;
  const path = Array.isArray(inc?.proof) && inc.proof.every((p) => typeof p === 'string' && HEX32.test(p)) ? (inc.proof as string[]).map(fromHex) : undefined;
  if (!inc || !path || inc.leafIndex !== t.leafIndex || inc.treeSize !== cp.value.treeSize || !(await verifyInclusion(t.leafIndex, cp.value.treeSize, leaf, path, cp.value.rootHash))) {
    return fail('not-in-log', `the log's checkpoint of ${cp.value.treeSize} entries (signed by ${cp.value.keyId}) does not hold this certificate at position ${t.leafIndex}: the inclusion proof fails, so it was never logged there`);
  }
  if (Date.parse(cp.value.time) < Date.parse(d.issuedAt ?? '')) {
    return fail('invalid-dates', `the bundle's checkpoint of ${cp.value.treeSize} entries is dated ${cp.value.time}, before the certificate's date of issue ${d.issuedAt}: the log cannot have held it then (a back-dated checkpoint, or a certificate dated later than it was logged)`);
  }
  const issued = Date.parse(d.issuedAt ?? '');
  if (!(issued >= Date.parse(key.validFrom)) || (key.validTo !== null && !(issued < Date.parse(key.validTo)))) {
    return fail('unknown-key', `the key ${key.keyId} was not in service on ${d.issuedAt}`);
  }
  if (key.revokedAt !== null && !(issued < Date.parse(key.revokedAt))) return fail('revoked-key', `the key ${key.keyId} was revoked on ${key.revokedAt}`);
  const cancelled = list.cancelled.find((c) => c.number === d.number);
  if (cancelled) return fail('cancelled', `the certificate was cancelled${cancelled.at ? ` on ${cancelled.at}` : ''}${cancelled.reason ? ` (${cancelled.reason})` : ''}${cancelled.replacedBy ? `, replaced by ${cancelled.replacedBy}` : ''}`);
  if (!(now.getTime() < Date.parse(d.expiresAt ?? ''))) return fail('expired', `the certificate expired on ${d.expiresAt}`);
  return {
    verdict: 'genuine',
    valid: true,
    reason: `genuine: signed by ${d.issuer.participant}'s authority with key ${key.keyId}, recorded in the public log at position ${t.leafIndex} (checkpoint of ${cp.value.treeSize} entries of ${cp.value.time} signed by the log key ${cp.value.keyId}${cp.value.witnesses ? `, cosigned by ${cp.value.witnesses} witness${cp.value.witnesses > 1 ? 'es' : ''}` : ''}), valid until ${d.expiresAt}`,
    number: d.number,
    issuer: d.issuer.participant,
    keyId: key.keyId,
    issuedAt: d.issuedAt,
    expiresAt: d.expiresAt,
    checkedAt: now.toISOString(),
  };
}
