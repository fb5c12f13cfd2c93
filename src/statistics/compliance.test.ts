import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, PUBLIC } from '../auth/model.js';
import { dueDate, makePeriod } from './model.js';
import { lastDuePeriods } from './deadlines.js';
import * as compliance from './compliance.js';
import * as service from './service.js';

const ADMIN = localOperator();

describe('due dates', () => {
  it('fall two months after the period ends, or as configured', () => {
    expect(dueDate(makePeriod(2006, 'Q', 1))).toBe('2006-05-31');
    expect(dueDate(makePeriod(2006, 'Q', 4))).toBe('2007-02-28');
    expect(dueDate(makePeriod(2006, 'H', 1))).toBe('2006-08-31');
    expect(dueDate(makePeriod(2006, 'Q', 3), 3)).toBe('2006-12-31');
    expect(dueDate(makePeriod(2007, 'Q', 4), 0)).toBe('2007-12-31');
  });

  it('give the last periods due on a day', () => {
    expect(lastDuePeriods('trade', '2007-03-15', 4).map((p) => p.id)).toEqual(['2006-Q1', '2006-Q2', '2006-Q3', '2006-Q4']);
    expect(lastDuePeriods('trade', '2007-02-28', 4).map((p) => p.id)).toEqual(['2005-Q4', '2006-Q1', '2006-Q2', '2006-Q3']);
    expect(lastDuePeriods('production', '2007-03-15', 2).map((p) => p.id)).toEqual(['2006-H1', '2006-H2']);
  });
});

