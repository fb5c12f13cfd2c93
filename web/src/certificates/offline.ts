// Offline verification in the browser, the same checks as the server's verifyCertificate
// (src/certificates/signing.ts): the trust list's own signature, the authority key, the Ed25519
// signature over RFC 8785 canonical JSON, the RFC 9162 inclusion proof of the issue entry, the key's
// period of service and revocation, cancellation and expiry. Nothing is sent to the server.
// A certificate is "recorded in the public log" only on the log's own word: the file is its bundle, whose
// checkpoint (C2SP tlog-checkpoint in a signed note) is signed by a log key of the trust list in service
// at the checkpoint's time, with the inclusion proof of the certificate in that checkpoint's tree
// (src/certificates/checkpoint.ts on the server). A bare document is not proof of logging offline.
import * as ed from '@noble/ed25519';
import canonicalize from 'canonicalize';
import type { Verdict, Verification } from './types';

interface TrustedKey {
  keyId: string;
  owner: string;
  purpose: string;
  publicKey: string;
  validFrom: string;
  validTo: string | null;
  revokedAt: string | null;
  revocationReason?: string | null;
}

export interface TrustList {
  type: 'kp-trust-list';
  /** 1: signed by a scheme key (KP-…); 2: signed by the Chair's key, with its chain of endorsements */
  version?: number;
  issuedAt: string;
  signer: { keyId: string; publicKey: string; chair?: string; year?: number };
  chain?: Endorsement[];
  keys: TrustedKey[];
  /** numbers only, with the one issued in place (lists signed before also carry `at` and `reason`) */
  cancelled: { number: string; replacedBy?: string | null; at?: string; reason?: string }[];
  signature: { alg: string; value: string };
}

const encoder = new TextEncoder();

function canonical(value: unknown): Uint8Array {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('cannot canonicalize');
  return encoder.encode(text);
}

function base64url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
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

interface ChairKeyRef {
  keyId: string;
  publicKey: string;
  chair: string;
  year: number;
}

interface Endorsement {
  type: 'kp-chair-key-endorsement';
  at: string;
  previous: ChairKeyRef;
  next: ChairKeyRef;
  signature: { alg: string; value: string };
}

const keyIdOf = async (owner: string, publicKey: string) => `${owner}-${hex(await sha256(base64url(publicKey))).slice(0, 16)}`;

/**
 * Checks the list's own signature and that its signer id matches its key. A list signed by the Chair's
 * key (version 2) must also carry a sound chain of endorsements ending at its signer (as the server's
 * checkTrustList in src/certificates/signing.ts).
 */
export async function checkTrustList(list: unknown): Promise<{ ok: true; list: TrustList } | { ok: false; reason: string }> {
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
}

