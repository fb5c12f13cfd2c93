// Peer review end to end: the 2006 facts of A/61/589, a review visit with its team, report and action plan, the
// plan going overdue (the owner's officers alerted once), who may read the documents, and the coverage
// figures computed from the records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appWith, type Person } from '../../../test/support/app.js';
import { engines } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import * as service from './service.js';
import { dueItems, sweepDeadlines } from './alerts.js';
import { coverageFigures } from './coverage.js';
import { canMove, coverage, teamProblems, urgency } from './model.js';

const GHANA_MISSION = '6a0c0e5e-2006-4a00-8000-000000000001';

describe('review teams and coverage (pure rules)', () => {
  it('keeps the reviewed Participant off its own team and wants one leader', () => {
    expect(teamProblems('AO', [{ member: 'AO', person: 'A', leader: true }]).map((p) => p.path)).toEqual(['team/0/member']);
    expect(teamProblems('AO', [{ member: 'ZA', person: 'A', leader: false }])[0]!.message).toContain('exactly one leader');
    expect(teamProblems('AO', [{ member: 'ZA', person: 'A', leader: true }, { member: 'WDC', person: 'B', leader: false }])).toEqual([]);
  });

  it('calls an open item due from 14 days before its deadline through the deadline itself, overdue the day after', () => {
    const item = { status: 'open' as const, deadline: '2007-02-09' };
    expect(urgency(item, '2007-01-25')).toBeNull();
    expect(urgency(item, '2007-01-26')).toBe('due');
    expect(urgency(item, '2007-02-09')).toBe('due');
    expect(urgency(item, '2007-02-10')).toBe('overdue');
    expect(urgency({ ...item, status: 'done' }, '2008-01-01')).toBeNull();
    expect([canMove('invited', 'done'), canMove('scheduled', 'done'), canMove('done', 'cancelled')]).toEqual([false, true, false]);
  });

  it('counts a second visit from 2007 as second round, and pending invitations per year', () => {
    const years = coverage({
      reviews: [
        { participant: 'AO', kind: 'visit', status: 'done', invitedOn: '2004-01-10', doneOn: '2004-06-01' },
        { participant: 'AO', kind: 'visit', status: 'done', invitedOn: '2006-12-01', doneOn: '2007-05-01' },
        { participant: 'BW', kind: 'visit', status: 'invited', invitedOn: '2005-03-01', doneOn: null },
        { participant: 'CA', kind: 'mission', status: 'done', invitedOn: '2007-01-01', doneOn: '2007-02-01' },
      ],
      participantsOn: () => ['AO', 'BW', 'CA', 'ZA'],
      from: 2004,
      to: 2007,
    });
    expect(years.map((y) => [y.year, y.visitsDone, y.secondRound, y.participantsVisited, y.participantsInvited, y.participantsNotYetInvited])).toEqual([
      [2004, 1, 0, 1, 0, 3],
      [2005, 0, 0, 1, 1, 2],
      [2006, 0, 0, 1, 1, 2],
      [2007, 1, 1, 1, 1, 2],
    ]);
    expect(years[3]!.missionsDone).toBe(1);
    expect(years[3]!.notYetInvited).toEqual(['CA', 'ZA']);
  });
});

