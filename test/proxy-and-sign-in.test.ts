// Behind a reverse proxy, and against password guessing (issue 15, point 6): X-Forwarded-For/-Proto are
// believed from the trusted proxies only (KPCS_TRUST_PROXY), so rate limits count real clients and the
// session cookie is Secure behind TLS; the log's look-ups are limited like verification; repeated
// wrong passwords lock the login in the store, whatever address they come from and whichever server
// process answers.
import { insideRateWindow } from './support/rate-window.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from './support/store.js';
import type { Store } from '../src/db/store.js';
import { buildServer } from '../src/http/server.js';
import { SYSTEM } from '../src/auth/model.js';
import * as auth from '../src/accounts/service.js';
import { serverSettings, trustedProxies } from '../src/core/config.js';

describe('the proxy and rate-limit settings', () => {
  it('reads KPCS_TRUST_PROXY, KPCS_VERIFY_RATE_LIMIT and KPCS_LOGIN_RATE_LIMIT, refusing a bad value by name', () => {
    expect(serverSettings({})).toEqual({ trustProxy: [], verifyRateLimit: 300, loginRateLimit: 20 });
    expect(serverSettings({ KPCS_TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1,loopback', KPCS_VERIFY_RATE_LIMIT: '60', KPCS_LOGIN_RATE_LIMIT: '5' })).toEqual({
      trustProxy: ['10.0.0.1', '192.168.0.0/16', '::1', 'loopback'], verifyRateLimit: 60, loginRateLimit: 5,
    });
    expect(() => trustedProxies({ KPCS_TRUST_PROXY: '10.0.0.1,proxy.example.org' })).toThrow('KPCS_TRUST_PROXY: "proxy.example.org" is neither an IP address, a CIDR range (10.0.0.0/8) nor one of loopback, linklocal, uniquelocal');
    expect(() => trustedProxies({ KPCS_TRUST_PROXY: '10.0.0.0/33' })).toThrow('"10.0.0.0/33"');
    expect(() => serverSettings({ KPCS_VERIFY_RATE_LIMIT: 'lots' })).toThrow('KPCS_VERIFY_RATE_LIMIT must be a whole number of at least 1 (it is "lots")');
  });
});

describe('behind a proxy', () => {
  let store: Store;
  let direct: FastifyInstance;
  let proxied: FastifyInstance;
  beforeAll(async () => {
    store = await freshStore('pglite');
    await auth.createUser(store.db, SYSTEM, { name: 'Proxy user', login: 'proxied', member: 'ZA', roles: ['officer'], password: 'a long password 1' });
    direct = await buildServer({ store, webDir: null, verifyRateLimit: 3, trustProxy: [] });
    proxied = await buildServer({ store, webDir: null, verifyRateLimit: 3, trustProxy: ['10.0.0.0/8'] });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
    await store.close();
  });

  const verify = (app: FastifyInstance, remoteAddress: string, forwardedFor?: string) =>
    app.inject({ url: '/api/verify/ZA-2006-000001', remoteAddress, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: a spoofer changing it still meets the limit', async () => {
    await insideRateWindow(store.db);
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await verify(direct, '198.51.100.7', `203.0.113.${i + 1}`)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    // the same on the server that trusts 10.0.0.0/8: this peer is not one of them
    const codes2 = [];
    for (let i = 0; i < 4; i++) codes2.push((await verify(proxied, '198.51.100.8', `203.0.113.${i + 1}`)).statusCode);
    expect(codes2).toEqual([200, 200, 200, 429]);
  });

  it('gives each real client behind a trusted proxy its own budget', async () => {
    await insideRateWindow(store.db);
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await verify(proxied, '10.0.0.2', '203.0.113.50')).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    // another client through the same proxy, and through another trusted proxy: untouched
    expect((await verify(proxied, '10.0.0.2', '203.0.113.51')).statusCode).toBe(200);
    expect((await verify(proxied, '10.1.2.3', '203.0.113.52')).statusCode).toBe(200);
    // a chain: the client is the address the last trusted proxy saw, not what the client wrote first
    expect((await verify(proxied, '10.0.0.2', '1.2.3.4, 203.0.113.50')).statusCode).toBe(429);
  });

  it('makes the session cookie Secure with X-Forwarded-Proto https from a trusted proxy only', async () => {
    const signIn = (app: FastifyInstance, remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/session', remoteAddress, headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.60' }, payload: { login: 'proxied', password: 'a long password 1' } });
    const viaProxy = await signIn(proxied, '10.0.0.2');
    expect(viaProxy.statusCode).toBe(200);
    expect(String(viaProxy.headers['set-cookie'])).toMatch(/kpcs_session=[^;]+;.*Secure/);
    const spoofed = await signIn(proxied, '198.51.100.9');
    expect(spoofed.statusCode).toBe(200);
    expect(String(spoofed.headers['set-cookie'])).not.toMatch(/Secure/);
    const noProxy = await signIn(direct, '10.0.0.2');
    expect(String(noProxy.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('limits the log look-ups like verification: inclusion proofs, consistency proofs, entries, the signed tree head and checkpoint', async () => {
    for (const url of ['/api/log/inclusion-proof?index=0', '/api/log/consistency-proof?first=1&second=1', '/api/log/entries?from=0&limit=1', '/api/log/tree-head', '/api/log/checkpoint']) {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await direct.inject({ url, remoteAddress: '198.51.100.20' })).statusCode);
      expect(codes.slice(0, 3), url).not.toContain(429);
      const last = await direct.inject({ url, remoteAddress: '198.51.100.20' });
      expect(last.statusCode, url).toBe(429);
      expect(last.json()).toMatchObject({ code: 'rate_limited' });
      // another client is still answered
      expect((await direct.inject({ url, remoteAddress: '198.51.100.21' })).statusCode, url).not.toBe(429);
    }
  });
});

