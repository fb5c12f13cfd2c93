// The simulator's bulk path: certificates issued and confirmed thousands a transaction must be exactly
// as good as API-issued ones (verifiable offline, logged, numbered uniquely, audited), and the same
// seed must give the same world down to the numbers and figures (never the same keys).
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import * as certificates from '../certificates/service.js';
import * as onlineVerification from '../certificates/online-verification.js';
import { confirmBulk, issueBulk } from '../certificates/bulk.js';
import { configure } from '../certificates/keys.js';
import * as log from '../certificates/log.js';
import { mth, verifyConsistency, verifyInclusion } from '../certificates/merkle.js';
import type { SignedCertificate } from '../certificates/model.js';
import { checkTrustList } from '../certificates/signing.js';
import { contextFromTrustList, verifyCertificate } from '../certificates/verification.js';
import { bundleOf } from '../certificates/checkpoints.js';
import { runSimulation, type SimulationReport } from './service.js';
import { refused } from '../../test/support/refused.js';

const span = { from: 2006, to: 2006, seed: 7, scenario: 'none' as const, certificateLimit: 2500, statistics: false };

async function numbersOf(store: Store) {
  return (await store.db.selectFrom('certificates').select('number').orderBy('log_index').execute()).map((r) => r.number);
}

describe.each(engines)('simulation bulk path on %s', (engine) => {
  let store: Store;
  let report: SimulationReport;
  let midSize: number;
  let midRoot: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    configure(store, { masterKey: randomBytes(32) });
    // 2,500 certificates: two issuance batches and two confirmation batches
    report = await runSimulation(store, { ...span, onProgress: async () => {} });
    midSize = 2000;
    midRoot = await log.rootAt(store.db, midSize);
  }, 300_000);
  afterAll(() => store.close());

  it('issues and confirms every certificate asked, numbered uniquely and in the order of the days', async () => {
    expect(report).toMatchObject({ certificates: 2500, confirmations: 2500 });
    const dupes = await sql<{ n: number }>`select count(*)::int as n from (select participant, number from certificates group by 1, 2 having count(*) > 1) d`.execute(store.db);
    expect(dupes.rows[0]!.n).toBe(0);
    // per Participant and year the sequence has no gap: 1…count
    const seqs = await sql<{ participant: string; n: number; max: number; min: number }>`select participant, count(*)::int as n, max(seq) as max, min(seq) as min from certificates group by participant`.execute(store.db);
    for (const r of seqs.rows) expect([r.min, r.max]).toEqual([1, r.n]);
    const days = (await store.db.selectFrom('certificates').select('issued_at').orderBy('log_index').execute()).map((r) => new Date(r.issued_at).toISOString());
    expect(days).toEqual([...days].sort());
    const confirmed = await sql<{ n: number }>`select count(*)::int as n from certificate_confirmations`.execute(store.db);
    expect(confirmed.rows[0]!.n).toBe(2500);
  });

  it('gives certificates that verify offline with the trust list, like API-issued ones, and online', async () => {
    const list = checkTrustList(JSON.parse(JSON.stringify(await certificates.trustList(store))));
    if (!list.ok) throw new Error(list.reason);
    const rows = await store.db.selectFrom('certificates').select(['document', 'issued_at']).orderBy('log_index').execute();
    for (const r of [rows[0]!, rows[1234]!, rows.at(-1)!]) {
      const doc: SignedCertificate = await log.storedDocument(store.db, r.document);
      // offline in its bundle: the log's signed checkpoint covering it
      expect(verifyCertificate(await bundleOf(store, doc), contextFromTrustList(list.list, new Date(r.issued_at), { clock: new Date() }))).toMatchObject({ verdict: 'genuine', valid: true });
      // one changed figure and it no longer verifies
      const altered = { ...doc, goods: doc.goods.map((g, i) => (i === 0 ? { ...g, carats: g.carats + 1 } : g)) };
      expect(verifyCertificate(altered, contextFromTrustList(list.list, new Date(r.issued_at), { clock: new Date() })).valid).toBe(false);
      const online = await onlineVerification.verifyNumber(store, doc.number, new Date(r.issued_at));
      expect(online).toMatchObject({ verdict: 'genuine', confirmed: true });
    }
  });

  it('keeps the log consistent: its stored root is the hash of all leaves, with valid inclusion and consistency proofs', async () => {
    const size = await log.size(store.db);
    expect(size).toBe(5000);
    const leaves = (await store.db.selectFrom('log_entries').select(['idx', 'leaf']).orderBy('idx').execute()).map((r) => Buffer.from(r.leaf));
    // the store keeps the leaves with their entries and only the subtrees of 16 leaves and more
    const levels = await sql<{ level: number; n: number }>`select level, count(*)::int as n from log_nodes group by level order by level`.execute(store.db);
    expect(levels.rows[0]!.level).toBe(4);
    expect(levels.rows.map((r) => r.n)).toEqual(levels.rows.map((r) => Math.floor(size / 2 ** r.level)));
    expect(leaves).toHaveLength(size);
    const root = await log.rootAt(store.db, size);
    expect(mth(leaves).toString('hex')).toBe(root);
    const c = await log.consistencyProof(store.db, midSize, size);
    expect(c.firstRoot).toBe(midRoot);
    expect(verifyConsistency(midSize, size, Buffer.from(c.firstRoot, 'hex'), Buffer.from(c.secondRoot, 'hex'), c.proof.map((p) => Buffer.from(p, 'hex')))).toBe(true);
    for (const i of [0, 2499, 2500, 4999]) {
      const p = await log.inclusionProof(store.db, i, size);
      expect(verifyInclusion(i, size, Buffer.from(p.leafHash, 'hex'), p.proof.map((x) => Buffer.from(x, 'hex')), Buffer.from(root, 'hex'))).toBe(true);
    }
    const events = await sql<{ event: string; n: number }>`select event, count(*)::int as n from log_entries group by event order by event`.execute(store.db);
    expect(events.rows).toEqual([{ event: 'confirmed', n: 2500 }, { event: 'issued', n: 2500 }]);
  });

  it('audits one entry per batch saying what it covers, and the audit chain still verifies', async () => {
    const entries = await store.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'in', ['certificates.issue.bulk', 'certificates.confirm.bulk']).orderBy('seq').execute();
    // each batch's certificates and their receipts, in one transaction
    expect(entries.map((e) => e.action)).toEqual(['certificates.issue.bulk', 'certificates.confirm.bulk', 'certificates.issue.bulk', 'certificates.confirm.bulk']);
    // a history written after the fact tells no exporting authority of its confirmations, and says so
    const confirm = (typeof entries[1]!.details === 'string' ? JSON.parse(entries[1]!.details) : entries[1]!.details) as { count: number; announced?: boolean };
    expect(confirm).toMatchObject({ count: 2000, announced: false });
    const announced = await sql<{ n: number }>`select count(*)::int as n from notifications where kind like 'certificate.%'`.execute(store.db);
    expect(announced.rows[0]!.n).toBe(0);
    const first = (typeof entries[0]!.details === 'string' ? JSON.parse(entries[0]!.details) : entries[0]!.details) as { count: number; logFrom: number; logTo: number; participants: Record<string, { count: number }> };
    expect(first).toMatchObject({ count: 2000, logFrom: 0, logTo: 1999 });
    expect(Object.values(first.participants).reduce((s, p) => s + p.count, 0)).toBe(2000);
    expect((await audit.verifyChain(store.db)).problems).toEqual([]);
  });

  it('gives the same certificate trail for many pairs in one query as pair by pair (the reconciliation uses it)', async () => {
    const pairs = (await sql<{ exporter: string; importer: string }>`select participant as exporter, importer_participant as importer from certificates group by 1, 2 order by count(*) desc limit 6`.execute(store.db)).rows;
    pairs.push({ exporter: 'ZA', importer: 'XX' });
    const source = certificates.certificateTrail(store);
    const period = { start: '2006-01-01', end: '2006-03-31' };
    const many = await source.trails(pairs, period);
    let shown = 0;
    for (const p of pairs) {
      const one = await source.trail(p.exporter, p.importer, period);
      expect(many.get(`${p.exporter} ${p.importer}`)).toEqual(one);
      shown += one.length;
    }
    expect(shown).toBeGreaterThan(0);
    expect(many.get('ZA XX')).toEqual([]);
  });

  it('refuses a bulk confirmation that repeats one, comes from another Participant, or names an unknown number, recording nothing', async () => {
    const docs = await issueBulk(store, SYSTEM, [
      { actor: localOperator('ZA'), on: '2006-05-02', request: { exporter: { name: 'A', address: 'Kimberley', country: 'ZA' }, importer: { name: 'B', address: 'Mumbai', country: 'IN' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 5000 }], parcels: 2 } },
    ], 'test');
    const number = docs[0]!.number;
    const before = await log.size(store.db);
    const input = { parcels: 2, carats: 100, sealsIntact: true, receivedOn: '2006-05-04' };
    expect((await refused(confirmBulk(store, SYSTEM, [{ actor: localOperator('IL'), number, input }], 'test'))).code).toBe('forbidden');
    expect((await refused(confirmBulk(store, SYSTEM, [{ actor: localOperator('IN'), number, input }, { actor: localOperator('IN'), number, input }], 'test'))).code).toBe('conflict');
    expect((await refused(confirmBulk(store, SYSTEM, [{ actor: localOperator('IN'), number: 'ZA-2006-999999', input }], 'test'))).code).toBe('not_found');
    expect((await refused(issueBulk(store, SYSTEM, [{ actor: localOperator('ZA'), on: '2006-05-02', request: { exporter: { name: 'A', address: 'x', country: 'ZA' }, importer: { name: 'B', address: 'y', country: 'LR' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats: 1, valueUsd: 1 }], parcels: 1 } }], 'test'))).code).toBe('invalid_input');
    expect(await log.size(store.db)).toBe(before);
    const [ok] = await confirmBulk(store, SYSTEM, [{ actor: localOperator('IN'), number, input: { ...input, carats: 90 } }], 'test');
    expect(ok).toMatchObject({ flagged: true, logIndex: before });
  });
});

