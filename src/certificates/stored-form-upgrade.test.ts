// A store written before this version, upgraded: its log nodes kept as hex text (before migration 0055),
// every complete subtree kept and the leaves only among them (before 0056), and its documents stored
// whole (before stored-form.ts), on either engine. After `migrate` the log's hashes are bytes, its leaves
// are in its entries, only subtrees of 16 leaves and more are kept, and every certificate written before
// and after still looks up genuine, gives the same document and bundle, and verifies offline against the
// trust list; the log's proofs and its root still hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import { zaToIndia } from '../../test/support/certificates.js';
import type { Store } from '../db/store.js';
import { migrate } from '../db/migrate.js';
import { PUBLIC, localOperator } from '../auth/model.js';
import * as service from './service.js';
import { lookUp } from './lookup.js';
import { checkTrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import type { SignedCertificate } from './model.js';
import { inclusionProof, rootAt } from './log.js';
import { verifyInclusion } from './merkle.js';

const ZA = localOperator('ZA');

describe.each(engines)('a store written before the stored form and migrations 0055 and 0056, upgraded, on %s', (engine) => {
  let s: Store;
  let before: SignedCertificate[];
  let rootBefore: string;
  let leavesBefore: string[];
  const offline = async (docs: SignedCertificate[]) => {
    const list = checkTrustList(JSON.parse(JSON.stringify(await service.trustList(s))));
    if (!list.ok) throw new Error(list.reason);
    const ctx = contextFromTrustList(list.list);
    return Promise.all(docs.map(async (d) => verifyCertificate(JSON.parse(JSON.stringify(await service.bundle(s, ZA, d.number))), ctx).verdict));
  };

  beforeAll(async () => {
    s = await freshStore(engine);
    service.configure(s, { masterKey: randomBytes(32) });
    // 18 entries: a complete subtree of 16 leaves, and two leaves after it
    before = await service.issueAll(s, ZA, Array.from({ length: 18 }, () => zaToIndia()));
    rootBefore = await rootAt(s.db, 18);
    leavesBefore = (await s.db.selectFrom('log_entries').select(['idx', 'leaf']).orderBy('idx').execute()).map((r) => Buffer.from(r.leaf).toString('hex'));
    // as an older version left it: documents whole (without their log proof), every complete subtree kept
    // with the leaves among them (0056 not applied), node hashes as hex text (0055 not applied)
    await sql`insert into log_nodes (level, idx, hash) select 0, idx, leaf from log_entries`.execute(s.db);
    for (const level of [1, 2, 3]) {
      await sql`insert into log_nodes (level, idx, hash) select ${level}, a.idx / 2, sha256(decode('01', 'hex') || a.hash || b.hash)
        from log_nodes a join log_nodes b on b.level = a.level and b.idx = a.idx + 1 where a.level = ${level - 1} and a.idx % 2 = 0`.execute(s.db);
    }
    await sql`alter table log_entries drop column leaf, alter column record_hash type text using encode(record_hash, 'hex')`.execute(s.db);
    await sql`delete from schema_migrations where name = '0056_log_leaves_in_entries.sql'`.execute(s.db);
    for (const d of before) {
      const { logProof: _proof, ...whole } = d;
      await s.db.updateTable('certificates').set({ document: JSON.stringify(whole) }).where('number', '=', d.number).execute();
    }
    await sql`alter table log_nodes alter column hash type text using encode(hash, 'hex')`.execute(s.db);
    await sql`delete from schema_migrations where name = '0055_log_nodes_bytea.sql'`.execute(s.db);
    expect((await sql<{ t: string }>`select data_type as t from information_schema.columns where table_name = 'log_nodes' and column_name = 'hash'`.execute(s.db)).rows[0]!.t).toBe('text');
  });
  afterAll(() => s.close());

  it('migrates the hashes to bytes, and what was issued before still looks up, reads and verifies as issued', async () => {
    expect(await sql<{ n: number }>`select count(*)::int as n from log_nodes where level < 4`.execute(s.db).then((r) => r.rows[0]!.n)).toBe(18 + 9 + 4 + 2);
    expect(await migrate(s)).toEqual(['0055_log_nodes_bytea.sql', '0056_log_leaves_in_entries.sql']);
    expect((await sql<{ t: string }>`select data_type as t from information_schema.columns where table_name = 'log_nodes' and column_name = 'hash'`.execute(s.db)).rows[0]!.t).toBe('bytea');
    // the leaves moved to their entries, unchanged; only the subtree of 16 leaves is still a node
    expect((await s.db.selectFrom('log_entries').select(['idx', 'leaf']).orderBy('idx').execute()).map((r) => Buffer.from(r.leaf).toString('hex'))).toEqual(leavesBefore);
    expect((await s.db.selectFrom('log_nodes').select(['level', 'idx']).execute()).map((r) => [r.level, Number(r.idx)])).toEqual([[4, 0]]);
    expect(await rootAt(s.db, 18)).toBe(rootBefore);
    // the embedded store compacted the table the migration rewrote (PostgreSQL leaves it to autovacuum):
    // the 18 entries fill the first 18 slots of their page again, not slots after 18 dead versions
    const slots = await sql<{ m: number }>`select max((ctid::text::point)[1])::int as m from log_entries`.execute(s.db);
    if (engine === 'pglite') expect(slots.rows[0]!.m).toBe(18);
    for (const i of [0, 15, 16, 17]) {
      const p = await inclusionProof(s.db, i, 18);
      expect(verifyInclusion(i, 18, Buffer.from(p.leafHash, 'hex'), p.proof.map((h) => Buffer.from(h, 'hex')), Buffer.from(rootBefore, 'hex'))).toBe(true);
    }
    for (const d of before) {
      expect((await lookUp(s, PUBLIC, d.number)).verdict).toBe('genuine');
      // the document as issued, its log proof put back from the converted nodes
      expect((await service.document(s, ZA, d.number)).doc).toEqual(d);
    }
    expect(await offline(before)).toEqual(Array(18).fill('genuine'));
  });

  it('issues after the upgrade in the new form, beside the old rows; the log grows on the converted nodes', async () => {
    const after = await service.issueAll(s, ZA, [zaToIndia(), zaToIndia()]);
    const stored = await s.db.selectFrom('certificates').select(['number', 'document']).where('number', 'in', [...before, ...after].map((d) => d.number)).execute();
    const form = new Map(stored.map((r) => [r.number, r.document.startsWith('{"@stored":1,') ? 'new' : 'whole']));
    expect(before.map((d) => form.get(d.number))).toEqual(Array(18).fill('whole'));
    expect(after.map((d) => form.get(d.number))).toEqual(['new', 'new']);
    for (const d of after) expect((await service.document(s, ZA, d.number)).doc).toEqual(d);
    expect(await offline([...before, ...after])).toEqual(Array(20).fill('genuine'));
    // a bundle of an old certificate proves the log consistent from its own checkpoint to today's
    const old = await service.bundle(s, ZA, before[0]!.number, { consistencyFrom: before[0]!.transparency.treeSize });
    expect(old.consistency).toBeDefined();
  });
});
