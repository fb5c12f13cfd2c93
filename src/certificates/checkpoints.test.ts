// Checkpoints kept by the store and by outsiders: bundles that verify offline only with the log's
// signature, the audit chain cut or rewritten behind a checkpoint, a forked copy of the store, witnesses.
// Every attack is performed on a real store (PGlite, and PostgreSQL when TEST_DATABASE_URL is set).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listOf } from '../../test/support/trust-list.js';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import { openStore, type Engine, type Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import { GENESIS_HASH, hashEntry } from '../audit/model.js';
import { generateKeyPair } from './signing.js';
import { contextFromTrustList, verifyCertificate, type CertificateBundle } from './verification.js';
import * as checkpoints from './checkpoints.js';
import { auditCommitment, signCheckpoint, checkpointBody, type AuditState } from './checkpoint.js';

/** the audit state a check opened from its commitment (the store's record of it) */
function opened(a: AuditState): { entries: number; head: string } {
  if ('commitment' in a) throw new Error('the check did not open the commitment');
  return a;
}
import { schemeSigningKey } from './keys.js';
import * as certLogStore from './log-store.js';
import * as log from './log.js';
import { cosign, type WitnessKeyFile } from './witness.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';
import { zaToIndia } from '../../test/support/certificates.js';

const request = zaToIndia;

const ZA = localOperator('ZA');
const admin = localOperator();

/** A fresh store whose log's origin is kpcs.test/kpcs-log, one certificate already in it. */
async function withOneCertificate(engine: Engine): Promise<Store> {
  const store = await freshStore(engine);
  service.configure(store, { masterKey: randomBytes(32), logOrigin: 'kpcs.test/kpcs-log' });
  await service.issue(store, ZA, request());
  return store;
}

