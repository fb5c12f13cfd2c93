import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM, type Actor } from '../auth/model.js';
import * as audit from '../audit/service.js';
import { discrepancyIndex, reconcile as reconcileCells } from './mirror.js';
import * as reconciliation from './reconciliation.js';
import * as service from './service.js';

const ADMIN = localOperator();
const WGS: Actor = { kind: 'user', userId: null, name: 'WGS analyst', participant: 'CA', organisation: null, roles: ['wg-member'], groups: ['WGS'] };

// A hand-built world whose true discrepancies are known (carats, US$):
//  ZA→EU 2006-Q1  1000/200000 vs 800/160000   index 0.111111 both: discrepancy
//  ZA→EU 2006-Q2  1000/100000 vs 900/90000    index 0.052632 both: discrepancy (same sign as Q1: no timing)
//  AO→EU 2006-Q3  1500 vs 1000, Q4 500 vs 1000: each a timing difference, offset by the other quarter
//  IN→ZA 2006-Q1  0 vs 100, offset by 2005-Q4 (100 vs 0): timing across the year's boundary
//  CN→EU 2006-Q4  100/10000 vs 100/12000      index 0 on carats, 0.090909 on US$: discrepancy
//  CA→RU 2006-Q2  RU submitted nothing for the quarter: unreported
//  ZA→BW Q1, Q3, IN→BW Q1 equal; BW→EU Q2 2000/300000 vs 1960/294000 (index 0.010101): agreed
const WORLD = [
  'reporter,period,flow,partner,hs_code,carats,value_usd,certificates',
  'ZA,2005-Q4,export,BW,7102.10,10,1000,1',
  'ZA,2006-Q1,export,BW,7102.10,1000,100000,3',
  'ZA,2006-Q1,export,BE,7102.31,600,120000,2',
  'ZA,2006-Q1,export,BE,7102.21,400,80000,1',
  'ZA,2006-Q1,import,IN,7102.31,100,5000,1',
  'ZA,2006-Q2,export,DE,7102.31,1000,100000,2',
  'ZA,2006-Q3,export,BW,7102.10,50,5000,1',
  'BW,2006-Q1,import,ZA,7102.10,1000,100000,3',
  'BW,2006-Q1,import,IN,7102.10,10,1000,1',
  'BW,2006-Q2,export,EU,7102.31,2000,300000,4',
  'BW,2006-Q3,import,ZA,7102.10,50,5000,1',
  'EU,2006-Q1,import,ZA,7102.31,800,160000,3',
  'EU,2006-Q2,import,BW,7102.31,1960,294000,4',
  'EU,2006-Q2,import,ZA,7102.31,900,90000,2',
  'EU,2006-Q3,import,AO,7102.10,1000,100000,2',
  'EU,2006-Q4,import,AO,7102.10,1000,100000,2',
  'EU,2006-Q4,import,CN,7102.31,100,12000,1',
  'AO,2006-Q3,export,EU,7102.10,1500,150000,3',
  'AO,2006-Q4,export,EU,7102.10,500,50000,1',
  'IN,2005-Q4,export,ZA,7102.31,100,5000,1',
  'IN,2006-Q1,export,BW,7102.10,10,1000,1',
  'CN,2006-Q4,export,EU,7102.31,100,10000,1',
  'CA,2006-Q2,export,RU,7102.31,700,70000,2',
].join('\n');

describe('the discrepancy index', () => {
  it('is |X − M| / (X + M), 0 when nothing moved', () => {
    expect(discrepancyIndex(1000, 800)).toBeCloseTo(1 / 9, 12);
    expect(discrepancyIndex(0, 100)).toBe(1);
    expect(discrepancyIndex(0, 0)).toBe(0);
  });

  it('does not call a timing difference what the neighbouring quarter does not offset', () => {
    const cell = (period: string, x: number, m: number) => ({ exporter: 'AO', importer: 'EU', period, exportsCarats: x, exportsUsd: x, importsCarats: m, importsUsd: m });
    const submitted = new Set(['AO 2006-Q1', 'EU 2006-Q1', 'AO 2006-Q2', 'EU 2006-Q2']);
    // Q2 makes up only half of Q1's gap: both stay discrepancies
    expect(reconcileCells(2006, [cell('2006-Q1', 1500, 1000), cell('2006-Q2', 500, 750)], submitted).map((l) => l.status)).toEqual(['discrepancy', 'discrepancy']);
    expect(reconcileCells(2006, [cell('2006-Q1', 1500, 1000), cell('2006-Q2', 500, 1000)], submitted).map((l) => [l.status, l.offsetBy])).toEqual([['timing', '2006-Q2'], ['timing', '2006-Q1']]);
  });
});

