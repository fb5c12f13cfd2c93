// Participation end to end on both engines: an application reviewed and admitted (the registry's
// history changes and a certificate to the new Participant is then accepted), a refusal, the
// Chair's suspension and readmission (issuance refused in between), the chair rotation, and the
// refusals of actors who may not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { localOperator, SYSTEM, type Actor } from '../../auth/model.js';
import * as auth from '../../accounts/service.js';
import * as participants from '../../participants/service.js';
import * as certificates from '../../certificates/service.js';
import { buildServer } from '../../http/server.js';
import { REQUIREMENTS } from './model.js';
import * as service from './service.js';
import * as status from './status.js';
import { zaToIndia } from '../../../test/support/certificates.js';
import { refused } from '../../../test/support/refused.js';

const request = zaToIndia;

describe.each(engines)('participation on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const actors: Record<string, Actor> = {};
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};
  const bearer = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null });
    const cast = [
      { key: 'cm', name: 'CM officer', member: 'CM', roles: ['officer'] },
      { key: 'za', name: 'ZA officer', member: 'ZA', roles: ['officer'] },
      { key: 'pc', name: 'RU committee member', member: 'RU', roles: ['wg-member'], groups: ['PC'] },
      { key: 'observer', name: 'GW observer', member: 'GW', roles: ['observer'] },
      { key: 'chair', name: 'BW chair', member: 'BW', roles: ['chair'] },
    ];
    for (const c of cast) {
      const u = await auth.createUser(store.db, SYSTEM, c);
      users[c.key] = u.id;
      tokens[c.key] = (await auth.issueToken(store.db, SYSTEM, u.id)).token;
      actors[c.key] = await auth.actorFromToken(store.db, tokens[c.key]!);
    }
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const inbox = (key: string) => store.db.selectFrom('notifications').selectAll().where('user_id', '=', users[key]!).execute();

  it('holds the nine applications pending in 2006, submitted, with an empty checklist', async () => {
    const apps = await service.list(store.db, actors.pc!, { status: 'submitted' });
    expect(apps.map((a) => a.applicant).sort()).toEqual(['CM', 'CV', 'GA', 'ML', 'MX', 'PH', 'SZ', 'TN', 'TR']);
    expect(apps.every((a) => a.registryStatus === 'applicant' && a.met === 0 && a.total === REQUIREMENTS.length)).toBe(true);
    // an applicant sees its own application only
    expect((await service.list(store.db, actors.cm!)).map((a) => a.applicant)).toEqual(['CM']);
  });

  it('admits Cameroon once every requirement is met: the registry and certificate checks follow from the day', async () => {
    const cm = (await service.list(store.db, actors.pc!, { applicant: 'CM' }))[0]!;
    // the applicant shows its evidence
    const put = await app.inject({ method: 'PUT', url: `/api/participation/applications/${cm.id}/checklist/authorities/evidence`, headers: bearer('cm'), payload: { evidence: 'Ministerial order 2006/12 designates the CAPAM as importing and exporting authority' } });
    expect(put.statusCode).toBe(200);
    expect(put.json().checklist.find((i: { requirement: string }) => i.requirement === 'authorities').evidence).toContain('CAPAM');
    // another Participant's officer, an observer, the applicant itself may not review; a ZA officer may not read it
    expect((await app.inject({ url: `/api/participation/applications/${cm.id}`, headers: bearer('za') })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PUT', url: `/api/participation/applications/${cm.id}/checklist/authorities/evidence`, headers: bearer('za'), payload: { evidence: 'x' } })).statusCode).toBe(403);
    for (const who of ['observer', 'cm', 'za']) {
      expect((await app.inject({ method: 'PUT', url: `/api/participation/applications/${cm.id}/checklist/authorities/review`, headers: bearer(who), payload: { review: 'met' } })).statusCode).toBe(403);
      expect((await app.inject({ method: 'POST', url: `/api/participation/applications/${cm.id}/decision`, headers: bearer(who), payload: { decision: 'admit', admittedOn: '2007-03-01' } })).statusCode).toBe(403);
    }
    // the committee reviews: one not met blocks admission, each blocker named
    await service.review(store.db, actors.pc!, cm.id, 'statistics', { review: 'not_met', comment: 'no production statistics for 2005' });
    for (const r of REQUIREMENTS.slice(0, 5)) await service.review(store.db, actors.pc!, cm.id, r.id, { review: 'met' });
    const early = await refused(service.decide(store.db, actors.pc!, cm.id, { decision: 'admit', admittedOn: '2007-03-01' }));
    expect(early.code).toBe('invalid_input');
    expect(early.details).toContainEqual({ path: 'checklist.statistics', message: 'reviewed as not met' });
    expect(early.details).toContainEqual({ path: 'checklist.transit', message: 'not reviewed yet' });
    expect(early.details).toHaveLength(REQUIREMENTS.length - 5);
    expect((await refused(service.review(store.db, actors.pc!, cm.id, 'statistics', { review: 'not_met' }))).details).toEqual([{ path: 'comment', message: 'required when not met' }]);
    for (const r of REQUIREMENTS) await service.review(store.db, actors.pc!, cm.id, r.id, { review: 'met', comment: 'seen' });
    // before the admission, no certificate to Cameroon
    const before = await refused(certificates.issue(store, localOperator('ZA'), request({ importer: { name: 'Douala SARL', address: 'Douala', country: 'CM' } }), { on: '2007-02-20' }));
    expect(before.details.map((d) => d.path)).toEqual(['importer.country']);
    expect(before.details[0]!.message).toContain('applicant');

    const res = await app.inject({ method: 'POST', url: `/api/participation/applications/${cm.id}/decision`, headers: bearer('pc'), payload: { decision: 'admit', admittedOn: '2007-03-01' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'admitted', decidedOn: '2007-03-01', decidedBy: expect.stringContaining('RU committee member'), met: REQUIREMENTS.length, registryStatus: 'participant' });
    const history = (await participants.get(store.db, 'CM')).history;
    expect(history.map((h) => [h.status, h.validFrom, h.validTo])).toEqual([['applicant', '2006-01-01', '2007-03-01'], ['participant', '2007-03-01', null]]);
    expect((await participants.get(store.db, 'CM', '2007-02-28')).status).toBe('applicant');
    // from the day of admission, certificates to it are accepted
    const c = await certificates.issue(store, localOperator('ZA'), request({ importer: { name: 'Douala SARL', address: 'Douala', country: 'CM' } }), { on: '2007-03-02' });
    expect(c.number).toBe('ZA-2007-000001');
    // the applicant's users and the committee were told; the decision is closed
    expect((await inbox('cm')).map((n) => n.kind)).toContain('application.decided');
    expect((await inbox('pc')).map((n) => n.subject)).toContain('Application of Cameroon: admitted');
    expect((await inbox('za')).length).toBe(0);
    expect((await refused(service.decide(store.db, actors.pc!, cm.id, { decision: 'refuse', reason: 'again' }))).code).toBe('conflict');
    const trail = await store.db.selectFrom('audit_log').select(['action', 'subject']).where('subject', '=', cm.id).execute();
    expect(trail.map((t) => t.action)).toContain('participation.admit');
  });

  it('refuses an application with a reason, and lets the applicant apply again', async () => {
    const tr = (await service.list(store.db, SYSTEM, { applicant: 'TR' }))[0]!;
    expect((await refused(service.decide(store.db, actors.pc!, tr.id, { decision: 'refuse', reason: ' ' }))).details).toEqual([{ path: 'reason', message: 'required' }]);
    const done = await service.decide(store.db, actors.pc!, tr.id, { decision: 'refuse', reason: 'no designated authority yet', on: '2006-11-08' });
    expect(done).toMatchObject({ status: 'refused', decisionReason: 'no designated authority yet', registryStatus: 'applicant' });
    const again = await service.apply(store.db, SYSTEM, { applicant: 'TR', submittedOn: '2007-01-15' });
    expect(again).toMatchObject({ status: 'submitted', applicant: 'TR' });
    expect((await refused(service.apply(store.db, SYSTEM, { applicant: 'TR' }))).code).toBe('conflict');
    // a Participant does not apply
    expect((await refused(service.apply(store.db, localOperator('ZA'), { applicant: 'ZA' }))).code).toBe('conflict');
  });

  it("suspends a Participant by the Chair's decision: issuance to and by it is refused from that day, until readmission", async () => {
    const ghTo = (on: string) => certificates.issue(store, localOperator('ZA'), request({ importer: { name: 'Accra Ltd', address: 'Accra', country: 'GH' } }), { on });
    // only the Chair decides
    const byOfficer = await app.inject({ method: 'POST', url: '/api/participation/decisions', headers: bearer('za'), payload: { participant: 'GH', kind: 'suspension', effectiveOn: '2008-01-10', reason: 'x', basis: 'y' } });
    expect(byOfficer.statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/participation/decisions', headers: bearer('pc'), payload: { participant: 'GH', kind: 'suspension', effectiveOn: '2008-01-10', reason: 'x', basis: 'y' } })).statusCode).toBe(403);
    const res = await app.inject({
      method: 'POST',
      url: '/api/participation/decisions',
      headers: bearer('chair'),
      payload: { participant: 'GH', kind: 'suspension', effectiveOn: '2008-01-10', reason: 'action plan of the review mission not implemented', basis: 'internal controls (core document section IV); Gaborone plenary decision on Ghana' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ participant: 'GH', kind: 'suspension', effectiveOn: '2008-01-10', decidedBy: expect.stringContaining('BW chair') });
    expect((await ghTo('2008-01-09')).number).toMatch(/^ZA-2008-/);
    const after = await refused(ghTo('2008-01-10'));
    expect(after.code).toBe('invalid_input');
    expect(after.details).toEqual([{ path: 'importer.country', message: expect.stringContaining('suspended') }]);
    expect(after.details[0]!.message).toContain('on 10 January 2008: no trade in rough diamonds with it under the scheme');
    const fromGh = await refused(certificates.issue(store, localOperator('GH'), request({ exporter: { name: 'Accra Ltd', address: 'Accra', country: 'GH' }, origin: 'GH' }), { on: '2008-02-01' }));
    expect(fromGh.details.map((d) => d.path)).toEqual(['issuer']);
    // a suspended Participant is not suspended twice; it is readmitted
    expect((await refused(status.decideStatus(store.db, actors.chair!, { participant: 'GH', kind: 'suspension', effectiveOn: '2008-03-01', reason: 'x', basis: 'y' }))).code).toBe('conflict');
    await status.decideStatus(store.db, actors.chair!, { participant: 'GH', kind: 'readmission', effectiveOn: '2008-06-01', reason: 'action plan implemented', basis: 'review mission report of May 2008' });
    expect((await ghTo('2008-06-02')).number).toMatch(/^ZA-2008-/);
    const history = (await participants.get(store.db, 'GH')).history.map((h) => [h.status, h.validFrom, h.validTo]);
    expect(history.slice(-3)).toEqual([['participant', '2003-01-01', '2008-01-10'], ['suspended', '2008-01-10', '2008-06-01'], ['participant', '2008-06-01', null]]);
    // public record
    const list = await app.inject({ url: '/api/participation/decisions?participant=GH' });
    expect(list.json().decisions.map((d: { kind: string }) => d.kind)).toEqual(['readmission', 'suspension']);
    expect((await inbox('pc')).map((n) => n.subject)).toContain('Ghana: suspension from 10 January 2008');
    // a day before the latest period is refused: history is written forwards
    expect((await refused(status.decideStatus(store.db, actors.chair!, { participant: 'GH', kind: 'removal', effectiveOn: '2008-05-01', reason: 'x', basis: 'y' }))).code).toBe('conflict');
  });

  it('rotates the chair: the elected Vice-Chair becomes Chair of the next year', async () => {
    // 2007 already has its Vice-Chair (India)
    expect((await refused(status.electViceChair(store.db, actors.chair!, 2007, 'ZA'))).message).toContain('IN is already Vice-Chair for 2007');
    expect((await app.inject({ method: 'POST', url: '/api/participation/chairs/2007/rotation', headers: bearer('za') })).statusCode).toBe(403);
    const res = await app.inject({ method: 'POST', url: '/api/participation/chairs/2007/rotation', headers: bearer('chair') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ year: 2008, chair: 'IN', viceChair: null });
    expect((await refused(status.rotate(store.db, actors.chair!, 2007))).code).toBe('conflict');
    expect((await refused(status.rotate(store.db, actors.chair!, 2008))).message).toContain('no Vice-Chair');
    // not a non-Participant, nor the Chair itself
    expect((await refused(status.electViceChair(store.db, actors.chair!, 2008, 'CG'))).message).toContain('CG is removed');
    expect((await refused(status.electViceChair(store.db, actors.chair!, 2008, 'IN'))).code).toBe('conflict');
    expect(await status.electViceChair(store.db, actors.chair!, 2008, 'ZA')).toEqual({ year: 2008, chair: 'IN', viceChair: 'ZA' });
    expect((await refused(status.electViceChair(store.db, actors.chair!, 2008, 'CA'))).message).toContain('ZA is already Vice-Chair for 2008');
    const chairs = (await app.inject({ url: '/api/participation/chairs' })).json().chairs;
    expect(chairs.at(-1)).toEqual({ year: 2008, chair: 'IN', viceChair: 'ZA' });
  });
});