describe.each(engines)('log checkpoints on %s', (engine) => {
  let store: Store;
  const masterKey = randomBytes(32);
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey, logOrigin: 'kpcs.test/kpcs-log' });
    for (let i = 0; i < 3; i++) await service.issue(store, ZA, request());
  });
  afterAll(() => store.close());

  it('signs one checkpoint per state of the log and the audit chain, stored and served again', async () => {
    const a = await checkpoints.checkpoint(store);
    const b = await checkpoints.checkpoint(store);
    expect(b.note).toBe(a.note);
    expect(a.note.split('\n')[0]).toBe('kpcs.test/kpcs-log');
    // the audit head behind a salted commitment: the count is not shown (docs/security.md)
    const head = await audit.head(store.db);
    const row = (await sql<{ audit_salt: string }>`select audit_salt from log_checkpoints where tree_size = ${a.treeSize}`.execute(store.db)).rows[0]!;
    expect(a.audit).toEqual({ commitment: auditCommitment(row.audit_salt, head.entries, head.head) });
    await service.issue(store, ZA, request());
    const c = await checkpoints.checkpoint(store);
    expect(c.treeSize).toBe(a.treeSize + 1);
    // the older one is still served
    expect((await checkpoints.checkpoint(store, a.treeSize)).note).toBe(a.note);
    const rows = await sql<{ n: number }>`select count(*)::int as n from log_checkpoints`.execute(store.db);
    expect(rows.rows[0]!.n).toBe(2);
  });

  it("a certificate's bundle verifies offline with the trust list; the bare document does not", async () => {
    const c = await service.issue(store, ZA, request());
    const list = await listOf(store);
    const bundle = await service.bundle(store, ZA, c.number);
    expect(bundle.inclusion.treeSize).toBeGreaterThan(c.transparency.leafIndex);
    const ok = verifyCertificate(bundle, contextFromTrustList(list));
    expect(ok).toMatchObject({ verdict: 'genuine', valid: true });
    expect(ok.reason).toMatch(/recorded in the public log at position \d+ \(checkpoint of \d+ entries .* signed by the log key KP-/);
    expect(verifyCertificate(c, contextFromTrustList(list))).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('no checkpoint signed by the transparency log') });
    // online, either is judged against the log itself
    expect(await onlineVerification.verifyDocument(store, bundle)).toMatchObject({ verdict: 'genuine' });
    expect(await onlineVerification.verifyDocument(store, c)).toMatchObject({ verdict: 'genuine' });
    // another Participant's officer gets no bundle
    await expect(service.bundle(store, localOperator('BW'), c.number)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a checkpoint signed before a log key rotation still verifies with the old key\'s period', async () => {
    const c = await service.issue(store, ZA, request());
    const before = await service.bundle(store, ZA, c.number);
    await service.rotateLogKey(store, admin);
    const list = await listOf(store);
    expect(verifyCertificate(before, contextFromTrustList(list)).valid).toBe(true);
    const logKeys = list.keys.filter((k) => k.purpose === 'log');
    expect(logKeys).toHaveLength(2);
    expect(logKeys[0]!.validTo).not.toBeNull();
    // the checkpoint of the same tree now is signed by the new key (the rotation moved the audit head)
    expect((await checkpoints.checkpoint(store)).keyId).toBe(logKeys[1]!.keyId);
    expect(before.checkpoint).not.toBe((await checkpoints.checkpoint(store)).note);
  });

  it('witnesses: registered by an administrator (audited, on the trust list), their cosignatures served, k required', async () => {
    await expect(checkpoints.addWitness(store, ZA, 'w1.example.org', generateKeyPair().publicKey)).rejects.toMatchObject({ code: 'forbidden' });
    const pairs = [generateKeyPair(), generateKeyPair()];
    const files: WitnessKeyFile[] = pairs.map((p, i) => ({ type: 'kpcs-witness-key', name: `w${i + 1}.example.org`, publicKey: p.publicKey, privateKey: p.privateKeyDer.toString('base64') }));
    for (const f of files) await checkpoints.addWitness(store, admin, f.name, f.publicKey);
    expect((await audit.list(store.db, SYSTEM, { action: 'certificates.witness.add' })).map((e) => e.subject).sort()).toEqual(['w1.example.org', 'w2.example.org']);
    const list = await listOf(store);
    expect(list.keys.filter((k) => k.purpose === 'witness').map((k) => k.owner).sort()).toEqual(['w1.example.org', 'w2.example.org']);

    const c = await service.issue(store, ZA, request());
    const plain = await service.bundle(store, ZA, c.number);
    expect(verifyCertificate(plain, contextFromTrustList(list, new Date(), { witnesses: 1 }))).toMatchObject({ valid: false, reason: expect.stringContaining('0 valid cosignatures by witnesses of the trust list, 1 required') });

    const cp = await checkpoints.checkpoint(store);
    const one = cosign(files[0]!, undefined, cp.note, list.keys, undefined);
    expect(await checkpoints.addCosignatures(store, one.note)).toMatchObject({ accepted: ['w1.example.org'], added: ['w1.example.org'] });
    // a cosignature by an unregistered key, or an altered one, is refused
    const stranger = generateKeyPair();
    const foreign = cosign({ ...files[1]!, publicKey: stranger.publicKey, privateKey: stranger.privateKeyDer.toString('base64') }, undefined, cp.note, list.keys, undefined);
    await expect(checkpoints.addCosignatures(store, foreign.note)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('does not verify with its registered key') });
    // ATTACK (A7): a cosignature dated before the checkpoint it cosigns is refused on receipt (verifiers would not count it)
    const early = cosign(files[1]!, undefined, cp.note, list.keys, undefined, new Date(Date.parse(cp.time) - 2000));
    await expect(checkpoints.addCosignatures(store, early.note)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('before the checkpoint it cosigns') });
    const two = cosign(files[1]!, undefined, one.note, list.keys, undefined);
    await checkpoints.addCosignatures(store, two.note);
    expect((await checkpoints.checkpoint(store, cp.treeSize)).cosignatures).toEqual(['w1.example.org', 'w2.example.org']);
    // the bundle now takes the cosigned checkpoint: two witnesses required, two present
    const cosigned = await service.bundle(store, ZA, c.number);
    expect(verifyCertificate(cosigned, contextFromTrustList(list, new Date(), { witnesses: 2 }))).toMatchObject({ valid: true, reason: expect.stringContaining('cosigned by 2 witnesses') });
    expect(verifyCertificate(cosigned, contextFromTrustList(list, new Date(), { witnesses: 3 })).valid).toBe(false);
    // a checkpoint the log never signed is not cosigned here
    await expect(checkpoints.addCosignatures(store, one.note.replace(/kpcs-time \S+/, 'kpcs-time 2001-01-01T00:00:00.000Z'))).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe.each(engines)('checkpoint dates against certificate dates on %s (#15, B5)', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await withOneCertificate(engine);
  });
  afterAll(() => store.close());

  it('a bundle never carries a checkpoint dated before its certificate (one an earlier version signed is skipped)', async () => {
    const c = await service.issue(store, ZA, request());
    // an earlier version signed this state's checkpoint with a clock behind the certificate's date
    await transaction(store.db, async (tx) => {
      const key = await schemeSigningKey(store, tx, 'log');
      const size = await certLogStore.logSize(tx);
      const head = await audit.head(tx);
      const root = await log.rootAt(tx, size);
      await sql`delete from log_checkpoints where tree_size = ${size} and audit_entries = ${head.entries}`.execute(tx);
      const old = { origin: 'kpcs.test/kpcs-log', treeSize: size, rootHash: root, time: new Date(Date.parse(c.issuedAt) - 60_000).toISOString(), audit: head };
      const body = checkpointBody(old);
      const note = signCheckpoint(old, key.key, key.publicKey);
      await certLogStore.insertCheckpoint(tx, { id: 'b5-'.padEnd(64, '0'), tree_size: size, root_hash: root, audit_entries: head.entries, audit_head: head.head, signed_at: new Date(old.time), key_id: key.id, body, signature: note.slice(body.length + 1, -1), audit_salt: null });
    });
    await expect(service.bundle(store, ZA, c.number)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining("before the certificate's date of issue") });
    // once the log moves on, the new checkpoint is used, never the old one
    await service.issue(store, ZA, request());
    const bundle = await service.bundle(store, ZA, c.number);
    expect(bundle.checkpoint).not.toContain(`kpcs-time ${new Date(Date.parse(c.issuedAt) - 60_000).toISOString()}`);
    expect(verifyCertificate(bundle, contextFromTrustList(await listOf(store)))).toMatchObject({ verdict: 'genuine' });
  });

  it('ATTACK (B5): a certificate logged by a server whose clock is ahead: the checkpoint is dated no earlier than its entries, so the bundle verifies', async () => {
    // one server of several on one database, its clock an hour ahead, issues; another signs the checkpoint
    const ahead = new Date(Date.now() + 3_600_000);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(ahead);
    let c: Awaited<ReturnType<typeof service.issue>>;
    try {
      c = await service.issue(store, ZA, request());
    } finally {
      vi.useRealTimers();
    }
    const cp = await checkpoints.checkpoint(store);
    expect(Date.parse(cp.time)).toBeGreaterThanOrEqual(Date.parse(c.issuedAt));
    const bundle = await service.bundle(store, ZA, c.number);
    const checkedAt = new Date(ahead.getTime() + 1000);
    expect(verifyCertificate(bundle, contextFromTrustList(await listOf(store), checkedAt))).toMatchObject({ verdict: 'genuine', valid: true });
  });
});

