// Password self-service (issue #17 point 3) through the HTTP API on the real store: a user changes
// their own password (current one required, policy checked, audited, other sessions ended); an
// administrator resets one to a temporary password, and until it is changed every other API call
// answers 403 password_change_required.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { buildServer } from '../http/server.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as certificates from '../certificates/service.js';
import * as audit from '../audit/service.js';
import * as auth from './service.js';
import * as passwords from './sign-in.js';

interface Signed { cookie: string; csrf: string }

describe.each(engines)('password self-service on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let adminToken: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null, loginRateLimit: 1000 });
    const admin = await auth.createUser(store.db, SYSTEM, { name: 'Admin Two', login: 'admin2', roles: ['admin'] });
    adminToken = (await auth.issueToken(store.db, SYSTEM, admin.id)).token;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  async function signIn(login: string, password: string): Promise<Signed> {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { login, password } });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kpcs_session')!;
    return { cookie: `kpcs_session=${cookie.value}`, csrf: res.json().csrfToken };
  }
  const as = (s: Signed, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, ...(payload && { payload }) });
  const changePassword = (s: Signed, currentPassword: string, newPassword: string) => as(s, 'PUT', '/api/session/password', { currentPassword, newPassword });

  it('changes my password with the current one; my other sessions end, this one stays; audited without the password', async () => {
    await auth.createUser(store.db, SYSTEM, { name: 'Lerato Officer', login: 'lerato', member: 'ZA', roles: ['officer'], password: 'first password 1' });
    const here = await signIn('lerato', 'first password 1');
    const elsewhere = await signIn('lerato', 'first password 1');
    const res = await changePassword(here, 'first password 1', 'second password 2');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ login: 'lerato', mustChangePassword: false });
    expect((await as(here, 'GET', '/api/session')).statusCode).toBe(200);
    // the other browser is signed out
    expect((await as(elsewhere, 'GET', '/api/session')).statusCode).toBe(401);
    // the old password no longer signs in, the new one does
    expect((await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'lerato', password: 'first password 1' } })).statusCode).toBe(401);
    await signIn('lerato', 'second password 2');
    const entries = JSON.stringify(await audit.recordedDetails(store.db, 'session.password.change'));
    expect(entries).toContain('otherSessions');
    expect(entries).not.toContain('second password 2');
  });

  it('refuses a wrong current password, a short one and the same password, naming the field', async () => {
    await auth.createUser(store.db, SYSTEM, { name: 'Kagiso Customs', login: 'kagiso', member: 'BW', roles: ['customs'], password: 'kagiso password 1' });
    const s = await signIn('kagiso', 'kagiso password 1');
    const wrong = await changePassword(s, 'not my password', 'brand new password');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toEqual([{ path: 'currentPassword', message: 'wrong password' }]);
    const short = await changePassword(s, 'kagiso password 1', 'short');
    expect(short.statusCode).toBe(400);
    expect(short.json().details).toContainEqual({ path: 'newPassword', message: 'a password needs at least 10 characters' });
    const same = await changePassword(s, 'kagiso password 1', 'kagiso password 1');
    expect(same.json().details).toContainEqual({ path: 'newPassword', message: 'the new password must differ from the current one' });
    // in the reader's language, the message and each detail
    const fr = await app.inject({ method: 'PUT', url: '/api/session/password', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'accept-language': 'fr' }, payload: { currentPassword: 'kagiso password 1', newPassword: 'court' } });
    expect(fr.json()).toMatchObject({ message: 'Le nouveau mot de passe est refusé : un mot de passe demande au moins 10 caractères.', details: [{ path: 'newPassword', message: 'un mot de passe demande au moins 10 caractères' }] });
    const ru = await app.inject({ method: 'POST', url: '/api/session', headers: { 'accept-language': 'ru' }, payload: { login: 'kagiso', password: 'not my password' } });
    expect(ru.json().message).toBe('Неверный логин или пароль.');
    // the attack: a stolen session cannot change the password without knowing it; nothing changed
    await signIn('kagiso', 'kagiso password 1');
    // anonymous: no one to change
    expect((await app.inject({ method: 'PUT', url: '/api/session/password', payload: { currentPassword: 'x', newPassword: 'yyyyyyyyyyyy' } })).statusCode).toBe(401);
  });

  it('an administrator resets a password: sessions end, the temporary password signs in, and only changing it is allowed', async () => {
    const user = await auth.createUser(store.db, SYSTEM, { name: 'Pieter Officer', login: 'pieter', member: 'ZA', roles: ['officer'], password: 'pieter password 1' });
    const before = await signIn('pieter', 'pieter password 1');
    // only administrators may reset
    expect((await as(before, 'POST', `/api/users/${user.id}/password-reset`, {})).statusCode).toBe(403);
    const reset = await app.inject({ method: 'POST', url: `/api/users/${user.id}/password-reset`, headers: { authorization: `Bearer ${adminToken}` }, payload: {} });
    expect(reset.statusCode, reset.body).toBe(201);
    const { temporaryPassword, user: flagged } = reset.json();
    expect(flagged.mustChangePassword).toBe(true);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    expect((await as(before, 'GET', '/api/session')).statusCode).toBe(401);
    expect(JSON.stringify(await audit.recordedDetails(store.db, 'users.password.reset'))).not.toContain(temporaryPassword);

    const s = await signIn('pieter', temporaryPassword);
    const me = await as(s, 'GET', '/api/session');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.mustChangePassword).toBe(true);
    // the attack: using the account before choosing a new password
    for (const url of ['/api/certificates/awaiting-confirmation', '/api/inbox', '/api/users']) {
      const res = await as(s, 'GET', url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe('password_change_required');
    }
    // public look-ups stay public, and answer such a session as they answer anyone: a ZA officer with a
    // temporary password sees a ZA certificate as the public does, not as its authority
    expect((await as(s, 'GET', '/api/participants')).statusCode).toBe(200);
    const cert = await certificates.issue(store, localOperator('ZA'), { exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' }, importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 50_000 }], parcels: 1 });
    const asTemporary = await as(s, 'GET', `/api/verify/${cert.number}`);
    expect(asTemporary.statusCode, asTemporary.body).toBe(200);
    expect(asTemporary.json().disclosure).toBe('public');
    expect(asTemporary.body).not.toContain('Kimberley Mines');
    const changed = await changePassword(s, temporaryPassword, 'pieter chose this 2');
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    const inbox = await as(s, 'GET', '/api/inbox');
    expect(inbox.statusCode, inbox.body).toBe(200);
    // with the new password, the authority's view
    expect((await as(s, 'GET', `/api/verify/${cert.number}`)).json().disclosure).toBe('authority');
  });

  it('refuses a reset of an unknown user and a temporary password that breaks the policy', async () => {
    const unknown = await app.inject({ method: 'POST', url: '/api/users/00000000-0000-4000-8000-000000000000/password-reset', headers: { authorization: `Bearer ${adminToken}` }, payload: {} });
    expect(unknown.statusCode).toBe(404);
    const user = await auth.createUser(store.db, SYSTEM, { name: 'Short Temp', login: 'short.temp', member: 'ZA', roles: ['officer'] });
    const bad = await app.inject({ method: 'POST', url: `/api/users/${user.id}/password-reset`, headers: { authorization: `Bearer ${adminToken}` }, payload: { password: 'abc' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([{ path: 'password', message: 'a password needs at least 10 characters' }]);
  });
});

describe('kpcs user reset-password (the built program)', () => {
  it('prints a temporary password once; it signs in flagged, and the old one no longer does', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { kpcs, readyDataDir } = await import('../../test/support/cli.js');
    const { openReadyStore } = await import('../setup.js');
    const dir = mkdtempSync(join(tmpdir(), 'kpcs-reset-cli-'));
    try {
      const data = ['--data-dir', readyDataDir(join(dir, 'data'))];
      expect(kpcs(['user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'Sipho Officer', '--password', 'sipho password 1', ...data]).code).toBe(0);
      const r = kpcs(['user', 'reset-password', 'sipho.officer', ...data]);
      expect(r.code, r.stderr).toBe(0);
      const temporary = r.stdout.trim();
      expect(temporary.length).toBeGreaterThanOrEqual(10);
      expect(r.stderr).toContain('temporary password of sipho.officer');
      const store = await openReadyStore({ dataDir: join(dir, 'data') });
      try {
        await expect(passwords.signIn(store.db, 'sipho.officer', 'sipho password 1')).rejects.toThrow('Wrong login or password.');
        expect((await passwords.signIn(store.db, 'sipho.officer', temporary)).user.mustChangePassword).toBe(true);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
