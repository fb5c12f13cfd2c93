// Capacity assessments over HTTP: recorded, corrected and withdrawn by the working groups on
// monitoring and of diamond experts; refused to an authority officer; an absent US$ range stays null.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../../test/support/app.js';
import { engines } from '../../test/support/store.js';
import type { Store } from '../db/store.js';

describe.each(engines)('capacity assessments over HTTP on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let as: (who: string) => { authorization: string };
  beforeAll(async () => {
    ({ store, app, bearer: as } = await appWith(engine, [
      ['expert', 'ZA', ['wg-member'], ['WGDE']],
      ['officer', 'GH', ['officer'], []],
      ['statistician', 'CA', ['wg-member'], ['WGS']],
    ]));
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('records, lists, corrects and withdraws an assessment for the diamond experts, and refuses the others', async () => {
    const body = { participant: 'GH', area: 'Akwatia', minCarats: 600_000, maxCarats: 900_000, source: 'review mission to Ghana, 2006', assessedOn: '2006-02-01' };
    expect((await app.inject({ method: 'POST', url: '/api/capacity', headers: as('officer'), payload: body })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/capacity', headers: as('statistician') })).statusCode).toBe(403);
    const added = await app.inject({ method: 'POST', url: '/api/capacity', headers: as('expert'), payload: body });
    expect(added.statusCode).toBe(201);
    const a = added.json();
    expect(a).toMatchObject({ ...body, minUsd: null, maxUsd: null, note: null });
    const bad = await app.inject({ method: 'POST', url: '/api/capacity', headers: as('expert'), payload: { ...body, minCarats: 5, maxCarats: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([expect.objectContaining({ path: 'maxCarats' })]);
    const changed = await app.inject({ method: 'PUT', url: `/api/capacity/${a.id}`, headers: as('expert'), payload: { minCarats: 600_000, maxCarats: 1_000_000, maxUsd: 40_000_000, source: 'review mission to Ghana, 2006 (revised)', assessedOn: '2006-02-01' } });
    expect(changed.json()).toMatchObject({ participant: 'GH', area: null, maxCarats: 1_000_000, maxUsd: 40_000_000 });
    expect((await app.inject({ url: '/api/capacity?participant=GH', headers: as('expert') })).json().assessments).toHaveLength(1);
    expect((await app.inject({ method: 'DELETE', url: `/api/capacity/${a.id}`, headers: as('expert') })).statusCode).toBe(204);
    expect((await app.inject({ url: `/api/capacity/${a.id}`, headers: as('expert') })).statusCode).toBe(404);
  });
});
