// The partner matrix's drill-down (added for the interactive analysis pages): one pair of a year over
// the quarters, both directions as each side reported them, current versions only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { SYSTEM, localOperator } from '../auth/model.js';
import * as statistics from './service.js';
import * as analysis from './analysis.js';

describe.each(engines)('the pair over the quarters on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    const now = new Date('2007-03-01T00:00:00Z');
    const t = (reporter: string, period: string, flow: string, partner: string, hs: string, carats: number, usd: number, n: number) => ({ reporter, period, flow, partner, hs_code: hs, carats, value_usd: usd, certificates: n });
    await statistics.submit(store.db, SYSTEM, 'trade', statistics.jsonRows([
      t('ZA', '2006-Q1', 'export', 'IN', '7102.10', 100, 1000, 1),
      t('ZA', '2006-Q1', 'export', 'IN', '7102.31', 50.5, 500.25, 1),
      t('ZA', '2006-Q1', 'export', 'BE', '7102.10', 7, 70, 1),
      t('IN', '2006-Q1', 'import', 'ZA', '7102.10', 140, 1400, 2),
      t('ZA', '2006-Q3', 'import', 'IN', '7102.10', 3, 30, 1),
    ]), { source: 'test', now });
    // a resubmission of ZA's first quarter replaces the first version
    await statistics.submit(store.db, SYSTEM, 'trade', statistics.jsonRows([t('ZA', '2006-Q1', 'export', 'IN', '7102.10', 160, 1600, 2)]), { source: 'test', now });
  }, 120_000);
  afterAll(async () => store?.close());

  it('gives both directions per quarter, current versions summed over HS codes', async () => {
    const p = await analysis.pair(store.db, SYSTEM, 2006, 'ZA', 'IN');
    expect(p.aToB.exports.map((q) => [q.period, q.carats, q.valueUsd, q.certificates, q.reported])).toEqual([
      ['2006-Q1', 160, 1600, 2, true],
      ['2006-Q2', 0, 0, 0, false],
      ['2006-Q3', 0, 0, 0, false],
      ['2006-Q4', 0, 0, 0, false],
    ]);
    expect(p.aToB.imports[0]).toEqual({ period: '2006-Q1', carats: 140, valueUsd: 1400, certificates: 2, reported: true });
    expect(p.bToA.imports[2]).toEqual({ period: '2006-Q3', carats: 3, valueUsd: 30, certificates: 1, reported: true });
    expect(p.bToA.exports.every((q) => !q.reported)).toBe(true);
  });

  it('is for the working group on statistics only', async () => {
    await expect(analysis.pair(store.db, localOperator('ZA'), 2006, 'ZA', 'IN')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(analysis.pair(store.db, SYSTEM, 2006, 'ZA', 'ZA')).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
