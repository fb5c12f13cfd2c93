import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import * as anomalies from './anomalies.js';
import { parsePeriod } from './model.js';
import * as service from './service.js';

const ADMIN = localOperator();

describe('the period before', () => {
  it('is in the same unit, across the year', () => {
    expect(anomalies.previousPeriod(parsePeriod('trade', '2006-Q1')!).id).toBe('2005-Q4');
    expect(anomalies.previousPeriod(parsePeriod('trade', '2006-Q3')!).id).toBe('2006-Q2');
    expect(anomalies.previousPeriod(parsePeriod('production', '2006-H1')!).id).toBe('2005-H2');
    expect(anomalies.previousPeriod(parsePeriod('production', '2006')!).id).toBe('2005');
  });
});

describe.each(engines)('period-to-period anomalies on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    // ZA's exports: 1000 ct (2005-Q4), 1100 (+10 %), 1200, 2000 (+66.7 %), 2100; the US$ follow the carats except in Q4
    await service.importFile(store.db, ADMIN, 'trade', 'csv', new TextEncoder().encode([
      'reporter,period,flow,partner,hs_code,carats,value_usd,certificates',
      'ZA,2005-Q4,export,BW,7102.10,1000,100000,1',
      'ZA,2006-Q1,export,BW,7102.10,1100,110000,1',
      'ZA,2006-Q2,export,BW,7102.10,1200,120000,1',
      'ZA,2006-Q3,export,BW,7102.10,2000,200000,1',
      'ZA,2006-Q4,export,BW,7102.10,2100,90000,1',
    ].join('\n')), { source: 'test' });
    await service.importFile(store.db, ADMIN, 'production', 'csv', new TextEncoder().encode([
      'reporter,period,mining,carats,value_usd',
      'BW,2005-H2,industrial,100,10000',
      'BW,2006-H1,industrial,40,9000',
      'BW,2006-H2,industrial,45,9500',
    ].join('\n')), { source: 'test' });
  });
  afterAll(() => store.close());

  it('finds the jumps beyond the threshold in each series', async () => {
    const found = await anomalies.anomalies(store.db, ADMIN, 2006);
    expect(found.map((a) => [a.participant, a.period, a.measure, a.previous, a.current, a.change])).toEqual([
      ['ZA', '2006-Q3', 'exports_carats', 1200, 2000, 0.666667],
      ['ZA', '2006-Q3', 'exports_usd', 120000, 200000, 0.666667],
      ['ZA', '2006-Q4', 'exports_usd', 200000, 90000, -0.55],
      ['BW', '2006-H1', 'production_carats', 100, 40, -0.6],
    ]);
    expect((await anomalies.anomalies(store.db, ADMIN, 2006, { threshold: 0.7 })).length).toBe(0);
    await expect(anomalies.anomalies(store.db, localOperator('ZA'), 2006)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('raises questionnaires once, which the Participant answers in the system', async () => {
    const raised = await anomalies.raiseQuestionnaires(store.db, ADMIN, 2006);
    expect(raised).toHaveLength(4);
    expect(await anomalies.raiseQuestionnaires(store.db, ADMIN, 2006)).toEqual([]);
    const za = await anomalies.questionnaires(store.db, localOperator('ZA'), 'ZA');
    expect(za.map((q) => [q.period, q.measure, q.status])).toEqual([
      ['2006-Q3', 'exports_carats', 'open'],
      ['2006-Q3', 'exports_usd', 'open'],
      ['2006-Q4', 'exports_usd', 'open'],
    ]);
    expect(za[0]!.question).toBe('Your exports in carats went from 1,200 in 2006-Q2 to 2,000 in 2006-Q3 (+66.7 %). Please explain the change (new mines or closures, stockpiles, large single shipments, corrections of earlier figures).');
    await expect(anomalies.questionnaires(store.db, localOperator('BW'), 'ZA')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(anomalies.answer(store.db, localOperator('BW'), 'ZA', za[0]!.id, 'x')).rejects.toMatchObject({ code: 'forbidden' });
    const answered = await anomalies.answer(store.db, localOperator('ZA'), 'ZA', za[0]!.id, 'A new kimberlite pipe came into production in July.');
    expect(answered).toMatchObject({ status: 'answered', answer: 'A new kimberlite pipe came into production in July.', answeredBy: 'local operator as ZA authority' });
    await expect(anomalies.answer(store.db, localOperator('ZA'), 'ZA', za[0]!.id, 'again')).rejects.toMatchObject({ code: 'conflict' });
    const [entry] = await audit.list(store.db, SYSTEM, { limit: 1 });
    expect(entry).toMatchObject({ action: 'statistics.questionnaire.answer', subject: 'ZA 2006-Q3 exports_carats', actingFor: 'ZA' });
  });
});
