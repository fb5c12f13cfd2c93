// Checkpoints of the transparency log, without I/O, in the formats of the C2SP specifications:
//   tlog-checkpoint  the note body: origin, tree size, base64 root hash, extension lines
//   signed-note      the body, a blank line, then lines "— <name> <base64(key hash(4) || signature)>"
//   tlog-cosignature a witness's line "— <name> <base64(key hash(4) || time(8, big endian) || signature)>"
//                    over "cosignature/v1\ntime <seconds>\n" followed by the checkpoint body
// The log's key (purpose 'log' on the trust list) signs the checkpoints; the key name is the origin. Two
// extension lines bind a kpcs checkpoint to a moment (which log key was in service) and to the audit
// chain's head (entries and head hash), so a store whose audit chain is cut or rewritten behind the
// checkpoint is caught by `kpcs audit verify --checkpoint`.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { verifyConsistency, verifyInclusion } from './merkle.js';

/** A key as the trust list lists it (signing.ts ListedKey; this file stays below signing.ts). */
export interface ListedKey {
  keyId: string;
  owner: string;
  purpose: string;
  publicKey: string;
  validFrom: string;
  validTo: string | null;
  revokedAt: string | null;
  revocationReason?: string | null;
}

/**
 * Unpadded base64url in its one canonical spelling (RFC 4648 §5, no padding, no other character, spare
 * bits zero), else no bytes: what the browser's verifier decodes alike (web/src/certificates/offline.ts),
 * so that the page and the server never disagree on a key or a signature.
 */
export function strictBase64url(text: unknown): Buffer {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text)) return Buffer.alloc(0);
  const raw = Buffer.from(text, 'base64url');
  return raw.toString('base64url') === text ? raw : Buffer.alloc(0);
}

const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
function verifyEd25519(data: Uint8Array, sig: Uint8Array, publicKey: string): boolean {
  try {
    const raw = strictBase64url(publicKey);
    if (raw.length !== 32 || sig.length !== 64) return false;
    return verify(null, data, createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' }), sig);
  } catch {
    return false;
  }
}

export const SIG_ED25519 = 0x01;
export const SIG_COSIGNATURE_V1 = 0x04;
const DASH = '\u2014';

export interface Checkpoint {
  origin: string;
  treeSize: number;
  /** hex */
  rootHash: string;
  /** when the log signed it (ISO): which log key was in service */
  time: string;
  /**
   * the audit chain the log's store held then: a salted commitment to its number of entries and the
   * hash of the last (the count stays private: anyone could otherwise watch the installation's activity);
   * checkpoints signed before show them in the open
   */
  audit: AuditState;
  /**
   * the generation of the trust list current when the log signed it (line "kpcs-trust <generation>";
   * checkpoints signed before carry none): a verifier holding the checkpoint refuses an older list
   */
  trust?: number;
}

export type AuditState = { entries: number; head: string } | { commitment: string };

/** The commitment a checkpoint's "kpcs-audit" line carries: sha256 of the entries and head, salted (hex). */
export function auditCommitment(salt: string, entries: number, head: string): string {
  return createHash('sha256').update(`kpcs-audit/v1\n${salt}\n${entries}\n${head}\n`, 'utf8').digest('hex');
}

export interface NoteSignature {
  name: string;
  keyHash: Buffer;
  /** the signature blob after the key hash (64 bytes for the log, 8 + 64 for a cosignature) */
  blob: Buffer;
  line: string;
}

const NAME = /^[^\s+]+$/;
const B64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function keyHash(name: string, type: number, publicKey: string): Buffer {
  return createHash('sha256').update(Buffer.from(`${name}\n`, 'utf8')).update(Buffer.from([type])).update(strictBase64url(publicKey)).digest().subarray(0, 4);
}

/** The C2SP verifier key string of a key: <name>+<hex key hash>+<base64(type || public key)>. */
export function verifierKey(name: string, type: number, publicKey: string): string {
  return `${name}+${keyHash(name, type, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([type]), strictBase64url(publicKey)]).toString('base64')}`;
}

export function checkpointBody(c: Checkpoint): string {
  return `${c.origin}\n${c.treeSize}\n${Buffer.from(c.rootHash, 'hex').toString('base64')}\nkpcs-time ${c.time}\nkpcs-audit ${'commitment' in c.audit ? c.audit.commitment : `${c.audit.entries} ${c.audit.head}`}\n${c.trust === undefined ? '' : `kpcs-trust ${c.trust}\n`}`;
}

/** Signs a checkpoint with the log key: the signed note (body, blank line, signature line). */
export function signCheckpoint(c: Checkpoint, key: KeyObject, publicKey: string): string {
  const body = checkpointBody(c);
  const sig = sign(null, Buffer.from(body, 'utf8'), key);
  return `${body}\n${DASH} ${c.origin} ${Buffer.concat([keyHash(c.origin, SIG_ED25519, publicKey), sig]).toString('base64')}\n`;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Splits a signed note into its body and signature lines (signed-note), checking the shape only. */
export function parseNote(text: unknown): Parsed<{ body: string; signatures: NoteSignature[] }> {
  if (typeof text !== 'string') return { ok: false, reason: 'the checkpoint is not a text (a signed note)' };
  if (text.length > 1 << 16) return { ok: false, reason: 'the checkpoint is larger than 64 KiB' };
  const at = text.lastIndexOf('\n\n');
  if (at < 0 || !text.endsWith('\n')) return { ok: false, reason: 'the checkpoint is not a signed note: no blank line between the text and its signatures, or no final newline' };
  const body = text.slice(0, at + 1);
  const lines = text.slice(at + 2, -1).split('\n');
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m || !NAME.test(m[1]!) || !B64.test(m[2]!)) return { ok: false, reason: `the checkpoint's signature line "${line.slice(0, 80)}" is not "— <name> <base64 signature>"` };
    const raw = Buffer.from(m[2]!, 'base64');
    if (raw.length < 5 || raw.toString('base64') !== m[2]) return { ok: false, reason: `the checkpoint's signature line of ${m[1]} is not canonical base64 of a key hash and a signature` };
    signatures.push({ name: m[1]!, keyHash: raw.subarray(0, 4), blob: raw.subarray(4), line });
  }
  if (signatures.length === 0) return { ok: false, reason: 'the checkpoint carries no signature' };
  return { ok: true, value: { body, signatures } };
}

