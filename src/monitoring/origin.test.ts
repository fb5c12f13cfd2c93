// The detectors of origin on small worlds whose illicit flows are known: capacity, certificate
// patterns, discrepancy persistence. Each is found where it was put, and a clean world raises none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused as refusal } from '../../test/support/refused.js';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { addDays, today } from '../core/time.js';
import * as certificates from '../certificates/service.js';
import type { CertificateRequest } from '../certificates/model.js';
import * as statistics from '../statistics/service.js';
import * as reconciliation from '../statistics/reconciliation.js';
import * as capacity from './capacity.js';
import * as service from './service.js';

const NOW = new Date('2007-03-01T00:00:00Z');

async function submitYear(store: Store, production: [string, number][], exports: [string, string, string, number][], imports: [string, string, string, number][] = []) {
  const prod = production.flatMap(([reporter, carats]) => [1, 2].map((h) => ({ reporter, period: `2006-H${h}`, mining: 'artisanal', carats: carats / 2, value_usd: carats * 50 })));
  const trade = [
    ...exports.map(([reporter, period, partner, carats]) => ({ reporter, period, flow: 'export', partner, hs_code: '7102.10', carats, value_usd: carats * 50, certificates: 3 })),
    ...imports.map(([reporter, period, partner, carats]) => ({ reporter, period, flow: 'import', partner, hs_code: '7102.10', carats, value_usd: carats * 50, certificates: 3 })),
  ];
  await statistics.submit(store.db, SYSTEM, 'production', statistics.jsonRows(prod), { source: 'test', now: NOW });
  await statistics.submit(store.db, SYSTEM, 'trade', statistics.jsonRows(trade), { source: 'test', now: NOW });
}

const request = (from: string, to: string, origin: string, carats: number): CertificateRequest => ({
  exporter: { name: `${from} Rough Exports`, address: `Diamond district, ${from}`, country: from },
  importer: { name: `${to} Rough Imports`, address: `Diamond district, ${to}`, country: to },
  origin,
  goods: [{ hsCode: '7102.10', carats, valueUsd: carats * 50 }],
  parcels: 2,
});

const ofType = <F extends { type: string; participant: string }>(findings: F[], type: string) => findings.filter((f) => f.type === type);