describe.each(engines)('peer review on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let actors: Record<string, Person>;
  const as = (k: string) => actors[k]!.actor;
  const bearer = (k: string) => ({ authorization: `Bearer ${actors[k]!.token}` });
  let reviewId: string;
  let itemId: string;

  beforeAll(async () => {
    ({ store, app, people: actors } = await appWith(engine, [
      ['ao', 'AO', ['officer']],
      ['ao2', 'AO', ['officer']],
      ['aoCustoms', 'AO', ['customs']],
      ['za', 'ZA', ['officer']],
      ['bw', 'BW', ['officer']],
      ['wdc', 'WDC', ['observer']],
      ['wgm', 'EU', ['wg-member'], ['WGM']],
      ['un', 'UN-POE-CI', ['un']],
      ['chair', 'BW', ['chair']],
    ]));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('holds the 2006 facts: the Ghana mission due by 2007-02-28 with its action plan, the Venezuela mission', async () => {
    const missions = await service.list(store.db, as('wgm'), { kind: 'mission' });
    expect(missions.map((m) => [m.participant, m.status, m.dueBy]).sort()).toEqual([['GH', 'invited', '2007-02-28'], ['VE', 'invited', null]]);
    const gh = await service.get(store.db, as('wgm'), GHANA_MISSION, '2007-03-01');
    expect(gh.plans[0]!.items.map((i) => [i.owner, i.deadline, i.urgency])).toEqual([['GH', '2007-02-09', 'overdue']]);
    expect(gh.basis).toContain('three months');
  });

  it('alerts the working group and the Chair once when the Ghana mission falls due and once when it is overdue', async () => {
    const before = await sweepDeadlines(store.db, new Date('2007-02-10T08:00:00Z'));
    expect(before.reviews).toEqual([]);
    const soon = await sweepDeadlines(store.db, new Date('2007-02-20T08:00:00Z'));
    expect(soon.reviews.map((r) => [r.participant, r.urgency, r.daysLeft])).toEqual([['GH', 'due', 8]]);
    await sweepDeadlines(store.db, new Date('2007-02-21T08:00:00Z'));
    const late = await sweepDeadlines(store.db, new Date('2007-03-01T08:00:00Z'));
    expect(late.reviews.map((r) => [r.participant, r.urgency])).toEqual([['GH', 'overdue']]);
    const inbox = (k: string) => store.db.selectFrom('notifications').select('kind').where('user_id', '=', actors[k]!.id).where('dedupe_key', 'like', `review.%:${GHANA_MISSION}`).execute();
    expect((await inbox('chair')).map((n) => n.kind).sort()).toEqual(['review.due', 'review.overdue']);
    expect((await inbox('wgm')).length).toBe(2);
    expect(await inbox('ao')).toEqual([]);
    const listed = await app.inject({ url: '/api/reviews/alerts?on=2007-03-01', headers: bearer('chair') });
    expect(listed.json().reviews).toEqual([expect.objectContaining({ id: GHANA_MISSION, urgency: 'overdue', daysLeft: -1 })]);
  });

  it('records a visit with its team, never with the reviewed Participant on it', async () => {
    await expect(service.create(store.db, as('wgm'), { participant: 'AO', kind: 'visit', purpose: 'review visit', invitedOn: '2006-03-01', team: [{ member: 'AO', person: 'Self', leader: true }] }))
      .rejects.toMatchObject({ code: 'invalid_input', details: [{ path: 'team/0/member' }] });
    await expect(service.create(store.db, as('za'), { participant: 'AO', kind: 'visit', purpose: 'review visit', invitedOn: '2006-03-01' })).rejects.toMatchObject({ code: 'forbidden' });
    const r = await service.create(store.db, as('wgm'), {
      participant: 'AO', kind: 'visit', purpose: 'review visit', invitedOn: '2006-03-01',
      team: [{ member: 'ZA', person: 'Team Leader', leader: true }, { member: 'WDC', person: 'Industry Expert', leader: false }],
    });
    reviewId = r.id;
    expect(r.status).toBe('invited');
    expect(r.team.map((m) => [m.member, m.leader])).toEqual([['ZA', true], ['WDC', false]]);
    await expect(service.move(store.db, as('wgm'), reviewId, { status: 'done', doneOn: '2006-05-01' })).rejects.toMatchObject({ code: 'conflict' });
    await service.move(store.db, as('wgm'), reviewId, { status: 'scheduled', scheduledFrom: '2006-04-24', scheduledTo: '2006-04-28' });
    const done = await service.move(store.db, as('wgm'), reviewId, { status: 'done', doneOn: '2006-04-28' });
    expect([done.status, done.doneOn]).toEqual(['done', '2006-04-28']);
  });

  it('takes the report from the team only, and keeps it confidential until the Chair shares it with UN bodies', async () => {
    await expect(service.submitReport(store.db, as('bw'), reviewId, { text: 'x', recommendations: [] })).rejects.toMatchObject({ code: 'forbidden' });
    await service.submitReport(store.db, as('za'), reviewId, { text: 'The team found the internal controls largely in place.', recommendations: ['Register all diamond buyers', 'Publish production statistics'] });
    const adopted = await service.adoptReport(store.db, as('wgm'), reviewId);
    expect(adopted.report).toMatchObject({ status: 'adopted', adoptedBy: expect.stringContaining('wgm') });
    expect(adopted.recommendations.map((r) => r.text)).toEqual(['Register all diamond buyers', 'Publish production statistics']);
    await expect(service.submitReport(store.db, as('za'), reviewId, { text: 'again', recommendations: [] })).rejects.toMatchObject({ code: 'conflict' });

    const read = async (k: string) => (await app.inject({ url: `/api/reviews/${reviewId}`, headers: bearer(k) })).json() as { documentsVisible: boolean; report: { text: string } | null };
    expect(await read('ao')).toMatchObject({ documentsVisible: true, report: { text: expect.stringContaining('internal controls') } });
    expect(await read('wdc')).toMatchObject({ documentsVisible: true });
    expect(await read('bw')).toMatchObject({ documentsVisible: false, report: null });
    expect(await read('aoCustoms')).toMatchObject({ documentsVisible: false, report: null });
    expect(await read('un')).toMatchObject({ documentsVisible: false, report: null });
    expect((await app.inject({ method: 'PUT', url: `/api/reviews/${reviewId}/report/share`, headers: bearer('wgm'), payload: { shared: true } })).statusCode).toBe(403);
    const shared = await app.inject({ method: 'PUT', url: `/api/reviews/${reviewId}/report/share`, headers: bearer('chair'), payload: { shared: true } });
    expect(shared.json()).toMatchObject({ sharedWithUn: true, sharedBy: expect.stringContaining('chair') });
    expect(await read('un')).toMatchObject({ documentsVisible: true });
    const unInbox = await store.db.selectFrom('notifications').select(['kind', 'link']).where('user_id', '=', actors.un!.id).execute();
    expect(unInbox).toEqual([{ kind: 'document.shared', link: `/governance/reviews/${reviewId}` }]);
  });

  it('alerts the owner once when an action item falls due and once when it is overdue, and stops when it is done', async () => {
    const withPlan = await service.createPlan(store.db, as('wgm'), reviewId, { title: 'Follow-up of the 2006 visit', items: [{ owner: 'AO', deadline: '2030-03-31', description: 'Register all diamond buyers' }] });
    itemId = withPlan.plans[0]!.items[0]!.id;
    await expect(service.createPlan(store.db, as('wgm'), reviewId, { title: 'bad', items: [{ owner: 'XX', deadline: '2030-02-30', description: '' }] }))
      .rejects.toMatchObject({ details: expect.arrayContaining([{ path: 'items/0/owner', message: expect.any(String) }, { path: 'items/0/deadline', message: expect.any(String) }, { path: 'items/0/description', message: expect.any(String) }]) });

    const inbox = async (k: string) => store.db.selectFrom('notifications').select(['kind', 'dedupe_key', 'link']).where('user_id', '=', actors[k]!.id).where('dedupe_key', 'like', `%${itemId}`).execute();
    const early = await sweepDeadlines(store.db, new Date('2030-02-01T08:00:00Z'));
    expect(early.items.find((i) => i.id === itemId)).toBeUndefined();
    expect(await inbox('ao')).toEqual([]);

    const soon = await sweepDeadlines(store.db, new Date('2030-03-21T08:00:00Z'));
    expect(soon.items.find((i) => i.id === itemId)).toMatchObject({ urgency: 'due', daysLeft: 10 });
    const late = await sweepDeadlines(store.db, new Date('2030-04-02T08:00:00Z'));
    expect(late.items.find((i) => i.id === itemId)).toMatchObject({ urgency: 'overdue', daysLeft: -2 });
    const again = await sweepDeadlines(store.db, new Date('2030-04-03T08:00:00Z'));
    expect(again.delivered).toBe(0);

    expect((await inbox('ao')).map((n) => n.kind).sort()).toEqual(['action-item.due', 'action-item.overdue']);
    expect((await inbox('ao2')).length).toBe(2);
    expect((await inbox('ao'))[0]!.link).toBe(`/governance/reviews/${reviewId}`);
    expect((await inbox('wgm')).length).toBe(2);
    expect((await inbox('chair')).length).toBe(2);
    expect(await inbox('aoCustoms')).toEqual([]);
    expect(await inbox('bw')).toEqual([]);

    // the Chair's list on a day, through the API
    const listed = await app.inject({ url: '/api/reviews/alerts?on=2030-04-02', headers: bearer('chair') });
    expect(listed.json().items.map((i: { id: string; urgency: string }) => [i.id, i.urgency])).toContainEqual([itemId, 'overdue']);
    expect((await app.inject({ url: '/api/reviews/alerts?on=2030-04-02', headers: bearer('ao') })).statusCode).toBe(403);

    await expect(service.completeItem(store.db, as('bw'), itemId, { evidence: 'done' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.completeItem(store.db, as('ao'), itemId, { evidence: ' ' })).rejects.toMatchObject({ code: 'invalid_input' });
    const done = await service.completeItem(store.db, as('ao'), itemId, { evidence: 'Register of buyers published on 2030-04-05', on: '2030-04-05' });
    expect([done.status, done.doneOn]).toEqual(['done', '2030-04-05']);
    expect((await dueItems(store.db, as('chair'), '2030-04-06')).find((i) => i.id === itemId)).toBeUndefined();
  });

  it('computes coverage from the records, beside the reported 2006 baseline', async () => {
    const second = await service.create(store.db, as('wgm'), { participant: 'AO', kind: 'visit', purpose: 'second round', invitedOn: '2007-01-15', team: [{ member: 'CA', person: 'Lead', leader: true }] });
    await service.move(store.db, as('wgm'), second.id, { status: 'scheduled', scheduledFrom: '2007-06-01' });
    await service.move(store.db, as('wgm'), second.id, { status: 'done', doneOn: '2007-06-05' });
    await service.create(store.db, as('wgm'), { participant: 'BW', kind: 'visit', purpose: 'first visit', invitedOn: '2006-09-01' });
    const res = await app.inject({ url: '/api/reviews/coverage?from=2006&to=2007' });
    expect(res.statusCode).toBe(200);
    const report = res.json() as Awaited<ReturnType<typeof coverageFigures>>;
    const [y2006, y2007] = report.years;
    expect(y2006).toMatchObject({ year: 2006, visitsDone: 1, visitsInvited: 2, secondRound: 0, participantsVisited: 1, participantsInvited: 1, participants: 47 });
    expect(y2006!.participantsNotYetInvited).toBe(45);
    expect(y2006!.notYetInvited).not.toContain('AO');
    expect(y2007).toMatchObject({ year: 2007, visitsDone: 1, secondRound: 1, participantsVisited: 1 });
    expect(report.baselines).toEqual([expect.objectContaining({ year: 2006, participantsVisited: 34, participantsVisitedOrInvited: 42 })]);
  });

  it('adds items to a plan and sets a team through the API, for the working group only', async () => {
    const planId = (await service.get(store.db, as('wgm'), reviewId)).plans[0]!.id;
    const payload = { description: 'Publish production statistics', owner: 'AO', deadline: '2031-01-31' };
    expect((await app.inject({ method: 'POST', url: `/api/action-plans/${planId}/items`, headers: bearer('ao'), payload })).statusCode).toBe(403);
    const added = await app.inject({ method: 'POST', url: `/api/action-plans/${planId}/items`, headers: bearer('wgm'), payload });
    expect(added.statusCode).toBe(200);
    expect(added.json().items.map((i: { description: string; status: string }) => [i.description, i.status])).toContainEqual(['Publish production statistics', 'open']);

    const visit = await service.create(store.db, as('wgm'), { participant: 'NA', kind: 'visit', purpose: 'first visit', invitedOn: '2007-02-01' });
    const own = await app.inject({ method: 'PUT', url: `/api/reviews/${visit.id}/team`, headers: bearer('wgm'), payload: { team: [{ member: 'NA', person: 'Self', leader: true }] } });
    expect(own.statusCode).toBe(400);
    expect(own.json().details).toEqual([expect.objectContaining({ path: 'team/0/member' })]);
    const set = await app.inject({ method: 'PUT', url: `/api/reviews/${visit.id}/team`, headers: bearer('wgm'), payload: { team: [{ member: 'BW', person: 'Lead', leader: true }, { member: 'GW', person: 'Civil society', leader: false }] } });
    expect(set.json().team).toEqual([{ member: 'BW', person: 'Lead', leader: true }, { member: 'GW', person: 'Civil society', leader: false }]);
    // a team member's officer now reads the documents of that review
    expect((await service.get(store.db, as('bw'), visit.id)).documentsVisible).toBe(true);
    const audit = await store.db.selectFrom('audit_log').select(['action']).where('subject', '=', visit.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['reviews.create', 'reviews.team']);
  });

  it('refuses the public and outsiders, and bad input changes nothing', async () => {
    expect((await app.inject({ url: '/api/reviews' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/reviews', headers: bearer('ao'), payload: { participant: 'AO', kind: 'visit', purpose: 'x', invitedOn: '2006-01-01' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/reviews/alerts/sweep', headers: bearer('bw'), payload: {} })).statusCode).toBe(403);
    const before = (await service.list(store.db, as('wgm'))).length;
    const bad = await app.inject({ method: 'POST', url: '/api/reviews', headers: bearer('wgm'), payload: { participant: 'QQ', kind: 'visit', purpose: 'x', invitedOn: '2006-01-01' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([expect.objectContaining({ path: 'participant' })]);
    expect((await service.list(store.db, as('wgm'))).length).toBe(before);
  });
});