/** The checkpoint a note body states (tlog-checkpoint), with the two kpcs extension lines required. */
export function parseCheckpointBody(body: string): Parsed<Checkpoint> {
  const lines = body.slice(0, -1).split('\n');
  const [origin, size, root, ...ext] = lines;
  if (!origin || size === undefined || root === undefined) return { ok: false, reason: 'the checkpoint has no origin, tree size and root hash lines' };
  if (!/^(0|[1-9][0-9]{0,15})$/.test(size) || !Number.isSafeInteger(Number(size))) return { ok: false, reason: `the checkpoint's tree size "${size.slice(0, 20)}" is not a decimal number` };
  const rootBytes = Buffer.from(root, 'base64');
  if (!B64.test(root) || rootBytes.length !== 32 || rootBytes.toString('base64') !== root) return { ok: false, reason: "the checkpoint's root hash is not 32 bytes of base64" };
  const time = ext.map((l) => /^kpcs-time (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/.exec(l)).find(Boolean)?.[1];
  const open = ext.map((l) => /^kpcs-audit (0|[1-9][0-9]{0,15}) ([0-9a-f]{64})$/.exec(l)).find(Boolean);
  const committed = ext.map((l) => /^kpcs-audit ([0-9a-f]{64})$/.exec(l)).find(Boolean);
  const audit: AuditState | undefined = committed ? { commitment: committed[1]! } : open ? { entries: Number(open[1]), head: open[2]! } : undefined;
  if (!time || Number.isNaN(Date.parse(time))) return { ok: false, reason: 'the checkpoint has no "kpcs-time" line: it is not a kpcs log checkpoint' };
  if (!audit) return { ok: false, reason: 'the checkpoint has no "kpcs-audit" line (the audit chain\'s head, or a commitment to it): it is not a kpcs log checkpoint' };
  const trust = ext.map((l) => /^kpcs-trust ([1-9][0-9]{0,15})$/.exec(l)).find(Boolean);
  if (ext.some((l) => l.startsWith('kpcs-trust')) && !trust) return { ok: false, reason: 'the checkpoint\'s "kpcs-trust" line is not "kpcs-trust <generation>"' };
  return { ok: true, value: { origin, treeSize: Number(size), rootHash: rootBytes.toString('hex'), time, audit, ...(trust && { trust: Number(trust[1]) }) } };
}

/** The message a tlog-cosignature/v1 signs: the header lines and the checkpoint body. */
export function cosignedMessage(body: string, time: number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${time}\n${body}`, 'utf8');
}

/** A witness's cosignature line over a checkpoint body, at `time` (seconds since the epoch). */
export function cosignatureLine(body: string, name: string, key: KeyObject, publicKey: string, time: number): string {
  const t = Buffer.alloc(8);
  t.writeBigUInt64BE(BigInt(time));
  const sig = sign(null, cosignedMessage(body, time), key);
  return `${DASH} ${name} ${Buffer.concat([keyHash(name, SIG_COSIGNATURE_V1, publicKey), t, sig]).toString('base64')}`;
}

/** Checks one cosignature line against a witness key: its time (seconds) when it holds. */
export function checkCosignature(body: string, s: NoteSignature, witness: { name: string; publicKey: string }): number | undefined {
  if (s.name !== witness.name || !s.keyHash.equals(keyHash(witness.name, SIG_COSIGNATURE_V1, witness.publicKey)) || s.blob.length !== 72) return undefined;
  const time = Number(s.blob.readBigUInt64BE(0));
  return verifyEd25519(cosignedMessage(body, time), s.blob.subarray(8), witness.publicKey) ? time : undefined;
}

const inService = (k: ListedKey, at: string) => {
  const t = Date.parse(at);
  return t >= Date.parse(k.validFrom) && (k.validTo === null || t < Date.parse(k.validTo)) && (k.revokedAt === null || t < Date.parse(k.revokedAt));
};

export interface CheckedCheckpoint {
  checkpoint: Checkpoint;
  body: string;
  /** the log key that signed it */
  keyId: string;
  /** the witnesses whose cosignature verifies */
  witnesses: string[];
  /** cosignatures by witnesses of the list that verify but do not count, and why */
  notCounted: string[];
}

/** How far ahead of the verifier's clock a checkpoint's or a cosignature's time may be (model.ts CLOCK_SKEW_MS). */
const SKEW_MS = 5 * 60_000;

/**
 * A signed checkpoint against the keys of a trust list, judged at `now` (the verifier's clock): its time
 * no later than now + 5 minutes; signed by a log key (name = origin, key hash and Ed25519 signature) that
 * was in service at the checkpoint's time; and, when `witnesses` > 0, cosigned by at least that many
 * distinct witness keys of the list, each cosignature dated no earlier than the checkpoint's time (a
 * witness cannot have checked a checkpoint before it was signed), no later than now + 5 minutes, and
 * inside its witness's period. Signatures by keys the list does not know are ignored (signed-note); a
 * signature line that names the log and carries a key hash of a log key must verify.
 */
export function verifyCheckpoint(note: unknown, keys: readonly ListedKey[], witnesses = 0, now = new Date()): Parsed<CheckedCheckpoint> {
  const n = parseNote(note);
  if (!n.ok) return n;
  const c = parseCheckpointBody(n.value.body);
  if (!c.ok) return c;
  const cp = c.value;
  if (Date.parse(cp.time) > now.getTime() + SKEW_MS) {
    return { ok: false, reason: `the checkpoint is dated ${cp.time}, more than 5 minutes after the verifier's clock (${now.toISOString()}): a checkpoint from the future is refused` };
  }
  const logKeys = keys.filter((k) => k.purpose === 'log');
  let signer: ListedKey | undefined;
  for (const s of n.value.signatures) {
    if (s.name !== cp.origin) continue;
    // a line in the log's name is the log's signature: one that is malformed or by a key the list does
    // not hold refuses the checkpoint (never skipped, so no line can be smuggled in beside a good one)
    const key = logKeys.find((k) => s.keyHash.equals(keyHash(cp.origin, SIG_ED25519, k.publicKey)));
    if (!key) return { ok: false, reason: `the checkpoint of ${cp.origin} is not signed by any log key of the trust list (${logKeys.map((k) => k.keyId).join(', ') || 'none listed'}): its signature line in the log's name carries the key hash ${s.keyHash.toString('hex')}, of no log key the list holds` };
    if (s.blob.length !== 64) return { ok: false, reason: `the checkpoint's signature line by the log key ${key.keyId} holds ${s.blob.length} bytes of signature, not 64: the checkpoint was altered` };
    if (!verifyEd25519(Buffer.from(n.value.body, 'utf8'), s.blob, key.publicKey)) {
      return { ok: false, reason: `the checkpoint's signature by the log key ${key.keyId} does not verify: the checkpoint was altered` };
    }
    if (!inService(key, cp.time)) return { ok: false, reason: `the checkpoint is signed by the log key ${key.keyId}, which was not in service at ${cp.time} (from ${key.validFrom}${key.validTo ? ` to ${key.validTo}` : ''}${key.revokedAt ? `; revoked on ${key.revokedAt}` : ''})` };
    signer ??= key;
  }
  if (!signer) return { ok: false, reason: `the checkpoint of ${cp.origin} is not signed by any log key of the trust list (${logKeys.map((k) => k.keyId).join(', ') || 'none listed'})` };
  const cosigners = new Set<string>();
  const notCounted: string[] = [];
  // a cosignature's time has whole seconds: compared with the checkpoint's time and the witness's period at that resolution
  const second = (iso: string) => Math.floor(Date.parse(iso) / 1000);
  for (const s of n.value.signatures) {
    for (const w of keys.filter((k) => k.purpose === 'witness' && k.owner === s.name)) {
      const time = checkCosignature(n.value.body, s, { name: w.owner, publicKey: w.publicKey });
      if (time === undefined) continue;
      const at = new Date(time * 1000).toISOString();
      if (time < second(cp.time)) notCounted.push(`${w.owner}'s cosignature is dated ${at}, before the checkpoint's time ${cp.time}`);
      else if (time * 1000 > now.getTime() + SKEW_MS) notCounted.push(`${w.owner}'s cosignature is dated ${at}, more than 5 minutes after the verifier's clock (${now.toISOString()})`);
      // a revoked witness's cosignatures made from its revocation on do not count
      else if (w.revokedAt != null && time >= second(w.revokedAt)) notCounted.push(`${w.owner}'s cosignature of ${at} is from after its key's revocation on ${w.revokedAt}`);
      else if (time >= second(w.validFrom) && (w.validTo === null || time < second(w.validTo))) cosigners.add(w.keyId);
      else notCounted.push(`${w.owner}'s cosignature of ${at} is outside its key's service (from ${w.validFrom}${w.validTo ? ` to ${w.validTo}` : ''})`);
    }
  }
  if (cosigners.size < witnesses) {
    return { ok: false, reason: `the checkpoint of ${cp.treeSize} entries carries ${cosigners.size} valid cosignature${cosigners.size === 1 ? '' : 's'} by witnesses of the trust list, ${witnesses} required${notCounted.length ? ` (not counted: ${notCounted.join('; ')})` : ''}` };
  }
  return { ok: true, value: { checkpoint: cp, body: n.value.body, keyId: signer.keyId, witnesses: [...cosigners], notCounted } };
}