describe.each(engines)('detectors of origin on a small world with known illicit flows, on %s', (engine) => {
  let store: Store;
  const numbers: Record<string, string> = {};
  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
    // GH mines 1.2 Mct where the assessments say at most 900,000 ct; SL mines 500,000 ct in two areas
    // assessed at 600,000 ct together; SL certifies 700,000 ct of its own origin.
    await submitYear(
      store,
      [['GH', 1_200_000], ['SL', 500_000], ['BW', 100_000]],
      [['GH', '2006-Q1', 'AE', 1_150_000], ['SL', '2006-Q2', 'EU', 480_000], ['BW', '2006-Q2', 'IN', 50_000]],
      [['AE', '2006-Q1', 'GH', 800_000], ['EU', '2006-Q2', 'SL', 480_000], ['IN', '2006-Q2', 'BW', 50_000]],
    );
    const wg = { ...SYSTEM, kind: 'user' as const, name: 'WGM member', roles: ['wg-member' as const], groups: ['WGM'] };
    await capacity.add(store.db, wg, { participant: 'GH', minCarats: 1_000_000, maxCarats: 1_500_000, source: 'KPCS statistics review, 2004', assessedOn: '2004-06-01' });
    await capacity.add(store.db, wg, { participant: 'GH', minCarats: 600_000, maxCarats: 900_000, source: 'review mission to Ghana, 2006', assessedOn: '2006-02-01' });
    await capacity.add(store.db, wg, { participant: 'SL', area: 'Kono', minCarats: 200_000, maxCarats: 300_000, source: 'WGDE, 2005', assessedOn: '2005-09-01' });
    await capacity.add(store.db, wg, { participant: 'SL', area: 'Tongo', minCarats: 200_000, maxCarats: 300_000, source: 'WGDE, 2005', assessedOn: '2005-09-01' });
    await capacity.add(store.db, wg, { participant: 'SL', minCarats: 50_000, maxCarats: 100_000, source: 'a later assessment, not in force in 2006', assessedOn: '2007-01-15' });
    await capacity.add(store.db, wg, { participant: 'BW', minCarats: 80_000, maxCarats: 150_000, source: 'WGDE, 2005', assessedOn: '2005-01-01' });

    const SL = localOperator('SL');
    const issue = async (key: string, actor: ReturnType<typeof localOperator>, req: CertificateRequest, on: string) => {
      numbers[key] = (await certificates.issue(store, actor, req, { on })).number;
    };
    await issue('sl1', SL, request('SL', 'AE', 'SL', 350_000), '2006-03-01');
    await issue('sl2', SL, request('SL', 'AE', 'SL', 350_000), '2006-04-01');
    await issue('slLate', SL, request('SL', 'AE', 'SL', 1_000), '2006-12-15');
    await issue('slIn', SL, request('SL', 'IN', 'SL', 1_000), '2006-05-01');
    await certificates.confirm(store, localOperator('IN'), numbers.slIn!, { parcels: 2, carats: 1000, sealsIntact: true, receivedOn: '2006-05-05' });
    await issue('bw', localOperator('BW'), request('BW', 'IN', 'BW', 50_000), '2006-06-01');
    await certificates.confirm(store, localOperator('IN'), numbers.bw!, { parcels: 2, carats: 50_000, sealsIntact: true, receivedOn: '2006-06-03' });
    // a paper record migrated from 2006: GH shipped to the Republic of Congo, removed from the scheme in 2004
    await issue('ghCg', localOperator('GH'), request('GH', 'AE', 'GH', 2_000), '2006-08-01');
    await sql`update certificates set importer_participant = 'CG', importer_country = 'CG' where number = ${numbers.ghCg!}`.execute(store.db);
    await certificates.confirm(store, localOperator('CG'), numbers.ghCg!, { parcels: 2, carats: 2000, sealsIntact: true, receivedOn: '2006-08-05' }).catch(() => undefined);
    // the mirror: GH says it sent AE 1.15 Mct in Q1, AE says it received 0.8 Mct; opened, then explained by GH
    await reconciliation.open(store.db, SYSTEM, { exporter: 'GH', importer: 'AE', period: '2006-Q1' });
    await reconciliation.addNote(store.db, localOperator('GH'), { exporter: 'GH', importer: 'AE', period: '2006-Q1' }, { kind: 'explanation', text: 'Part of the Q1 shipments reached Dubai in April.' });
  }, 240_000);
  afterAll(() => store.close());

  it('flags production and exports beyond the capacity in force, from the latest assessment (areas summed), and not the rest', async () => {
    const found = ofType(await service.detect(store.db, SYSTEM, 2006), 'capacity');
    expect(found.map((f) => f.participant)).toEqual(['GH']);
    const gh = found[0]!;
    expect(gh.evidence.figures).toMatchObject({ capacityMaxCarats: 900_000, productionCarats: 1_200_000, netExportsCarats: 1_150_000 });
    expect(gh.summary).toContain('exported 1,150,000 ct net of imports');
    expect(gh.summary).toContain('produced 1,200,000 ct');
    expect(gh.summary).toContain('at most 900,000 ct');
    expect(gh.evidence.figures.assessments).toContain('review mission to Ghana, 2006');
    expect(gh.severity).toBe('medium'); // 1.2 Mct is 1.33 × the capacity
  });

  it('flags own-origin certificates beyond production (naming the embargoed neighbour), partners that are not Participants, and confirmations that never come', async () => {
    const found = ofType(await service.detect(store.db, SYSTEM, 2006), 'certificate_pattern');
    expect(found.map((f) => f.participant).sort()).toEqual(['AE', 'GH', 'SL']);
    const sl = found.find((f) => f.participant === 'SL')!;
    expect(sl.evidence.figures).toMatchObject({ ownOriginCarats: 702_000, productionCarats: 500_000, excessCarats: 202_000, embargoedNeighbours: 'LR' });
    expect(sl.evidence.certificates).toEqual(expect.arrayContaining([numbers.sl1, numbers.sl2]));
    expect(sl.summary).toContain('possible route: LR → SL');
    const gh = found.find((f) => f.participant === 'GH')!;
    expect(gh.severity).toBe('high');
    expect(gh.evidence.certificates).toEqual([numbers.ghCg]);
    expect(gh.evidence.figures.nonParticipantPartners).toBe('CG');
    const ae = found.find((f) => f.participant === 'AE')!;
    expect(ae.evidence.certificates!.sort()).toEqual([numbers.sl1, numbers.sl2].sort()); // not the one of 15 December, not the confirmed ones
    expect(ae.summary).toMatch(/AE never confirmed receipt of 2 certificates .* issued to it by SL/);
  });

  it('flags mirror discrepancies left unresolved beyond the configured days, against both Participants', async () => {
    expect(ofType(await service.detect(store.db, SYSTEM, 2006), 'discrepancy_persistence')).toEqual([]); // opened today
    expect((await refusal(service.detect(store.db, SYSTEM, 2006, undefined, { asOf: '2026-13-01' }))).details[0]).toMatchObject({ path: 'asOf' });
    const later = addDays(today(), 200);
    const found = ofType(await service.detect(store.db, SYSTEM, 2006, undefined, { asOf: later }), 'discrepancy_persistence');
    expect(found.map((f) => f.participant).sort()).toEqual(['AE', 'GH']);
    expect(found[0]!.evidence.figures).toMatchObject({ unresolved: 1, oldestDays: 200, explained: 1, asOf: later });
    expect(found[0]!.summary).toContain('GH→AE 2006-Q1 (explained, 200 days)');
    // once resolved, it is no longer a finding
    await reconciliation.resolve(store.db, SYSTEM, { exporter: 'GH', importer: 'AE', period: '2006-Q1' }, 'Timing: the April arrivals were counted in Q2 by AE.');
    expect(ofType(await service.detect(store.db, SYSTEM, 2006, undefined, { asOf: later }), 'discrepancy_persistence')).toEqual([]);
  });

  it('keeps capacity assessments for the working groups only, and refuses bad ones naming the field', async () => {
    const officer = localOperator('GH');
    expect((await refusal(capacity.list(store.db, officer))).code).toBe('forbidden');
    expect((await refusal(capacity.add(store.db, officer, { participant: 'GH', minCarats: 1, maxCarats: 2, source: 'me', assessedOn: '2006-01-01' }))).code).toBe('forbidden');
    const bad = await refusal(capacity.add(store.db, SYSTEM, { participant: 'XX', minCarats: 500, maxCarats: 100, source: ' ', assessedOn: '2006-02-30' }));
    expect(bad.details.map((d) => d.path).sort()).toEqual(['assessedOn', 'maxCarats', 'source']);
    const unknown = await refusal(capacity.add(store.db, SYSTEM, { participant: 'XX', minCarats: 1, maxCarats: 2, source: 'x', assessedOn: '2006-01-01' }));
    expect(unknown.details[0]).toMatchObject({ path: 'participant' });
    const before = await capacity.list(store.db, SYSTEM, { participant: 'GH' });
    expect(before.map((a) => a.maxCarats)).toEqual([900_000, 1_500_000]); // latest first
    const changed = await capacity.update(store.db, SYSTEM, before[0]!.id, { minCarats: 900_000, maxCarats: 1_300_000, source: 'review mission to Ghana, 2006 (corrected)', assessedOn: '2006-02-01' });
    expect(ofType(await service.detect(store.db, SYSTEM, 2006), 'capacity')).toEqual([]);
    await capacity.remove(store.db, SYSTEM, changed.id);
    expect((await capacity.list(store.db, SYSTEM, { participant: 'GH' })).length).toBe(1);
    const audit = await sql<{ action: string }>`select action from audit_log where action like 'capacity.%' order by seq`.execute(store.db);
    expect(audit.rows.map((r) => r.action).slice(-2)).toEqual(['capacity.update', 'capacity.remove']);
  });
});

