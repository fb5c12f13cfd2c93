// The pure half of a transparency-log append (no I/O), shared by the store's appends and by the
// bulk pipeline's worker thread, which plans the next batch while the store writes this one.
import { randomBytes } from 'node:crypto';
import { append, leafHash } from './merkle.js';
import { canonicalBytes, leafData, sha256, type LogEvent } from './signing.js';
import { FIRST_KEPT_LEVEL, type LogEntryRow } from './log-store.js';

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

/** An append worked out from the log's size and right edge, nothing written yet (see planAppend). */
export interface PlannedAppend {
  start: number;
  appended: Appended[];
  rows: LogEntryRow[];
  /** the completed subtrees the store keeps (log-store.ts FIRST_KEPT_LEVEL and above) */
  nodes: { level: number; idx: number; hash: string }[];
  /** the right edge after the append (hex), what the next append starts from */
  frontier: string[];
}

/**
 * The pure half of an append: the leaves, the nodes they complete, roots and proofs, from the size of
 * the log and the hashes of its right edge (hex, largest subtree first). `roots: 'last'` computes the
 * tree root after the last event only (the others' `root` is empty): for bulk confirmations, whose
 * records do not carry the root.
 */
export function planAppend(start: number, frontierHex: string[], events: LogEventInput[], opts: { roots?: 'each' | 'last' } = {}): PlannedAppend {
  let edge: Buffer[] = frontierHex.map((h) => Buffer.from(h, 'hex'));
  const appended: Appended[] = [];
  const rows: LogEntryRow[] = [];
  const nodes: { level: number; idx: number; hash: string }[] = [];
  events.forEach((e, i) => {
    const size = start + i;
    const leaf = e.leaf ?? leafHash(leafData(e.event, e.number, e.at.toISOString(), e.recordHash));
    const withRoot = opts.roots !== 'last' || i === events.length - 1;
    const res = append(size, edge, leaf, withRoot);
    edge = res.frontier;
    rows.push({ idx: size, event: e.event, participant: e.participant, number: e.number, at: e.at, record_hash: e.recordHash, leaf: leaf.toString('hex') });
    // the leaf goes with its entry; of the subtrees it completes, only those the store keeps
    for (const n of res.nodes) if (n.level >= FIRST_KEPT_LEVEL) nodes.push({ level: n.level, idx: n.index, hash: n.hash.toString('hex') });
    appended.push({ index: size, treeSize: size + 1, root: withRoot ? res.root.toString('hex') : '', proof: opts.roots !== 'last' ? res.proof.map((p) => p.toString('hex')) : [] });
  });
  return { start, appended, rows, nodes, frontier: edge.map((h) => h.toString('hex')) };
}


/**
 * The hash a confirmation's or a cancellation's log leaf commits to, over the record and a new secret
 * random salt (256 bits) kept with the record in the store: a number and guessable fields (the reason, the
 * figures as stated) no longer recompute the leaf, so the public log does not tell which certificate was
 * confirmed or cancelled. Whoever may see the record gets the salt with it and checks the leaf:
 * recordHash = SHA-256(JCS(record + { salt })).
 */
export function saltedRecord(record: object): { salt: string; recordHash: string } {
  const salt = randomBytes(32).toString('hex');
  return { salt, recordHash: sha256(canonicalBytes({ ...record, salt })).toString('hex') };
}