export interface ConsistencyInput {
  first: number;
  second: number;
  proof: string[];
}

const hexes = (xs: unknown): Buffer[] | undefined => (Array.isArray(xs) && xs.every((x) => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x)) ? xs.map((x) => Buffer.from(x as string, 'hex')) : undefined);

/**
 * Are two checkpoints of the same log (one the prefix of the other)? Equal sizes: equal roots. Different
 * sizes: a consistency proof between the two sizes (RFC 9162) is needed and must hold. Returns why not.
 */
export function sameLog(a: Checkpoint, b: Checkpoint, proof?: ConsistencyInput): { ok: true } | { ok: false; reason: string } {
  if (a.origin !== b.origin) return { ok: false, reason: `the checkpoints are of two logs: ${a.origin} and ${b.origin}` };
  const [small, large] = a.treeSize <= b.treeSize ? [a, b] : [b, a];
  if (small.treeSize === large.treeSize) {
    return small.rootHash === large.rootHash ? { ok: true } : { ok: false, reason: `forked log: two checkpoints of ${small.treeSize} entries with different roots (${small.rootHash.slice(0, 16)}… and ${large.rootHash.slice(0, 16)}…), both signed by the log: it showed different histories to different parties` };
  }
  if (small.treeSize === 0) return { ok: true };
  if (!proof) return { ok: false, reason: `the checkpoints are of ${small.treeSize} and ${large.treeSize} entries and no consistency proof between them was given: cannot tell whether the log was forked (fetch one: kpcs log consistency --first ${small.treeSize} --second ${large.treeSize}, or GET /api/log/consistency-proof?first=${small.treeSize}&second=${large.treeSize})` };
  const path = hexes(proof.proof);
  if (proof.first !== small.treeSize || proof.second !== large.treeSize || !path) return { ok: false, reason: `the consistency proof given is from ${proof.first} to ${proof.second} entries, not from ${small.treeSize} to ${large.treeSize}` };
  if (!verifyConsistency(small.treeSize, large.treeSize, Buffer.from(small.rootHash, 'hex'), Buffer.from(large.rootHash, 'hex'), path)) {
    return { ok: false, reason: `forked log: the checkpoint of ${large.treeSize} entries does not extend the one of ${small.treeSize} entries (the consistency proof fails): the log showed different histories to different parties` };
  }
  return { ok: true };
}

/** Does `proof` show `leaf` at `index` in the checkpoint's tree? */
export function includedIn(cp: Checkpoint, index: number, leaf: Uint8Array, proof: unknown): boolean {
  const path = hexes(proof);
  return !!path && verifyInclusion(index, cp.treeSize, leaf, path, Buffer.from(cp.rootHash, 'hex'));
}