describe.each(engines)('mirror reconciliation on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await service.importFile(store.db, ADMIN, 'trade', 'csv', new TextEncoder().encode(WORLD), { source: 'hand-built world' });
  });
  afterAll(() => store.close());

  it('finds exactly the known discrepancies, timing differences and unreported flows', async () => {
    const r = await reconciliation.reconcile(store.db, WGS, 2006);
    expect(r.tolerance).toBe(0.05);
    expect(r.counts).toEqual({ agreed: 4, discrepancy: 3, timing: 3, unreported: 1 });
    expect(r.lines.map((l) => [l.period, l.exporter, l.importer, l.status, l.index.carats, l.index.valueUsd, l.offsetBy ?? l.missing ?? null])).toEqual([
      ['2006-Q1', 'IN', 'ZA', 'timing', 1, 1, '2005-Q4'],
      ['2006-Q1', 'ZA', 'EU', 'discrepancy', 0.111111, 0.111111, null],
      ['2006-Q2', 'CA', 'RU', 'unreported', 1, 1, ['RU']],
      ['2006-Q2', 'ZA', 'EU', 'discrepancy', 0.052632, 0.052632, null],
      ['2006-Q3', 'AO', 'EU', 'timing', 0.2, 0.2, '2006-Q4'],
      ['2006-Q4', 'AO', 'EU', 'timing', 0.333333, 0.333333, '2006-Q3'],
      ['2006-Q4', 'CN', 'EU', 'discrepancy', 0, 0.090909, null],
    ]);
    // HS codes are summed and member states count as the EU
    expect(r.lines[1]).toMatchObject({ exports: { carats: 1000, valueUsd: 200000 }, imports: { carats: 800, valueUsd: 160000 } });
    const all = await reconciliation.reconcile(store.db, WGS, 2006, { all: true });
    expect(all.lines.filter((l) => l.status === 'agreed').map((l) => [l.period, l.exporter, l.importer, l.index.carats])).toEqual([
      ['2006-Q1', 'IN', 'BW', 0],
      ['2006-Q1', 'ZA', 'BW', 0],
      ['2006-Q2', 'BW', 'EU', 0.010101],
      ['2006-Q3', 'ZA', 'BW', 0],
    ]);
  });

  it('takes a configurable tolerance, and can leave timing aside', async () => {
    const loose = await reconciliation.reconcile(store.db, WGS, 2006, { tolerance: 0.06 });
    expect(loose.lines.filter((l) => l.status === 'discrepancy').map((l) => `${l.exporter}→${l.importer} ${l.period}`)).toEqual(['ZA→EU 2006-Q1', 'CN→EU 2006-Q4']);
    const strict = await reconciliation.reconcile(store.db, WGS, 2006, { timing: false });
    expect(strict.counts).toEqual({ agreed: 4, discrepancy: 6, timing: 0, unreported: 1 });
    await expect(reconciliation.reconcile(store.db, WGS, 2006, { tolerance: 5 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(reconciliation.reconcile(store.db, localOperator('ZA'), 2006)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('attaches the certificate trail when the certificates domain provides one', async () => {
    const asked: string[] = [];
    const trail = { trail: async (x: string, m: string, p: { start: string; end: string }) => (asked.push(`${x}→${m} ${p.start}..${p.end}`), [{ number: `${x}-0001`, issuedOn: p.start, carats: 1, valueUsd: 1, confirmedOn: null, confirmedCarats: null }]) };
    const r = await reconciliation.reconcile(store.db, WGS, 2006, { certificates: trail });
    expect(asked).toEqual(['ZA→EU 2006-01-01..2006-03-31', 'ZA→EU 2006-04-01..2006-06-30', 'CN→EU 2006-10-01..2006-12-31']);
    expect(r.lines[1]).toMatchObject({ certificates: [{ number: 'ZA-0001' }] });
  });

  it('runs the discrepancy workflow: open → explained by a side → resolved by the working group, kept', async () => {
    const opened = await reconciliation.openAll(store.db, WGS, 2006);
    expect(opened.map((d) => `${d.exporter}→${d.importer} ${d.period} ${d.status}`)).toEqual(['ZA→EU 2006-Q1 open', 'ZA→EU 2006-Q2 open', 'CN→EU 2006-Q4 open']);
    expect(await reconciliation.openAll(store.db, WGS, 2006)).toEqual([]);
    const key = { exporter: 'ZA', importer: 'EU', period: '2006-Q1' };
    await expect(reconciliation.open(store.db, WGS, key)).rejects.toMatchObject({ code: 'conflict' });
    await expect(reconciliation.open(store.db, localOperator('ZA'), { ...key, period: '2006-Q3' })).rejects.toMatchObject({ code: 'forbidden' });

    await expect(reconciliation.addNote(store.db, localOperator('BW'), key, { kind: 'explanation', text: 'not ours' })).rejects.toMatchObject({ code: 'forbidden' });
    const explained = await reconciliation.addNote(store.db, localOperator('ZA'), key, { kind: 'explanation', text: 'Two parcels (200 ct) were seized in transit in Antwerp; certificate ZA-2006-000123 was cancelled.' });
    expect(explained.status).toBe('explained');
    await reconciliation.addNote(store.db, localOperator('EU'), key, { kind: 'comment', text: 'Confirmed: seizure record BE-2006-77.' });
    await expect(reconciliation.resolve(store.db, localOperator('ZA'), key, 'fine')).rejects.toMatchObject({ code: 'forbidden' });
    const resolved = await reconciliation.resolve(store.db, WGS, key, 'Explained by a seizure in transit; no correction needed.');
    expect(resolved).toMatchObject({ status: 'resolved', outcome: 'Explained by a seizure in transit; no correction needed.', resolvedBy: 'WGS analyst', exports: { carats: 1000 }, imports: { carats: 800 } });
    expect(resolved.notes!.map((n) => [n.kind, n.actingFor])).toEqual([['opened', 'CA'], ['explanation', 'ZA'], ['comment', 'EU'], ['resolution', 'CA']]);
    await expect(reconciliation.addNote(store.db, localOperator('ZA'), key, { kind: 'comment', text: 'more' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(reconciliation.resolve(store.db, WGS, key, 'again')).rejects.toMatchObject({ code: 'conflict' });

    // each side sees its own discrepancies; the working group sees all; the reconciliation shows the state
    expect((await reconciliation.list(store.db, localOperator('CN'), 2006)).map((d) => d.period)).toEqual(['2006-Q4']);
    expect((await reconciliation.list(store.db, localOperator('BW'), 2006))).toEqual([]);
    expect((await reconciliation.list(store.db, WGS, 2006, { status: 'open' })).length).toBe(2);
    expect((await reconciliation.reconcile(store.db, WGS, 2006)).lines[1]).toMatchObject({ exporter: 'ZA', importer: 'EU', discrepancy: { status: 'resolved' } });
    await expect(reconciliation.get(store.db, localOperator('BW'), key)).rejects.toMatchObject({ code: 'forbidden' });
    const [entry] = await audit.list(store.db, SYSTEM, { limit: 1, action: 'statistics.discrepancy' });
    expect(entry).toMatchObject({ action: 'statistics.discrepancy.resolve', subject: 'ZA→EU 2006-Q1' });
  });

  it('reads the current versions: a corrected resubmission settles the figures', async () => {
    await service.importFile(store.db, localOperator('EU'), 'trade', 'csv', new TextEncoder().encode('reporter,period,flow,partner,hs_code,carats,value_usd,certificates\nEU,2006-Q4,import,AO,7102.10,1000,100000,2\nEU,2006-Q4,import,CN,7102.31,100,10000,1\n'), { source: 'correction' });
    const r = await reconciliation.reconcile(store.db, WGS, 2006);
    expect(r.lines.find((l) => l.exporter === 'CN')).toBeUndefined();
    expect(r.counts.discrepancy).toBe(2);
  });
});

describe.each(engines)('figures from certificates on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await service.importFile(store.db, ADMIN, 'trade', 'csv', new TextEncoder().encode(WORLD), { source: 'hand-built world' });
  });
  afterAll(() => store.close());

  it('compares what a Participant reported with what its certificates say, per partner and HS code', async () => {
    const { compareWithCertificates } = await import('./certificate-figures.js');
    const asked: string[] = [];
    const source = {
      figures: async (participant: string, p: { start: string; end: string }) => {
        asked.push(`${participant} ${p.start}..${p.end}`);
        return [
          { flow: 'export' as const, partner: 'BW', hsCode: '7102.10', carats: 600, valueUsd: 60000, certificates: 2 },
          { flow: 'export' as const, partner: 'BW', hsCode: '7102.10', carats: 400, valueUsd: 40000, certificates: 1 },
          { flow: 'export' as const, partner: 'EU', hsCode: '7102.31', carats: 650, valueUsd: 120000, certificates: 2 },
          { flow: 'export' as const, partner: 'NA', hsCode: '7102.10', carats: 5, valueUsd: 500, certificates: 1 },
        ];
      },
    };
    const c = await compareWithCertificates(store.db, localOperator('ZA'), 'ZA', '2006-Q1', source);
    expect(asked).toEqual(['ZA 2006-01-01..2006-03-31']);
    expect(c.lines.map((l) => [l.flow, l.partner, l.hsCode, l.reported.carats, l.fromCertificates.carats, l.difference.carats, l.difference.certificates, l.index.carats])).toEqual([
      ['export', 'BW', '7102.10', 1000, 1000, 0, 0, 0],
      ['export', 'EU', '7102.21', 400, 0, 400, 1, 1],
      ['export', 'EU', '7102.31', 600, 650, -50, 0, 0.04],
      ['export', 'NA', '7102.10', 0, 5, -5, -1, 1],
      ['import', 'IN', '7102.31', 100, 0, 100, 1, 1],
    ]);
    await expect(compareWithCertificates(store.db, localOperator('BW'), 'ZA', '2006-Q1', source)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(compareWithCertificates(store.db, ADMIN, 'ZA', '2006-Q4', source)).rejects.toMatchObject({ code: 'not_found' });
  });
});
