// Recording and checking the audit chain. record() runs inside the caller's transaction, so a state
// change and its audit entry commit together or not at all.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/store.js';
import { isUniqueViolation, RetryableConflict } from '../db/transaction.js';
import { actingFor, type Actor } from '../auth/model.js';
import { authorize } from '../auth/policy.js';
import { checkChain, GENESIS_HASH, hashEntry, type AuditEntry, type ChainProblem } from './model.js';
import * as store from './store.js';

export async function record(tx: Tx, actor: Actor, action: string, subject: string | null, details: unknown = {}): Promise<AuditEntry> {
  const last = await store.head(tx);
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
    await store.insert(tx, entry);
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

/** Walks the whole chain in batches. */
export async function verifyChain(db: Db, onProgress?: (checked: number) => void): Promise<ChainReport> {
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const problems: ChainProblem[] = [];
  for (;;) {
    const batch = await store.range(db, prevSeq + 1, 5000);
    if (batch.length === 0) break;
    problems.push(...checkChain(batch, prevSeq, prevHash));
    const last = batch[batch.length - 1]!;
    prevSeq = last.seq;
    prevHash = last.hash;
    count += batch.length;
    onProgress?.(count);
  }
  // an entry removed from the end leaves a valid shorter chain; compare with the highest seq seen
  const max = await store.head(db);
  if (max && max.seq !== prevSeq) problems.push({ seq: max.seq, problem: 'entries after a gap are not reachable from the chain' });
  return { entries: count, headHash: prevHash, problems };
}
