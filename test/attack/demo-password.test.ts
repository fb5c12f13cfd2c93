// ATTACK: a key anyone can recompute, the account version. `kpcs serve --demo` makes a user for each role
// — a ZA authority officer among them — with the password "kimberley-demo", printed by the program and
// written in the README. Served to the network (or the store kept and served later), anyone signed in
// as za.officer and issued certificates signed by ZA's authority key. Now the public password signs in
// only from the machine that runs kpcs (a loopback address, no proxy in between); everywhere else 403,
// no session, and nothing issued. Performed on a real store (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set) through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../support/store.js';
import type { Store } from '../../src/db/store.js';
import { SYSTEM } from '../../src/auth/model.js';
import * as auth from '../../src/accounts/service.js';
import { buildServer } from '../../src/http/server.js';
import * as certificates from '../../src/certificates/service.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/demo/demo.js';

const request = {
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 5000, valueUsd: 900_000 }],
  parcels: 3,
};

describe.each(engines)('ATTACK: the public demo password on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let proxied: FastifyInstance;
  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32), publicUrl: 'https://kpcs.example.org' });
    app = await buildServer({ store, webDir: null, trustProxy: [] });
    proxied = await buildServer({ store, webDir: null, trustProxy: ['loopback'] });
    // the demo's ZA officer, as populateDemo makes it
    const u = DEMO_USERS.find((d) => d.login === 'za.officer')!;
    await auth.createUser(store.db, SYSTEM, { name: u.name, login: u.login, member: u.member, roles: [...u.roles], groups: [...u.groups], password: DEMO_PASSWORD });
  });
  afterAll(async () => {
    await app.close();
    await proxied.close();
    await store.close();
  });

  const signIn = (server: FastifyInstance, remoteAddress: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}) =>
    server.inject({ method: 'POST', url: '/api/session', remoteAddress, headers, payload: { login: 'za.officer', password } });
  const count = async () => Number((await store.db.selectFrom('certificates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('ATTACK: from another machine, directly or through a proxy (trusted or not), the demo password opens no session and issues nothing', async () => {
    const before = await count();
    for (const [server, address, headers] of [
      [app, '203.0.113.7', {}],
      [app, '::ffff:198.51.100.4', {}],
      // a proxy on this machine that is not trusted: the peer is loopback, but the request was forwarded
      [app, '127.0.0.1', { 'x-forwarded-for': '203.0.113.8' }],
      [app, '::1', { forwarded: 'for=203.0.113.9' }],
      // a trusted proxy naming the real client
      [proxied, '127.0.0.1', { 'x-forwarded-for': '203.0.113.10' }],
    ] as const) {
      const res = await signIn(server, address, DEMO_PASSWORD, headers);
      expect(res.statusCode, `${address} ${JSON.stringify(headers)}`).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('public demo password') });
      expect(res.headers['set-cookie']).toBeUndefined();
      // and so no certificate: the attacker has no session to issue with
      const issued = await server.inject({ method: 'POST', url: '/api/certificates', remoteAddress: address, headers, payload: request });
      expect(issued.statusCode).toBe(401);
    }
    expect(await count()).toBe(before);
    // each refusal counted as a failed sign-in: after five, the login is locked (guessing goes no faster)
    expect((await signIn(app, '203.0.113.7', 'not the password')).statusCode).toBe(429);
  });

  it('on the machine itself the demo works; once the password is changed, it signs in from anywhere', async () => {
    // the failures above locked the login for a while: start from a clean count, as after the lock
    await store.db.deleteFrom('login_failures').execute();
    const local = await signIn(app, '127.0.0.1');
    expect(local.statusCode, local.body).toBe(200);
    const cookie = local.headers['set-cookie'] as string[];
    const session = cookie.map((c) => c.split(';')[0]).join('; ');
    const csrf = local.json().csrfToken as string;
    const changed = await app.inject({
      method: 'PUT', url: '/api/session/password', remoteAddress: '127.0.0.1',
      headers: { cookie: session, 'x-csrf-token': csrf }, payload: { currentPassword: DEMO_PASSWORD, newPassword: 'a password of my own 42' },
    });
    expect(changed.statusCode, changed.body).toBeLessThan(300);
    const remote = await signIn(app, '203.0.113.7', 'a password of my own 42');
    expect(remote.statusCode, remote.body).toBe(200);
  });
});
