// Signed checkpoints of the transparency log over the store (formats in checkpoint.ts): made on demand
// from the store's state (log size and root, audit chain head) at most once per state and log key,
// kept so that any checkpoint can be served again and several servers on one database sign from the
// same rows; the offline bundle of a certificate (its inclusion proof in a checkpoint's tree); the
// witnesses registered to cosign checkpoints, and their cosignatures.
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Store, Tx } from '../db/store.js';
import { isUniqueViolation, transaction } from '../db/transaction.js';
import { conflict, detail, invalid, notFound } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './witness-messages.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { auditCommitment, checkCosignature, checkpointBody, type AuditState, parseCheckpointBody, parseNote, signCheckpoint, SIG_COSIGNATURE_V1, verifierKey, verifyCheckpoint } from './checkpoint.js';
import { optionsOf, schemeSigningKey } from './keys.js';
import * as log from './log.js';
import { keyIdOf, type TrustedKey } from './signing.js';
import { type CertificateBundle } from './verification.js';
import type { SignedCertificate } from './model.js';
import * as logStore from './log-store.js';
import * as keyStore from './key-store.js';

/** The log's origin (first line of every checkpoint, and the name of its key): KPCS_LOG_ORIGIN, else <public host>/kpcs-log. */
export function logOrigin(s: Store): string {
  const explicit = optionsOf(s).logOrigin ?? process.env.KPCS_LOG_ORIGIN;
  if (explicit) return explicit;
  const url = optionsOf(s).publicUrl ?? process.env.KPCS_PUBLIC_URL ?? 'http://localhost:8080';
  return `${new URL(url).host}/kpcs-log`;
}

const hashOf = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');

/** A stored checkpoint as served: the signed note with every cosignature received, and its fields. */
export interface ServedCheckpoint {
  note: string;
  treeSize: number;
  rootHash: string;
  time: string;
  keyId: string;
  /** the salted commitment to the audit chain's head (checkpoints signed before: its entries and head) */
  audit: AuditState;
  /** the generation of the trust list the checkpoint commits to, if it states one */
  trust?: number;
  cosignatures: string[];
}

const parsedTrust = (body: string) => {
  const c = parseCheckpointBody(body);
  return c.ok ? c.value.trust : undefined;
};

async function served(q: Db | Tx, row: logStore.CheckpointRow): Promise<ServedCheckpoint> {
  const cosigs = await logStore.cosignaturesOf(q, row.id);
  return {
    note: `${row.body}\n${[row.signature, ...cosigs.map((c) => c.line)].join('\n')}\n`,
    treeSize: row.tree_size, rootHash: row.root_hash, time: new Date(row.signed_at).toISOString(), keyId: row.key_id,
    audit: row.audit_salt === null ? { entries: row.audit_entries, head: row.audit_head } : { commitment: auditCommitment(row.audit_salt, row.audit_entries, row.audit_head) },
    ...(parsedTrust(row.body) !== undefined && { trust: parsedTrust(row.body) }),
    cosignatures: cosigs.map((c) => c.witness),
  };
}

/**
 * The checkpoint of the store's state now, signed by the log key in service: the stored one when the log,
 * the audit chain and the key have not moved since it was signed, else a new one, stored. Checkpoints are
 * publications derived from state that is audited already; they are not audited themselves (an entry
 * would move the audit head they commit to).
 */
