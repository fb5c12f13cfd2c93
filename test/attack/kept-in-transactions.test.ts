// ATTACK (commit 74f6712): on the embedded store, reads are kept inside transactions too, and the log's
// right edge and the audit chain's head are written through by the statement that moves them
// (src/db/kept.ts KeptReads.get / afterWrite). Each test changes the store in a way the kept values must
// follow — a batch rolled back after its log append and audit entries, a COMMIT PostgreSQL turns into a
// ROLLBACK, a suspension, a key revoked or rotated, an officer disabled, a transaction still open — then
// asks again. Every expected root is recomputed from the leaves stored in log_entries (merkle.ts mth),
// never taken from the kept edge under test; the audit chain is walked by audit.verifyChain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { appWith, type AppWorld } from '../support/app.js';
import { zaToIndia } from '../support/certificates.js';
import { SYSTEM, localOperator } from '../../src/auth/model.js';
import { RetryableConflict, transaction } from '../../src/db/transaction.js';
import { prepare, issueInTransaction } from '../../src/certificates/issuance.js';
import * as log from '../../src/certificates/log.js';
import { mth, verifyInclusion } from '../../src/certificates/merkle.js';
import { verifyChain } from '../../src/audit/service.js';
import * as audit from '../../src/audit/service.js';
import { recordStatus } from '../../src/participants/service.js';
import { revokeKey, rotateKey } from '../../src/certificates/trust.js';
import { updateUser } from '../../src/accounts/service.js';
import * as companyStore from '../../src/companies/store.js';
import { nameKey } from '../../src/companies/model.js';
import { exporterProblems } from '../../src/companies/service.js';
import type { SignedCertificate } from '../../src/certificates/model.js';

const ZA = localOperator('ZA');
const hex = (h: string) => Buffer.from(h, 'hex');
const today = () => new Date().toISOString().slice(0, 10);

