import { describe, expect, it } from 'vitest';
import { isGoodStanding, measuresOn, overlaps, statusOn, type Measure, type StatusPeriod } from './model.js';

const period = (status: StatusPeriod['status'], validFrom: string, validTo: string | null): StatusPeriod => ({ status, validFrom, validTo, fromPrecision: 'day', basis: null, note: null });

describe('status in force on a day', () => {
  const congo = [period('participant', '2003-01-01', '2004-07-09'), period('removed', '2004-07-09', null)];

  it('takes the period whose [from, to) holds the day', () => {
    expect(statusOn(congo, '2004-07-08')?.status).toBe('participant');
    expect(statusOn(congo, '2004-07-09')?.status).toBe('removed');
    expect(statusOn(congo, '2026-01-01')?.status).toBe('removed');
  });

  it('has no status before the first period', () => {
    expect(statusOn(congo, '2002-12-31')).toBeUndefined();
  });

  it('allows trade only with Participants and trading entities', () => {
    expect(isGoodStanding('participant')).toBe(true);
    expect(isGoodStanding('trading_entity')).toBe(true);
    for (const s of ['applicant', 'suspended', 'removed', 'withdrawn', 'non_participant'] as const) expect(isGoodStanding(s)).toBe(false);
    expect(isGoodStanding(undefined)).toBe(false);
  });

  it('finds overlapping periods', () => {
    expect(overlaps(congo)).toBeUndefined();
    const bad = [period('participant', '2003-01-01', null), period('suspended', '2005-01-01', null)];
    expect(overlaps(bad)?.map((p) => p.status)).toEqual(['participant', 'suspended']);
  });
});

describe('UN measures in force', () => {
  const liberia: Measure = { id: '1', target: 'LR', kind: 'sanctions', basis: 'UNSC 1521 (2003)', validFrom: '2003-12-22', validTo: '2007-04-27', note: null, symbol: null, scope: 'rough diamonds export' };
  it('holds from the first day until the day it is lifted', () => {
    expect(measuresOn([liberia], '2003-12-21')).toEqual([]);
    expect(measuresOn([liberia], '2003-12-22')).toEqual([liberia]);
    expect(measuresOn([liberia], '2007-04-26')).toEqual([liberia]);
    expect(measuresOn([liberia], '2007-04-27')).toEqual([]);
  });
});