async function currentRow(s: Store): Promise<logStore.CheckpointRow> {
  return transaction(s.db, async (tx) => {
    const key = await schemeSigningKey(s, tx, 'log');
    const size = await logStore.logSize(tx);
    const head = await audit.head(tx);
    const existing = await logStore.checkpointByState(tx, size, head.entries, key.id);
    if (existing) return existing;
    // never older than an entry it holds (simulated or back-dated issuance may log entries dated ahead of
    // the clock): a verifier refuses a checkpoint older than the certificate it is to prove
    const now = new Date();
    const latestLeaf = await logStore.latestLeafTime(tx, size);
    const time = latestLeaf && latestLeaf > now ? latestLeaf : now;
    // the generation of the trust list now: a verifier holding this checkpoint refuses an older list
    // the audit head behind a salted commitment: the count would let anyone polling watch the activity
    const salt = randomBytes(32).toString('hex');
    const cp = { origin: logOrigin(s), treeSize: size, rootHash: await log.rootAt(tx, size), time: time.toISOString(), audit: { commitment: auditCommitment(salt, head.entries, head.head) }, trust: await keyStore.trustGenerationNow(tx) };
    const body = checkpointBody(cp);
    const note = signCheckpoint(cp, key.key, key.publicKey);
    await logStore.insertCheckpoint(tx, {
      id: hashOf(body), tree_size: size, root_hash: cp.rootHash, audit_entries: head.entries, audit_head: head.head, signed_at: new Date(cp.time), key_id: key.id,
      body, signature: note.slice(body.length + 1, -1), audit_salt: salt,
    });
    return (await logStore.checkpointByState(tx, size, head.entries, key.id))!;
  });
}

/** `GET /api/log/checkpoint`, `kpcs log checkpoint`: the current one, or the latest signed of `treeSize` entries. */
export async function checkpoint(s: Store, treeSize?: number): Promise<ServedCheckpoint> {
  if (treeSize === undefined) return served(s.db, await currentRow(s));
  const row = await logStore.latestCheckpoint(s.db, treeSize);
  if (!row) throw notFound(m('checkpoint.none', { size: String(treeSize) }));
  return served(s.db, row);
}

/**
 * A certificate's offline bundle: the document, a checkpoint covering its issue entry (the latest one a
 * witness cosigned, else the latest, else one signed now) and the inclusion proof in that checkpoint's
 * tree; with `consistencyFrom`, the consistency proof between that size and the checkpoint's.
 */
export async function bundleOf(s: Store, doc: SignedCertificate, opts: { consistencyFrom?: number } = {}): Promise<CertificateBundle> {
  const index = doc.transparency.leafIndex;
  // a checkpoint dated before the certificate proves nothing to a verifier (it refuses it): skipped
  const issued = new Date(doc.issuedAt);
  let row = await logStore.latestCosignedCheckpoint(s.db, index, issued);
  const latest = await logStore.latestCheckpoint(s.db, undefined, issued);
  if (!row && latest && latest.tree_size > index) row = latest;
  // a checkpoint signed by a log key at or after its revocation verifies nowhere: sign a new one
  if (row) {
    const signer = (await keyStore.schemeKeys(s.db)).find((k) => k.id === row!.key_id);
    if (signer?.revoked_at != null && new Date(row.signed_at) >= new Date(signer.revoked_at)) row = undefined;
  }
  row ??= await currentRow(s);
  if (row.tree_size <= index) throw conflict(m('bundle.notYet', { size: String(row.tree_size), index: String(index) }));
  if (new Date(row.signed_at) < issued) throw conflict(m('bundle.olderCheckpoint', { signedAt: new Date(row.signed_at).toISOString(), issuedAt: doc.issuedAt }));
  const [cp, proof] = await Promise.all([served(s.db, row), log.inclusionProof(s.db, index, row.tree_size)]);
  const bundle: CertificateBundle = { type: 'kp-certificate-bundle', version: 1, certificate: doc, inclusion: { leafIndex: index, treeSize: row.tree_size, proof: proof.proof }, checkpoint: cp.note };
  const from = opts.consistencyFrom;
  if (from !== undefined && from >= 1 && from !== row.tree_size) {
    const [a, b] = from < row.tree_size ? [from, row.tree_size] : [row.tree_size, from];
    const c = await log.consistencyProof(s.db, a, b);
    bundle.consistency = { first: c.first, second: c.second, proof: c.proof };
  }
  return bundle;
}

