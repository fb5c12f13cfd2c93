// The server writes for a person in the reader's language: a refused issuance and a verdict, in the
// language a request asks for (Accept-Language), else the signed-in user's setting, else English;
// countries by name, days as the language writes them, the field paths only in the details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { createUser, issueToken } from '../accounts/service.js';
import * as audit from '../audit/service.js';
import { buildServer } from '../http/server.js';
import { countryName, formatDay, LANGUAGES } from '../core/i18n.js';
import * as log from './log.js';
import * as service from './service.js';
import type { CertificateRequest } from './model.js';

const request = (importer: string): CertificateRequest => ({
  exporter: { name: 'Mine Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Importer', address: '2 Road', country: importer },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 9000 }],
  parcels: 1,
});

describe.each(engines)('texts in the reader\'s language on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let token = '';
  let userId = '';
  const bearer = () => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null });
    const user = await createUser(store.db, SYSTEM, { name: 'za officer', member: 'ZA', roles: ['officer'] });
    userId = user.id;
    token = (await issueToken(store.db, SYSTEM, user.id)).token;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('refuses an export to the issuing Participant itself in each of the five languages, naming the countries; nothing written', async () => {
    const size = await log.size(store.db);
    const seen = new Set<string>();
    for (const lang of LANGUAGES) {
      const res = await app.inject({ method: 'POST', url: '/api/certificates', headers: { ...bearer(), 'accept-language': `${lang};q=0.9, de` }, payload: request('ZA') });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-language']).toBe(lang);
      const body = res.json() as { code: string; message: string; details: { path: string; message: string }[] };
      expect(body.code).toBe('invalid_input');
      // the path stays in the details, for programs; the sentences name the country in the language
      expect(body.details.map((d) => d.path)).toEqual(['importer.country']);
      const za = countryName('ZA', lang);
      expect(body.details[0]!.message).toContain(za);
      expect(body.message).toContain(body.details[0]!.message);
      expect(body.message).not.toContain('importer.country');
      expect(body.message).not.toMatch(/\bZA\b/);
      seen.add(body.message);
    }
    expect(seen.size).toBe(5);
    expect(await log.size(store.db)).toBe(size);
  });

  it('says what a verdict means in the reader\'s language, its dates as the language writes them', async () => {
    const c = await service.issue(store, localOperator('ZA'), request('BE'));
    const summaries = new Set<string>();
    for (const lang of LANGUAGES) {
      const res = await app.inject({ url: `/api/verify/${c.number}`, headers: { ...bearer(), 'accept-language': lang } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-language']).toBe(lang);
      const v = res.json() as { verdict: string; summary: string; reason: string };
      expect(v.verdict).toBe('genuine');
      // the officer of the issuing authority sees the dates: the summary carries the day of expiry
      expect(v.summary).toContain(countryName('ZA', lang));
      expect(v.summary).toContain(formatDay(c.expiresAt, lang));
      summaries.add(v.summary);
    }
    expect(summaries.size).toBe(5);
    // the public sees no dates: the summary says so without one
    const pub = (await app.inject({ url: `/api/verify/${c.number}`, headers: { 'accept-language': 'pt' } })).json() as { summary: string };
    expect(pub.summary).toBe(`Autêntico: emitido pela autoridade de ${countryName('ZA', 'pt')}, não alterado, inscrito no registo público, nem anulado nem expirado.`);
    const unknown = (await app.inject({ url: '/api/verify/ZA-2006-999999', headers: { 'accept-language': 'ru' } })).json() as { verdict: string; summary: string };
    expect(unknown.verdict).toBe('not-in-log');
    expect(unknown.summary).toMatch(/^Нет в публичном журнале/);
  });

  it('follows the user\'s own setting when a request names no language; the setting is audited and checked', async () => {
    const before = await app.inject({ method: 'POST', url: '/api/certificates', headers: bearer(), payload: request('ZA') });
    expect(before.headers['content-language']).toBe('en');
    const set = await app.inject({ method: 'PUT', url: '/api/session/language', headers: bearer(), payload: { language: 'es' } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().user.language).toBe('es');
    expect(await audit.recordedDetails(store.db, 'users.language')).toContainEqual({ from: null, to: 'es' });
    const after = await app.inject({ method: 'POST', url: '/api/certificates', headers: bearer(), payload: request('ZA') });
    expect(after.headers['content-language']).toBe('es');
    expect(after.json().message).toMatch(/^El certificado no puede expedirse: /);
    // a request that names a language still gets it
    const asked = await app.inject({ method: 'POST', url: '/api/certificates', headers: { ...bearer(), 'accept-language': 'fr' } , payload: request('ZA') });
    expect(asked.json().message).toMatch(/^Le certificat ne peut pas être délivré : /);
    const bad = await app.inject({ method: 'PUT', url: '/api/session/language', headers: bearer(), payload: { language: 'de' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([{ path: 'language', message: 'uno de en, fr, pt, es, ru' }]); // the user's language, es
    expect((await app.inject({ method: 'PUT', url: '/api/session/language', payload: { language: 'fr' } })).statusCode).toBe(401);
    expect((await audit.recordedDetails(store.db, 'users.language')).length).toBe(1);
    expect(userId).toBeTruthy();
  });
});
