import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { append, consistencyRanges, EMPTY_ROOT, foldRange, frontier, inclusionRanges, leafHash, mth, nodeKey, rangeNodes, verifyConsistency, verifyInclusion, type Hash } from './merkle.js';

const leaves = (n: number, salt = '') => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}${salt}`)));

/** a tree grown leaf by leaf with append(), keeping only the stored nodes, as the database does */
function grow(ls: Hash[]) {
  const nodes = new Map<string, Hash>();
  const proofs: Hash[][] = [];
  const roots: Hash[] = [];
  ls.forEach((leaf, size) => {
    const f = frontier(size).map((r) => nodes.get(nodeKey(r))!);
    const res = append(size, f, leaf);
    for (const n of res.nodes) nodes.set(nodeKey(n), n.hash);
    proofs.push(res.proof);
    roots.push(res.root);
  });
  const range = (s: number, e: number) => foldRange(rangeNodes(s, e).map((r) => nodes.get(nodeKey(r))!));
  return { nodes, proofs, roots, range };
}

describe('RFC 9162 Merkle tree', () => {
  it('hashes leaves and nodes with the domain-separation prefixes', () => {
    // RFC 6962 test vector: the leaf hash of the empty string
    expect(leafHash(Buffer.alloc(0)).toString('hex')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('grows incrementally to the same roots as a recomputation, storing about two nodes per leaf', () => {
    const ls = leaves(70);
    const t = grow(ls);
    for (let n = 1; n <= 70; n++) {
      expect(t.roots[n - 1]!.equals(mth(ls.slice(0, n)))).toBe(true);
      expect(t.range(0, n).equals(mth(ls.slice(0, n)))).toBe(true);
    }
    expect(t.nodes.size).toBeLessThan(2 * 70);
  });

  it('the proof returned by append is the inclusion proof of the new leaf', () => {
    const ls = leaves(33);
    const t = grow(ls);
    ls.forEach((leaf, i) => expect(verifyInclusion(i, i + 1, leaf, t.proofs[i]!, t.roots[i]!)).toBe(true));
  });

  it('inclusion proofs from stored nodes verify for every leaf of every tree size, and fail for a wrong leaf, index or root', () => {
    const ls = leaves(20);
    const t = grow(ls);
    for (let n = 1; n <= 20; n++) {
      const root = t.range(0, n);
      for (let m = 0; m < n; m++) {
        const proof = inclusionRanges(m, n).map(([s, e]) => t.range(s, e));
        expect(verifyInclusion(m, n, ls[m]!, proof, root)).toBe(true);
        expect(verifyInclusion(m, n, leafHash(Buffer.from('forged')), proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusion((m + 1) % n, n, ls[m]!, proof, root)).toBe(false);
        expect(verifyInclusion(m, n, ls[m]!, proof, leafHash(Buffer.from('another root')))).toBe(false);
      }
    }
  });

  it('consistency proofs verify between every pair of sizes', () => {
    const ls = leaves(20);
    const t = grow(ls);
    for (let n2 = 1; n2 <= 20; n2++) {
      for (let n1 = 1; n1 <= n2; n1++) {
        const proof = consistencyRanges(n1, n2).map(([s, e]) => t.range(s, e));
        expect(verifyConsistency(n1, n2, t.range(0, n1), t.range(0, n2), proof)).toBe(true);
      }
    }
  });

  it('detects a rewritten history: a changed, removed or reordered past leaf breaks consistency with the old head and the old inclusion proofs', () => {
    const ls = leaves(13);
    const honest = grow(ls);
    const oldSize = 9;
    const oldRoot = honest.range(0, oldSize);
    const oldProof5 = inclusionRanges(5, oldSize).map(([s, e]) => honest.range(s, e));
    expect(verifyInclusion(5, oldSize, ls[5]!, oldProof5, oldRoot)).toBe(true);

    const rewrites: Hash[][] = [
      ls.map((l, i) => (i === 5 ? leafHash(Buffer.from('a different certificate')) : l)), // altered
      [...ls.slice(0, 5), ...ls.slice(6)], // a leaf removed
      [...ls.slice(0, 4), ls[5]!, ls[4]!, ...ls.slice(6)], // two leaves swapped
    ];
    for (const forged of rewrites) {
      const f = grow(forged);
      const newSize = forged.length;
      // the log operator cannot produce a consistency proof from the old head to the rewritten tree
      const proof = consistencyRanges(oldSize, newSize).map(([s, e]) => f.range(s, e));
      expect(verifyConsistency(oldSize, newSize, oldRoot, f.range(0, newSize), proof)).toBe(false);
      // nor prove the old leaf in the new tree at its old place
      const incl = inclusionRanges(5, newSize).map(([s, e]) => f.range(s, e));
      expect(verifyInclusion(5, newSize, ls[5]!, incl, f.range(0, newSize))).toBe(forged[5]!.equals(ls[5]!));
    }
  });

  it('rejects malformed proofs (property)', () => {
    const ls = leaves(40);
    const t = grow(ls);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.nat(), fc.nat(), (n, mRaw, flip) => {
        const m = mRaw % n;
        const proof = inclusionRanges(m, n).map(([s, e]) => t.range(s, e));
        const root = t.range(0, n);
        if (proof.length === 0) return true;
        const bad = proof.map((p, i) => (i === flip % proof.length ? Buffer.from(p.map((b, j) => (j === 0 ? b ^ 1 : b))) : p));
        return verifyInclusion(m, n, ls[m]!, proof, root) && !verifyInclusion(m, n, ls[m]!, bad, root) && !verifyInclusion(m, n, ls[m]!, proof.slice(1), root) && !verifyInclusion(m, n, ls[m]!, [...proof, proof[0]!], root);
      }),
    );
  });
});
