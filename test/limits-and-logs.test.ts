// Size limits and secrets in logs. An over-limit body or file is refused with 413 and a message that
// says the limit, and writes nothing. With the server logging everything (level trace, the log stream
// captured), a sign-in (good and bad), a session's use, a bearer token's use (good and malformed), an
// issuance (the master key at work) and a file import leave no password, token, session id, CSRF token,
// master key or SMTP credential in the log.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore } from './support/store.js';
import type { Store } from '../src/db/store.js';
import { buildServer } from '../src/http/server.js';
import { SYSTEM } from '../src/auth/model.js';
import * as auth from '../src/accounts/service.js';
import * as certificates from '../src/certificates/service.js';
import { IMPORT_BODY_LIMIT } from '../src/statistics/routes.js';

const request = {
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 50_000 }],
  parcels: 1,
};

describe('size limits and secrets in logs', () => {
  let store: Store;
  let app: FastifyInstance;
  let log = '';
  let token = '';
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const masterKey = randomBytes(32);
  const smtpUrl = 'smtp://kpcs-mailer:smtp-Pa55-w0rd@mail.example.org:587';
  const savedEnv = { KPCS_SMTP_URL: process.env.KPCS_SMTP_URL, SMTP_URL: process.env.SMTP_URL };

  async function rowCount(table: 'certificates' | 'statistics_submissions' | 'statistics_trade' | 'audit_log') {
    return Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  }

  beforeAll(async () => {
    process.env.KPCS_SMTP_URL = smtpUrl;
    process.env.SMTP_URL = smtpUrl;
    store = await freshStore('pglite');
    certificates.configure(store, { masterKey, publicUrl: 'https://kpcs.example.org' });
    const logStream = new Writable({ write(chunk, _enc, done) { log += chunk.toString(); done(); } });
    app = await buildServer({ store, webDir: null, logLevel: 'trace', logStream });
    await app.ready();
    const user = await auth.createUser(store.db, SYSTEM, { name: 'Log Officer', login: 'log.officer', member: 'ZA', roles: ['officer'], password });
    token = (await auth.issueToken(store.db, SYSTEM, user.id)).token;
  });
  afterAll(async () => {
    Object.assign(process.env, savedEnv);
    for (const [k, v] of Object.entries(savedEnv)) if (v === undefined) delete process.env[k];
    await app.close();
    await store.close();
  });

  it('refuses a JSON body over 1 MiB with 413 and the limit, writing nothing', async () => {
    const before = await rowCount('certificates');
    const res = await app.inject({ method: 'POST', url: '/api/certificates', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify({ ...request, exporter: { ...request.exporter, name: 'x'.repeat(1024 * 1024 + 1) } }) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'payload_too_large', message: 'The request body is larger than this route accepts: at most 1 MiB (1,048,576 bytes).' });
    expect(await rowCount('certificates')).toBe(before);
  });

  it('refuses a batch over its 4 MiB limit with 413', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/certificates/batch', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify({ requests: [request], pad: 'x'.repeat(4 * 1024 * 1024) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toMatch(/at most 4 MiB \(4,194,304 bytes\)/);
  });

  it('refuses an import file over its 20 MiB limit with 413, writing nothing; a file under it is read', async () => {
    const before = { submissions: await rowCount('statistics_submissions'), trade: await rowCount('statistics_trade') };
    const header = 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates\n';
    const line = 'ZA,2006-Q1,export,BW,7102.10,1.00,10.00,1\n';
    const huge = header + line.repeat(Math.ceil(IMPORT_BODY_LIMIT / line.length) + 1);
    const res = await app.inject({ method: 'POST', url: '/api/statistics/import/trade', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, payload: huge });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/at most 20 MiB/) });
    expect({ submissions: await rowCount('statistics_submissions'), trade: await rowCount('statistics_trade') }).toEqual(before);
    // the same route takes a file over the general 1 MiB limit (its own limit is larger)
    const big = header + 'ZA,2006-Q1,export,BW,7102.10,1.00,10.00,1\n' + `# ${'x'.repeat(1024 * 1024)}\n`;
    const ok = await app.inject({ method: 'POST', url: '/api/statistics/import/trade?dryRun=true', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, payload: big });
    expect(ok.statusCode).not.toBe(413);
  });

  it('refuses a NUL character in any text (body, query string) with 400 naming the field, writing nothing', async () => {
    const before = await rowCount('certificates');
    const res = await app.inject({ method: 'POST', url: '/api/certificates', headers: { authorization: `Bearer ${token}` }, payload: { ...request, exporter: { ...request.exporter, name: 'Kimberley\u0000Mines' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', details: [{ path: 'exporter.name', message: 'contains the NUL character' }] });
    expect(await rowCount('certificates')).toBe(before);
    const csv = 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates\nZA,2006-Q3,export,BW,7102.10,10,100,1\n';
    const file = await app.inject({ method: 'POST', url: '/api/statistics/import/trade?filename=trade%00.csv', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, payload: csv });
    expect(file.statusCode).toBe(400);
    expect(file.json().details).toEqual([{ path: 'querystring.filename', message: 'contains the NUL character' }]);
  });

  it('keeps every secret out of the log during sign-in, session and token use, issuance and import', async () => {
    log = '';
    // sign in: a wrong password, then the right one
    const wrong = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'log.officer', password: `${password}-wrong` } });
    expect(wrong.statusCode).toBe(401);
    const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'log.officer', password } });
    expect(signIn.statusCode).toBe(200);
    const sessionId = /kpcs_session=([^;]+)/.exec(String(signIn.headers['set-cookie']))![1]!;
    const csrfToken = signIn.json<{ csrfToken: string }>().csrfToken;
    // the session at work: a read, a change with the CSRF token, a change without it (refused)
    const cookie = `kpcs_session=${sessionId}`;
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/certificates', headers: { cookie, 'x-csrf-token': csrfToken }, payload: request })).statusCode).toBe(201);
    expect((await app.inject({ method: 'POST', url: '/api/certificates', headers: { cookie }, payload: request })).statusCode).toBe(403);
    // the token at work, and malformed or wrong
    expect((await app.inject({ method: 'POST', url: '/api/certificates', headers: { authorization: `Bearer ${token}` }, payload: request })).statusCode).toBe(201);
    expect((await app.inject({ url: '/api/certificates', headers: { authorization: `Bearer ${token} extra` } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/certificates', headers: { authorization: `Bearer ${token}x` } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/certificates', headers: { authorization: `Token ${token}` } })).statusCode).toBe(401);
    // an import: good, then one with errors
    const csv = 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates\nZA,2006-Q2,export,BW,7102.10,10,100,1\n';
    expect((await app.inject({ method: 'POST', url: '/api/statistics/import/trade', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/statistics/import/trade', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, payload: csv.replace('10,100', '-10,abc') })).statusCode).toBe(400);
    // sign out
    expect((await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie, 'x-csrf-token': csrfToken } })).statusCode).toBe(204);

    // the log did record the requests (so the check below means something)…
    expect(log).toMatch(/"url":"\/api\/session"/);
    expect(log).toMatch(/"url":"\/api\/statistics\/import\/trade"/);
    expect(log.split('\n').length).toBeGreaterThan(20);
    // …and none of the secrets, whole or as their distinctive part
    const secrets: Record<string, string> = {
      password,
      token,
      'token secret part': token.replace(/^kpcs_/, ''),
      'session id': sessionId,
      'session secret part': sessionId.replace(/^sess_/, ''),
      'CSRF token': csrfToken,
      'master key (base64)': masterKey.toString('base64'),
      'master key (hex)': masterKey.toString('hex'),
      'SMTP password': 'smtp-Pa55-w0rd',
      'SMTP URL': smtpUrl,
    };
    const leaks = Object.entries(secrets).filter(([, secret]) => secret.length >= 8 && log.includes(secret)).map(([name]) => name);
    expect(leaks).toEqual([]);
  });
});
