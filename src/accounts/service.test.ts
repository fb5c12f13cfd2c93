import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { hashPassword, verifyPassword } from '../auth/secrets.js';
import * as auth from './service.js';
import * as sessions from './sign-in.js';

describe('passwords', () => {
  it('are stored as salted scrypt hashes and checked in constant time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterz', a)).toBe(false);
    expect(await verifyPassword('x', null)).toBe(false);
  });

  it('derive logins from names', () => {
    expect(auth.loginFromName('Thabo Mokoena')).toBe('thabo.mokoena');
    expect(auth.loginFromName('Côte d’Ivoire Officer')).toBe('cote.d.ivoire.officer');
  });
});

describe.each(engines)('accounts on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  it('creates a Participant officer with a token that identifies it, storing only its hash', async () => {
    const user = await auth.createUser(store.db, SYSTEM, { name: 'Naledi Dube', member: 'ZA', roles: ['officer'] });
    expect(user).toMatchObject({ login: 'naledi.dube', participant: 'ZA', organisation: null, roles: ['officer'] });
    const { token } = await auth.issueToken(store.db, SYSTEM, user.id);
    expect(token).toMatch(/^kpcs_[A-Za-z0-9_-]{43}$/);
    const stored = await store.db.selectFrom('api_tokens').select('token_hash').where('user_id', '=', user.id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token.slice(5));
    const actor = await auth.actorFromToken(store.db, token);
    expect(actor).toMatchObject({ kind: 'user', userId: user.id, participant: 'ZA', roles: ['officer'] });
    await expect(auth.actorFromToken(store.db, `${token}x`)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses impossible users with every reason', async () => {
    await expect(auth.createUser(store.db, SYSTEM, { name: 'X', member: 'ZZ', roles: ['officer', 'pilot'] })).rejects.toMatchObject({
      code: 'invalid_input',
      details: expect.arrayContaining([
        expect.objectContaining({ path: 'roles', message: expect.stringContaining('pilot') }),
        expect.objectContaining({ path: 'participant', message: expect.stringContaining('ZZ') }),
      ]),
    });
    await expect(auth.createUser(store.db, SYSTEM, { name: 'Y', member: 'WDC', roles: ['customs'] })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(auth.createUser(store.db, SYSTEM, { name: 'Z', member: 'BW', roles: ['wg-member'], groups: ['WGM'] })).rejects.toMatchObject({
      details: [expect.objectContaining({ message: 'BW is not a member of WGM' })],
    });
  });

  it('accepts observers, UN bodies and working-group members of the registry', async () => {
    expect(await auth.createUser(store.db, SYSTEM, { name: 'GW analyst', member: 'GW', roles: ['observer'] })).toMatchObject({ organisation: 'GW' });
    expect(await auth.createUser(store.db, SYSTEM, { name: 'Panel expert', member: 'UN-POE-CI', roles: ['un'] })).toMatchObject({ organisation: 'UN-POE-CI' });
    expect(await auth.createUser(store.db, SYSTEM, { name: 'Stats Canada', member: 'CA', roles: ['wg-member'], groups: ['WGS'] })).toMatchObject({ groups: ['WGS'] });
  });

  it('lets only administrators manage users', async () => {
    await expect(auth.createUser(store.db, localOperator('ZA'), { name: 'Sneaky', member: 'ZA', roles: ['admin'] })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('signs in with a password, and a disabled user can neither sign in nor use its tokens', async () => {
    const user = await auth.createUser(store.db, SYSTEM, { name: 'Kgosi', login: 'kgosi', member: 'BW', roles: ['officer'], password: 'long enough password' });
    const { token } = await auth.issueToken(store.db, SYSTEM, user.id);
    await expect(sessions.signIn(store.db, 'kgosi', 'wrong password!')).rejects.toMatchObject({ code: 'unauthenticated', message: 'Wrong login or password.' });
    await expect(sessions.signIn(store.db, 'nobody', 'long enough password')).rejects.toMatchObject({ message: 'Wrong login or password.' });
    const session = await sessions.signIn(store.db, 'KGOSI', 'long enough password');
    expect((await auth.actorFromSession(store.db, session.sessionId))?.actor.participant).toBe('BW');
    await auth.updateUser(store.db, SYSTEM, user.id, { disabled: true });
    expect(await auth.actorFromSession(store.db, session.sessionId)).toBeUndefined();
    await expect(auth.actorFromToken(store.db, token)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(sessions.signIn(store.db, 'kgosi', 'long enough password')).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('creates the first administrator once', async () => {
    const password = await auth.ensureInitialAdmin(store.db);
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await auth.ensureInitialAdmin(store.db)).toBeUndefined();
    expect((await sessions.signIn(store.db, 'admin', password!)).user.roles).toEqual(['admin']);
  });
});