describe('ATTACK: reads kept inside the embedded store\'s transactions, edges and heads written through', () => {
  let w: AppWorld;
  const issue = (n = 1) => Promise.all(Array.from({ length: n }, () => w.app.inject({ method: 'POST', url: '/api/certificates', headers: w.bearer('za'), payload: zaToIndia() })));
  const issued = async (n = 1) => {
    const rs = await issue(n);
    expect(rs.map((r) => r.statusCode)).toEqual(rs.map(() => 201));
    return rs.map((r) => r.json<SignedCertificate>());
  };
  /** the leaves as the store holds them, one per entry (not the nodes, not the kept edge) */
  const leaves = async () => (await sql<{ leaf: string }>`select encode(leaf, ${'hex'}) as leaf from log_entries order by idx`.execute(w.store.db)).rows.map((r) => hex(r.leaf));
  /** an issuance prepared as the API does, issued in a transaction of the caller's that then fails */
  const issueThenFail = async (fail: 'throw' | 'failed statement') => {
    const job = await prepare(w.store, ZA, zaToIndia(), {}, 'certificates.issue');
    const out = await transaction(w.store.db, async (tx) => {
      const [doc] = await issueInTransaction(w.store, tx, [job]);
      await audit.record(tx, ZA, 'attack.after', doc!.certificate.number);
      if (fail === 'throw') throw new Error('undone after the log append and the audit entries');
      // the transaction is aborted; its COMMIT is answered ROLLBACK, without an error
      await sql`select 1 / 0`.execute(tx).catch(() => {});
      return doc!.certificate;
    }, { isolation: 'read committed' }).catch((e: Error) => e);
    return out;
  };
  /** the log, the certificates' roots and proofs, and the audit chain are exactly right */
  const expectWhole = async (docs: SignedCertificate[]) => {
    const all = await leaves();
    const n = all.length;
    expect(await log.rootAt(w.store.db, n)).toBe(mth(all, 0, n).toString('hex'));
    for (const d of docs) {
      const { leafIndex, treeSize, rootHash } = d.transparency;
      expect(rootHash).toBe(mth(all, 0, treeSize).toString('hex'));
      expect(await log.rootAt(w.store.db, treeSize)).toBe(rootHash);
      const p = await log.inclusionProof(w.store.db, leafIndex, n);
      expect(verifyInclusion(leafIndex, n, all[leafIndex]!, p.proof.map(hex), mth(all, 0, n))).toBe(true);
    }
    const chain = await verifyChain(w.store.db);
    expect(chain.problems).toEqual([]);
    const head = (await sql<{ seq: number }>`select max(seq)::int as seq from audit_log`.execute(w.store.db)).rows[0]!.seq;
    expect(chain.entries).toBe(head);
  };
  const alertsOf = async (user: string) => (await sql<{ n: number }>`select count(*)::int as n from notifications where user_id = ${user} and kind = ${'certificate.issued'}`.execute(w.store.db)).rows[0]!.n;

  beforeAll(async () => {
    w = await appWith('pglite', [
      ['za', 'ZA', ['officer']],
      ['in', 'IN', ['officer']],
      ['in2', 'IN', ['officer']],
    ], {});
  });
  afterAll(() => w.close());

  it('held: batches rolled back after the log append and the audit entries (thrown, or a COMMIT turned ROLLBACK), across the first kept level: the next batches chain onto what was committed', async () => {
    const docs: SignedCertificate[] = [];
    for (let round = 0; round < 6; round++) {
      docs.push(...(await issued(round % 2 ? 3 : 1)));
      const size = (await leaves()).length;
      const failed = await issueThenFail(round % 2 ? 'throw' : 'failed statement');
      // nothing of the failed transaction stayed: not its leaf, nor its certificate, nor its audit entry
      expect((await leaves()).length).toBe(size);
      if (!(failed instanceof Error)) expect((await sql<{ n: number }>`select count(*)::int as n from certificates where number = ${failed.number}`.execute(w.store.db)).rows[0]!.n).toBe(0);
      const [next] = await issued();
      expect(next!.transparency.leafIndex).toBe(size);
      docs.push(next!);
    }
    expect((await leaves()).length).toBeGreaterThan(16);
    await expectWhole(docs);
  });

  it('held: a RetryableConflict inside the issuing transaction (the log moved under it) is retried on the committed edge', async () => {
    const job = await prepare(w.store, ZA, zaToIndia(), {}, 'certificates.issue');
    let attempts = 0;
    const [doc] = await transaction(w.store.db, async (tx) => {
      attempts++;
      const out = await issueInTransaction(w.store, tx, [job]);
      // on the first attempt, as when another writer moved the log or the audit head first: retried
      if (attempts === 1) throw new RetryableConflict('another writer was first');
      return out;
    }, { isolation: 'read committed' });
    expect(attempts).toBe(2);
    await expectWhole([doc!.certificate, ...(await issued(2))]);
  });

  it('held: a suspension between two issuances (committed, or rolled back), and one inside the issuing transaction, is judged at once', async () => {
    await issued();
    // rolled back: the issuer keeps its standing
    await transaction(w.store.db, async (tx) => {
      await recordStatus(tx, 'ZA', { status: 'suspended', validFrom: today(), basis: 'attack', source: 'attack' });
      throw new Error('undone');
    }).catch(() => {});
    await issued();
    // inside one transaction: an issuance keeps ZA's standing, a suspension follows, a second issuance is refused
    const jobs = [await prepare(w.store, ZA, zaToIndia(), {}, 'certificates.issue'), await prepare(w.store, ZA, zaToIndia(), {}, 'certificates.issue')];
    const inOne = await transaction(w.store.db, async (tx) => {
      await issueInTransaction(w.store, tx, [jobs[0]!]);
      await recordStatus(tx, 'ZA', { status: 'suspended', validFrom: today(), basis: 'attack', source: 'attack' });
      await issueInTransaction(w.store, tx, [jobs[1]!]);
    }, { isolation: 'read committed' }).then(() => 'issued', (e: Error) => e.message);
    expect(inOne).not.toBe('issued');
    expect(inOne).toMatch(/standing|suspend/i);
    // committed: the next request is refused (prepare still sees the registry held in memory: issuance's own check must)
    await issued();
    await transaction(w.store.db, (tx) => recordStatus(tx, 'ZA', { status: 'suspended', validFrom: today(), basis: 'attack', source: 'attack' }));
    const refused = (await issue())[0]!;
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    // readmitted (the same day: the period starting today is replaced by raw SQL), issues again
    await sql`delete from participant_status where participant = ${'ZA'} and valid_from = ${today()}`.execute(w.store.db);
    await sql`update participant_status set valid_to = null where participant = ${'ZA'} and valid_to = ${today()}`.execute(w.store.db);
    await issued();
  });

  it('held: a key revoked, or rotated, between batches: the next certificate is signed by the key in service, never the old one', async () => {
    const [a] = await issued();
    await revokeKey(w.store, SYSTEM, a!.issuer.keyId, { reason: 'compromised' });
    const [b] = await issued();
    expect(b!.issuer.keyId).not.toBe(a!.issuer.keyId);
    const rotated = await rotateKey(w.store, SYSTEM, 'ZA');
    expect(rotated.retired).toBe(b!.issuer.keyId);
    const [c] = await issued();
    expect(c!.issuer.keyId).toBe(rotated.inService);
    // a rotation rolled back: the key in service stays, and is the one used
    await transaction(w.store.db, async (tx) => {
      await sql`update authority_keys set valid_to = now() where id = ${c!.issuer.keyId}`.execute(tx);
      throw new Error('undone');
    }).catch(() => {});
    const [d] = await issued();
    expect(d!.issuer.keyId).toBe(c!.issuer.keyId);
    // signed by a key then in service: none revoked, none retired before it signed, d's still in service
    const rows = (await sql<{ id: string; revoked_at: Date | null; valid_to: Date | null }>`select id, revoked_at, valid_to from authority_keys where participant = ${'ZA'}`.execute(w.store.db)).rows;
    for (const doc of [b, c, d]) {
      const key = rows.find((r) => r.id === doc!.issuer.keyId)!;
      expect(key.revoked_at).toBeNull();
      if (key.valid_to) expect(new Date(key.valid_to).getTime()).toBeGreaterThanOrEqual(new Date(doc!.issuedAt).getTime());
    }
    expect(rows.find((r) => r.id === d!.issuer.keyId)!.valid_to).toBeNull();
  });

  it('held: an officer disabled, or given another role, hears of no later issuance; one enabled again does', async () => {
    const officer = w.people.in!.id;
    const other = w.people.in2!.id;
    await issued();
    const before = await alertsOf(officer);
    const otherBefore = await alertsOf(other);
    expect(before).toBeGreaterThan(0);
    await updateUser(w.store.db, SYSTEM, officer, { disabled: true });
    await issued();
    expect(await alertsOf(officer)).toBe(before);
    expect(await alertsOf(other)).toBe(otherBefore + 1);
    await updateUser(w.store.db, SYSTEM, officer, { disabled: false });
    await updateUser(w.store.db, SYSTEM, other, { roles: ['wg-member'], groups: ['WGS'] });
    await issued();
    expect(await alertsOf(officer)).toBe(before + 1);
    expect(await alertsOf(other)).toBe(otherBefore + 1);
  });

  it('broke and mended: a read outside an open transaction was given what the transaction wrote and read in it, before it committed, and it then rolled back', async () => {
    const day = today();
    const company = (licence: string, name: string) => ({ participant: 'ZA', licence, name, name_key: nameKey(name), address: null, valid_from: '2000-01-01', registered_at: new Date(), registered_by: 'attack' });
    // ZA keeps a register (committed): the exporter of the requests is licensed
    await transaction(w.store.db, (tx) => companyStore.insert(tx, company('ZA-1', zaToIndia().exporter.name)));
    expect(await exporterProblems(w.store.db, ZA, 'ZA', 'Ghost Mines', day)).toHaveLength(1);
    let outside: Promise<unknown[]> | undefined;
    await transaction(w.store.db, async (tx) => {
      await companyStore.insert(tx, company('ZA-2', 'Ghost Mines'));
      // the transaction checks what it wrote: read, and kept as the store's
      expect(await exporterProblems(tx, ZA, 'ZA', 'Ghost Mines', day)).toEqual([]);
      // a request served meanwhile (an issuance's prepare reads the register on the store's Db) …
      outside = exporterProblems(w.store.db, ZA, 'ZA', 'Ghost Mines', day);
      throw new Error('undone');
    }).catch(() => {});
    // … must answer as the store is once it may read: Ghost Mines was never registered
    expect(await outside).toHaveLength(1);
    expect(await companyStore.byName(w.store.db, 'ZA', nameKey('Ghost Mines'))).toBeUndefined();
    // a transaction that commits: what it kept is everyone's from then on
    await transaction(w.store.db, async (tx) => {
      await companyStore.insert(tx, company('ZA-3', 'Ghost Mines'));
      expect(await exporterProblems(tx, ZA, 'ZA', 'Ghost Mines', day)).toEqual([]);
    });
    expect(await exporterProblems(w.store.db, ZA, 'ZA', 'Ghost Mines', day)).toEqual([]);
    expect((await issue())[0]!.statusCode).toBe(201);
  });
});