describe.each(engines)('the audit chain against a checkpoint on %s', (engine) => {
  let store: Store;
  let note: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
    for (let i = 0; i < 4; i++) await service.issue(store, ZA, request());
    note = (await checkpoints.checkpoint(store)).note;
    // life goes on after the checkpoint was taken by an outsider
    await service.issue(store, ZA, request());
  });
  afterAll(() => store.close());

  it('an intact store holds the state the checkpoint saw', async () => {
    const r = await checkpoints.checkStoreAgainst(store, note);
    expect(r.problems).toEqual([]);
    expect(r.logProblems).toEqual([]);
  });

  it('ATTACK: the last audit entries deleted: the chain alone still verifies, the checkpoint catches it', async () => {
    const saw = opened((await checkpoints.checkStoreAgainst(store, note)).checkpoint.audit).entries;
    const max = (await audit.head(store.db)).entries;
    await sql`delete from audit_log where seq > ${saw - 2}`.execute(store.db);
    expect((await audit.verifyChain(store.db)).problems).toEqual([]);
    const r = await checkpoints.checkStoreAgainst(store, note);
    expect(r.problems).toEqual([{ seq: saw, problem: expect.stringContaining(`saw ${saw} entries, the chain ends at entry ${saw - 2}: 2 entries were cut off the end`) }]);
    expect(max).toBeGreaterThan(saw);
  });

  it('ATTACK: the whole chain rewritten and re-hashed: the chain alone still verifies, the checkpoint catches it', async () => {
    // entries re-appended after the cut, so the chain is as long as the checkpoint saw again
    for (let i = 0; i < 3; i++) await transaction(store.db, (tx) => audit.record(tx, SYSTEM, 'test.filler', `f${i}`));
    const entries = (await audit.list(store.db, SYSTEM, { limit: 1000 })).reverse();
    let prev = GENESIS_HASH;
    for (const e of entries) {
      const content = { ...e, details: e.seq === 2 ? { rewritten: true } : e.details, prevHash: prev };
      const hash = hashEntry(content);
      await sql`update audit_log set details = ${JSON.stringify(content.details)}::jsonb, prev_hash = ${'x' + e.seq}, hash = ${'y' + e.seq} where seq = ${e.seq}`.execute(store.db);
      entries[entries.indexOf(e)] = { ...content, hash };
      prev = hash;
    }
    for (const e of entries) await sql`update audit_log set prev_hash = ${e.prevHash}, hash = ${e.hash} where seq = ${e.seq}`.execute(store.db);
    expect((await audit.verifyChain(store.db)).problems).toEqual([]);
    const r = await checkpoints.checkStoreAgainst(store, note);
    const saw = opened(r.checkpoint.audit).entries;
    expect(r.problems).toEqual([{ seq: saw, problem: expect.stringContaining('entries up to it were edited, removed or re-hashed since') }]);
  });

  it('ATTACK: log entries cut off the end are caught too', async () => {
    const r0 = await checkpoints.checkStoreAgainst(store, note);
    await sql`update log_head set size = ${r0.checkpoint.treeSize - 1} where id = 1`.execute(store.db);
    const r = await checkpoints.checkStoreAgainst(store, note);
    expect(r.logProblems).toEqual([expect.stringContaining('1 were cut off its end')]);
  });

  it('a checkpoint not signed by this log is refused', async () => {
    await expect(checkpoints.checkStoreAgainst(store, note.replace(/kpcs-audit ([0-9a-f])/, (_, c: string) => `kpcs-audit ${c === '0' ? '1' : '0'}`))).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('does not verify') });
  });
});

