// A store written before this version, upgraded: its log nodes kept as hex text (before migration 0055)
// and its documents stored whole (before stored-form.ts), on either engine. After `migrate` the log's
// hashes are bytes, and every certificate written before and after still looks up genuine, gives the
// same document and bundle, and verifies offline against the trust list; the log's proofs still hold.
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

const ZA = localOperator('ZA');

describe.each(engines)('a store written before the stored form and migration 0055, upgraded, on %s', (engine) => {
  let s: Store;
  let before: SignedCertificate[];
  const offline = async (docs: SignedCertificate[]) => {
    const list = checkTrustList(JSON.parse(JSON.stringify(await service.trustList(s))));
    if (!list.ok) throw new Error(list.reason);
    const ctx = contextFromTrustList(list.list);
    return Promise.all(docs.map(async (d) => verifyCertificate(JSON.parse(JSON.stringify(await service.bundle(s, ZA, d.number))), ctx).verdict));
  };

  beforeAll(async () => {
    s = await freshStore(engine);
    service.configure(s, { masterKey: randomBytes(32) });
    before = await service.issueAll(s, ZA, [zaToIndia(), zaToIndia(), zaToIndia()]);
    // as an older version left it: documents whole (without their log proof), node hashes as hex text,
    // and 0055 not yet applied
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
    expect(await migrate(s)).toEqual(['0055_log_nodes_bytea.sql']);
    expect((await sql<{ t: string }>`select data_type as t from information_schema.columns where table_name = 'log_nodes' and column_name = 'hash'`.execute(s.db)).rows[0]!.t).toBe('bytea');
    for (const d of before) {
      expect((await lookUp(s, PUBLIC, d.number)).verdict).toBe('genuine');
      // the document as issued, its log proof put back from the converted nodes
      expect((await service.document(s, ZA, d.number)).doc).toEqual(d);
    }
    expect(await offline(before)).toEqual(['genuine', 'genuine', 'genuine']);
  });

  it('issues after the upgrade in the new form, beside the old rows; the log grows on the converted nodes', async () => {
    const after = await service.issueAll(s, ZA, [zaToIndia(), zaToIndia()]);
    const stored = await s.db.selectFrom('certificates').select(['number', 'document']).where('number', 'in', [...before, ...after].map((d) => d.number)).execute();
    const form = new Map(stored.map((r) => [r.number, r.document.startsWith('{"@stored":1,') ? 'new' : 'whole']));
    expect(before.map((d) => form.get(d.number))).toEqual(['whole', 'whole', 'whole']);
    expect(after.map((d) => form.get(d.number))).toEqual(['new', 'new']);
    for (const d of after) expect((await service.document(s, ZA, d.number)).doc).toEqual(d);
    expect(await offline([...before, ...after])).toEqual(Array(5).fill('genuine'));
    // a bundle of an old certificate proves the log consistent from its own checkpoint to today's
    const old = await service.bundle(s, ZA, before[0]!.number, { consistencyFrom: before[0]!.transparency.treeSize });
    expect(old.consistency).toBeDefined();
  });
});
