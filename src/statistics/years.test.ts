// GET /api/statistics/years (issue #17, item 7): the years the store holds statistics for and the
// latest, which the working groups' pages open on; a nil return is no data; officers may not ask.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith } from '../../test/support/app.js';
import { engines } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { SYSTEM } from '../auth/model.js';
import * as service from './service.js';
import { dataYears } from './years.js';

describe.each(engines)('the years with statistics on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const bearer: Record<string, string> = {};
  beforeAll(async () => {
    const world = await appWith(engine, [
      { key: 'wgm', name: 'WGM member', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
      { key: 'chair', name: 'Chair', member: 'BW', roles: ['chair'], groups: [] },
      { key: 'officer', name: 'ZA officer', member: 'ZA', roles: ['officer'], groups: [] },
    ]);
    ({ store, app } = world);
    for (const [key, person] of Object.entries(world.people)) bearer[key] = `Bearer ${person.token}`;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = (who: string) => app.inject({ method: 'GET', url: '/api/statistics/years', headers: { authorization: bearer[who]! } });

  it('says there is no year yet on a store without statistics', async () => {
    const res = await get('wgm');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ years: [], latest: null });
  });

  it('lists the years of the submissions with rows, oldest first, the latest apart; a nil return is not data', async () => {
    const row = (period: string) => ({ reporter: 'ZA', period, flow: 'export', partner: 'BW', hs_code: '7102.10', carats: 100.5, value_usd: '10000.00', certificates: 2 });
    await service.submit(store.db, SYSTEM, 'trade', service.jsonRows([row('2006-Q2')]), { source: 'test' });
    await service.submit(store.db, SYSTEM, 'trade', service.jsonRows([row('2004-Q1')]), { source: 'test' });
    await service.submitNilReturn(store.db, SYSTEM, 'trade', 'BW', '2007-Q1', { source: 'test' });
    expect(await dataYears(store.db, SYSTEM)).toEqual({ years: [2004, 2006], latest: 2006 });
    for (const who of ['wgm', 'chair']) expect((await get(who)).json()).toEqual({ years: [2004, 2006], latest: 2006 });
  });

  it('refuses an authority officer and the public', async () => {
    expect((await get('officer')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/statistics/years' })).statusCode).toBe(401);
  });
});