describe('a forked log: two stores copied from one', () => {
  let a: Store;
  let b: Store;
  const masterKey = randomBytes(32);
  beforeAll(async () => {
    a = await freshStore('pglite');
    service.configure(a, { masterKey, logOrigin: 'kpcs.test/kpcs-log' });
    for (let i = 0; i < 3; i++) await service.issue(a, ZA, request());
    await checkpoints.checkpoint(a);
    b = await openStore({ dataDir: '/nonexistent' }, { inMemory: true, loadDataDir: await a.pglite!.dumpDataDir('none') });
    service.configure(b, { masterKey, logOrigin: 'kpcs.test/kpcs-log' });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('ATTACK: the copy issues another certificate at the same position: a verifier holding the original\'s checkpoint refuses it', async () => {
    const x = await service.issue(a, ZA, request());
    const y = await service.issue(b, ZA, request({ parcels: 9 }));
    expect(y.transparency.leafIndex).toBe(x.transparency.leafIndex);
    const list = await listOf(a);
    const held = (await checkpoints.checkpoint(a)).note;
    const forked: CertificateBundle = await service.bundle(b, ZA, y.number);
    // alone, the forked store's bundle verifies: the log key signed it
    expect(verifyCertificate(forked, contextFromTrustList(list)).valid).toBe(true);
    const r = verifyCertificate(forked, contextFromTrustList(list, new Date(), { held: { note: held } }));
    expect(r).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('forked log: two checkpoints of') });
    // the original grows: sizes differ, no proof given: said precisely
    await service.issue(a, ZA, request());
    const later = (await checkpoints.checkpoint(a)).note;
    const size = (n: string) => Number(n.split('\n')[1]);
    expect(verifyCertificate(forked, contextFromTrustList(list, new Date(), { held: { note: later } }))).toMatchObject({
      valid: false, reason: expect.stringContaining(`are of ${size(forked.checkpoint)} and ${size(later)} entries and no consistency proof between them was given`),
    });
    // with the original log's consistency proof: the forked checkpoint is not a prefix of it
    const fromA = await service.bundle(a, ZA, x.number, { consistencyFrom: size(forked.checkpoint) });
    expect(verifyCertificate(forked, contextFromTrustList(list, new Date(), { held: { note: later, consistency: fromA.consistency } }))).toMatchObject({ valid: false, reason: expect.stringContaining('does not extend') });
    // and the original's own bundle is consistent with the later checkpoint
    expect(verifyCertificate(fromA, contextFromTrustList(list, new Date(), { held: { note: later } })).valid).toBe(true);
  });

  it('ATTACK: a witness that cosigned the original refuses the fork', async () => {
    const list = await listOf(a);
    const pair = generateKeyPair();
    const w: WitnessKeyFile = { type: 'kpcs-witness-key', name: 'w.example.org', publicKey: pair.publicKey, privateKey: pair.privateKeyDer.toString('base64') };
    const first = cosign(w, undefined, (await checkpoints.checkpoint(a)).note, list.keys, undefined);
    const fork = (await checkpoints.checkpoint(b)).note;
    expect(() => cosign(w, first.state, fork, list.keys, undefined)).toThrow(/rolled back|forked log/);
  });
});