describe.each(engines)('detectors of origin on a clean world, on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
    await submitYear(store, [['BW', 100_000], ['SL', 500_000]], [['BW', '2006-Q2', 'IN', 60_000], ['SL', '2006-Q2', 'EU', 480_000]], [['IN', '2006-Q2', 'BW', 50_000], ['EU', '2006-Q2', 'SL', 480_000]]);
    await capacity.add(store.db, SYSTEM, { participant: 'BW', minCarats: 80_000, maxCarats: 150_000, source: 'WGDE, 2005', assessedOn: '2005-01-01' });
    await capacity.add(store.db, SYSTEM, { participant: 'SL', area: 'Kono', minCarats: 200_000, maxCarats: 300_000, source: 'WGDE, 2005', assessedOn: '2005-09-01' });
    await capacity.add(store.db, SYSTEM, { participant: 'SL', area: 'Tongo', minCarats: 200_000, maxCarats: 300_000, source: 'WGDE, 2005', assessedOn: '2005-09-01' });
    for (const [from, to, ct, day] of [['BW', 'IN', 50_000, '2006-06-01'], ['SL', 'BE', 400_000, '2006-05-01'], ['SL', 'IN', 1_000, '2006-12-20']] as const) {
      const c = await certificates.issue(store, localOperator(from), request(from, to, from, ct), { on: day });
      if (day < '2006-12-01') await certificates.confirm(store, localOperator(to === 'BE' ? 'EU' : to), c.number, { parcels: 2, carats: ct, sealsIntact: true, receivedOn: addDays(day, 3) });
    }
    // a discrepancy opened and resolved
    await reconciliation.open(store.db, SYSTEM, { exporter: 'BW', importer: 'IN', period: '2006-Q2' });
    await reconciliation.resolve(store.db, SYSTEM, { exporter: 'BW', importer: 'IN', period: '2006-Q2' }, 'IN corrected its figures.');
  }, 240_000);
  afterAll(() => store.close());

  it('raises no capacity, certificate-pattern or discrepancy-persistence finding', async () => {
    const found = await service.detect(store.db, SYSTEM, 2006, undefined, { asOf: addDays(today(), 400) });
    for (const type of ['capacity', 'certificate_pattern', 'discrepancy_persistence']) expect(ofType(found, type)).toEqual([]);
  });
});
