// The public transparency log over the store: appends inside the caller's transaction (O(log n):
// read the right edge, write the leaf and the subtrees it completes), roots and proofs from stored
// nodes, and signed tree heads.
import type { Db, Store, Tx } from '../db/store.js';
import { isUniqueViolation, RetryableConflict, transaction } from '../db/transaction.js';
import { invalid, notFound } from '../core/errors.js';
import { append, consistencyRanges, EMPTY_ROOT, foldRange, frontier, inclusionRanges, leafHash, nodeKey, rangeNodes, type NodeRef } from './merkle.js';
import { schemeSigningKey } from './keys.js';
import { canonicalBytes, leafData, signBytes, type LogEvent } from './signing.js';
import * as store from './store.js';

export interface Appended {
  index: number;
  treeSize: number;
  root: string;
  /** the inclusion proof of the new leaf in the tree of treeSize leaves (hex, leaf side first) */
  proof: string[];
}

export interface LogEventInput {
  event: LogEvent;
  participant: string;
  number: string;
  at: Date;
  recordHash: string;
  /** given for an issue (its hash binds the document's content); else computed from the record */
  leaf?: Buffer;
}

/**
 * Appends events in order, in the caller's transaction: O(log n) reads, one write for them all.
 * `roots: 'last'` computes the tree root after the last event only (the others' `root` is empty):
 * for bulk confirmations, whose records do not carry the root.
 */
export async function appendEvents(tx: Tx, events: LogEventInput[], opts: { roots?: 'each' | 'last' } = {}): Promise<Appended[]> {
  const start = await store.logSize(tx);
  const refs = frontier(start);
  const stored = await store.nodes(tx, refs);
  let edge: Buffer[] = refs.map((r) => Buffer.from(stored.get(nodeKey(r))!, 'hex'));
  const out: Appended[] = [];
  const rows: store.LogEntryRow[] = [];
  const newNodes: { level: number; idx: number; hash: string }[] = [];
  events.forEach((e, i) => {
    const size = start + i;
    const leaf = e.leaf ?? leafHash(leafData(e.event, e.number, e.at.toISOString(), e.recordHash));
    const res = append(size, edge, leaf, opts.roots !== 'last' || i === events.length - 1);
    edge = res.frontier;
    rows.push({ idx: size, event: e.event, participant: e.participant, number: e.number, at: e.at, record_hash: e.recordHash });
    for (const n of res.nodes) newNodes.push({ level: n.level, idx: n.index, hash: n.hash.toString('hex') });
    out.push({ index: size, treeSize: size + 1, root: opts.roots !== 'last' || i === events.length - 1 ? res.root.toString('hex') : '', proof: opts.roots !== 'last' ? res.proof.map((p) => p.toString('hex')) : [] });
  });
  let ok: boolean;
  try {
    ok = await store.appendLog(tx, start, rows, newNodes);
  } catch (err) {
    // another writer appended at the same position first (PostgreSQL): retry on the new head
    if (isUniqueViolation(err)) throw new RetryableConflict('the log grew under this transaction');
    throw err;
  }
  if (!ok) throw new RetryableConflict('the log grew under this transaction');
  return out;
}

export async function appendEvent(tx: Tx, e: LogEventInput): Promise<Appended> {
  return (await appendEvents(tx, [e]))[0]!;
}

async function hashRanges(db: Db | Tx, ranges: [number, number][]): Promise<Buffer[]> {
  const refs: NodeRef[][] = ranges.map(([s, e]) => rangeNodes(s, e));
  const stored = await store.nodes(db, refs.flat());
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

export async function size(db: Db): Promise<number> {
  return store.logSize(db);
}

export async function rootAt(db: Db | Tx, treeSize: number): Promise<string> {
  if (treeSize === 0) return EMPTY_ROOT.toString('hex');
  const [root] = await hashRanges(db, [[0, treeSize]]);
  return root!.toString('hex');
}

function checkSizes(current: number, ...sizes: number[]) {
  for (const s of sizes) if (!Number.isInteger(s) || s < 0 || s > current) throw invalid(`the log has ${current} entries; ${s} is not a size it has had`, [{ path: 'treeSize', message: 'beyond the current size' }]);
}

export async function inclusionProof(db: Db, index: number, treeSize?: number) {
  const current = await store.logSize(db);
  const n = treeSize ?? current;
  checkSizes(current, n);
  if (!Number.isInteger(index) || index < 0 || index >= n) throw invalid(`leaf ${index} is not in a log of ${n} entries`, [{ path: 'index', message: 'out of range' }]);
  const [leaf, ...path] = await hashRanges(db, [[index, index + 1], ...inclusionRanges(index, n)]);
  return { leafIndex: index, treeSize: n, leafHash: leaf!.toString('hex'), rootHash: await rootAt(db, n), proof: path.map((p) => p.toString('hex')) };
}

export async function consistencyProof(db: Db, first: number, second?: number) {
  const current = await store.logSize(db);
  const n = second ?? current;
  checkSizes(current, first, n);
  if (first < 1 || first > n) throw invalid(`no consistency proof from ${first} to ${n} entries`, [{ path: 'first', message: 'must be from 1 to the second size' }]);
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
    const treeSize = await store.logSize(tx);
    const head = { treeSize, rootHash: await rootAt(tx, treeSize), timestamp: new Date().toISOString() };
    return { ...head, keyId: key.id, signature: signBytes(canonicalBytes(head), key.key) };
  });
}

export async function entries(db: Db, from: number, limit: number) {
  const rows = await store.logEntries(db, from, limit);
  return rows.map((r) => ({ index: Number(r.idx), event: r.event, at: new Date(r.at).toISOString(), leafHash: r.hash }));
}

export async function entriesOf(db: Db, number: string) {
  const rows = await store.logEntriesOf(db, number);
  if (rows.length === 0) throw notFound(`The log has no entry for ${number}.`);
  return rows;
}
