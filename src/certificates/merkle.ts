// The transparency log's Merkle tree, as RFC 9162 (Certificate Transparency 2.0) defines it, without I/O.
//   leaf hash  = SHA-256(0x00 || data)
//   node hash  = SHA-256(0x01 || left || right)
//   MTH(D[0:n]) splits at k, the largest power of two smaller than n.
// Any hash the RFC asks for is a right fold over at most log2(n) *complete* aligned subtrees (level,
// index) — a perfect binary subtree of 2^level leaves starting at leaf index·2^level. The store keeps
// the leaves and every complete subtree of 16 leaves or more, and folds a smaller one from its leaves
// when asked (log-store.ts): appending is O(log n), proofs are O(log n), nothing is ever recomputed
// from all the leaves. The functions below say WHICH nodes a root or a proof needs (pure), and fold them.
import { hash } from 'node:crypto';

export type Hash = Buffer;

const LEAF = Buffer.from([0]);
// one node's input, filled and hashed at once (hash is synchronous: no call sees another's bytes)
const node = Buffer.alloc(65);

export function leafHash(data: Uint8Array): Hash {
  return hash('sha256', Buffer.concat([LEAF, data]), 'buffer');
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Hash {
  // hashes are 32 bytes; anything else is hashed as given, as RFC 9162 defines it
  if (left.length !== 32 || right.length !== 32) return hash('sha256', Buffer.concat([Buffer.from([1]), left, right]), 'buffer');
  node[0] = 1;
  node.set(left, 1);
  node.set(right, 33);
  return hash('sha256', node, 'buffer');
}

/** SHA-256 of the empty string: the root of the empty tree (RFC 9162 §2.1.1). */
export const EMPTY_ROOT: Hash = hash('sha256', Buffer.alloc(0), 'buffer');

/** A complete aligned subtree: leaves [index·2^level, (index+1)·2^level). */
export interface NodeRef {
  level: number;
  index: number;
}

export const nodeKey = (n: NodeRef) => `${n.level}:${n.index}`;

/** The largest power of two strictly smaller than n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (n: number) => n > 0 && Number.isInteger(Math.log2(n));

/**
 * The stored nodes whose right fold is MTH(D[start:end]), left to right: the range split the RFC way,
 * stopping at complete aligned subtrees. Fold: h = last; for i from len-2 down to 0: h = node(nodes[i], h).
 */
export function rangeNodes(start: number, end: number): NodeRef[] {
  const n = end - start;
  if (n <= 0) throw new Error(`empty range [${start}, ${end})`);
  if (isPowerOfTwo(n) && start % n === 0) return [{ level: Math.log2(n), index: start / n }];
  if (n === 1) return [{ level: 0, index: start }];
  const k = splitPoint(n);
  // the left part [start, start+k) is complete and aligned whenever start is a multiple of k, which
  // holds for every range the RFC's recursion produces from 0; otherwise it decomposes further.
  return [...rangeNodes(start, start + k), ...rangeNodes(start + k, end)];
}

/** Folds the hashes of rangeNodes() into the range's MTH. */
export function foldRange(hashes: Hash[]): Hash {
  if (hashes.length === 0) throw new Error('nothing to fold');
  let h = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) h = nodeHash(hashes[i]!, h);
  return h;
}

/** The right edge of a tree of `size` leaves: its complete subtrees, largest (leftmost) first. */
export function frontier(size: number): NodeRef[] {
  const out: NodeRef[] = [];
  let start = 0;
  for (let level = 31; level >= 0; level--) {
    const width = 2 ** level;
    if (size & width) {
      out.push({ level, index: start / width });
      start += width;
    }
  }
  return out;
}

/** The root of a tree given its frontier hashes (largest first). */
export function rootFromFrontier(hashes: Hash[]): Hash {
  return hashes.length === 0 ? EMPTY_ROOT : foldRange(hashes);
}

/**
 * Appending leaf number `size` to a tree of `size` leaves: the nodes it completes (level >= 1), given the
 * frontier hashes of the old tree (largest first). Returns the new nodes (level 0 included), the new
 * root, and the inclusion proof of the new leaf in the new tree (which is the old frontier, smallest first).
 */
