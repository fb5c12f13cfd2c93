// Working groups on both engines: the public list, the group's chair keeping members and meetings,
// and refusals (another group's member, an observer, the public for meetings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../../../test/support/app.js';
import { engines } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';

describe.each(engines)('working groups on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let as: (who: string) => { authorization: string };

  beforeAll(async () => {
    ({ store, app, bearer: as } = await appWith(engine, [
      { key: 'wgmChair', name: 'EU monitoring chair', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
      { key: 'wgmMember', name: 'CA monitor', member: 'CA', roles: ['wg-member'], groups: ['WGM'] },
      { key: 'wgs', name: 'CA statistician', member: 'CA', roles: ['wg-member'], groups: ['WGS'] },
      { key: 'observer', name: 'GW observer', member: 'GW', roles: ['observer'] },
      { key: 'chair', name: 'BW chair', member: 'BW', roles: ['chair'] },
    ]));
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists the 2006 groups publicly with chairs and members', async () => {
    const groups = (await app.inject({ url: '/api/groups' })).json().groups as { id: string; chair: string; members: { member: string; role: string; region: string | null }[] }[];
    expect(groups.map((g) => g.id)).toEqual(['PC', 'WGAAP', 'WGDE', 'WGM', 'WGS']);
    expect(groups.find((g) => g.id === 'PC')!.chair).toBe('RU');
    expect(groups.find((g) => g.id === 'WGAAP')!.members.find((m) => m.member === 'SL')).toMatchObject({ role: 'coordinator', region: 'West Africa' });
  });

  it("lets the group's chair keep members and meetings, and nobody else but the Chair", async () => {
    // a member that is not the chair, another group's member, an observer: refused
    for (const who of ['wgmMember', 'wgs', 'observer']) {
      expect((await app.inject({ method: 'PUT', url: '/api/groups/WGM/members/BW', headers: as(who), payload: { since: '2007-01-01' } })).statusCode).toBe(403);
    }
    const put = await app.inject({ method: 'PUT', url: '/api/groups/WGM/members/BW', headers: as('wgmChair'), payload: { since: '2007-01-01' } });
    expect(put.statusCode).toBe(200);
    expect(put.json().members.find((m: { member: string }) => m.member === 'BW')).toEqual({ member: 'BW', role: 'member', region: null, since: '2007-01-01', until: null });
    expect((await app.inject({ method: 'PUT', url: '/api/groups/WGM/members/XX-NOBODY', headers: as('wgmChair'), payload: {} })).statusCode).toBe(400);
    // the chair passes to another member; then the former chair's user may no longer keep the group
    expect((await app.inject({ method: 'PATCH', url: '/api/groups/WGM', headers: as('wgmChair'), payload: { chair: 'TR' } })).statusCode).toBe(409);
    expect((await app.inject({ method: 'PATCH', url: '/api/groups/WGM', headers: as('chair'), payload: { chair: 'CA' } })).json().chair).toBe('CA');
    expect((await app.inject({ method: 'PUT', url: '/api/groups/WGM/members/BW', headers: as('wgmChair'), payload: { until: '2008-01-01' } })).statusCode).toBe(403);
    // meetings: the chair records; members read; the public, observers and other groups do not
    const meeting = await app.inject({ method: 'POST', url: '/api/groups/WGM/meetings', headers: as('wgmMember'), payload: { heldOn: '2006-11-06', place: 'Gaborone', agenda: '1. Ghana action plan\n2. Côte d\'Ivoire' } });
    expect(meeting.statusCode).toBe(201);
    const id = meeting.json().id;
    const minutes = await app.inject({ method: 'PATCH', url: `/api/groups/WGM/meetings/${id}`, headers: as('wgmMember'), payload: { minutes: 'The group agreed a review mission to Ghana by 2007-02-28.' } });
    expect(minutes.json()).toMatchObject({ heldOn: '2006-11-06', place: 'Gaborone', minutes: 'The group agreed a review mission to Ghana by 2007-02-28.' });
    expect((await app.inject({ url: '/api/groups/WGM/meetings', headers: as('wgmChair') })).json().meetings).toHaveLength(1);
    expect((await app.inject({ url: '/api/groups/WGM/meetings' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/groups/WGM/meetings', headers: as('observer') })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/groups/WGM/meetings', headers: as('wgs') })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/groups/WGM/meetings', headers: as('wgmChair'), payload: { heldOn: '2007-05-01', place: 'Brussels', agenda: 'x' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url: `/api/groups/WGM/meetings/${id}`, headers: as('chair') })).statusCode).toBe(204);
    // the Chair establishes a group
    const created = await app.inject({ method: 'POST', url: '/api/groups', headers: as('chair'), payload: { id: 'WGT', name: 'Working Group on Technical Assistance', chair: 'ZA', established: '2007-11-08' } });
    expect(created.statusCode).toBe(201);
    expect(created.json().members).toEqual([{ member: 'ZA', role: 'member', region: null, since: '2007-11-08', until: null }]);
    expect((await app.inject({ method: 'POST', url: '/api/groups', headers: as('wgmMember'), payload: { id: 'WGX', name: 'x', chair: 'ZA' } })).statusCode).toBe(403);
    const trail = await store.db.selectFrom('audit_log').select('action').where('action', 'like', 'groups.%').orderBy('seq').execute();
    expect(trail.map((t) => t.action)).toEqual(['groups.member.put', 'groups.update', 'groups.meeting.add', 'groups.meeting.update', 'groups.meeting.delete', 'groups.create']);
  });
});
