// The audit chain: every entry's hash covers its content and the hash before it, so an edited,
// inserted or deleted entry breaks every hash after it.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.js';
import type { Msg } from '../core/i18n.js';
import { m } from './messages.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  id: string;
  at: string; // ISO instant
  actorUser: string | null;
  actorName: string;
  actingFor: string | null;
  action: string;
  subject: string | null;
  details: unknown;
  prevHash: string;
  hash: string;
}

export type AuditContent = Omit<AuditEntry, 'hash'>;

export function hashEntry(entry: AuditContent): string {
  const body = canonicalJson({
    seq: entry.seq,
    id: entry.id,
    at: entry.at,
    actorUser: entry.actorUser,
    actorName: entry.actorName,
    actingFor: entry.actingFor,
    action: entry.action,
    subject: entry.subject,
    details: entry.details ?? null,
    prevHash: entry.prevHash,
  });
  return createHash('sha256').update(body ?? '').digest('hex');
}

export interface ChainProblem {
  seq: number;
  /** what is wrong there, in English (the CLI, the logs) */
  problem: string;
  /** the same from the catalogue, for a reader's language (not serialised: `problem` is its English) */
  msg?: Msg;
}

/** A problem at an entry, its words from the catalogue (messages.ts). */
export function chainProblem(seq: number, msg: Msg): ChainProblem {
  return Object.defineProperty({ seq, problem: msg.render('en') }, 'msg', { value: msg, enumerable: false });
}

/** Checks a run of entries in seq order, starting after `prevHash` at `prevSeq`. */
export function checkChain(entries: AuditEntry[], prevSeq = 0, prevHash = GENESIS_HASH): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedSeq = prevSeq + 1;
  let expectedPrev = prevHash;
  for (const e of entries) {
    if (e.seq !== expectedSeq) problems.push(chainProblem(e.seq, m('problem.sequence', { expected: String(expectedSeq), found: String(e.seq) })));
    if (e.prevHash !== expectedPrev) problems.push(chainProblem(e.seq, m('problem.link')));
    if (hashEntry(e) !== e.hash) problems.push(chainProblem(e.seq, m('problem.hash')));
    expectedSeq = e.seq + 1;
    expectedPrev = e.hash;
  }
  return problems;
}