describe.each(engines)('compliance on %s', (engine) => {
  let store: Store;
  const submit = (actor: string, on: string, lines: string[], kind: 'trade' | 'production' = 'trade') =>
    service.importFile(store.db, localOperator(actor), kind, 'csv', new TextEncoder().encode([kind === 'trade' ? 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates' : 'reporter,period,mining,carats,value_usd', ...lines].join('\n')), { source: 'history', now: new Date(`${on}T10:00:00Z`) });
  const q = (code: string, quarter: string) => `${code},2006-${quarter},export,IN,7102.10,10,1000,1`;

  // A hand-built history of 2006 (due: Q1 05-31, Q2 08-31, Q3 11-30, Q4 2007-02-28):
  //   ZA all on time · BW Q2 late, Q3 missing · AO only Q3 · NA Q3 and Q4 missing
  beforeAll(async () => {
    store = await freshStore(engine);
    for (const [quarter, on] of [['Q1', '2006-05-02'], ['Q2', '2006-08-31'], ['Q3', '2006-11-01'], ['Q4', '2007-02-01']] as const) await submit('ZA', on, [q('ZA', quarter)]);
    await submit('BW', '2006-05-30', [q('BW', 'Q1')]);
    await submit('BW', '2006-09-10', [q('BW', 'Q2')]);
    await submit('BW', '2007-01-20', [q('BW', 'Q4')]);
    await submit('AO', '2006-11-29', [q('AO', 'Q3')]);
    await submit('NA', '2006-04-15', [q('NA', 'Q1')]);
    await submit('NA', '2006-07-15', [q('NA', 'Q2')]);
    // a resubmission long after does not make Q1 late: the first version counts
    await submit('BW', '2007-03-01', [q('BW', 'Q1').replace(',10,', ',11,')]);
    // NA sends Q3 after the day the list is drawn up: still missing as of that day
    await submit('NA', '2007-04-01', [q('NA', 'Q3')]);
  });
  afterAll(() => store.close());

  it('tracks on time, late, missing and pending per Participant', async () => {
    const c = await compliance.compliance(store.db, ADMIN, 2006, { asOf: '2006-12-15' });
    expect(c.periods).toEqual([
      { period: '2006-Q1', dueDate: '2006-05-31' },
      { period: '2006-Q2', dueDate: '2006-08-31' },
      { period: '2006-Q3', dueDate: '2006-11-30' },
      { period: '2006-Q4', dueDate: '2007-02-28' },
    ]);
    const row = (code: string) => c.participants.find((p) => p.participant === code)!.cells.map((x) => `${x.status}${x.submittedOn ? ` ${x.submittedOn}` : ''}`);
    expect(row('ZA')).toEqual(['on_time 2006-05-02', 'on_time 2006-08-31', 'on_time 2006-11-01', 'pending']);
    expect(row('BW')).toEqual(['on_time 2006-05-30', 'late 2006-09-10', 'missing', 'pending']);
    expect(row('AO')).toEqual(['missing', 'missing', 'on_time 2006-11-29', 'pending']);
    expect(row('NA')).toEqual(['on_time 2006-04-15', 'on_time 2006-07-15', 'missing', 'pending']);
    // applicants and member states of the EU owe nothing; the EU does
    expect(c.participants.map((p) => p.participant)).toEqual(expect.arrayContaining(['EU', 'TW']));
    expect(c.participants.map((p) => p.participant)).not.toContain('BE');
    expect(c.participants.map((p) => p.participant)).not.toContain('TR');
    // a later due date turns BW's Q2 on time
    const lenient = await compliance.compliance(store.db, ADMIN, 2006, { asOf: '2006-12-15', dueMonths: 3 });
    expect(lenient.participants.find((p) => p.participant === 'BW')!.cells[1]!.status).toBe('on_time');
  });

  it('lists those missing in two of the last four periods due', async () => {
    const h = await compliance.habitualFailures(store.db, ADMIN, { asOf: '2007-03-15' });
    expect(h.periods).toEqual(['2006-Q1', '2006-Q2', '2006-Q3', '2006-Q4']);
    expect(h.rule).toEqual({ missing: 2, of: 4 });
    const listed = new Map(h.participants.map((p) => [p.participant, p.missed]));
    expect(listed.get('AO')).toEqual(['2006-Q1', '2006-Q2', '2006-Q4']);
    expect(listed.get('NA')).toEqual(['2006-Q3', '2006-Q4']);
    expect(listed.has('ZA')).toBe(false);
    expect(listed.has('BW')).toBe(false);
    // everyone else submitted nothing at all
    expect(listed.get('CA')).toEqual(['2006-Q1', '2006-Q2', '2006-Q3', '2006-Q4']);
    // a stricter rule
    const three = await compliance.habitualFailures(store.db, ADMIN, { asOf: '2007-03-15', missing: 3 });
    expect(three.participants.map((p) => p.participant)).toContain('AO');
    expect(three.participants.map((p) => p.participant)).not.toContain('NA');
    // once NA's late Q3 is in, it misses only Q4
    const later = await compliance.habitualFailures(store.db, ADMIN, { asOf: '2007-04-15' });
    expect(later.participants.find((p) => p.participant === 'NA')).toBeUndefined();
  });

  it('judges production by half year, a whole-year figure answering both', async () => {
    await submit('BW', '2006-08-01', ['BW,2006-H1,industrial,1,1'], 'production');
    await submit('ZA', '2007-02-10', ['ZA,2006,industrial,1,1'], 'production');
    const c = await compliance.compliance(store.db, ADMIN, 2006, { kind: 'production', asOf: '2007-03-15' });
    const row = (code: string) => c.participants.find((p) => p.participant === code)!.cells.map((x) => x.status);
    expect(row('BW')).toEqual(['on_time', 'missing']);
    expect(row('ZA')).toEqual(['late', 'on_time']);
  });

  it('keeps the compliance table for the working group, publishes the habitual list, and refuses a bad rule', async () => {
    await expect(compliance.compliance(store.db, localOperator('ZA'), 2006)).rejects.toMatchObject({ code: 'forbidden' });
    const published = await compliance.habitualFailures(store.db, PUBLIC, { asOf: '2007-03-15' });
    expect(published.participants).toEqual((await compliance.habitualFailures(store.db, ADMIN, { asOf: '2007-03-15' })).participants);
    await expect(compliance.habitualFailures(store.db, ADMIN, { missing: 5, of: 4 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
