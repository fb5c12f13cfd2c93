// Footprints end to end on both engines: references registered from footprint.csv (all or nothing),
// a parcel compared through the service and the API, the photo table (content checked by magic
// bytes, stored in the database and served back), and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { SYSTEM, type Actor } from '../../auth/model.js';
import * as auth from '../../accounts/service.js';
import { buildServer } from '../../http/server.js';
import * as service from './service.js';

const CLASSES = ['-3', '+3-7', '+7-9', '+9-11', '+11-13', '+13'];
const csv = (sample: string, stones: number[], classes = CLASSES) => ['sample,sieve_class,stones,carats', ...classes.map((c, i) => `${sample},${c},${stones[i]},${(stones[i]! * (i + 1) * 0.01).toFixed(2)}`)].join('\n');
const FINE = csv('MBJ-2005-ROM', [500, 300, 120, 50, 20, 10]);
const COARSE = csv('ORA-2004-ROM', [100, 150, 200, 250, 200, 100]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe.each(engines)('footprints on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const actors: Record<string, Actor> = {};
  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildServer({ store, webDir: null });
    for (const [label, member, roles, groups] of [
      ['expert', 'IN', ['wg-member'], ['WGDE']],
      ['monitor', 'EU', ['wg-member'], ['WGM']],
      ['chair', 'BW', ['chair'], []],
      ['statistician', 'CA', ['wg-member'], ['WGS']],
      ['officer', 'ZA', ['officer'], []],
    ] as const) {
      const u = await auth.createUser(store.db, SYSTEM, { name: label, member, roles: [...roles], groups: [...groups] });
      tokens[label] = (await auth.issueToken(store.db, SYSTEM, u.id)).token;
      actors[label] = await auth.actorFromToken(store.db, tokens[label]!);
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${tokens[who]}`, ...headers }, ...(payload !== undefined && { payload: payload as string }) });

  it('registers a reference from footprint.csv, normalised and audited', async () => {
    const r = await service.addReference(store.db, actors.expert!, { participant: 'cd', area: 'Mbuji-Mayi', source: 'synthetic demo sample', sampledOn: '2005-06-01', synthetic: true, file: FINE });
    expect(r).toMatchObject({ participant: 'CD', area: 'Mbuji-Mayi', sample: 'MBJ-2005-ROM', synthetic: true, scheme: 'sieve', stones: 1000, carats: '18.20', sampledOn: '2005-06-01', photos: 0 });
    expect(r.classes.map((c) => c.sieveClass)).toEqual(['-3', '+3-7', '+7-9', '+9-11', '+11-13', '+13']);
    const audit = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'footprints.reference.add').execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a bad file, an unknown Participant and a duplicate sample, and changes nothing', async () => {
    const before = (await service.listReferences(store.db, actors.expert!)).length;
    await expect(service.addReference(store.db, actors.expert!, { participant: 'XX', area: 'Nowhere', source: 's', file: 'sample,sieve_class,stones,carats\nA,+9-9.25,1,1' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: [{ path: 'participant', message: 'XX is not a Participant of the registry' }, { row: 2, column: 'sieve_class', message: expect.stringContaining('9.25 is not a diamond sieve number') }],
    });
    await expect(service.addReference(store.db, actors.expert!, { participant: 'CD', area: 'Mbuji-Mayi', source: 's', file: FINE })).rejects.toMatchObject({ code: 'conflict' });
    await expect(service.addReference(store.db, actors.expert!, { participant: 'CD', area: 'Kasai', source: 's', sampledOn: '2999-01-01', file: FINE })).rejects.toMatchObject({ details: [{ path: 'sampledOn', message: 'the sample cannot be taken in the future' }] });
    expect(await service.listReferences(store.db, actors.expert!)).toHaveLength(before);
  });

  it('registers through the API in another scheme, converted to sieve classes', async () => {
    const mm = ['sample,sieve_class,stones,carats', 'ORA-2004-ROM,-1.3,100,1', 'ORA-2004-ROM,+1.3-1.8,150,3', 'ORA-2004-ROM,+1.8-2.2,200,6', 'ORA-2004-ROM,+2.2-2.6,250,10', 'ORA-2004-ROM,+2.6-3.0,200,10', 'ORA-2004-ROM,+3.0,100,6'].join('\n');
    const res = await call('monitor', 'POST', '/api/footprints/references', { participant: 'BW', area: 'Orapa', source: 'synthetic demo sample', sampledOn: '2004-03-01', synthetic: true, scheme: 'mm', csv: mm });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ scheme: 'mm', stones: 1000, classes: [{ sieveClass: '-3', written: '-1.3' }, { sieveClass: '+3-7' }, { sieveClass: '+7-9' }, { sieveClass: '+9-11' }, { sieveClass: '+11-13' }, { sieveClass: '+13', written: '+3.0' }] });
    // undeclared, the same file is refused with the row, the column and why
    const bad = await call('monitor', 'POST', '/api/footprints/references', { participant: 'BW', area: 'Jwaneng', source: 's', csv: mm });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0]).toMatchObject({ row: 2, column: 'sieve_class', message: expect.stringContaining('must declare it') });
  });

  it('ranks the area a run-of-mine parcel was drawn from first, via the API', async () => {
    const res = await call('expert', 'POST', '/api/footprints/compare', { csv: csv('PARCEL-1', [52, 29, 12, 5, 2, 1]) });
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c.warning).toBeUndefined();
    expect(c.matches.map((m: { reference: { area: string } }) => m.reference.area)).toEqual(['Mbuji-Mayi', 'Orapa']);
    expect(c.matches[0].chiSquare.pValue).toBeGreaterThan(0.5);
    expect(c.matches[1].chiSquare.pValue).toBeLessThan(1e-6);
    expect(c.matches[0].bins).toHaveLength(6);
    expect(c.method).toContain('expected count below 5 merged');
  });

  it('warns instead of ranking sorted goods', async () => {
    const c = await service.compare(store.db, actors.chair!, csv('SORTED', [0, 0, 0, 40, 30, 0]));
    expect(c.matches).toEqual([]);
    expect(c.warning).toContain('sorted goods cannot be footprinted');
  });

  it('keeps photos checked by content in the database and serves them back', async () => {
    const ref = (await service.listReferences(store.db, actors.expert!)).find((r) => r.area === 'Mbuji-Mayi')!;
    const up = await call('expert', 'POST', `/api/footprints/references/${ref.id}/photos?caption=Typical%20run-of-mine`, PNG, { 'content-type': 'image/png' });
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ contentType: 'image/png', size: PNG.length, caption: 'Typical run-of-mine' });
    // a text file sent as a PNG is refused by its content; a JPEG sent as a PNG too
    const fake = await call('expert', 'POST', `/api/footprints/references/${ref.id}/photos`, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), { 'content-type': 'image/png' });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().details[0].message).toContain('neither a PNG nor a JPEG');
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    expect((await call('expert', 'POST', `/api/footprints/references/${ref.id}/photos`, jpeg, { 'content-type': 'image/png' })).json().details[0].message).toBe('sent as image/png but the content is image/jpeg');
    const big = Buffer.concat([PNG, Buffer.alloc(service.MAX_PHOTO_BYTES + 2048)]);
    expect((await call('expert', 'POST', `/api/footprints/references/${ref.id}/photos`, big, { 'content-type': 'image/png' })).statusCode).toBe(413);

    const shown = (await call('monitor', 'GET', `/api/footprints/references/${ref.id}`)).json();
    expect(shown.photoList).toHaveLength(1);
    expect(shown.photos).toBe(1);
    const img = await call('chair', 'GET', `/api/footprints/photos/${shown.photoList[0].id}`);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(img.rawPayload, PNG)).toBe(0);
  });

  it('lets the diamond experts, WGM and the Chair in, and nobody else', async () => {
    const ref = (await service.listReferences(store.db, actors.expert!))[0]!;
    for (const who of ['expert', 'monitor', 'chair']) {
      expect((await call(who, 'GET', '/api/footprints/references')).statusCode).toBe(200);
      expect((await call(who, 'GET', `/api/footprints/references/${ref.id}`)).statusCode).toBe(200);
    }
    for (const who of ['statistician', 'officer']) {
      expect((await call(who, 'GET', '/api/footprints/references')).statusCode).toBe(403);
      expect((await call(who, 'GET', `/api/footprints/references/${ref.id}`)).statusCode).toBe(403);
      expect((await call(who, 'POST', '/api/footprints/compare', { csv: FINE })).statusCode).toBe(403);
      expect((await call(who, 'POST', `/api/footprints/references/${ref.id}/photos`, PNG, { 'content-type': 'image/png' })).statusCode).toBe(403);
      await expect(service.addReference(store.db, actors[who]!, { participant: 'ZA', area: 'Venetia', source: 's', file: COARSE })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect((await app.inject({ url: '/api/footprints/references' })).statusCode).toBe(401);
  });
});
