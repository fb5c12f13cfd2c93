// The public transparency log over the store: appends inside the caller's transaction (O(log n):
// read the right edge, write the entry with its leaf and the kept subtrees it completes), roots and
// proofs from stored nodes (log-store.ts: subtrees under 16 leaves folded from their leaves), and signed
// tree heads.
import type { Db, Store, Tx } from '../db/store.js';
import { isUniqueViolation, RetryableConflict, transaction } from '../db/transaction.js';
import { KeptReads } from '../db/kept.js';
import { detail, invalid, notFound } from '../core/errors.js';
import { field } from '../core/messages.js';
import { consistencyRanges, EMPTY_ROOT, foldRange, frontier, inclusionRanges, nodeKey, rangeNodes, type NodeRef } from './merkle.js';
import { planAppend, type Appended, type LogEventInput, type PlannedAppend } from './log-plan.js';
import { schemeSigningKey } from './keys.js';
import { canonicalBytes, signBytes } from './signing.js';
import type { SignedCertificate } from './model.js';
import { documentOf } from './stored-form.js';
import * as logStore from './log-store.js';
import { m as lm } from './log-messages.js';

export { planAppend, type Appended, type LogEventInput, type PlannedAppend } from './log-plan.js';

/**
 * The log's right edge by its size, kept on the embedded store while the log's tables are unwritten
 * (kept.ts), and written through by each append (writeAppend): the next batch starts from the edge the
 * last one computed, without reading it. An append names the three tables (log-store.ts appendLog).
 */
const LOG_TABLES = ['log_entries', 'log_nodes', 'log_head'];
const edges = new KeptReads<number, string[]>(LOG_TABLES, { max: 4 });
const sizes = new KeptReads<'size', number>(LOG_TABLES, { max: 1 });

/**
 * The log head's row lock for the rest of the transaction (log-store.ts lockLogHead), and the log's size
 * under it. On the embedded store one session runs one transaction at a time (the driver's mutex): the
 * lock guards against no one there, so the size is kept (kept.ts) and written through by each append,
 * and no statement runs. On PostgreSQL every call takes the lock.
 */
export function lockHead(tx: Tx): Promise<number> {
  return sizes.get(tx, 'size', () => logStore.lockLogHead(tx));
}

/** The log's size and the hashes of its right edge (hex, largest subtree first), read in `q`. */
export async function head(q: Db | Tx, lockedSize?: number): Promise<{ size: number; frontier: string[] }> {
  // the size the caller read under the log head's lock in this transaction, if it did (nothing appends between)
  const size = lockedSize ?? (await logStore.logSize(q));
  const edge = await edges.get(q, size, async () => {
    const refs = frontier(size);
    const stored = await logStore.nodes(q, refs);
    return refs.map((r) => stored.get(nodeKey(r))!);
  });
  return { size, frontier: edge };
}

/**
 * Writes a planned append in the caller's transaction, if the log is still the size it was planned
 * on; else the transaction is retried (another writer appended first).
 */
export async function writeAppend(tx: Tx, plan: PlannedAppend): Promise<Appended[]> {
  let ok: boolean;
  try {
    // the edge the plan computed is the log's from this statement on (a rollback forgets it: kept.ts)
    const size = plan.start + plan.rows.length;
    const append = () => logStore.appendLog(tx, plan.start, plan.rows, plan.nodes);
    ok = await sizes.afterWrite(tx, 'size', () => edges.afterWrite(tx, size, append, (moved) => (moved ? plan.frontier : undefined)), (moved) => (moved ? size : undefined));
  } catch (err) {
    // another writer appended at the same position first (PostgreSQL): retry on the new head
    if (isUniqueViolation(err)) throw new RetryableConflict('the log grew under this transaction');
    throw err;
  }
  if (!ok) throw new RetryableConflict('the log grew under this transaction');
  return plan.appended;
}

/** Appends events in order, in the caller's transaction: O(log n) reads, one write for them all. */
export async function appendEvents(tx: Tx, events: LogEventInput[], opts: { roots?: 'each' | 'last' } = {}): Promise<Appended[]> {
  const { size, frontier: edge } = await head(tx);
  return writeAppend(tx, planAppend(size, edge, events, opts));
}

export async function appendEvent(tx: Tx, e: LogEventInput): Promise<Appended> {
  return (await appendEvents(tx, [e]))[0]!;
}

async function hashRanges(db: Db | Tx, ranges: [number, number][]): Promise<Buffer[]> {
  const refs: NodeRef[][] = ranges.map(([s, e]) => rangeNodes(s, e));
  const stored = await logStore.nodes(db, refs.flat());
  return refs.map((rs) =>
    foldRange(
      rs.map((r) => {
        const h = stored.get(nodeKey(r));
        if (!h) throw new Error(`log node ${nodeKey(r)} is missing`);
        return Buffer.from(h, 'hex');
      }),
    ),
  );
}

/**
 * A certificate document as stored, with its log proof: the inclusion proof of its leaf in the tree of
 * leafIndex + 1 entries, the one it was issued with, rebuilt from the log's nodes (stored-form.ts storedForm
 * leaves it out). A document stored whole (before the store left proofs out) is returned as it is.
 */
