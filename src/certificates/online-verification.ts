// Online verification: a document or a number judged against the store (its key registry, cancellations
// and the log's own roots), for POST /api/verify, GET /api/verify/{number}, `kpcs cert verify` and border checks.
import type { Store } from '../db/store.js';
import * as log from './log.js';
import { type SignedCertificate } from './model.js';
import { participantOfNumber } from './numbering.js';
import { trustedKey } from './trust.js';
import { issueLeaf } from './signing.js';
import { certificateOf, verifyCertificate, type Verification, type VerifyContext } from './verification.js';
import * as store from './store.js';
import * as keyStore from './key-store.js';

const dayOf = (t: Date | string) => new Date(t).toISOString().slice(0, 10);

export const unknownNumberReason = (number: string) => `no certificate numbered ${number} was ever issued or logged: the document is not genuine`;

/** What the store says of a document's key and certificate, for judging it (judgeDocument). */
export interface StoredFacts {
  /** the authority key the document names, as registered (undefined: not registered) */
  keyRow?: Parameters<typeof trustedKey>[0];
  /** the stored certificate of the document's number, if any */
  row?: { participant: string; number: string; cancelled_at: Date | string | null; cancel_reason: string | null; replaced_by: string | null };
  /** the log's own root at the document's tree size, when the log has reached that size */
  root?: string;
}

/** A document judged against what the store says of it (no I/O): its key registry, cancellations, and the log's own root. */
export function judgeDocument(input: unknown, facts: StoredFacts, now: Date): Verification {
  const { keyRow, row, root } = facts;
  const ctx: VerifyContext = {
    now,
    // judging an earlier moment (--at) does not make what was signed since "the future"
    clock: new Date(Math.max(now.getTime(), Date.now())),
    key: (id) => (keyRow && keyRow.id === id ? trustedKey(keyRow) : undefined),
    cancelled: () => (row?.cancelled_at ? { at: new Date(row.cancelled_at).toISOString(), reason: row.cancel_reason!, ...(row.replaced_by && { replacedBy: row.replaced_by }) } : undefined),
    logRootAt: () => root,
  };
  // a bundle is judged by its certificate against the log itself: online, the log's own roots decide
  return verifyCertificate(certificateOf(input), ctx);
}

/** Whether the certificate this verified one replaces is asked for (withReplacement). */
export function asksReplaced(result: Verification, row: { number: string; replaced_by: string | null } | undefined): boolean {
  return !!row && result.number === row.number && ['genuine', 'expired', 'cancelled', 'revoked-key'].includes(result.verdict) && !(result.verdict === 'cancelled' && row.replaced_by);
}

/**
 * A certificate received from its issuer's national system through the hub (src/hub) states its position
 * in the issuer's log; this installation entered it in its own log at row.log_index. The root it states
 * is accepted when this log holds the very same issue leaf there (the inclusion proof in the issuer's log
 * is checked by verifyCertificate itself); a document whose leaf differs is judged not in the log.
 */
export async function receivedRoot(s: Store, row: { log_index: number | string }, d: Partial<SignedCertificate>): Promise<string | undefined> {
  try {
    const leaf = issueLeaf(d as SignedCertificate).toString('hex');
    const proof = await log.inclusionProof(s.db, Number(row.log_index));
    return proof.leafHash === leaf ? d.transparency?.rootHash : undefined;
  } catch {
    return undefined;
  }
}

/** The replacement relation of a verified certificate: "replaced by X" (in the cancelled reason), "replaces Y". */
export function withReplacement(result: Verification, row: { number: string; replaced_by: string | null } | undefined, replaced: { number: string; cancelled_at: Date | string | null } | undefined): Verification {
  // only for a document whose signature held (its number is the issuer's)
  if (!row || result.number !== row.number || !['genuine', 'expired', 'cancelled', 'revoked-key'].includes(result.verdict)) return result;
  if (result.verdict === 'cancelled' && row.replaced_by) return { ...result, replacedBy: row.replaced_by };
  if (!replaced) return result;
  return { ...result, replaces: replaced.number, reason: `${result.reason}; it replaces ${replaced.number}, cancelled on ${dayOf(replaced.cancelled_at!)}` };
}

/** Verifies a document against the store: its key registry, cancellations, and the log's own roots. */
export async function verifyDocument(s: Store, input: unknown, now = new Date()): Promise<Verification> {
  const d = certificateOf(input) as Partial<SignedCertificate>;
  const keyRow = typeof d?.issuer?.keyId === 'string' ? await keyStore.keyById(s.db, d.issuer.keyId) : undefined;
  const participant = typeof d?.number === 'string' ? participantOfNumber(d.number) : undefined;
  const row = participant ? await store.certificate(s.db, participant, d.number!) : undefined;
  const treeSize = d?.transparency?.treeSize;
  const size = await log.size(s.db);
  const root = row?.origin_log
    ? await receivedRoot(s, row, d)
    : Number.isInteger(treeSize) && treeSize! >= 1 && treeSize! <= size ? await log.rootAt(s.db, treeSize!) : undefined;
  const result = judgeDocument(input, { keyRow, row, root }, now);
  const replaced = asksReplaced(result, row) ? await store.replacedOne(s.db, row!.participant, row!.number) : undefined;
  return withReplacement(result, row, replaced);
}

/** GET /api/verify/{number}: the stored certificate, judged now. */
export async function verifyNumber(s: Store, number: string, now = new Date()) {
  const participant = participantOfNumber(number);
  const row = participant ? await store.certificate(s.db, participant, number) : undefined;
  if (!row) return { number, verdict: 'not-in-log' as const, valid: false, reason: unknownNumberReason(number), checkedAt: now.toISOString() };
  const result = await verifyDocument(s, await log.storedDocument(s.db, row.document), now);
  const confirmation = await store.confirmation(s.db, row.participant, number);
  return { ...result, number, confirmed: confirmation !== undefined, checkedAt: now.toISOString() };
}
