// The governance sections of the annual report follow the workflows: a year in which an application
// is admitted, a Participant suspended, a review visit done with an action item left overdue, an annual
// report assessed, a programme of technical assistance run and a plenary decision formally adopted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { localOperator } from '../../auth/model.js';
import * as participation from '../participation/service.js';
import { decideStatus } from '../participation/status.js';
import { REQUIREMENTS } from '../participation/model.js';
import * as reviews from '../reviews/service.js';
import * as annualReports from '../annual-reports/service.js';
import * as assistance from '../assistance/service.js';
import * as decisions from '../decisions/service.js';
import { annualReport } from './service.js';
import type { Report } from './model.js';

const ADMIN = localOperator();
const text = (r: Report, id: string) => JSON.stringify(r.sections.find((s) => s.id === id));

describe.each(engines)('the governance sections of the annual report on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    const db = store.db;
    // Mexico's application (seeded, 2006) reviewed and admitted in 2007
    const mx = (await participation.list(db, ADMIN, { applicant: 'MX' }))[0]!;
    for (const r of REQUIREMENTS) await participation.review(db, ADMIN, mx.id, r.id, { review: 'met', comment: 'seen' });
    await participation.decide(db, ADMIN, mx.id, { decision: 'admit', admittedOn: '2007-03-01' });
    await decideStatus(db, ADMIN, { participant: 'VE', kind: 'suspension', effectiveOn: '2007-11-15', reason: 'test: no statistics, no review mission', basis: 'test basis' });
    // a review visit to Namibia done in 2007, its one action item left open past its deadline
    const visit = await reviews.create(db, ADMIN, { participant: 'NA', kind: 'visit', purpose: 'review visit', invitedOn: '2007-02-01', team: [{ member: 'ZA', person: 'Team Leader', leader: true }] });
    await reviews.move(db, ADMIN, visit.id, { status: 'scheduled', scheduledFrom: '2007-05-07', scheduledTo: '2007-05-10' });
    await reviews.move(db, ADMIN, visit.id, { status: 'done', doneOn: '2007-05-10' });
    await reviews.createPlan(db, ADMIN, visit.id, { title: 'Follow-up of the 2007 visit', items: [{ owner: 'NA', deadline: '2007-08-01', description: 'Register all diamond buyers' }] });
    // Botswana's annual report for 2007, assessed
    const report = await annualReports.submit(db, ADMIN, { participant: 'BW', year: 2007, body: 'The implementation of the KPCS in Botswana in 2007.' });
    await annualReports.assess(db, ADMIN, report.id, { status: 'assessed', outcome: 'satisfactory', comments: 'complete' });
    // a programme of technical assistance run in January 2007
    const need = await assistance.declareNeed(db, ADMIN, { participant: 'SL', title: 'Valuation training', description: 'Train ten valuators', area: 'valuation' });
    const offer = await assistance.declareOffer(db, ADMIN, { donor: 'US', title: 'Valuator course', description: 'Two weeks', area: 'valuation' });
    const programme = await assistance.match(db, ADMIN, { needId: need.id, offerId: offer.id });
    await assistance.moveProgramme(db, ADMIN, programme.id, { status: 'agreed' });
    await assistance.moveProgramme(db, ADMIN, programme.id, { status: 'running', startsOn: '2007-01-15' });
    await assistance.moveProgramme(db, ADMIN, programme.id, { status: 'completed', endsOn: '2007-01-26' });
    // a 2007 plenary with one decision translated into the four other languages, so formally adopted
    const plenary = await decisions.createPlenary(db, ADMIN, { name: 'Brussels Plenary 2007', place: 'Brussels', startsOn: '2007-11-05', endsOn: '2007-11-08' });
    const decision = await decisions.create(db, ADMIN, { plenary: plenary.id, title: 'Test decision on statistics', text: 'The plenary decided.' });
    await decisions.create(db, ADMIN, { plenary: plenary.id, title: 'Test decision awaiting translation', text: 'The plenary decided again.' });
    for (const language of ['fr', 'pt', 'es', 'ru']) {
      await decisions.translate(db, ADMIN, decision.id, language, { step: 'provide', text: `(${language})`, on: '2007-12-01' });
      await decisions.translate(db, ADMIN, decision.id, language, { step: 'check', on: '2007-12-03' });
    }
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
