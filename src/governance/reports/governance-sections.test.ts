// The governance sections of the annual report follow the workflows: a year in which an application
// is admitted, a Participant suspended, a review visit done with an action item left overdue, an annual
// report assessed, a programme of technical assistance run and a plenary decision formally adopted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governance2007 } from '../../../test/support/governance-2007.js';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { localOperator } from '../../auth/model.js';
import { annualReport } from './service.js';
import type { Report } from './model.js';

const ADMIN = localOperator();
const text = (r: Report, id: string) => JSON.stringify(r.sections.find((s) => s.id === id));

describe.each(engines)('the governance sections of the annual report on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    const db = store.db;
    await governance2007(db, {
      suspension: 'test: no statistics, no review mission',
      need: 'Valuation training',
      decision: 'Test decision on statistics',
      untranslated: { title: 'Test decision awaiting translation', text: 'The plenary decided again.' },
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it('2007: Mexico admitted, eight still pending, Venezuela suspended', async () => {
    const r = await annualReport(store.db, ADMIN, { year: 2007 });
    expect(r.data.applications).toEqual({
      received: [],
      admitted: ['MX'],
      refused: [],
      pending: ['CM', 'CV', 'GA', 'ML', 'PH', 'SZ', 'TN', 'TR'],
      statusDecisions: [{ participant: 'VE', kind: 'suspension', effectiveOn: '2007-11-15' }],
    });
    expect(text(r, 'applications')).toContain('March 1, 2007');
    expect(text(r, 'applications')).toContain('suspension');
    // the 2006 report does not see the later admission
    const r2006 = await annualReport(store.db, ADMIN, { year: 2006 });
    expect((r2006.data.applications as { pending: string[] }).pending).toContain('MX');
  });

  it('2007: the visit to Namibia carried out, its action item overdue at the end of the year like Ghana’s', async () => {
    const r = await annualReport(store.db, ADMIN, { year: 2007 });
    const pr = r.data['peer-review'] as { coverage: { visitsDone: number; participantsVisited: number; visitsInvited: number }; actionItemsOpen: number; actionItemsOverdue: number; asOf: string };
    expect(pr.coverage).toMatchObject({ visitsDone: 1, visitsInvited: 1, participantsVisited: 1 });
    // Namibia's item and Ghana's seeded one (three months from the 2006 plenary: 2007-02-09), both still open
    expect([pr.asOf, pr.actionItemsOpen, pr.actionItemsOverdue]).toEqual(['2007-12-31', 2, 2]);
    expect(text(r, 'peer-review')).toContain('Namibia');
    expect(text(r, 'peer-review')).toContain('May 10, 2007');
  });

  it('2007: the annual report assessed, the programme and the decisions with their adoption', async () => {
    const r = await annualReport(store.db, ADMIN, { year: 2007 });
    expect(r.data['annual-reports']).toMatchObject({ submitted: ['BW'], assessed: 1, outcomes: { satisfactory: 1, follow_up: 0, unsatisfactory: 0 } });
    expect((r.data['annual-reports'] as { missing: string[] }).missing).not.toContain('BW');
    expect(r.data.assistance).toMatchObject({ programmes: [{ participant: 'SL', donor: 'US', title: expect.any(String), status: 'completed' }], byStatus: { completed: 1 } });
    expect(text(r, 'assistance')).toContain('Sierra Leone');
    const d = r.data.decisions as { decisions: { title: string; formallyAdoptedOn: string | null; missing: string[] }[] };
    expect(d.decisions.map((x) => [x.title, x.formallyAdoptedOn, x.missing])).toEqual([
      ['Test decision on statistics', '2007-12-03', []],
      ['Test decision awaiting translation', null, ['fr', 'pt', 'es', 'ru']],
    ]);
    expect(text(r, 'decisions')).toContain('adopted on December 3, 2007');
    expect(text(r, 'decisions')).toContain('2 decisions adopted by consensus; 1 of them formally adopted');
    // in Russian, localised
    const ru = await annualReport(store.db, ADMIN, { year: 2007, lang: 'ru' });
    expect(text(ru, 'decisions')).toContain('принято 3 декабря 2007');
    expect(text(ru, 'assistance')).toContain('Сьерра-Леоне');
  });
});
