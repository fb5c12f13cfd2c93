// A request whose shape a route's schema refuses is answered in the reader's language: the sentence
// counts the fields to correct and names no path; each detail keeps its path for programs and says
// what is wrong in that language (limits written the language's way). An unknown route and a body too
// large likewise. Nothing is written by a refused request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../../test/support/app.js';
import { engines } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { LANGUAGES, type Language } from '../core/i18n.js';
import { m } from './messages.js';

// a request with three mistakes of shape: negative carats, a parcel count in words, a field no one knows
const badRequest = {
  exporter: { name: 'Mine Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Importer', address: '2 Road', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: -5, valueUsd: 9000 }],
  parcels: 'three',
  colour: 'white',
};

describe.each(engines)('the shape of a request refused in the reader\'s language on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let bearer: (key: string) => { authorization: string };
  const count = async () => Number((await store.db.selectFrom('certificates').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    ({ store, app, bearer } = await appWith(engine, [{ key: 'za', name: 'za officer', member: 'ZA', roles: ['officer'] }], {}));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('counts the fields to correct in each language, each detail with its path and its problem in that language', async () => {
    const before = await count();
    const messages = new Set<string>();
    for (const lang of LANGUAGES) {
      const res = await app.inject({ method: 'POST', url: '/api/certificates', headers: { ...bearer('za'), 'accept-language': lang }, payload: badRequest });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-language']).toBe(lang);
      const body = res.json() as { code: string; message: string; details: { path: string; message: string }[] };
      expect(body.code).toBe('invalid_input');
      const paths = body.details.map((d) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['colour', 'parcels']));
      expect(body.message).toBe(m('request.invalid', { count: body.details.length }).render(lang));
      // no path in the sentence a person reads
      for (const p of paths) expect(body.message).not.toContain(p);
      const parcels = body.details.find((d) => d.path === 'parcels')!;
      expect(parcels.message).toBe(m('field.type.integer').render(lang));
      expect(body.details.find((d) => d.path === 'colour')!.message).toBe(m('field.unknown').render(lang));
      messages.add(body.message);
    }
    // five languages, five sentences; English as written here
    expect(messages.size).toBe(5);
    const en = (await app.inject({ method: 'POST', url: '/api/certificates', headers: bearer('za'), payload: badRequest })).json();
    expect(en.message).toMatch(/^The request was refused: \d+ fields to correct\.$/);
    expect(await count()).toBe(before);
  });

  it('writes a limit the way the language writes numbers, and one field in the singular', async () => {
    const res = (lang: Language) => app.inject({ method: 'POST', url: '/api/certificates', headers: { ...bearer('za'), 'accept-language': lang }, payload: { ...badRequest, goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 9000 }], parcels: 1, colour: undefined, exporter: { ...badRequest.exporter, name: 'x'.repeat(5000) } } });
    for (const lang of LANGUAGES) {
      const body = (await res(lang)).json() as { message: string; details: { path: string; message: string }[] };
      expect(body.details).toHaveLength(1);
      expect(body.details[0]!.path).toBe('exporter.name');
      expect(body.message).toBe(m('request.invalid', { count: 1 }).render(lang));
      const limit = Number(/\d[\d\s., ]*\d|\d/.exec(body.details[0]!.message)![0].replace(/[^\d]/g, ''));
      expect(limit).toBeGreaterThan(0);
      expect(limit).toBeLessThan(5000);
    }
    expect((await res('en')).json().message).toBe('The request was refused: one field to correct.');
  });

  it('names an unknown route in the reader\'s language', async () => {
    for (const lang of LANGUAGES) {
      const res = await app.inject({ url: '/api/no-such-thing?x=1', headers: { 'accept-language': lang } });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-language']).toBe(lang);
      expect(res.json().message).toBe(m('route.unknown', { method: 'GET', path: '/api/no-such-thing' }).render(lang));
    }
  });
});