export function append(size: number, oldFrontier: Hash[], leaf: Hash, withRoot = true): { nodes: (NodeRef & { hash: Hash })[]; root: Hash; proof: Hash[]; frontier: Hash[] } {
  const refs = frontier(size);
  if (refs.length !== oldFrontier.length) throw new Error('frontier does not match the tree size');
  const nodes: (NodeRef & { hash: Hash })[] = [{ level: 0, index: size, hash: leaf }];
  // merge with the frontier from the smallest subtree up, as long as the new node completes a pair
  let h = leaf;
  let index = size;
  let level = 0;
  let f = oldFrontier.length - 1;
  while (index % 2 === 1) {
    h = nodeHash(oldFrontier[f]!, h);
    f--;
    level++;
    index = (index - 1) / 2;
    nodes.push({ level, index, hash: h });
  }
  const proof = [...oldFrontier].reverse();
  const newFrontier = [...oldFrontier.slice(0, f + 1), h];
  // the root costs a hash per frontier subtree: skipped when the caller does not need it (bulk appends)
  return { nodes, root: withRoot ? rootFromFrontier(newFrontier) : EMPTY_ROOT, proof, frontier: newFrontier };
}

/** PATH(m, D[0:n]) of RFC 9162 §2.1.3.1 as ranges, each the MTH of [start, end); leaf-side first. */
export function inclusionRanges(m: number, n: number): [number, number][] {
  if (m < 0 || m >= n) throw new Error(`leaf ${m} is not in a tree of ${n} leaves`);
  const out: [number, number][] = [];
  const path = (m: number, start: number, end: number) => {
    const size = end - start;
    if (size === 1) return;
    const k = splitPoint(size);
    if (m < k) {
      path(m, start, start + k);
      out.push([start + k, end]);
    } else {
      path(m - k, start + k, end);
      out.push([start, start + k]);
    }
  };
  path(m, 0, n);
  return out;
}

/** PROOF(m, D[0:n]) of RFC 9162 §2.1.4.1 as ranges. */
export function consistencyRanges(m: number, n: number): [number, number][] {
  if (m < 1 || m > n) throw new Error(`no consistency proof from ${m} to ${n} leaves`);
  const out: [number, number][] = [];
  const subproof = (m: number, start: number, end: number, b: boolean) => {
    const size = end - start;
    if (m === size) {
      if (!b) out.push([start, end]);
      return;
    }
    const k = splitPoint(size);
    if (m <= k) {
      subproof(m, start, start + k, b);
      out.push([start + k, end]);
    } else {
      subproof(m - k, start + k, end, false);
      out.push([start, start + k]);
    }
  };
  if (m < n) subproof(m, 0, n, true);
  return out;
}

/** RFC 9162 §2.1.3.2: does `proof` show the leaf at index `m` is in the tree of size `n` with `root`? */
export function verifyInclusion(m: number, n: number, leaf: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 0 || m >= n) return false;
  let fn = m;
  let sn = n - 1;
  let r: Uint8Array = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && Buffer.from(r).equals(Buffer.from(root));
}

/** RFC 9162 §2.1.4.2: is the tree (n2, root2) an append-only extension of (n1, root1)? */
export function verifyConsistency(n1: number, n2: number, root1: Uint8Array, root2: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 0 || n2 < n1) return false;
  const eq = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  if (n1 === n2) return proof.length === 0 && eq(root1, root2);
  if (n1 === 0) return proof.length === 0; // the empty tree is a prefix of every tree
  if (proof.length === 0) return false;
  let path = [...proof];
  // if n1 is an exact power of two, the first root is the first node of the path
  if (isPowerOfTwo(n1)) path = [Buffer.from(root1), ...path];
  let fn = n1 - 1;
  let sn = n2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Uint8Array = path[0]!;
  let sr: Uint8Array = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && eq(fr, root1) && eq(sr, root2);
}

/** A whole tree in memory: the reference the tests compare the stored, incremental tree against. */
export function mth(leaves: readonly Hash[], start = 0, end = leaves.length): Hash {
  const n = end - start;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[start]!;
  const k = splitPoint(n);
  return nodeHash(mth(leaves, start, start + k), mth(leaves, start + k, end));
}
