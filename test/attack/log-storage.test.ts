// Attacks on how the transparency log is stored since migration 0056: each leaf once, in its entry
// (log_entries.leaf), and in log_nodes only the subtrees of 16 leaves and more; the smaller ones are
// folded from the leaves on read. An operator with the database can rewrite, forge or delete rows:
// nothing forged may ever verify against a tree head signed before, and a missing row must fail loudly
// (an error) rather than give a wrong root. Every expected value is recomputed from all the leaves with
// merkle.ts mth, never read back from the store under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { engines, freshStore, twoStores } from '../support/store.js';
import type { Engine, Store } from '../../src/db/store.js';
import { transaction } from '../../src/db/transaction.js';
import { localOperator } from '../../src/auth/model.js';
import { buildServer } from '../../src/http/server.js';
import * as service from '../../src/certificates/service.js';
import { zaToIndia } from '../support/certificates.js';
import * as log from '../../src/certificates/log.js';
import { lookUp } from '../../src/certificates/lookup.js';
import { verifyNumber } from '../../src/certificates/online-verification.js';
import { FIRST_KEPT_LEVEL } from '../../src/certificates/log-store.js';
import { mth, nodeHash, verifyConsistency, verifyInclusion } from '../../src/certificates/merkle.js';

const ZA = localOperator('ZA');
// an officer of a Participant the certificates do not concern (they go from ZA to IN)
const anyone = localOperator('BE');
const hex = (h: string) => Buffer.from(h, 'hex');

async function configured(engine: Engine): Promise<Store> {
  const store = await freshStore(engine);
  service.configure(store, { masterKey: randomBytes(32), publicUrl: 'https://kpcs.example.org' });
  return store;
}

/** Appends random leaves in batches of the given sizes (single and batched appends, across block edges). */
async function appendLeaves(store: Store, leaves: Buffer[], batches: number[]) {
  for (const count of batches) {
    const fresh = Array.from({ length: count }, () => randomBytes(32));
    const events = fresh.map((leaf, i) => ({ event: 'issued' as const, participant: 'ZA', number: `ZA-T-${leaves.length + i}`, at: new Date(), recordHash: randomBytes(32).toString('hex'), leaf }));
    await transaction(store.db, (tx) => log.appendEvents(tx, events));
    leaves.push(...fresh);
  }
}

/** Every root, inclusion and consistency proof of a tree of n leaves, as the store serves them, equals the recomputation. */
async function expectWhole(store: Store, leaves: Buffer[], n: number) {
  const root = mth(leaves, 0, n);
  expect(await log.rootAt(store.db, n)).toBe(root.toString('hex'));
  for (let i = 0; i < n; i++) {
    const p = await log.inclusionProof(store.db, i, n);
    expect(p.leafHash).toBe(leaves[i]!.toString('hex'));
    expect(p.rootHash).toBe(root.toString('hex'));
    expect(verifyInclusion(i, n, leaves[i]!, p.proof.map(hex), root)).toBe(true);
  }
  for (let m = 1; m <= n; m++) {
    const c = await log.consistencyProof(store.db, m, n);
    expect(c.firstRoot).toBe(mth(leaves, 0, m).toString('hex'));
    expect(verifyConsistency(m, n, mth(leaves, 0, m), root, c.proof.map(hex))).toBe(true);
  }
}

/**
 * What the tampered store serves, checked against the head signed before (the genuine leaves): no
 * inclusion proof verifies for a leaf other than the genuine one, no consistency proof verifies from a
 * root other than the genuine one. Returns how many proofs fail, which the caller expects to be some.
 */
async function nothingForgedVerifies(store: Store, leaves: Buffer[], headRoot: Buffer): Promise<number> {
  const n = leaves.length;
  let failing = 0;
  for (let i = 0; i < n; i++) {
    const p = await log.inclusionProof(store.db, i, n);
    const ok = verifyInclusion(i, n, hex(p.leafHash), p.proof.map(hex), headRoot);
    if (ok) expect(p.leafHash).toBe(leaves[i]!.toString('hex'));
    else failing++;
  }
  for (let m = 1; m < n; m++) {
    const c = await log.consistencyProof(store.db, m, n);
    const ok = verifyConsistency(m, n, hex(c.firstRoot), headRoot, c.proof.map(hex));
    if (ok) expect(c.firstRoot).toBe(mth(leaves, 0, m).toString('hex'));
    else failing++;
  }
  return failing;
}