// ---- witnesses ----

const WITNESS_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

/** A witness's public key given raw (base64url/base64, 32 bytes) or as a C2SP verifier key name+hash+base64(0x04||key). */
export function parseWitnessKey(name: string, text: string): string {
  const parts = text.split('+');
  let raw: Buffer;
  if (parts.length === 3) {
    const blob = Buffer.from(parts[2]!, 'base64');
    if (parts[0] !== name || blob.length !== 33 || blob[0] !== SIG_COSIGNATURE_V1) throw invalid(m('key.notCosignature', { key: text.slice(0, 60), format: 'cosignature/v1', name }), [detail('publicKey', m('key.notCosignature.detail'))]);
    raw = blob.subarray(1);
    if (verifierKey(name, SIG_COSIGNATURE_V1, raw.toString('base64url')) !== text) throw invalid(m('key.hashMismatch'), [detail('publicKey', m('key.hashMismatch.detail'))]);
  } else {
    raw = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (raw.length !== 32) throw invalid(m('key.format', { algorithm: 'Ed25519', encoding: 'base64', standard: 'C2SP' }), [detail('publicKey', m('key.format.detail'))]);
  }
  return raw.toString('base64url');
}

/** `kpcs witness add`, administrators: registers a witness whose cosignatures the log accepts and the trust list lists. */
export async function addWitness(s: Store, actor: Actor, name: string, publicKeyText: string, now = new Date()) {
  authorize(actor, 'certificates.witness.manage');
  if (!WITNESS_NAME.test(name)) throw invalid(m('name.invalid', { name: name.slice(0, 100) }), [detail('name', field('invalid'))]);
  const publicKey = parseWitnessKey(name, publicKeyText.trim());
  const keyId = keyIdOf('WITNESS', publicKey);
  try {
    return await transaction(s.db, async (tx) => {
      await logStore.insertWitness(tx, { name, key_id: keyId, public_key: publicKey, valid_from: now, added_by: actor.name });
      await audit.record(tx, actor, 'certificates.witness.add', name, { keyId, publicKey });
      return { name, keyId, publicKey, verifierKey: verifierKey(name, SIG_COSIGNATURE_V1, publicKey), validFrom: now.toISOString() };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(m('witness.exists', { name }));
    throw e;
  }
}

/** `kpcs witness remove`: its key leaves service now; cosignatures it made before stay valid. */
export async function removeWitness(s: Store, actor: Actor, name: string, now = new Date()) {
  authorize(actor, 'certificates.witness.manage');
  return transaction(s.db, async (tx) => {
    const r = await logStore.retireWitness(tx, name, now);
    if (Number(r.numUpdatedRows) !== 1) throw notFound(m('witness.notInService', { name }));
    await audit.record(tx, actor, 'certificates.witness.remove', name, { at: now.toISOString() });
    return { name, validTo: now.toISOString() };
  });
}

/**
 * A revocation's moment and reason, checked: `at` (ISO 8601, default now) not in the future, a reason given.
 * `path` names the option or field the caller took them from.
 */
export function revocationOf(input: { at?: string; reason: string }, now: Date, paths = { at: 'at', reason: 'reason' }): { at: Date; reason: string } {
  const at = input.at ? new Date(input.at) : now;
  if (Number.isNaN(at.getTime()) || at > now) throw invalid(m('revocation.at', { standard: 'ISO 8601', at: String(input.at).slice(0, 40) }), [detail(paths.at, m('revocation.at.detail'))]);
  const reason = (input.reason ?? '').trim();
  if (!reason) throw invalid(m('revocation.reason'), [detail(paths.reason, field('required'))]);
  if (reason.length > 500) throw invalid(m('revocation.reasonLong', { length: reason.length, max: 500 }), [detail(paths.reason, m('revocation.reasonLong.detail', { max: 500 }))]);
  return { at, reason };
}

/**
 * `kpcs witness revoke`, administrators: from `at` on (default now; earlier when its key was stolen
 * before anyone noticed) its cosignatures no longer count with any verifier of the trust list; those
 * made before stay valid. Out of service from now if it still was. Audited; listed on the trust list.
 */
export async function revokeWitness(s: Store, actor: Actor, name: string, input: { at?: string; reason: string }, now = new Date()) {
  authorize(actor, 'certificates.witness.manage');
  const { at, reason } = revocationOf(input, now);
  return transaction(s.db, async (tx) => {
    const w = (await logStore.witnesses(tx)).find((x) => x.name === name);
    if (!w) throw notFound(m('witness.unknown', { name, command: 'kpcs witness list' }));
    if (w.revoked_at !== null) throw conflict(m('witness.revokedAlready', { name, at: new Date(w.revoked_at).toISOString(), reason: String(w.revocation_reason) }));
    if (!(await logStore.revokeWitness(tx, name, at, reason, now))) throw conflict(m('witness.revokedMeanwhile', { name }));
    await audit.record(tx, actor, 'certificates.witness.revoke', name, { keyId: w.key_id, at: at.toISOString(), reason });
    return { name, keyId: w.key_id, revokedAt: at.toISOString(), reason };
  });
}

/** The witnesses as the trust list lists them (purpose 'witness', owner = the witness's name), with their revocations. */
export async function witnessKeys(q: Db | Tx): Promise<TrustedKey[]> {
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return (await logStore.witnesses(q)).map((w) => ({ keyId: w.key_id, owner: w.name, purpose: 'witness', publicKey: w.public_key, validFrom: iso(w.valid_from)!, validTo: iso(w.valid_to), revokedAt: iso(w.revoked_at), revocationReason: w.revocation_reason }));
}

/**
 * `POST /api/log/checkpoint/cosignatures` (public: the signatures are the credential): a checkpoint this
 * log signed, with cosignature lines of registered witnesses in service. Every line by a registered
 * witness must verify; lines of other keys are ignored (signed-note). Not audited: a cosignature is a
 * signed statement anyone can check, and an entry would move the audit head the next checkpoint commits to.
 */
export async function addCosignatures(s: Store, note: string, now = new Date()) {
  const parsed = parseNote(note);
  if (!parsed.ok) throw invalid(m('checkpoint.notCosigned', { reason: parsed.reason }), [{ path: 'checkpoint', message: parsed.reason }]);
  const { body, signatures } = parsed.value;
  const cp = parseCheckpointBody(body);
  if (!cp.ok) throw invalid(m('checkpoint.notOfThisLog', { reason: cp.reason }), [{ path: 'checkpoint', message: cp.reason }]);
  const row = await logStore.checkpointById(s.db, hashOf(body));
  if (!row) throw notFound(m('checkpoint.neverSigned', { size: String(cp.value.treeSize), time: String(cp.value.time) }));
  const registered = (await logStore.witnesses(s.db)).filter((w) => w.valid_to === null);
  const accepted: { witness: string; line: string; time: number }[] = [];
  for (const sig of signatures) {
    const w = registered.find((r) => r.name === sig.name);
    if (!w || sig.blob.length !== 72) continue;
    const time = checkCosignature(body, sig, { name: w.name, publicKey: w.public_key });
    if (time === undefined) throw invalid(m('cosignature.bad', { name: w.name, keyId: w.key_id }), [detail('checkpoint', m('cosignature.bad.detail', { name: w.name }))]);
    if (time * 1000 > now.getTime() + 5 * 60_000) throw invalid(m('cosignature.future', { name: w.name, time: new Date(time * 1000).toISOString() }), [detail('checkpoint', m('cosignature.future.detail'))]);
    if (time < Math.floor(new Date(row.signed_at).getTime() / 1000)) throw invalid(m('cosignature.older', { name: w.name, time: new Date(time * 1000).toISOString(), signedAt: new Date(row.signed_at).toISOString() }), [detail('checkpoint', m('cosignature.older.detail'))]);
    accepted.push({ witness: w.name, line: sig.line, time });
  }
  if (accepted.length === 0) throw invalid(m('cosignature.none', { command: 'kpcs witness add NAME KEY' }), [detail('checkpoint', m('cosignature.none.detail'))]);
  const added = await transaction(s.db, async (tx) => {
    const out: string[] = [];
    for (const a of accepted) if (await logStore.insertCosignature(tx, { checkpoint_id: row.id, witness: a.witness, line: a.line, cosigned_at: new Date(a.time * 1000) })) out.push(a.witness);
    return out;
  });
  return { treeSize: row.tree_size, checkpointTime: new Date(row.signed_at).toISOString(), accepted: accepted.map((a) => a.witness), added };
}

// ---- the store against a checkpoint ----

/** The log keys of the store, as the trust list lists them. */
async function logKeysOf(q: Db | Tx): Promise<TrustedKey[]> {
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return (await keyStore.schemeKeys(q)).filter((k) => k.purpose === 'log').map((k) => ({ keyId: k.id, owner: 'KP', purpose: 'log', publicKey: k.public_key, validFrom: iso(k.valid_from)!, validTo: iso(k.valid_to), revokedAt: iso(k.revoked_at), revocationReason: k.revocation_reason }));
}

/**
 * `kpcs audit verify --checkpoint FILE`: the audit chain and the log against a checkpoint the log signed
 * earlier (kept by someone outside: a witness, a Participant, a verifier). Whatever was cut off the end,
 * edited, removed or re-hashed before the state the checkpoint saw is reported; a chain that merely
 * verifies on its own proves nothing against someone who rewrote and re-hashed it whole.
 */
export async function checkStoreAgainst(s: Store, note: string, onProgress?: (checked: number) => void) {
  const checked = verifyCheckpoint(note, await logKeysOf(s.db), 0);
  if (!checked.ok) throw invalid(m('checkpoint.unusable', { reason: checked.reason }), [{ path: 'checkpoint', message: checked.reason }]);
  const logProblems: string[] = [];
  // a commitment is opened with the salt, count and head the store kept for this checkpoint (by its body's
  // hash): a store whose record of it is gone or altered can no longer be held to it, and says so
  let opened: { entries: number; head: string } | undefined;
  const stated = checked.value.checkpoint.audit;
  if ('commitment' in stated) {
    const row = await logStore.checkpointById(s.db, hashOf(checked.value.body));
    if (row?.audit_salt && auditCommitment(row.audit_salt, row.audit_entries, row.audit_head) === stated.commitment) opened = { entries: row.audit_entries, head: row.audit_head };
    else logProblems.push(`the store ${row ? 'holds an altered record' : 'holds no record'} of the checkpoint of ${checked.value.checkpoint.time}: the commitment to the audit chain it signed cannot be opened, so its checkpoints were removed or rewritten`);
  } else opened = stated;
  const cp = { ...checked.value.checkpoint, audit: opened ?? stated };
  const report = await audit.verifyChain(s.db, onProgress, opened && { entries: opened.entries, head: opened.head, at: cp.time });
  const size = await logStore.logSize(s.db);
  if (size < cp.treeSize) logProblems.push(`the transparency log holds ${size} entries, the checkpoint of ${cp.time} saw ${cp.treeSize}: ${cp.treeSize - size} were cut off its end`);
  else {
    const root = await log.rootAt(s.db, cp.treeSize);
    if (root !== cp.rootHash) logProblems.push(`the log's root at ${cp.treeSize} entries is ${root}, the checkpoint of ${cp.time} recorded ${cp.rootHash}: the log was rewritten`);
  }
  return { checkpoint: cp, keyId: checked.value.keyId, ...report, logProblems };
}
