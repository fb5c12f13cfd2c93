// An offline verifier's defence against an old trust list (docs/trust-model.md, "A list cannot be rolled
// back"): the floors a list's generation must reach — the newest list this verifier accepted before (its
// state file, `kpcs cert verify --trust-state FILE`), the generation a checkpoint it holds commits to, the
// generation the bundle's own checkpoint commits to when the list's log keys verify it — and the state
// file kept after each list accepted.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { detail, invalid } from '../core/errors.js';
import { verbatim } from '../core/i18n.js';
import { notJson } from '../core/messages.js';
import { parseCheckpointBody, parseNote, verifyCheckpoint } from './checkpoint.js';
import { type TrustList } from './signing.js';
import { certificateOf, type CertificateBundle } from './verification.js';
import { checkTrustFloor, generationOf, staleness } from './trust-generation.js';
import { m as km } from './key-messages.js';

export interface TrustState {
  type: 'kp-trust-state';
  /** the newest generation of a trust list this verifier accepted */
  generation: number;
  /** that list's signer and date, for a person reading the file */
  signer: string;
  issuedAt: string;
}

export function readTrustState(file: string): TrustState | undefined {
  if (!existsSync(file)) return undefined;
  let state: TrustState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as TrustState;
  } catch (e) {
    throw invalid(km('state.notJson', { file, format: 'JSON', error: (e as Error).message }), [detail(file, notJson())]);
  }
  if (state?.type !== 'kp-trust-state' || !Number.isSafeInteger(state.generation) || state.generation < 0) {
    throw invalid(km('state.notState', { file, product: 'kpcs', type: 'kp-trust-state' }), [detail(file, km('state.notStateDetail'))]);
  }
  return state;
}

function writeTrustState(file: string, state: TrustState): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

/** The generation a checkpoint note commits to, if it states one (no signature checked). */
export function committedGeneration(note: string): number | undefined {
  const n = parseNote(note);
  if (!n.ok) return undefined;
  const c = parseCheckpointBody(n.value.body);
  return c.ok ? c.value.trust : undefined;
}

/** A bundle's checkpoint note (what acceptTrustList takes a floor from); undefined for anything that is not a bundle with one. */
export function bundleCheckpoint(input: unknown): string | undefined {
  const b = input as Partial<CertificateBundle> | undefined;
  return b && typeof b === 'object' && certificateOf(b) !== b && typeof b.checkpoint === 'string' ? b.checkpoint : undefined;
}

/**
 * Accepts a (signature-checked) list only if no floor is above its generation: throws `invalid` naming
 * the floor. Then remembers its generation in the state file (never lowering it). Returns a warning when
 * the list is past its nextUpdate.
 */
export function acceptTrustList(list: TrustList, opts: { stateFile?: string; held?: string; input?: unknown; clock: Date }): { warning?: string } {
  const floors: { generation: number; source: string }[] = [];
  const state = opts.stateFile ? readTrustState(opts.stateFile) : undefined;
  if (state) floors.push({ generation: state.generation, source: `the newest list this verifier accepted before, signed by ${state.signer} on ${state.issuedAt}, kept in ${opts.stateFile}` });
  const held = opts.held === undefined ? undefined : committedGeneration(opts.held);
  if (held !== undefined) floors.push({ generation: held, source: 'the generation the checkpoint you hold commits to' });
  // the bundle's own checkpoint counts when this list's log keys verify it (a higher floor from elsewhere only refuses)
  const note = bundleCheckpoint(opts.input);
  if (note !== undefined) {
    const checked = verifyCheckpoint(note, list.keys, 0, opts.clock);
    if (checked.ok && checked.value.checkpoint.trust !== undefined) floors.push({ generation: checked.value.checkpoint.trust, source: "the generation the bundle's checkpoint, signed by the log, commits to" });
  }
  const floor = checkTrustFloor(list, floors);
  if (!floor.ok) throw invalid(km('list.unusable', { reason: floor.reason }), [detail('trust-list', verbatim(floor.reason))]);
  const g = generationOf(list);
  if (opts.stateFile && (!state || g > state.generation)) writeTrustState(opts.stateFile, { type: 'kp-trust-state', generation: g, signer: list.signer.keyId, issuedAt: list.issuedAt });
  return { warning: staleness(list, opts.clock) };
}