describe.each(engines)('ATTACK: watching the installation through its checkpoints on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await withOneCertificate(engine);
  });
  afterAll(() => store.close());

  it('the public checkpoint no longer tells how many audited acts (sign-ins…) happened between two polls; kpcs audit verify --checkpoint still holds the store to it', async () => {
    const first = await checkpoints.checkpoint(store);
    // three audited acts nobody outside should be able to count
    for (let i = 0; i < 3; i++) await transaction(store.db, (tx) => audit.record(tx, SYSTEM, 'session.create', null, {}));
    const second = await checkpoints.checkpoint(store);
    for (const cp of [first, second]) {
      expect(cp.note).toMatch(/^kpcs-audit [0-9a-f]{64}$/m);
      expect(cp.note).not.toMatch(/^kpcs-audit \d+ /m);
      expect(cp.audit).not.toHaveProperty('entries');
      expect(JSON.stringify(cp)).not.toContain((await audit.head(store.db)).head);
    }
    // held to it all the same
    const r = await checkpoints.checkStoreAgainst(store, second.note);
    expect(r.problems).toEqual([]);
    expect(r.logProblems).toEqual([]);
    expect(r.checkpoint.audit).toEqual({ entries: (await audit.head(store.db)).entries, head: (await audit.head(store.db)).head });
    // a store that dropped or altered its record of the checkpoint cannot open the commitment: reported
    await sql`update log_checkpoints set audit_salt = ${'0'.repeat(64)} where body = ${second.note.slice(0, second.note.lastIndexOf('\n\n') + 1)}`.execute(store.db);
    expect((await checkpoints.checkStoreAgainst(store, second.note)).logProblems).toEqual([expect.stringContaining('the commitment to the audit chain it signed cannot be opened')]);
  });
});
