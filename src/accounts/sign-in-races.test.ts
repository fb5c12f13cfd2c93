// ATTACKS on sign-in by concurrency (#15), on the real store (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): guesses fired in parallel must not all pass the lock before any failure is
// counted; a sign-in with the old password racing a reset (or a change) must not leave a session that
// outlives it; a change of password racing a reset must not undo the reset.
import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, LOGIN_FREE_FAILURES, SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import * as auth from './service.js';
import * as passwords from './sign-in.js';
import * as store from './store.js';

/** A password hash that takes scrypt sixteen times as long to check (p = 16): a wide window for the race. */
function slowHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 16384, r: 8, p: 16 });
  return `scrypt$16384$8$16$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const admin = localOperator();
const outcome = (p: Promise<unknown>) => p.then(() => 'signed in', (e: { code?: string }) => e.code ?? String(e));

describe.each(engines)('sign-in races on %s', (engine) => {
  let s: Store;
  beforeAll(async () => {
    s = await freshStore(engine);
  });
  afterAll(() => s.close());

  it(`ATTACK: ${LOGIN_FREE_FAILURES * 4} guesses in parallel — at most ${LOGIN_FREE_FAILURES} are checked, and the right password after them is refused`, async () => {
    const user = await auth.createUser(s.db, SYSTEM, { name: 'Guessed User', login: 'guessed', roles: ['admin'], password: 'the right password' });
    const lockedBefore = (await audit.recordedDetails(s.db, 'session.locked')).length;
    // all at once: on today's code each passes the lock check before any failure is written, and is checked
    const guesses = Array.from({ length: LOGIN_FREE_FAILURES * 4 }, (_, i) => `wrong guess ${i}`);
    const results = await Promise.all(guesses.map((g) => outcome(passwords.signIn(s.db, 'guessed', g))));
    expect(results.filter((r) => r === 'signed in')).toEqual([]);
    // a checked guess is counted once (the store's count) and the one that locks is audited; the others
    // were refused before their password was checked
    const row = await store.loginFailures(s.db, 'guessed');
    expect(row?.failures).toBe(LOGIN_FREE_FAILURES);
    expect((await audit.recordedDetails(s.db, 'session.locked')).length - lockedBefore).toBe(1);
    expect(results.filter((r) => r === 'unauthenticated').length).toBe(LOGIN_FREE_FAILURES - 1);
    expect(results.filter((r) => r === 'rate_limited').length).toBe(guesses.length - LOGIN_FREE_FAILURES + 1);
    // the right password, guessed after the limit, is refused too
    expect(await outcome(passwords.signIn(s.db, 'guessed', 'the right password'))).toBe('rate_limited');
    expect(await s.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute()).toEqual([]);
  });

  it('ATTACK: a sign-in with the old password racing an administrator\'s reset leaves no session that outlives the reset', async () => {
    const user = await auth.createUser(s.db, SYSTEM, { name: 'Reset User', login: 'reset.user', roles: ['admin'] });
    await s.db.transaction().execute((tx) => store.updateUser(tx, user.id, { password_hash: slowHash('the old password') }));
    // the sign-in reads the old hash and checks it slowly; the reset commits meanwhile (and ends every session)
    const signing = passwords.signIn(s.db, 'reset.user', 'the old password');
    const reset = passwords.resetPassword(s.db, admin, user.id, 'a temporary one');
    const [signed] = await Promise.allSettled([signing, reset]);
    if (signed.status === 'fulfilled') {
      // it may sign in only if it committed first: then the reset ended its session
      expect(await auth.actorFromSession(s.db, signed.value.sessionId)).toBeUndefined();
    } else {
      expect((signed.reason as { code?: string }).code).toBe('unauthenticated');
    }
    const sessions = await s.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    expect(sessions).toEqual([]);
  });

  it('ATTACK: a change by the holder of the old password racing an administrator\'s reset does not undo the reset', async () => {
    const user = await auth.createUser(s.db, SYSTEM, { name: 'Stolen User', login: 'stolen.user', roles: ['admin'] });
    await s.db.transaction().execute((tx) => store.updateUser(tx, user.id, { password_hash: slowHash('the stolen password') }));
    const session = await passwords.signIn(s.db, 'stolen.user', 'the stolen password');
    const thief = (await auth.actorFromSession(s.db, session.sessionId))!.actor;
    const change = passwords.changeOwnPassword(s.db, thief, session.sessionId, 'the stolen password', 'the thief now knows');
    const reset = passwords.resetPassword(s.db, admin, user.id, 'a temporary one');
    await Promise.allSettled([change, reset]);
    // whichever order they committed in, the thief's password does not sign in and no session of the thief survives
    expect(await outcome(passwords.signIn(s.db, 'stolen.user', 'the thief now knows'))).toBe('unauthenticated');
    expect(await auth.actorFromSession(s.db, session.sessionId)).toBeUndefined();
    expect(await outcome(passwords.signIn(s.db, 'stolen.user', 'a temporary one'))).toBe('signed in');
  });
});
