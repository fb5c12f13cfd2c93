// Recording and checking the audit chain. record() runs inside the caller's transaction, so a state
// change and its audit entry commit together or not at all.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/store.js';
import { isUniqueViolation, RetryableConflict } from '../db/transaction.js';
import { KeptReads } from '../db/kept.js';
import { actingFor, type Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import { chainProblem, checkChain, GENESIS_HASH, hashEntry, type AuditEntry, type ChainProblem } from './model.js';
import { m } from './messages.js';

/** " of 2026-12-04T…" when the checkpoint's time is known (the problems' words). */
const checkpointOf = (at?: string) => (at ? m('problem.checkpointOf', { at }) : '');
import * as store from './store.js';

/**
 * The chain's head, kept on the embedded store while the audit log is unwritten (kept.ts), and written
 * through by each entry recorded: the next entry chains onto it without reading it.
 */
const heads = new KeptReads<'head', { seq: number; hash: string } | undefined>(['audit_log'], { max: 1 });

export async function record(tx: Tx, actor: Actor, action: string, subject: string | null, details: unknown = {}): Promise<AuditEntry> {
  const last = await heads.get(tx, 'head', () => store.head(tx));
  const content = {
    seq: (last?.seq ?? 0) + 1,
    id: randomUUID(),
    at: new Date().toISOString(),
    actorUser: actor.userId,
    actorName: actor.name,
    actingFor: actingFor(actor),
    action,
    subject,
    details: details ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const entry = { ...content, hash: hashEntry(content) };
  try {
    await heads.afterWrite(tx, 'head', () => store.insert(tx, entry), () => ({ seq: entry.seq, hash: entry.hash }));
  } catch (e) {
    // another writer chained onto the same head first: the whole transaction is retried
    if (isUniqueViolation(e)) throw new RetryableConflict('audit chain head moved');
    throw e;
  }
  return entry;
}

export async function list(db: Db, actor: Actor, opts: { beforeSeq?: number; limit?: number; action?: string; actingFor?: string }) {
  authorize(actor, 'audit.read');
  return store.page(db, { ...opts, limit: Math.min(opts.limit ?? 100, 1000) });
}

/**
 * What the system itself recorded under one action (e.g. which keys were derived from a seed): for
 * checks the installation runs on itself, never for users (they read the log through list()).
 */
export async function recordedDetails(db: Db, action: string): Promise<unknown[]> {
  return store.detailsOf(db, action);
}

export interface ChainReport {
  entries: number;
  headHash: string;
  problems: ChainProblem[];
}

/** The chain's head: its number of entries (the last seq) and the last hash; what a log checkpoint commits to. */
export async function head(q: Db | Tx): Promise<{ entries: number; head: string }> {
  const last = await store.head(q);
  return { entries: last ? Number(last.seq) : 0, head: last?.hash ?? GENESIS_HASH };
}

/**
 * Walks the whole chain in batches. With `saw` (the head a signed log checkpoint recorded: entries and
 * hash), also reports entries cut off the end, or edited, removed or re-hashed before that state: the
 * chain must still hold entry `saw.entries` with exactly that hash (which chains every entry before it).
 */
export async function verifyChain(db: Db, onProgress?: (checked: number) => void, saw?: { entries: number; head: string; at?: string }): Promise<ChainReport> {
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const problems: ChainProblem[] = [];
  for (;;) {
    const batch = await store.range(db, prevSeq + 1, 5000);
    if (batch.length === 0) break;
    problems.push(...checkChain(batch, prevSeq, prevHash));
    if (saw) {
      const seen = batch.find((e) => Number(e.seq) === saw.entries);
      if (seen && seen.hash !== saw.head) {
        problems.push(chainProblem(saw.entries, m('problem.checkpointHash', { hash: seen.hash, of: checkpointOf(saw.at), head: saw.head, entry: String(saw.entries) })));
      }
    }
    const last = batch[batch.length - 1]!;
    prevSeq = last.seq;
    prevHash = last.hash;
    count += batch.length;
    onProgress?.(count);
  }
  // an entry removed from the end leaves a valid shorter chain; compare with the highest seq seen
  const max = await store.head(db);
  if (max && max.seq !== prevSeq) problems.push(chainProblem(max.seq, m('problem.gap')));
  const highest = max ? Number(max.seq) : 0;
  if (saw && saw.entries > 0 && highest < saw.entries) {
    problems.push(chainProblem(saw.entries, m('problem.cutOff', { of: checkpointOf(saw.at), saw: String(saw.entries), highest: String(highest), cut: saw.entries - highest })));
  } else if (saw && saw.entries === 0 && saw.head !== GENESIS_HASH) {
    problems.push(chainProblem(0, m('problem.emptyHead')));
  }
  return { entries: count, headHash: prevHash, problems };
}
