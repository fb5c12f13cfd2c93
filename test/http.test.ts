// The HTTP API end to end: who may call what, errors as JSON, sessions with CSRF, OpenAPI.
import { insideRateWindow } from './support/rate-window.js';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from './support/store.js';
import type { Store } from '../src/db/store.js';
import { buildServer } from '../src/http/server.js';
import { SYSTEM } from '../src/auth/model.js';
import * as auth from '../src/accounts/service.js';

async function tokenFor(store: Store, member: string | null, roles: string[], name: string) {
  const user = await auth.createUser(store.db, SYSTEM, { name, member, roles, password: 'a long password 1' });
  return { user, token: (await auth.issueToken(store.db, SYSTEM, user.id)).token };
}

describe.each(engines)('the HTTP API on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let za: string;
  let bw: string;
  let admin: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildServer({ store, webDir: null, loginRateLimit: 5 });
    za = (await tokenFor(store, 'ZA', ['officer'], 'ZA officer')).token;
    bw = (await tokenFor(store, 'BW', ['officer'], 'BW officer')).token;
    admin = (await tokenFor(store, null, ['admin'], 'Root')).token;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('serves the registry publicly, as on any day', async () => {
    const res = await app.inject({ url: '/api/participants?at=2004-01-01' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.at).toBe('2004-01-01');
    expect(body.participants.find((p: { code: string }) => p.code === 'CG').status).toBe('participant');
    expect(body.participants.some((p: { code: string }) => p.code === 'NZ')).toBe(false);
    const only = (await app.inject({ url: '/api/participants?at=2006-11-09&status=applicant' })).json();
    expect(only.participants).toHaveLength(9);
  });

  it('explains a bad query as JSON with a stable code', async () => {
    const res = await app.inject({ url: '/api/participants?at=yesterday' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', details: [{ path: 'querystring.at' }] });
    expect((await app.inject({ url: '/api/participants/ZZ' })).json()).toMatchObject({ code: 'not_found' });
    expect((await app.inject({ url: '/api/nothing-here' })).statusCode).toBe(404);
  });

  it("answers 401 without credentials and 403 to South Africa's officer on a Botswana-only route", async () => {
    const body = { name: 'Diamond Hub' };
    expect((await app.inject({ method: 'PUT', url: '/api/participants/BW/authority', payload: body })).statusCode).toBe(401);
    const forbidden = await app.inject({ method: 'PUT', url: '/api/participants/BW/authority', payload: body, headers: bearer(za) });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('for BW') });
    const ok = await app.inject({ method: 'PUT', url: '/api/participants/BW/authority', payload: body, headers: bearer(bw) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().authority.name).toBe('Diamond Hub');
    expect((await app.inject({ method: 'PUT', url: '/api/participants/BW/authority', payload: { name: 'x' }, headers: { authorization: 'Bearer kpcs_nope' } })).statusCode).toBe(401);
  });

  it('refuses unknown fields and oversized bodies', async () => {
    const extra = await app.inject({ method: 'PUT', url: '/api/participants/BW/authority', payload: { name: 'x', owner: 'me' }, headers: bearer(bw) });
    expect(extra.statusCode).toBe(400);
    const huge = await app.inject({ method: 'PUT', url: '/api/participants/BW/authority', payload: { name: 'x'.repeat(2 * 1024 * 1024) }, headers: bearer(bw) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
  });

  it('keeps users and the audit log for administrators', async () => {
    expect((await app.inject({ url: '/api/users', headers: bearer(za) })).statusCode).toBe(403);
    const created = await app.inject({ method: 'POST', url: '/api/users', headers: bearer(admin), payload: { name: 'Customs Antwerp', participant: 'EU', roles: ['customs'] } });
    expect(created.statusCode).toBe(201);
    const token = await app.inject({ method: 'POST', url: `/api/users/${created.json().id}/tokens`, headers: bearer(admin), payload: {} });
    expect(token.json().token).toMatch(/^kpcs_/);
    const log = (await app.inject({ url: '/api/audit?limit=5', headers: bearer(admin) })).json();
    expect(log.entries.map((e: { action: string }) => e.action)).toContain('users.token.issue');
    expect((await app.inject({ url: '/api/audit/verify', headers: bearer(admin) })).json().problems).toEqual([]);
  });

  it('signs in with a cookie session that needs the CSRF token for changes', async () => {
    await tokenFor(store, 'BW', ['officer'], 'Mpho Web');
    const login = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'mpho.web', password: 'a long password 1' } });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'kpcs_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const { csrfToken } = login.json();
    const cookies = { kpcs_session: cookie.value };
    expect((await app.inject({ url: '/api/session', cookies })).json().user.login).toBe('mpho.web');
    const noCsrf = await app.inject({ method: 'PUT', url: '/api/participants/BW/authority', cookies, payload: { email: 'kp@bw.example' } });
    expect(noCsrf.statusCode).toBe(403);
    const withCsrf = await app.inject({ method: 'PUT', url: '/api/participants/BW/authority', cookies, headers: { 'x-csrf-token': csrfToken }, payload: { email: 'kp@bw.example' } });
    expect(withCsrf.statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/session', cookies, headers: { 'x-csrf-token': csrfToken } })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/session', cookies })).statusCode).toBe(401);
  });

  it('limits sign-in attempts', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await app.inject({ method: 'POST', url: '/api/session', payload: { login: `nobody${i}`, password: 'guess' }, remoteAddress: '10.9.9.9' })).statusCode);
    expect(codes.slice(0, 5).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it('documents every route in OpenAPI, each with the action it performs', async () => {
    const doc = (await app.inject({ url: '/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/participants', '/api/participants/{code}', '/api/participants/{code}/authority', '/api/session', '/api/users', '/api/audit']));
    const res = await app.inject({ url: '/api/participants' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('sends the same security headers on every answer: a success, a refusal, an unknown route, a bad body', async () => {
    const answers = [
      await app.inject({ url: '/api/participants' }),
      await app.inject({ url: '/api/users' }),
      await app.inject({ url: '/api/no-such-route' }),
      await app.inject({ method: 'POST', url: '/api/session', payload: '{"login":', headers: { 'content-type': 'application/json' } }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 404, 400]);
    for (const a of answers) {
      expect(String(a.headers['content-security-policy']).split(';').sort()).toEqual(["base-uri 'self'", "connect-src 'self'", "default-src 'self'", "font-src 'self' https: data:", "form-action 'self'", "frame-ancestors 'self'", "img-src 'self' data: blob:", "object-src 'none'", "script-src 'self'", "script-src-attr 'none'", "style-src 'self' 'unsafe-inline'"]);
      expect(a.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'strict-transport-security': 'max-age=31536000; includeSubDomains', 'cross-origin-opener-policy': 'same-origin', 'referrer-policy': 'no-referrer' });
      expect(a.headers['x-powered-by']).toBeUndefined();
      expect(a.headers['cross-origin-embedder-policy']).toBeUndefined();
    }
  });
});

describe('route declarations', () => {
  it('keep a JSON null a null in nullable inputs, whatever the order of the schema\'s branches', async () => {
    // Ajv coerces types (query strings need it) and tries anyOf branches in order: a string branch first
    // would accept null as "" — the server puts null first in every input schema (http/auth.ts).
    const store = await freshStore('pglite');
    const app = await buildServer({ store, webDir: null });
    app.post('/api/echo-nullable', {
      config: { action: 'health.read' },
      schema: { body: Type.Object({ note: Type.Union([Type.String(), Type.Null()]), count: Type.Union([Type.Integer(), Type.Null()]) }) },
    }, async (req) => ({ body: req.body }));
    const res = await app.inject({ method: 'POST', url: '/api/echo-nullable', payload: { note: null, count: null } });
    await store.close();
    expect(res.json()).toEqual({ body: { note: null, count: null } });
  });

  it('refuse to start a server with an /api route that names no policy action', async () => {
    const store = await freshStore('pglite');
    const app = await buildServer({ store, webDir: null });
    expect(() => app.get('/api/rogue', async () => 'x')).toThrow(/declares no action/);
    await store.close();
  });
});

describe('public verification', () => {
  it('is rate limited per address, with a JSON answer saying so', async () => {
    const store = await freshStore('pglite');
    const app = await buildServer({ store, webDir: null, verifyRateLimit: 3 });
    try {
      await insideRateWindow(store.db);
      const codes: number[] = [];
      let last;
      for (let i = 0; i < 4; i++) {
        last = await app.inject({ url: '/api/verify/ZA-2006-000001', remoteAddress: '10.8.8.8' });
        codes.push(last.statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 429]);
      expect(last!.json()).toMatchObject({ code: 'rate_limited' });
      expect((await app.inject({ url: '/api/verify/ZA-2006-000001', remoteAddress: '10.8.8.9' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
