// Annual reports on both engines: a Participant submits, the working group on monitoring is told,
// assesses it; the missing list; refusals of other Participants and observers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { SYSTEM } from '../../auth/model.js';
import * as auth from '../../accounts/service.js';
import { buildServer } from '../../http/server.js';

describe.each(engines)('annual reports on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildServer({ store, webDir: null });
    for (const c of [
      { key: 'gh', name: 'GH officer', member: 'GH', roles: ['officer'] },
      { key: 'za', name: 'ZA officer', member: 'ZA', roles: ['officer'] },
      { key: 'wgm', name: 'EU monitor', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
      { key: 'observer', name: 'GW observer', member: 'GW', roles: ['observer'] },
    ]) {
      const u = await auth.createUser(store.db, SYSTEM, c);
      users[c.key] = u.id;
      tokens[c.key] = (await auth.issueToken(store.db, SYSTEM, u.id)).token;
    }
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('walks a report from submission to assessment', async () => {
    const missingBefore = (await app.inject({ url: '/api/annual-reports/missing?year=2006', headers: as('wgm') })).json().missing.map((m: { code: string }) => m.code);
    expect(missingBefore).toContain('GH');
    expect(missingBefore).toContain('TW'); // the trading entity reports too
    expect(missingBefore).not.toContain('CM'); // an applicant does not
    const n = missingBefore.length;

    // another Participant's officer cannot submit for Ghana; an observer cannot submit at all
    const payload = { participant: 'GH', year: 2006, body: 'Ghana implemented the action plan agreed with the review mission.', attachmentName: 'annex.md', attachment: '# Annex\n\nExports by month.' };
    expect((await app.inject({ method: 'POST', url: '/api/annual-reports', headers: as('za'), payload })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/annual-reports', headers: as('observer'), payload })).statusCode).toBe(403);
    const bad = await app.inject({ method: 'POST', url: '/api/annual-reports', headers: as('gh'), payload: { ...payload, attachmentName: 'annex.exe' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([{ path: 'attachmentName', message: 'a text (.txt) or markdown (.md) file' }]);

    const res = await app.inject({ method: 'POST', url: '/api/annual-reports', headers: as('gh'), payload });
    expect(res.statusCode).toBe(201);
    const report = res.json();
    expect(report).toMatchObject({ participant: 'GH', year: 2006, status: 'submitted', outcome: null, attachmentName: 'annex.md', attachment: '# Annex\n\nExports by month.' });
    // the working group is told
    const inbox = await store.db.selectFrom('notifications').selectAll().where('user_id', '=', users.wgm!).execute();
    expect(inbox.map((x) => x.subject)).toContain('Ghana submitted its annual report for 2006');
    expect((await app.inject({ url: '/api/annual-reports/missing?year=2006', headers: as('wgm') })).json().missing).toHaveLength(n - 1);
    // who reads it
    expect((await app.inject({ url: `/api/annual-reports/${report.id}`, headers: as('za') })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/annual-reports/${report.id}`, headers: as('observer') })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/annual-reports/${report.id}`, headers: as('gh') })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/annual-reports?year=2006', headers: as('za') })).json().reports).toEqual([]);
    expect((await app.inject({ url: '/api/annual-reports/missing?year=2006', headers: as('gh') })).statusCode).toBe(403);
    // only the working group assesses; an outcome is needed to close
    expect((await app.inject({ method: 'PATCH', url: `/api/annual-reports/${report.id}/assessment`, headers: as('gh'), payload: { status: 'assessed', outcome: 'satisfactory' } })).statusCode).toBe(403);
    const noOutcome = await app.inject({ method: 'PATCH', url: `/api/annual-reports/${report.id}/assessment`, headers: as('wgm'), payload: { status: 'assessed' } });
    expect(noOutcome.statusCode).toBe(400);
    const commented = await app.inject({ method: 'PATCH', url: `/api/annual-reports/${report.id}/assessment`, headers: as('wgm'), payload: { status: 'submitted', comments: 'What of the Tortiya shipments?' } });
    expect(commented.json()).toMatchObject({ status: 'submitted', comments: 'What of the Tortiya shipments?' });
    // still replaceable by Ghana
    expect((await app.inject({ method: 'POST', url: '/api/annual-reports', headers: as('gh'), payload: { ...payload, body: 'Revised: with the Tortiya shipments.' } })).json()).toMatchObject({ id: report.id, body: 'Revised: with the Tortiya shipments.' });
    const done = await app.inject({ method: 'PATCH', url: `/api/annual-reports/${report.id}/assessment`, headers: as('wgm'), payload: { status: 'assessed', outcome: 'follow_up', comments: 'Follow up at the next review visit.' } });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'assessed', outcome: 'follow_up', assessedBy: expect.stringContaining('EU monitor') });
    // assessed: no longer replaceable; Ghana is told
    expect((await app.inject({ method: 'POST', url: '/api/annual-reports', headers: as('gh'), payload })).statusCode).toBe(409);
    const ghInbox = await store.db.selectFrom('notifications').select('subject').where('user_id', '=', users.gh!).execute();
    expect(ghInbox.map((x) => x.subject)).toContain('Annual report 2006 of Ghana: assessed follow-up needed');
    const trail = await store.db.selectFrom('audit_log').select('action').where('subject', '=', report.id).orderBy('seq').execute();
    expect(trail.map((t) => t.action)).toEqual(['annual-reports.submit', 'annual-reports.assess', 'annual-reports.resubmit', 'annual-reports.assess']);
  });

  it('takes a report without an annex, sent as nulls', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/annual-reports', headers: as('za'), payload: { participant: 'ZA', year: 2006, body: 'South Africa: no change in 2006.', attachmentName: null, attachment: null } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ participant: 'ZA', attachmentName: null, attachment: null });
    const assessed = await app.inject({ method: 'PATCH', url: `/api/annual-reports/${res.json().id}/assessment`, headers: as('wgm'), payload: { status: 'submitted', outcome: null, comments: null } });
    expect(assessed.statusCode).toBe(200);
    expect(assessed.json()).toMatchObject({ status: 'submitted', outcome: null, comments: null });
  });
});