describe.each(engines)('sign-in backoff on %s', (engine) => {
  let store: Store;
  let first: FastifyInstance;
  let second: FastifyInstance;
  beforeAll(async () => {
    store = await freshStore(engine);
    await auth.createUser(store.db, SYSTEM, { name: 'Thandi Officer', login: 'thandi', member: 'ZA', roles: ['officer'], password: 'the right password' });
    // two server processes on one store
    first = await buildServer({ store, webDir: null, loginRateLimit: 1000 });
    second = await buildServer({ store, webDir: null, loginRateLimit: 1000 });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await store.close();
  });

  const attempt = (app: FastifyInstance, password: string, n: number) =>
    app.inject({ method: 'POST', url: '/api/session', remoteAddress: `198.51.100.${n}`, payload: { login: 'Thandi', password } });
  const lockRow = () => store.db.selectFrom('login_failures').selectAll().where('login', '=', 'thandi').executeTakeFirst();
  /** the lock's time has passed: what waiting would do, without waiting */
  const expire = () => store.db.updateTable('login_failures').set({ locked_until: new Date(Date.now() - 1000) }).where('login', '=', 'thandi').execute();

  it('locks the login after repeated wrong passwords, even from rotating addresses and across server processes, exponentially, and a success resets it', async () => {
    const codes = [];
    for (let n = 1; n <= 4; n++) codes.push((await attempt(n % 2 ? first : second, 'guess', n)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401]);
    const fifth = await attempt(first, 'guess', 5);
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().message).toMatch(/^Too many failed sign-ins for this login: it is locked until \d{4}-\d\d-\d\dT[\d:.]+Z; try again in 30 s\.$/);
    expect(fifth.headers['retry-after']).toBe('30');
    // locked for everyone: the right password from a fresh address on the other process is refused too
    const right = await attempt(second, 'the right password', 6);
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('rate_limited');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(await lockRow()).toMatchObject({ failures: 5 });
    // once the lock has passed, the next failure locks twice as long, then four times
    await expire();
    expect((await attempt(second, 'guess again', 7)).json().message).toMatch(/try again in 60 s\.$/);
    await expire();
    expect((await attempt(first, 'guess again', 8)).json().message).toMatch(/try again in 120 s\.$/);
    // the locks are audited, without the password
    const locks = await store.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'session.locked').orderBy('seq').execute();
    expect(locks.map((l) => (l.details as { failures: number }).failures)).toEqual([5, 6, 7]);
    expect(JSON.stringify(locks)).not.toContain('guess');
    // a success once the lock has passed clears the count
    await expire();
    expect((await attempt(first, 'the right password', 9)).statusCode).toBe(200);
    expect(await lockRow()).toBeUndefined();
    expect((await attempt(first, 'one typo', 10)).statusCode).toBe(401);
  });

  it('caps the lock at 15 minutes, and locks an unknown login alike (a lock does not tell that an account exists)', async () => {
    await store.db.insertInto('login_failures').values({ login: 'thandi', failures: 40, locked_until: null, last_failure_at: new Date() }).onConflict((oc) => oc.column('login').doUpdateSet({ failures: 40, locked_until: null })).execute();
    expect((await attempt(first, 'guess', 11)).json().message).toMatch(/try again in 900 s\.$/);
    const codes = [];
    for (let n = 0; n < 5; n++) codes.push((await first.inject({ method: 'POST', url: '/api/session', remoteAddress: `203.0.113.${n}`, payload: { login: 'nobody-here', password: 'guess' } })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 429]);
  });
});