/** A checkpoint note against the trust list's log keys (and witness keys), as the server's verifyCheckpoint. */
export async function checkCheckpoint(note: unknown, keys: TrustedKey[], witnesses = 0): Promise<{ ok: true; value: CheckedCheckpoint } | { ok: false; reason: string }> {
  if (typeof note !== 'string' || note.length > 65536) return { ok: false, reason: 'the checkpoint is not a signed note' };
  const at = note.lastIndexOf('\n\n');
  if (at < 0 || !note.endsWith('\n')) return { ok: false, reason: 'the checkpoint is not a signed note' };
  const body = note.slice(0, at + 1);
  const lines = body.slice(0, -1).split('\n');
  const [origin, size, root, ...ext] = lines;
  const time = ext.map((l) => /^kpcs-time (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/.exec(l)).find(Boolean)?.[1];
  if (!origin || !/^(0|[1-9][0-9]{0,15})$/.test(size ?? '') || !/^[A-Za-z0-9+/]{43}=$/.test(root ?? '') || !time || !ext.some((l) => /^kpcs-audit (0|[1-9][0-9]*) [0-9a-f]{64}$/.test(l))) {
    return { ok: false, reason: 'the checkpoint is not a kpcs log checkpoint (origin, size, root, kpcs-time, kpcs-audit)' };
  }
  const sigs: { name: string; blob: Uint8Array }[] = [];
  for (const line of note.slice(at + 2, -1).split('\n')) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/.exec(line);
    if (!m) return { ok: false, reason: 'a signature line of the checkpoint is not "— <name> <base64>"' };
    sigs.push({ name: m[1]!, blob: fromBase64(m[2]!) });
  }
  const message = utf8(body);
  const inService = (k: TrustedKey, t: number) => t >= Date.parse(k.validFrom) && (k.validTo === null || t < Date.parse(k.validTo)) && (k.revokedAt === null || t < Date.parse(k.revokedAt));
  let signer: TrustedKey | undefined;
  for (const s of sigs) {
    if (s.name !== origin || s.blob.length !== 68) continue;
    for (const k of keys.filter((x) => x.purpose === 'log')) {
      if (!equal(s.blob.subarray(0, 4), await keyHash(origin, 1, k.publicKey))) continue;
      if (!(await verifyRaw(s.blob.subarray(4), message, k.publicKey))) return { ok: false, reason: `the checkpoint's signature by the log key ${k.keyId} does not verify: the checkpoint was altered` };
      if (!inService(k, Date.parse(time))) return { ok: false, reason: `the checkpoint is signed by the log key ${k.keyId}, which was not in service at ${time}` };
      signer = k;
    }
    if (signer) break;
  }
  if (!signer) return { ok: false, reason: `the checkpoint of ${origin} is not signed by any log key of the trust list` };
  const cosigners = new Set<string>();
  for (const s of sigs) {
    if (s.blob.length !== 76) continue;
    for (const w of keys.filter((k) => k.purpose === 'witness' && k.owner === s.name)) {
      if (!equal(s.blob.subarray(0, 4), await keyHash(s.name, 4, w.publicKey))) continue;
      const t = Number(new DataView(s.blob.buffer, s.blob.byteOffset + 4, 8).getBigUint64(0));
      const signed = new Uint8Array([...utf8(`cosignature/v1\ntime ${t}\n`), ...message]);
      const second = (iso: string) => Math.floor(Date.parse(iso) / 1000);
      // a revoked witness's cosignatures made from its revocation on do not count
      if ((await verifyRaw(s.blob.subarray(12), signed, w.publicKey)) && t >= second(w.validFrom) && (w.validTo === null || t < second(w.validTo)) && (w.revokedAt == null || t < second(w.revokedAt))) cosigners.add(w.keyId);
    }
  }
  if (cosigners.size < witnesses) return { ok: false, reason: `the checkpoint of ${size} entries carries ${cosigners.size} valid cosignatures by witnesses of the trust list, ${witnesses} required` };
  return { ok: true, value: { treeSize: Number(size), rootHash: fromBase64(root!), time, keyId: signer.keyId, witnesses: cosigners.size } };
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
  const cp = await checkCheckpoint(bundle.checkpoint, list.keys, opts.witnesses ?? 0);
  if (!cp.ok) return fail('not-in-log', `the bundle's checkpoint proves nothing: ${cp.reason}`);
  const inc = bundle.inclusion;
  const path = Array.isArray(inc?.proof) && inc.proof.every((p) => typeof p === 'string' && HEX32.test(p)) ? (inc.proof as string[]).map(fromHex) : undefined;
  if (!inc || !path || inc.leafIndex !== t.leafIndex || inc.treeSize !== cp.value.treeSize || !(await verifyInclusion(t.leafIndex, cp.value.treeSize, leaf, path, cp.value.rootHash))) {
    return fail('not-in-log', `the log's checkpoint of ${cp.value.treeSize} entries (signed by ${cp.value.keyId}) does not hold this certificate at position ${t.leafIndex}: the inclusion proof fails, so it was never logged there`);
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
