// The governance of 2007 as the annual report's sections tell it, made through the real workflows:
// Mexico's application (seeded, 2006) reviewed and admitted, Venezuela suspended, a review visit to
// Namibia done with its one action item left open past its deadline, Botswana's annual report
// assessed, a programme of technical assistance run in January, and a plenary decision translated into
// the four other languages (so formally adopted). The texts a test quotes are given by the test.
import { localOperator } from '../../src/auth/model.js';
import type { Db } from '../../src/db/store.js';
import * as annualReports from '../../src/governance/annual-reports/service.js';
import * as assistance from '../../src/governance/assistance/service.js';
import * as decisions from '../../src/governance/decisions/service.js';
import { REQUIREMENTS } from '../../src/governance/participation/model.js';
import * as participation from '../../src/governance/participation/service.js';
import { decideStatus } from '../../src/governance/participation/status.js';
import * as reviews from '../../src/governance/reviews/service.js';

const ADMIN = localOperator();

export interface Texts2007 {
  /** the reason given for Venezuela's suspension */
  suspension: string;
  /** the title of Sierra Leone's need of assistance */
  need: string;
  /** the title of the plenary's decision that is translated */
  decision: string;
  /** a second decision of the plenary, left untranslated */
  untranslated?: { title: string; text: string };
}

export async function governance2007(db: Db, texts: Texts2007): Promise<void> {
  const mx = (await participation.list(db, ADMIN, { applicant: 'MX' }))[0]!;
  for (const r of REQUIREMENTS) await participation.review(db, ADMIN, mx.id, r.id, { review: 'met', comment: 'seen' });
  await participation.decide(db, ADMIN, mx.id, { decision: 'admit', admittedOn: '2007-03-01' });
  await decideStatus(db, ADMIN, { participant: 'VE', kind: 'suspension', effectiveOn: '2007-11-15', reason: texts.suspension, basis: 'test basis' });
  const visit = await reviews.create(db, ADMIN, { participant: 'NA', kind: 'visit', purpose: 'review visit', invitedOn: '2007-02-01', team: [{ member: 'ZA', person: 'Team Leader', leader: true }] });
  await reviews.move(db, ADMIN, visit.id, { status: 'scheduled', scheduledFrom: '2007-05-07', scheduledTo: '2007-05-10' });
  await reviews.move(db, ADMIN, visit.id, { status: 'done', doneOn: '2007-05-10' });
  await reviews.createPlan(db, ADMIN, visit.id, { title: 'Follow-up of the 2007 visit', items: [{ owner: 'NA', deadline: '2007-08-01', description: 'Register all diamond buyers' }] });
  const report = await annualReports.submit(db, ADMIN, { participant: 'BW', year: 2007, body: 'The implementation of the KPCS in Botswana in 2007.' });
  await annualReports.assess(db, ADMIN, report.id, { status: 'assessed', outcome: 'satisfactory', comments: 'complete' });
  const need = await assistance.declareNeed(db, ADMIN, { participant: 'SL', title: texts.need, description: 'Train ten valuators', area: 'valuation' });
  const offer = await assistance.declareOffer(db, ADMIN, { donor: 'US', title: 'Valuator course', description: 'Two weeks', area: 'valuation' });
  const programme = await assistance.match(db, ADMIN, { needId: need.id, offerId: offer.id });
  await assistance.moveProgramme(db, ADMIN, programme.id, { status: 'agreed' });
  await assistance.moveProgramme(db, ADMIN, programme.id, { status: 'running', startsOn: '2007-01-15' });
  await assistance.moveProgramme(db, ADMIN, programme.id, { status: 'completed', endsOn: '2007-01-26' });
  const plenary = await decisions.createPlenary(db, ADMIN, { name: 'Brussels Plenary 2007', place: 'Brussels', startsOn: '2007-11-05', endsOn: '2007-11-08' });
  const decision = await decisions.create(db, ADMIN, { plenary: plenary.id, title: texts.decision, text: 'The plenary decided.' });
  if (texts.untranslated) await decisions.create(db, ADMIN, { plenary: plenary.id, ...texts.untranslated });
  for (const language of ['fr', 'pt', 'es', 'ru']) {
    await decisions.translate(db, ADMIN, decision.id, language, { step: 'provide', text: `(${language})`, on: '2007-12-01' });
    await decisions.translate(db, ADMIN, decision.id, language, { step: 'check', on: '2007-12-03' });
  }
}
