// Technical assistance end to end: a need declared by a Participant's officer, an offer by a donor, the
// coordinator (the United States in 2006) matching them into a programme carried to completion, and
// the refusals (another Participant's need, a coordinator not designated, a wrong move).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appWith, type Person } from '../../../test/support/app.js';
import { engines } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { SYSTEM } from '../../auth/model.js';
import * as service from './service.js';
import { canMove } from './model.js';

describe('programme moves', () => {
  it('go forward only, and cancel before completion', () => {
    expect(canMove('proposed', 'agreed')).toBe(true);
    expect(canMove('proposed', 'running')).toBe(false);
    expect(canMove('running', 'cancelled')).toBe(true);
    expect(canMove('completed', 'cancelled')).toBe(false);
  });
});

describe.each(engines)('technical assistance on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let actors: Record<string, Person>;
  const as = (k: string) => actors[k]!.actor;
  const bearer = (k: string) => ({ authorization: `Bearer ${actors[k]!.token}` });

  beforeAll(async () => {
    ({ store, app, people: actors } = await appWith(engine, [
      ['sl', 'SL', ['officer']],
      ['bw', 'BW', ['officer']],
      ['wdc', 'WDC', ['observer']],
      ['usCoordinator', 'US', ['wg-member'], ['WGM']],
      ['caMember', 'CA', ['wg-member'], ['WGS']],
      ['chair', 'BW', ['chair']],
    ]));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('knows the United States as coordinator since the Moscow plenary', async () => {
    const o = await service.overview(store.db, as('sl'));
    expect(o.coordinators).toEqual([expect.objectContaining({ member: 'US', designatedOn: '2005-11-17' })]);
  });

  it('matches a need with an offer into a programme carried to completion', async () => {
    const needRes = await app.inject({ method: 'POST', url: '/api/assistance/needs', headers: bearer('sl'), payload: { title: 'Diamond valuation training', description: 'Train ten government valuators', area: 'valuation' } });
    expect(needRes.statusCode).toBe(200);
    const need = needRes.json() as { id: string; participant: string; status: string };
    expect([need.participant, need.status]).toEqual(['SL', 'open']);
    // an officer declares for its own Participant only
    expect((await app.inject({ method: 'POST', url: '/api/assistance/needs', headers: bearer('bw'), payload: { participant: 'SL', title: 't', description: 'd', area: 'other' } })).statusCode).toBe(403);

    const offer = await service.declareOffer(store.db, as('wdc'), { title: 'Valuator training', description: 'Two-week course', area: 'valuation' });
    expect(offer.donor).toBe('WDC');
    await expect(service.declareOffer(store.db, as('bw'), { donor: 'WDC', title: 't', description: 'd', area: 'other' })).rejects.toMatchObject({ code: 'forbidden' });

    await expect(service.match(store.db, as('caMember'), { needId: need.id, offerId: offer.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.match(store.db, as('sl'), { needId: need.id, offerId: offer.id })).rejects.toMatchObject({ code: 'forbidden' });
    const res = await app.inject({ method: 'POST', url: '/api/assistance/programmes', headers: bearer('usCoordinator'), payload: { needId: need.id, offerId: offer.id } });
    expect(res.statusCode).toBe(200);
    const programme = res.json() as { id: string; status: string; participant: string; donor: string; coordinator: string };
    expect(programme).toMatchObject({ status: 'proposed', participant: 'SL', donor: 'WDC', coordinator: 'US' });
    const [matched] = (await service.overview(store.db, as('sl'), { participant: 'SL' })).needs;
    expect(matched!.status).toBe('matched');
    await expect(service.match(store.db, as('chair'), { needId: need.id, offerId: offer.id })).rejects.toMatchObject({ code: 'conflict' });

    // the need's officers hear of it
    const inbox = await store.db.selectFrom('notifications').select('kind').where('user_id', '=', actors.sl!.id).execute();
    expect(inbox.map((n) => n.kind)).toContain('assistance.matched');

    await expect(service.moveProgramme(store.db, as('usCoordinator'), programme.id, { status: 'completed' })).rejects.toMatchObject({ code: 'conflict' });
    await service.moveProgramme(store.db, as('usCoordinator'), programme.id, { status: 'agreed' });
    await expect(service.moveProgramme(store.db, as('usCoordinator'), programme.id, { status: 'running' })).rejects.toMatchObject({ code: 'invalid_input', details: [{ path: 'startsOn' }] });
    await service.moveProgramme(store.db, as('usCoordinator'), programme.id, { status: 'running', startsOn: '2007-01-15' });
    const done = await service.moveProgramme(store.db, as('chair'), programme.id, { status: 'completed', endsOn: '2007-01-26' });
    expect([done.status, done.startsOn, done.endsOn]).toEqual(['completed', '2007-01-15', '2007-01-26']);
  });

  it('reopens the need when its programme is cancelled, and the Chair may designate a new coordinator', async () => {
    const need = await service.declareNeed(store.db, as('sl'), { title: 'Statistics workshop', description: 'Quarterly trade statistics', area: 'statistics' });
    const offer = await service.declareOffer(store.db, as('usCoordinator'), { title: 'Statistics course', description: 'Workshop', area: 'statistics' }).catch(() => null);
    expect(offer).toBeNull(); // a working-group member is not a donor: officers and observers offer
    const caOffer = await service.declareOffer(store.db, SYSTEM, { donor: 'CA', title: 'Statistics workshop', description: 'Canada, as Chair of the WGS', area: 'statistics' });
    const p = await service.match(store.db, as('chair'), { needId: need.id, offerId: caOffer.id });
    await service.moveProgramme(store.db, as('chair'), p.id, { status: 'cancelled' });
    expect((await service.overview(store.db, as('sl'))).needs.find((n) => n.id === need.id)!.status).toBe('open');

    await expect(service.designateCoordinator(store.db, as('usCoordinator'), { member: 'CA' })).rejects.toMatchObject({ code: 'forbidden' });
    await service.designateCoordinator(store.db, as('chair'), { member: 'CA', on: '2008-01-01' });
    await expect(service.match(store.db, as('usCoordinator'), { needId: need.id, offerId: caOffer.id })).rejects.toMatchObject({ code: 'forbidden' });
    const byCa = await service.match(store.db, as('caMember'), { needId: need.id, offerId: caOffer.id });
    expect(byCa.coordinator).toBe('CA');
  });
});