/** How many rows log_nodes holds under FIRST_KEPT_LEVEL (the program writes none since migration 0056). */
async function lowNodes(store: Store): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from log_nodes where level < ${FIRST_KEPT_LEVEL}`.execute(store.db);
  return rows[0]!.n;
}

describe.each(engines)('log storage attacks on %s', (engine) => {
  const opened: Store[] = [];
  const open = async () => {
    const s = await configured(engine);
    opened.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  it('roots and every proof across block edges (sizes 1, 15, 16, 17, 31, 32, 33) equal those of all the leaves, and no subtree under 16 leaves is stored', async () => {
    const store = await open();
    const leaves: Buffer[] = [];
    // batches that land exactly on each size, one leaf or many at a time
    const sizes = [1, 15, 16, 17, 31, 32, 33];
    for (const [k, size] of sizes.entries()) {
      await appendLeaves(store, leaves, [size - (sizes[k - 1] ?? 0)]);
      await expectWhole(store, leaves, size);
    }
    // the trees the log had before stay provable at the size it has now
    for (const size of sizes) await expectWhole(store, leaves, size);
    expect(await lowNodes(store)).toBe(0);
    // the public entries are the leaves, in order
    expect((await log.entries(store.db, 0, 100)).map((e) => e.leafHash)).toEqual(leaves.map((l) => l.toString('hex')));
    // an empty range of entries past the end is empty, not an error
    expect(await log.entries(store.db, 33, 100)).toEqual([]);
  });

  it('ATTACK: forged log_nodes rows under level 4 (which the program no longer keeps) change no root, proof or append', async () => {
    const store = await open();
    const leaves: Buffer[] = [];
    await appendLeaves(store, leaves, [20]);
    // the operator plants a wrong hash for every subtree of 1 to 8 leaves the log has
    for (let level = 0; level < FIRST_KEPT_LEVEL; level++) {
      for (let idx = 0; (idx + 1) * 2 ** level <= leaves.length; idx++) {
        await store.db.insertInto('log_nodes').values({ level, idx, hash: randomBytes(32) }).execute();
      }
    }
    expect(await lowNodes(store)).toBeGreaterThan(0);
    await expectWhole(store, leaves, 20);
    // appends start from the right edge: folded from the leaves, not from the planted rows
    await appendLeaves(store, leaves, [1, 11, 1]);
    await expectWhole(store, leaves, 33);
  });

  for (const [idx, rebuild] of [[5, false], [15, false], [16, false], [5, true], [15, true], [16, true]] as const) {
    it(`ATTACK: a rewritten leaf ${idx} (${rebuild ? 'with the kept subtrees above it recomputed' : 'alone'}) verifies against no head signed before`, async () => {
      const store = await open();
      const leaves: Buffer[] = [];
      await appendLeaves(store, leaves, [40]);
      const head = await log.signedTreeHead(store);
      expect(head.rootHash).toBe(mth(leaves).toString('hex'));
      const forged = [...leaves];
      forged[idx] = randomBytes(32);
      await sql`update log_entries set leaf = ${forged[idx]} where idx = ${idx}`.execute(store.db);
      if (rebuild) {
        // a careful operator makes the log whole again: every kept subtree over the forged leaf
        for (let level = FIRST_KEPT_LEVEL; 2 ** level <= forged.length; level++) {
          const i = idx >> level;
          if ((i + 1) * 2 ** level > forged.length) break;
          const hash = mth(forged, i * 2 ** level, (i + 1) * 2 ** level);
          await sql`update log_nodes set hash = ${hash} where level = ${level} and idx = ${i}`.execute(store.db);
        }
        // the whole forged log is then self-consistent: its own root and proofs are those of the forged leaves
        await expectWhole(store, forged, forged.length);
        expect(await log.rootAt(store.db, 40)).not.toBe(head.rootHash);
        // and it cannot prove it extends the head signed before
        expect(verifyConsistency(40, 40, hex(head.rootHash), hex(await log.rootAt(store.db, 40)), [])).toBe(false);
      }
      // whatever the operator did, nothing forged verifies against the signed head, and some proofs fail
      const failing = await nothingForgedVerifies(store, leaves, hex(head.rootHash));
      expect(failing).toBeGreaterThan(0);
      // the rewritten leaf itself is served, and does not verify
      const p = await log.inclusionProof(store.db, idx, 40);
      expect(p.leafHash).toBe(forged[idx]!.toString('hex'));
      expect(verifyInclusion(idx, 40, forged[idx]!, p.proof.map(hex), hex(head.rootHash))).toBe(false);
    });
  }

  it('ATTACK: a deleted leaf or kept subtree makes the proofs that need it fail loudly (an error, a 500), never a wrong root', async () => {
    const store = await open();
    const leaves: Buffer[] = [];
    await appendLeaves(store, leaves, [40]);
    const app = await buildServer({ store, webDir: null });
    try {
      await sql`delete from log_entries where idx = 5`.execute(store.db);
      // a proof folded from block 0 lacks a leaf: the store says so
      await expect(log.inclusionProof(store.db, 4, 40)).rejects.toThrow(/missing/);
      await expect(log.rootAt(store.db, 8)).rejects.toThrow(/missing/);
      expect((await app.inject({ url: '/api/log/inclusion-proof?index=4&treeSize=40' })).statusCode).toBe(500);
      expect((await app.inject({ url: '/api/log/consistency-proof?first=7&second=40' })).statusCode).toBe(500);
      // what needs only the kept subtree over block 0 is still right (and recomputed from all the leaves)
      const p = await log.inclusionProof(store.db, 20, 40);
      expect(verifyInclusion(20, 40, leaves[20]!, p.proof.map(hex), mth(leaves))).toBe(true);
      const th = await app.inject({ url: '/api/log/tree-head' });
      expect(th.statusCode).toBe(200);
      expect(th.json().rootHash).toBe(mth(leaves).toString('hex'));

      // a kept subtree deleted: the root of the current tree needs it
      await sql`delete from log_nodes where level = 5 and idx = 0`.execute(store.db);
      await expect(log.rootAt(store.db, 40)).rejects.toThrow(/missing/);
      expect((await app.inject({ url: '/api/log/tree-head' })).statusCode).toBe(500);
      expect((await app.inject({ url: '/api/log/inclusion-proof?index=33&treeSize=40' })).statusCode).toBe(500);
      // and no append goes on from a right edge it cannot read
      await expect(appendLeaves(store, leaves, [1])).rejects.toThrow();
      expect(await log.size(store.db)).toBe(40);
    } finally {
      await app.close();
    }
  });

  it('ATTACK: a leaf of the right edge deleted stops appends (no entry written on a wrong edge)', async () => {
    const store = await open();
    const leaves: Buffer[] = [];
    await appendLeaves(store, leaves, [37]);
    await sql`delete from log_entries where idx = 33`.execute(store.db);
    await expect(appendLeaves(store, [...leaves], [1])).rejects.toThrow();
    expect(await log.size(store.db)).toBe(37);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from log_entries`.execute(store.db);
    expect(rows[0]!.n).toBe(36);
  });

  it('ATTACK: two processes appending at once across block edges leave one log whose kept subtrees are those of its leaves', async () => {
    const [one, two] = await twoStores(engine);
    opened.push(one);
    try {
      const mine: Buffer[][] = [[], []];
      // each process appends single leaves and batches that straddle blocks of 16, racing the other
      await Promise.all([one, two].map(async (s, k) => {
        for (const batch of [1, 7, 3, 16, 1, 5]) await appendLeaves(s, mine[k]!, [batch]);
      }));
      const { rows } = await sql<{ leaf: Uint8Array }>`select leaf from log_entries order by idx`.execute(one.db);
      const leaves = rows.map((r) => Buffer.from(r.leaf));
      // every leaf appended is there once, none lost to a retried write, none written twice
      expect(leaves.map((l) => l.toString('hex')).sort()).toEqual([...mine[0]!, ...mine[1]!].map((l) => l.toString('hex')).sort());
      expect(await log.size(one.db)).toBe(leaves.length);
      // the kept subtrees were written from the edge each append read: all agree with the leaves
      await expectWhole(one, leaves, leaves.length);
      expect(await lowNodes(one)).toBe(0);
    } finally {
      await two.close();
    }
  });

  describe('certificates looked up online', () => {
    let store: Store;
    const numbers: string[] = [];
    beforeAll(async () => {
      store = await open();
      // 18 issues: entries 0 … 17, block 0 whole and the first leaves of block 1
      for (let i = 0; i < 18; i++) numbers.push((await service.issue(store, ZA, zaToIndia())).number);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from log_entries`.execute(store.db);
      expect(rows[0]!.n).toBe(18);
    });

    it('every certificate, at each place of its block, is genuine by look-up and by number', async () => {
      for (const number of numbers) {
        expect((await lookUp(store, anyone, number)).verdict).toBe('genuine');
        expect((await verifyNumber(store, number)).verdict).toBe('genuine');
      }
    });

    // A look-up checks the document's own leaf (from its content) against the log's root at the tree of
    // idx + 1 entries, with a path rebuilt from the store; it never reads the certificate's stored leaf.
    // Rewriting that leaf changes the root only where the root is folded from leaves: for 5 (block 0,
    // tree of 6) and 16 (tree of 17: the kept block 0 and leaf 16). For 15 the tree of 16 is one kept
    // subtree, which still commits to the genuine leaf: the certificate is rightly genuine, and the forgery
    // shows in the log's own proof of entry 15 instead.
    for (const [idx, stillGenuine] of [[5, false], [15, true], [16, false]] as const) {
      it(`ATTACK: the issue leaf of certificate ${idx} rewritten: a process that never read it ${stillGenuine ? 'checks it against the kept (genuine) root' : 'says it is not genuine'}, as does the check by number`, async () => {
        const number = numbers[idx]!;
        const { rows } = await sql<{ leaf: Uint8Array }>`select leaf from log_entries where idx = ${idx}`.execute(store.db);
        const genuine = Buffer.from(rows[0]!.leaf);
        const rootBefore = await log.rootAt(store.db, idx + 1);
        expect(verifyInclusion(idx, idx + 1, genuine, (await log.inclusionProof(store.db, idx, idx + 1)).proof.map(hex), hex(rootBefore))).toBe(true);
        const forged = nodeHash(genuine, genuine);
        // a direct write through store.db: on the embedded store it counts as a write (writeMark)
        await sql`update log_entries set leaf = ${forged} where idx = ${idx}`.execute(store.db);
        // another process (another store object: nothing kept from before)
        const other: Store = { ...store, close: async () => {} };
        try {
          const seen = await lookUp(other, anyone, number);
          const byNumber = await verifyNumber(store, number);
          if (stillGenuine) {
            expect(await log.rootAt(store.db, idx + 1)).toBe(rootBefore);
            expect([seen.verdict, byNumber.verdict]).toEqual(['genuine', 'genuine']);
          } else {
            expect(await log.rootAt(store.db, idx + 1)).not.toBe(rootBefore);
            expect([seen.verdict, seen.valid, byNumber.verdict, byNumber.valid]).toEqual([expect.not.stringMatching(/^genuine$/), false, expect.not.stringMatching(/^genuine$/), false]);
          }
          // either way the log serves the forged leaf for the entry, and it does not verify against the root signed before
          const p = await log.inclusionProof(store.db, idx, idx + 1);
          expect(p.leafHash).toBe(forged.toString('hex'));
          expect(verifyInclusion(idx, idx + 1, forged, p.proof.map(hex), hex(rootBefore))).toBe(false);
          // this process read the document and the root before the rewrite and keeps them (they "never
          // change"): its state is read again after the write, but the root it checks against stays the
          // genuine one, so it goes on saying genuine, rightly for the certificate
          expect((await lookUp(store, anyone, number)).verdict).toBe('genuine');
        } finally {
          await sql`update log_entries set leaf = ${genuine} where idx = ${idx}`.execute(store.db);
        }
        // put back, it is genuine again everywhere: nothing of the forgery was kept, not even by the process
        // that first read the certificate while its leaf was rewritten (it used to keep that root, and
        // its "not-in-log", until it restarted)
        expect((await lookUp(other, anyone, number)).verdict).toBe('genuine');
        expect((await verifyNumber(store, number)).verdict).toBe('genuine');
        expect((await lookUp({ ...store, close: async () => {} }, anyone, number)).verdict).toBe('genuine');
        expect(await log.rootAt(store.db, idx + 1)).toBe(rootBefore);
      });
    }
  });
});