export async function storedDocument(db: Db | Tx, text: string): Promise<SignedCertificate> {
  const doc = documentOf(text);
  if (Array.isArray(doc.logProof)) return doc;
  const index = doc.transparency.leafIndex;
  const path = await hashRanges(db, inclusionRanges(index, index + 1));
  return { ...doc, logProof: path.map((h) => h.toString('hex')) };
}

/**
 * A stored certificate document with its log proof (as storedDocument) and the log's own root at the tree
 * size it states, both from one read of the log's nodes (none when `known` holds them all already); the
 * root is undefined when the log has no such tree (a size it never reached). Both are fixed once written:
 * the log only grows.
 */
export async function storedDocumentWithRoot(db: Db | Tx, text: string, known?: ReadonlyMap<string, string>): Promise<{ doc: SignedCertificate; root: string | undefined }> {
  const doc = documentOf(text);
  const index = doc.transparency.leafIndex;
  const treeSize = doc.transparency.treeSize;
  const proof = Array.isArray(doc.logProof) ? [] : inclusionRanges(index, index + 1);
  const sized = Number.isInteger(treeSize) && treeSize >= 1;
  const refs: NodeRef[][] = [...proof, ...(sized ? [[0, treeSize] as [number, number]] : [])].map(([s, e]) => rangeNodes(s, e));
  // the nodes read already (store.lookUpStates: the kept ones and the leaves to fold the others from), else read now
  const all = refs.flat();
  const given = known && logStore.withFolded(new Map(known), all);
  const stored = given && all.every((r) => given.has(nodeKey(r))) ? given : await logStore.nodes(db, all);
  const fold = (rs: NodeRef[]) => {
    const hashes = rs.map((r) => stored.get(nodeKey(r)));
    return hashes.every((h) => h !== undefined) ? foldRange(hashes.map((h) => Buffer.from(h!, 'hex'))) : undefined;
  };
  const path = refs.slice(0, proof.length).map(fold);
  if (path.some((h) => h === undefined)) throw new Error(`log nodes of certificate ${doc.number} are missing`);
  const root = sized ? fold(refs[proof.length]!)?.toString('hex') : undefined;
  return { doc: Array.isArray(doc.logProof) ? doc : { ...doc, logProof: path.map((h) => h!.toString('hex')) }, root };
}

export async function size(db: Db): Promise<number> {
  return logStore.logSize(db);
}

export async function rootAt(db: Db | Tx, treeSize: number): Promise<string> {
  if (treeSize === 0) return EMPTY_ROOT.toString('hex');
  const [root] = await hashRanges(db, [[0, treeSize]]);
  return root!.toString('hex');
}

function checkSizes(current: number, ...sizes: number[]) {
  for (const s of sizes) if (!Number.isInteger(s) || s < 0 || s > current) throw invalid(lm('log.noSuchSize', { current: String(current), size: String(s) }), [detail('treeSize', lm('log.beyondSize'))]);
}

export async function inclusionProof(db: Db, index: number, treeSize?: number) {
  const current = await logStore.logSize(db);
  const n = treeSize ?? current;
  checkSizes(current, n);
  if (!Number.isInteger(index) || index < 0 || index >= n) throw invalid(lm('log.noSuchLeaf', { index: String(index), size: String(n) }), [detail('index', field('outOfRange'))]);
  const [leaf, ...path] = await hashRanges(db, [[index, index + 1], ...inclusionRanges(index, n)]);
  return { leafIndex: index, treeSize: n, leafHash: leaf!.toString('hex'), rootHash: await rootAt(db, n), proof: path.map((p) => p.toString('hex')) };
}

export async function consistencyProof(db: Db, first: number, second?: number) {
  const current = await logStore.logSize(db);
  const n = second ?? current;
  checkSizes(current, first, n);
  if (first < 1 || first > n) throw invalid(lm('log.noConsistency', { first: String(first), size: String(n) }), [detail('first', lm('log.firstRange'))]);
  const proof = await hashRanges(db, consistencyRanges(first, n));
  return { first, second: n, firstRoot: await rootAt(db, first), secondRoot: await rootAt(db, n), proof: proof.map((p) => p.toString('hex')) };
}

export interface SignedTreeHead {
  treeSize: number;
  rootHash: string;
  timestamp: string;
  keyId: string;
  signature: string;
}

/** The current tree head, signed by the log key (created on first use). */
export async function signedTreeHead(s: Store): Promise<SignedTreeHead> {
  return transaction(s.db, async (tx) => {
    const key = await schemeSigningKey(s, tx, 'log');
    const treeSize = await logStore.logSize(tx);
    const head = { treeSize, rootHash: await rootAt(tx, treeSize), timestamp: new Date().toISOString() };
    return { ...head, keyId: key.id, signature: signBytes(canonicalBytes(head), key.key) };
  });
}

/**
 * The public log's entries by position: the leaf hashes only. Which number, which event (issued, confirmed,
 * cancelled), when and by whom stay in the store: read by sequential index, the log tells nothing more.
 */
export async function entries(db: Db, from: number, limit: number) {
  const rows = await logStore.logEntries(db, from, limit);
  return rows.map((r) => ({ index: Number(r.idx), leafHash: r.hash }));
}

export async function entriesOf(db: Db, number: string) {
  const rows = await logStore.logEntriesOf(db, number);
  if (rows.length === 0) throw notFound(lm('log.noEntry', { number }));
  return rows;
}
