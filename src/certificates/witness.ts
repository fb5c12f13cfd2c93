// A witness of the transparency log, kept in files by whoever runs it (no store): its Ed25519 key (a
// file readable by its owner only) and its state, the last checkpoint it cosigned. It cosigns a
// checkpoint (C2SP tlog-cosignature/v1) only when the log signed it and it extends that last one: the
// same tree at the same size, or a larger tree with a consistency proof (RFC 9162). A log that forks
// (shows another history to someone) or rolls back cannot get this witness's cosignature for both.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { detail, invalid, KpcsError } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './witness-messages.js';
import { cosignatureLine, parseNote, sameLog, SIG_COSIGNATURE_V1, verifierKey, verifyCheckpoint, type Checkpoint, type ConsistencyInput } from './checkpoint.js';
import { generateKeyPair, privateKeyObject, type TrustedKey } from './signing.js';

export interface WitnessKeyFile {
  type: 'kpcs-witness-key';
  name: string;
  publicKey: string;
  /** PKCS#8 DER, base64 */
  privateKey: string;
}

export interface WitnessState {
  type: 'kpcs-witness-state';
  name: string;
  /** the last checkpoint cosigned */
  checkpoint: Checkpoint;
  note: string;
  cosignedAt: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

/** `kpcs witness init`: a new key in `file` (created, mode 0600; never overwritten). */
export function initWitness(file: string, name: string): { name: string; publicKey: string; verifierKey: string; keyFile: string } {
  if (!NAME.test(name)) throw invalid(m('name.invalid', { name: name.slice(0, 100) }), [detail('--name', field('invalid'))]);
  const pair = generateKeyPair();
  const content: WitnessKeyFile = { type: 'kpcs-witness-key', name, publicKey: pair.publicKey, privateKey: pair.privateKeyDer.toString('base64') };
  try {
    writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new KpcsError('conflict', m('file.exists', { file }));
    throw e;
  }
  return { name, publicKey: pair.publicKey, verifierKey: verifierKey(name, SIG_COSIGNATURE_V1, pair.publicKey), keyFile: file };
}

export function readWitnessKey(file: string): WitnessKeyFile {
  let k: WitnessKeyFile;
  try {
    k = JSON.parse(readFileSync(file, 'utf8')) as WitnessKeyFile;
  } catch (e) {
    throw invalid(m('file.keyUnreadable', { file, reason: (e as Error).message }), [detail('--key', field('unreadable'))]);
  }
  if (k?.type !== 'kpcs-witness-key' || typeof k.name !== 'string' || typeof k.publicKey !== 'string' || typeof k.privateKey !== 'string') throw invalid(m('file.notKey', { file, command: 'kpcs witness init' }), [detail('--key', m('file.notKey.detail'))]);
  return k;
}

export function readWitnessState(file: string): WitnessState | undefined {
  if (!existsSync(file)) return undefined;
  const st = JSON.parse(readFileSync(file, 'utf8')) as WitnessState;
  if (st?.type !== 'kpcs-witness-state' || !st.checkpoint) throw invalid(m('file.notState', { file }), [detail('--state', m('file.notState.detail'))]);
  return st;
}

/**
 * Cosigns `note` if the log signed it (a log key of `keys` in service at its time) and it is consistent
 * with the last checkpoint this witness cosigned (`state`): never smaller (a rollback), the same root at
 * the same size, and for a larger tree a consistency proof from the old size that holds. Returns the
 * note with the cosignature line added and the new state; writes nothing.
 */
export function cosign(key: WitnessKeyFile, state: WitnessState | undefined, note: string, keys: readonly TrustedKey[], consistency: ConsistencyInput | undefined, now = new Date()): { note: string; line: string; state: WitnessState } {
  const checked = verifyCheckpoint(note, keys, 0, now);
  if (!checked.ok) throw invalid(m('cosign.refused', { reason: checked.reason }), [{ path: 'checkpoint', message: checked.reason }]);
  const cp = checked.value.checkpoint;
  if (state) {
    const last = state.checkpoint;
    if (last.origin !== cp.origin) throw invalid(m('cosign.otherLog', { followed: last.origin, origin: cp.origin }), [detail('checkpoint', m('cosign.otherLog.detail'))]);
    if (cp.treeSize < last.treeSize) {
      throw invalid(m('cosign.rollback', { size: String(cp.treeSize), last: String(last.treeSize), at: state.cosignedAt }), [detail('checkpoint', m('cosign.rollback.detail'))]);
    }
    const same = sameLog(last, cp, consistency);
    if (!same.ok) throw invalid(m('cosign.refused', { reason: same.reason }), [detail('checkpoint', m('cosign.inconsistent.detail'))]);
  }
  const parsed = parseNote(note);
  if (!parsed.ok) throw invalid(m('cosign.refused', { reason: parsed.reason }), [{ path: 'checkpoint', message: parsed.reason }]);
  const line = cosignatureLine(parsed.value.body, key.name, privateKeyObject(Buffer.from(key.privateKey, 'base64')), key.publicKey, Math.floor(now.getTime() / 1000));
  return { note: `${note}${line}\n`, line, state: { type: 'kpcs-witness-state', name: key.name, checkpoint: cp, note, cosignedAt: now.toISOString() } };
}

export function writeWitnessState(file: string, state: WitnessState): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

/** A checkpoint file: the signed note itself, or the JSON of GET /api/log/checkpoint (its `note`). */
export function readCheckpointFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw invalid(m('file.checkpointUnreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), [detail(file, field('unreadable'))]);
  }
  if (text.trimStart().startsWith('{')) {
    try {
      const j = JSON.parse(text) as { note?: unknown; checkpoint?: unknown };
      if (typeof j.note === 'string') return j.note;
      if (typeof j.checkpoint === 'string') return j.checkpoint;
    } catch {
      // not JSON: read as a note
    }
  }
  return text;
}
