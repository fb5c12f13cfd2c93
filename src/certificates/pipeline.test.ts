// The two-core bulk pipeline: what it writes must be exactly what the one-thread path writes, and a
// prediction the store contradicts must fall back to the ordinary path without a gap or a duplicate.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import { confirmBulk, issueAndConfirmInBatches, putKeysInService, issueBulk, issueBulkInBatches, type BulkRequest } from './bulk.js';
import { issue } from './issuance.js';
import { configure } from './keys.js';
import * as log from './log.js';
import type { SignedCertificate } from './model.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import { bundleOf } from './checkpoints.js';
import { trustList } from './trust.js';

const ROUTES = [
  ['ZA', 'IN'], ['BW', 'BE'], ['BE', 'IL'], ['NA', 'BE'], ['IL', 'AE'], ['AE', 'IN'], ['NL', 'CH'],
] as const;

/** 230 requests over the first months of 2006, several Participants (the EU among them) and days. */
function requests(): BulkRequest[] {
  return Array.from({ length: 230 }, (_, i) => {
    const [from, to] = ROUTES[i % ROUTES.length]!;
    const day = `2006-0${1 + Math.floor(i / 60)}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const participant = ['BE', 'NL'].includes(from) ? 'EU' : from;
    return {
      actor: localOperator(participant),
      on: day,
      request: {
        exporter: { name: `${from} Exports`, address: 'Diamond district', country: from },
        importer: { name: `${to} Imports`, address: 'Diamond district', country: to },
        origin: from === 'ZA' || from === 'BW' || from === 'NA' ? from : 'mixed',
        ...(!['ZA', 'BW', 'NA'].includes(from) && { provenance: from }),
        goods: [{ hsCode: '7102.31', carats: 100 + i, valueUsd: 10_000 + 37 * i }],
        parcels: 1 + (i % 3),
      },
    };
  }).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

const PARTICIPANTS = ['ZA', 'BW', 'EU', 'NA', 'IL', 'AE', 'IN', 'CH'];

/**
 * Two stores with the same past and the same authority keys (random ones, copied from the first to the
 * second under one master key), so that both paths must write the same bytes.
 */
async function twins(engine: (typeof engines)[number]): Promise<[Store, Store]> {
  const master = randomBytes(32);
  const [a, b] = await Promise.all([freshStore(engine), freshStore(engine)]);
  configure(a, { masterKey: master });
  configure(b, { masterKey: master });
  await putKeysInService(a, SYSTEM, PARTICIPANTS, new Date('2006-01-01T00:00:00.000Z'), 'test');
  const keys = await a.db.selectFrom('authority_keys').selectAll().execute();
  await b.db.insertInto('authority_keys').values(keys).execute();
  return [a, b];
}

describe.each(engines)('bulk issuance pipeline on %s', (engine) => {
  let piped: Store;
  let serial: Store;
  beforeAll(async () => {
    [piped, serial] = await twins(engine);
  }, 120_000);
  afterAll(async () => {
    await piped.close();
    await serial.close();
  });

  it('writes exactly what the one-thread path writes: the same documents, numbers and log root', async () => {
    const all = requests();
    const seen: SignedCertificate[] = [];
    const report = await issueBulkInBatches(piped, SYSTEM, all, 'test', { batchSize: 40, onBatch: (docs, i) => void seen.push(...docs.map((d) => ({ ...d, batch: i }) as SignedCertificate)) });
    // the first batch is composed on the spot; every later one was composed ahead and held
    expect(report).toEqual({ predicted: 6, ordinary: 0 });
    const ordinary: SignedCertificate[] = [];
    for (let i = 0; i < all.length; i += 40) ordinary.push(...(await issueBulk(serial, SYSTEM, all.slice(i, i + 40), 'test')));
    expect(seen.map(({ batch: _, ...d }: SignedCertificate & { batch?: number }) => d)).toEqual(ordinary);
    const documents = async (s: Store) => (await s.db.selectFrom('certificates').select(['number', 'document', 'log_index', 'seq']).orderBy('log_index').execute());
    expect(await documents(piped)).toEqual(await documents(serial));
    expect(await log.rootAt(piped.db, await log.size(piped.db))).toBe(await log.rootAt(serial.db, await log.size(serial.db)));
    // stored without the log proof, which the log gives back exactly as the holder received it
    const stored = await piped.db.selectFrom('certificates').select(['number', 'document']).orderBy('log_index').execute();
    expect(stored.every((r) => !r.document.includes('logProof'))).toBe(true);
    for (const i of [0, 1, 2, 3, 63, 64, 65, 127, 128, 229]) expect(await log.storedDocument(piped.db, stored[i]!.document)).toEqual(ordinary[i]);
    // each batch is its own transaction with its own audit entry
    const entries = await piped.db.selectFrom('audit_log').select('action').where('action', '=', 'certificates.issue.bulk').execute();
    expect(entries).toHaveLength(6);
    expect((await audit.verifyChain(piped.db)).problems).toEqual([]);
  }, 120_000);

  it('falls back to the ordinary path when someone else issues between two batches, without a gap or a duplicate', async () => {
    const more = requests().map((r) => ({ ...r, on: r.on!.replace('2006-', '2007-') }));
    const interloper: string[] = [];
    const report = await issueBulkInBatches(piped, SYSTEM, more, 'test', {
      batchSize: 50,
      onBatch: async (_docs, i) => {
        // an officer of South Africa issues through the API while batch i+1 is being composed
        if (i === 1) interloper.push((await issue(piped, localOperator('ZA'), more.find((r) => r.actor.participant === 'ZA')!.request, { on: '2007-03-01' })).number);
      },
    });
    expect(report.ordinary).toBeGreaterThanOrEqual(1);
    expect(report.predicted + report.ordinary).toBe(5);
    const seqs = await sql<{ participant: string; n: number; min: number; max: number }>`
      select participant, count(*)::int as n, min(seq)::int as min, max(seq)::int as max from certificates where year = 2007 group by participant`.execute(piped.db);
    for (const r of seqs.rows) expect([r.min, r.max]).toEqual([1, r.n]);
    const n = await sql<{ n: number }>`select count(*)::int as n from certificates where year = 2007`.execute(piped.db);
    expect(n.rows[0]!.n).toBe(more.length + 1);
    expect(interloper).toHaveLength(1);
    // every certificate verifies offline against the trust list, the interloper's among them
    const list = await trustList(piped);
    const docs = await piped.db.selectFrom('certificates').select('document').where('year', '=', 2007).execute();
    for (const { document } of docs) {
      const doc = await log.storedDocument(piped.db, document);
      expect(verifyCertificate(await bundleOf(piped, doc), contextFromTrustList(list, new Date(Date.parse(doc.issuedAt) + 86_400_000), { clock: new Date() }))).toMatchObject({ valid: true });
    }
    const logSize = await log.size(piped.db);
    expect(logSize).toBe(2 * more.length + 1);
  }, 120_000);

  it('issues and confirms a history batch by batch exactly as issueBulk then confirmBulk would, in the same log order', async () => {
    const history = requests().map((r, i) => ({ ...r, on: r.on!.replace('2006-', '2008-') })).map((certificate, i) => ({
      certificate,
      receipt: {
        actor: localOperator(certificateImporter(certificate)),
        // every seventh shipment arrives one parcel short: recorded and flagged, as a single confirmation would be
        input: { parcels: (certificate.request as { parcels: number }).parcels - (i % 7 === 0 ? 1 : 0), carats: (certificate.request as { goods: { carats: number }[] }).goods[0]!.carats, sealsIntact: true, receivedOn: certificate.on! },
        at: new Date(`${certificate.on}T16:00:00.000Z`),
      },
    }));
    // two stores with the same past: neither has seen the other tests' certificates
    const [piped, serial] = await twins(engine);
    try {
    const report = await issueAndConfirmInBatches(piped, SYSTEM, history, 'test', { batchSize: 60 });
    expect(report).toEqual({ predicted: 4, ordinary: 0 });
    for (let i = 0; i < history.length; i += 60) {
      const batch = history.slice(i, i + 60);
      const docs = await issueBulk(serial, SYSTEM, batch.map((h) => h.certificate), 'test');
      await confirmBulk(serial, SYSTEM, batch.map((h, j) => ({ actor: h.receipt.actor, number: docs[j]!.number, input: h.receipt.input, at: h.receipt.at })), 'test', { announce: false });
    }
    const size = await log.size(piped.db);
    expect(size).toBe(await log.size(serial.db));
    // the same entries in the same order; the roots differ only by the confirmations' secret salts (log-plan.ts saltedRecord)
    const entries = (st: Store) => st.db.selectFrom('log_entries').select(['idx', 'event', 'participant', 'number', 'at']).orderBy('idx').execute();
    expect(await entries(piped)).toEqual(await entries(serial));
    const issuedLeaves = async (st: Store) => (await st.db.selectFrom('log_entries').select('record_hash').where('event', '=', 'issued').orderBy('idx').execute()).map((r) => r.record_hash);
    expect(await issuedLeaves(piped)).toEqual(await issuedLeaves(serial));
    for (const st of [piped, serial]) expect(await st.db.selectFrom('certificate_confirmations').select('log_salt').where('log_salt', 'is', null).execute()).toEqual([]);
    const confirmations = (s: Store) => s.db.selectFrom('certificate_confirmations').select(['participant', 'certificate_number', 'parcels', 'carats', 'received_on', 'mismatches', 'flagged', 'confirmed_at', 'confirmed_by', 'log_index']).orderBy('log_index').execute();
    const mine = await confirmations(piped);
    expect(mine).toEqual(await confirmations(serial));
    expect(mine.filter((c) => c.flagged)).toHaveLength(Math.ceil(history.length / 7));
    // the log alternates per batch: 60 issuances, then their 60 confirmations
    const events = await piped.db.selectFrom('log_entries').select('event').where('idx', '>=', size - 2 * history.length).orderBy('idx').execute();
    expect(events.slice(0, 120).map((e) => e.event)).toEqual([...Array(60).fill('issued'), ...Array(60).fill('confirmed')]);
    expect((await audit.verifyChain(piped.db)).problems).toEqual([]);
    } finally {
      await piped.close();
      await serial.close();
    }
  }, 120_000);

  it('refuses a history whose receipt is confirmed by another Participant than the importer, writing nothing', async () => {
    const before = await log.size(piped.db);
    const [first] = requests();
    const wrong = { certificate: { ...first!, on: '2009-01-05' }, receipt: { actor: localOperator(certificateImporter(first!) === 'ZA' ? 'BW' : 'ZA'), input: { parcels: 1, carats: 1, sealsIntact: true }, at: new Date('2009-01-05T16:00:00Z') } };
    await expect(issueAndConfirmInBatches(piped, SYSTEM, [wrong], 'test', { batchSize: 10 })).rejects.toThrow();
    // a receipt with impossible figures: named precisely, nothing written
    const right = { ...wrong, receipt: { ...wrong.receipt, actor: localOperator(certificateImporter(first!)), input: { parcels: 1, carats: -3, sealsIntact: true } } };
    await expect(issueAndConfirmInBatches(piped, SYSTEM, [right], 'test', { batchSize: 10 })).rejects.toMatchObject({ details: [{ path: 'shipments[0].receipt.carats' }] });
    expect(await log.size(piped.db)).toBe(before);
  });
});

/** The Participant an importer country belongs to (the EU for its member states). */
function certificateImporter(r: BulkRequest): string {
  const country = (r.request as { importer: { country: string } }).importer.country;
  return ['BE', 'NL'].includes(country) ? 'EU' : country;
}