/** A certificate's content without what its random key decides: key id, signature, log root and proof. */
function figuresOf(doc: SignedCertificate) {
  const { signature: _s, logProof: _p, transparency, issuer, ...rest } = doc;
  return { ...rest, issuer: { ...issuer, keyId: undefined }, leafIndex: transparency.leafIndex, treeSize: transparency.treeSize };
}

describe('simulation determinism with certificates', () => {
  it('gives the same certificates (numbers, figures, log positions) for the same seed, with keys no seed decides', async () => {
    const runs: { numbers: string[]; docs: ReturnType<typeof figuresOf>[]; keys: string[]; root: string }[] = [];
    for (const seed of [7, 7, 8]) {
      const store = await freshStore('pglite');
      try {
        configure(store, { masterKey: randomBytes(32) });
        await runSimulation(store, { ...span, seed, certificateLimit: 300 });
        const rows = await store.db.selectFrom('certificates').select('document').orderBy('log_index').execute();
        const docs = await Promise.all(rows.map((r) => log.storedDocument(store.db, r.document)));
        runs.push({
          numbers: await numbersOf(store),
          docs: docs.map(figuresOf),
          keys: (await store.db.selectFrom('authority_keys').select('public_key').orderBy('participant').execute()).map((k) => k.public_key),
          root: await log.rootAt(store.db, await log.size(store.db)),
        });
      } finally {
        await store.close();
      }
    }
    const [a, b, c] = runs as [typeof runs[0], typeof runs[0], typeof runs[0]];
    expect(a.numbers).toHaveLength(300);
    expect(b.numbers).toEqual(a.numbers);
    expect(b.docs).toEqual(a.docs);
    expect(c.docs).not.toEqual(a.docs);
    // the same seed twice: not one authority key in common, so neither signatures nor log roots
    expect(a.keys.length).toBeGreaterThan(40);
    expect(b.keys.filter((k) => a.keys.includes(k))).toEqual([]);
    expect(b.root).not.toBe(a.root);
  }, 120_000);
});
