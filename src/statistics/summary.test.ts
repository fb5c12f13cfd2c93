import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, PUBLIC, SYSTEM, type Actor } from '../auth/model.js';
import * as audit from '../audit/service.js';
import * as service from './service.js';
import * as annualSummary from './annual-summary.js';
import * as analysis from './analysis.js';

const ADMIN = localOperator();
const WGS: Actor = { kind: 'user', userId: null, name: 'WGS analyst', participant: 'CA', organisation: null, roles: ['wg-member'], groups: ['WGS'], };
const WGM: Actor = { ...WGS, name: 'WGM analyst', groups: ['WGM'] };
const enc = (s: string) => new TextEncoder().encode(s);

describe.each(engines)('annual summary and release on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await service.importFile(store.db, ADMIN, 'trade', 'csv', enc([
      'reporter,period,flow,partner,hs_code,carats,value_usd,certificates',
      'ZA,2006-Q1,export,BE,7102.31,1000.10,200000.00,10',
      'ZA,2006-Q1,export,BW,7102.10,500,50000,5',
      'ZA,2006-Q3,import,BW,7102.10,250.5,20000.25,2',
      'BW,2006-Q1,import,ZA,7102.10,500,50000,5',
      'BW,2006-Q2,export,EU,7102.31,3000,900000,30',
      'ZA,2005-Q4,export,BW,7102.10,99,99,1',
    ].join('\n')), { source: 'test' });
    await service.importFile(store.db, ADMIN, 'production', 'csv', enc([
      'reporter,period,mining,carats,value_usd',
      'BW,2006-H1,industrial,15000000,1500000000',
      'BW,2006-H2,industrial,15000000,1600000000',
      'ZA,2006,industrial,14000000,1200000000',
      'ZA,2006,artisanal,1000,90000',
    ].join('\n')), { source: 'test' });
  });
  afterAll(() => store.close());

  it('sums each Participant and the world for the year, with US$ per carat and certificates', async () => {
    const s = await annualSummary.summary(store.db, ADMIN, 2006);
    expect(s.status).toBe('draft');
    expect(s.release).toBeNull();
    expect(s.participants.map((p) => p.participant)).toEqual(['BW', 'ZA']);
    const za = s.participants.find((p) => p.participant === 'ZA')!;
    expect(za).toEqual({
      participant: 'ZA',
      name: 'South Africa',
      production: { carats: 14001000, valueUsd: 1200090000, usdPerCarat: 85.71 },
      exports: { carats: 1500.1, valueUsd: 250000, usdPerCarat: 166.66, certificates: 15 },
      imports: { carats: 250.5, valueUsd: 20000.25, usdPerCarat: 79.84, certificates: 2 },
    });
    expect(s.world).toEqual({
      production: { carats: 44001000, valueUsd: 4300090000, usdPerCarat: 97.73 },
      exports: { carats: 4500.1, valueUsd: 1150000, usdPerCarat: 255.55, certificates: 45 },
      imports: { carats: 750.5, valueUsd: 70000.25, usdPerCarat: 93.27, certificates: 7 },
    });
    expect(annualSummary.summaryCsv(s).split('\n')).toEqual([
      'participant,name,production_carats,production_usd,production_usd_per_carat,exports_carats,exports_usd,exports_certificates,imports_carats,imports_usd,imports_certificates',
      'BW,Botswana,30000000.00,3100000000.00,103.33,3000.00,900000.00,30,500.00,50000.00,5',
      'ZA,South Africa,14001000.00,1200090000.00,85.71,1500.10,250000.00,15,250.50,20000.25,2',
      'WORLD,World,44001000.00,4300090000.00,97.73,4500.10,1150000.00,45,750.50,70000.25,7',
      '',
    ]);
  });

  it('keeps a year a draft: only the working group on statistics, the Chair and administrators see it', async () => {
    for (const actor of [PUBLIC, localOperator('ZA'), WGM]) {
      await expect(annualSummary.summary(store.db, actor, 2006)).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('have not been released yet') });
    }
    expect((await annualSummary.summary(store.db, WGS, 2006)).status).toBe('draft');
    await expect(annualSummary.release(store.db, localOperator('ZA'), 2006)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(annualSummary.release(store.db, WGM, 2006)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(annualSummary.release(store.db, WGS, 2004)).rejects.toMatchObject({ code: 'invalid_input', message: 'There are no figures for 2004 to release.' });
  });

  it('publishes the year as released, audited; a later resubmission changes the draft, not the public figures', async () => {
    const released = await annualSummary.release(store.db, WGS, 2006, { note: 'checked at the Gaborone plenary' });
    expect(released).toMatchObject({ status: 'released', changedSinceRelease: false, release: { version: 1, releasedBy: 'WGS analyst', note: 'checked at the Gaborone plenary' } });
    const [entry] = await audit.list(store.db, SYSTEM, { limit: 1 });
    expect(entry).toMatchObject({ action: 'statistics.release', subject: '2006', actingFor: 'CA', details: { version: 1, participants: 2 } });
    const pub = await annualSummary.summary(store.db, PUBLIC, 2006);
    expect(pub.status).toBe('released');
    expect(pub.world.exports.carats).toBe(4500.1);

    // ZA resubmits 2006-Q1: version 2, and the working group's view uses it at once
    const v2 = await service.importFile(store.db, localOperator('ZA'), 'trade', 'csv', enc('reporter,period,flow,partner,hs_code,carats,value_usd,certificates\nZA,2006-Q1,export,BW,7102.10,600,60000,6\n'), { source: 'v2' });
    expect(v2.submissions).toEqual([{ reporter: 'ZA', period: '2006-Q1', version: 2, rows: 1 }]);
    const live = await annualSummary.summary(store.db, WGS, 2006);
    expect(live).toMatchObject({ status: 'draft', changedSinceRelease: true });
    expect(live.participants.find((p) => p.participant === 'ZA')!.exports).toEqual({ carats: 600, valueUsd: 60000, usdPerCarat: 100, certificates: 6 });
    // the public still reads what was released, until the working group releases again
    expect((await annualSummary.summary(store.db, PUBLIC, 2006)).participants.find((p) => p.participant === 'ZA')!.exports.carats).toBe(1500.1);
    await annualSummary.release(store.db, WGS, 2006);
    expect((await annualSummary.summary(store.db, PUBLIC, 2006)).participants.find((p) => p.participant === 'ZA')!.exports.carats).toBe(600);
    expect((await annualSummary.summary(store.db, PUBLIC, 2006)).release?.version).toBe(2);
    expect(await annualSummary.releases(store.db)).toMatchObject([{ year: 2006, version: 2 }]);
  });

  it('refuses a year that is not one', async () => {
    await expect(annualSummary.summary(store.db, ADMIN, 12)).rejects.toMatchObject({ code: 'invalid_input', details: [{ path: 'year' }] });
  });
  it('gives the working group series, comparisons and the partner matrix from the current versions', async () => {
    const [za, bw] = await analysis.series(store.db, WGS, ['ZA', 'BW'], 2005, 2006);
    expect(za!.points).toEqual([
      { period: '2005-Q4', kind: 'trade', exports: { carats: 99, valueUsd: 99, certificates: 1 }, imports: { carats: 0, valueUsd: 0, certificates: 0 } },
      { period: '2006', kind: 'production', production: { carats: 14001000, valueUsd: 1200090000, usdPerCarat: 85.71 } },
      { period: '2006-Q1', kind: 'trade', exports: { carats: 600, valueUsd: 60000, certificates: 6 }, imports: { carats: 0, valueUsd: 0, certificates: 0 } },
      { period: '2006-Q3', kind: 'trade', exports: { carats: 0, valueUsd: 0, certificates: 0 }, imports: { carats: 250.5, valueUsd: 20000.25, certificates: 2 } },
    ]);
    expect(bw!.points.map((p) => p.period)).toEqual(['2006-H1', '2006-H2', '2006-Q1', '2006-Q2']);
    expect(await analysis.matrix(store.db, WGS, 2006)).toEqual({
      year: 2006,
      flow: 'export',
      cells: [
        { reporter: 'BW', partner: 'EU', carats: 3000, valueUsd: 900000, certificates: 30 },
        { reporter: 'ZA', partner: 'BW', carats: 600, valueUsd: 60000, certificates: 6 },
      ],
    });
    expect((await analysis.matrix(store.db, WGS, 2006, 'import')).cells).toEqual([
      { reporter: 'BW', partner: 'ZA', carats: 500, valueUsd: 50000, certificates: 5 },
      { reporter: 'ZA', partner: 'BW', carats: 250.5, valueUsd: 20000.25, certificates: 2 },
    ]);
    await expect(analysis.series(store.db, localOperator('ZA'), ['ZA'], 2006, 2006)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(analysis.series(store.db, WGS, ['ZA'], 2007, 2006)).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
