// Passwords and sign-in: signing in with a password (failures counted per login, the login locked after
// too many), signing out, a user changing their own password, an administrator's reset to a temporary one.
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, invalid, KpcsError, forbidden, messagesOf, notFound, unauthenticated, type ErrorDetail } from '../core/errors.js';
import { m } from './messages.js';
import * as audit from '../audit/service.js';
import { loginLockMs, SYSTEM, type Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import { hashPassword, hashSecret, MIN_PASSWORD_LENGTH, newPassword, newSecret, verifyPassword } from '../auth/secrets.js';
import * as store from './store.js';
import { actorOf, getUser, SESSION_HOURS, toUser, type User } from './service.js';

/** The password policy: at least MIN_PASSWORD_LENGTH characters, not the login, not the current one. */
function passwordProblems(login: string, next: string, field: string): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if ([...next].length < MIN_PASSWORD_LENGTH) problems.push(detail(field, m('password.short', { min: MIN_PASSWORD_LENGTH })));
  if (next.trim().toLowerCase() === login.toLowerCase()) problems.push(detail(field, m('password.isLogin')));
  return problems;
}

/**
 * A signed-in user changes their own password, giving the current one. The new one follows the policy
 * and differs from the current one; the user's other sessions end (this one stays); a temporary
 * password's flag is cleared; audited. A wrong current password counts as a failed sign-in (locks alike).
 */
export async function changeOwnPassword(db: Db, actor: Actor, sessionId: string | undefined, current: string, next: string, now: () => Date = () => new Date()): Promise<User> {
  authorize(actor, 'session.password');
  if (!actor.userId) throw unauthenticated();
  const row = await store.userById(db, actor.userId);
  if (!row || row.disabled) throw unauthenticated();
  // counted before the current password is checked, as a sign-in
  const attempt = await countAttempt(db, row.login, now);
  if (!(await verifyPassword(current, row.password_hash))) {
    await transaction(db, (tx) => audit.record(tx, actor, 'session.password.refused', row.id, { reason: 'wrong current password', failures: attempt.count }));
    throw invalid(m('password.wrong'), [detail('currentPassword', m('password.wrongDetail'))]);
  }
  const problems = passwordProblems(row.login, next, 'newPassword');
  if (next === current) problems.push(detail('newPassword', m('password.same')));
  if (problems.length) {
    // the current password was right: the attempt is not a failure
    await transaction(db, (tx) => store.clearLoginFailures(tx, row.login));
    throw invalid(m('password.newRefused', { problems: messagesOf(problems) }), problems);
  }
  const hash = await hashPassword(next);
  await transaction(db, async (tx) => {
    // the current password checked must still be the user's: a reset by an administrator (or another
    // change) that committed meanwhile is not overwritten with a password its author knows
    const locked = await store.userForUpdate(tx, row.id);
    if (!locked || locked.disabled || locked.password_hash !== row.password_hash) throw conflict(m('password.changedMeanwhile'));
    await store.updateUser(tx, row.id, { password_hash: hash, must_change_password: false });
    if (sessionId) await store.deleteOtherSessionsOf(tx, row.id, hashSecret(sessionId));
    else await store.deleteSessionsOf(tx, row.id);
    await store.clearLoginFailures(tx, row.login);
    await audit.record(tx, actor, 'session.password.change', row.id, { otherSessions: 'ended', ...(row.must_change_password && { temporaryPassword: 'replaced' }) });
  });
  return getUser(db, row.id);
}

/**
 * An administrator resets a user's password: a temporary one (given, or generated and returned once),
 * which the user must change at the next sign-in (until then every other API call is refused with
 * password_change_required); the user's sessions end. Audited without the password.
 */
export async function resetPassword(db: Db, actor: Actor, userId: string, temporary?: string): Promise<{ user: User; temporaryPassword: string }> {
  authorize(actor, 'users.password.reset');
  const row = await store.userById(db, userId);
  if (!row) throw notFound(m('user.notFound', { id: userId }));
  const password = temporary ?? newPassword();
  const problems = passwordProblems(row.login, password, 'password');
  if (problems.length) throw invalid(m('password.temporaryRefused', { problems: messagesOf(problems) }), problems);
  const hash = await hashPassword(password);
  await transaction(db, async (tx) => {
    await store.updateUser(tx, row.id, { password_hash: hash, must_change_password: true });
    await store.deleteSessionsOf(tx, row.id);
    await store.clearLoginFailures(tx, row.login);
    await audit.record(tx, actor, 'users.password.reset', row.id, { login: row.login, password: 'temporary', mustChangePassword: true });
  });
  return { user: await getUser(db, row.id), temporaryPassword: password };
}

/** A sign-in refused because the login is locked after failures (429; the route says Retry-After). */
export class LoginLocked extends KpcsError {
  constructor(readonly lockedUntil: Date, now: Date) {
    const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
    super('rate_limited', m('signIn.locked', { until: lockedUntil.toISOString(), seconds }), [detail('login', m('signIn.lockedDetail', { until: lockedUntil.toISOString() }))]);
    this.retryAfterSeconds = seconds;
  }
  readonly retryAfterSeconds: number;
}

/**
 * Signs in with a password. Failures are counted per login in the store (every server process on the
 * database shares them, whatever address they come from): after LOGIN_FREE_FAILURES in a row the login is
 * locked, for 30 s and twice as long at each further failure, up to 15 min (model.ts, loginLockMs); a
 * locked login is refused before its password is even checked; a success clears the count. Logins that
 * do not exist are counted alike, so a lock says nothing about whether an account exists.
 */
/**
 * The demo's password (`kpcs serve --demo`, src/demo/demo.ts): printed by the program and written
 * in the README, so anyone knows it. An account that has it signs in only from this machine.
 */
export const DEMO_PASSWORD = 'kimberley-demo';

/** Is this client address this machine (127.0.0.0/8, ::1, or IPv4-mapped loopback)? */
export function isLoopback(ip: string | undefined): boolean {
  if (!ip) return false;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export async function signIn(db: Db, login: string, password: string, now: () => Date = () => new Date(), opts: { client?: string } = {}): Promise<{ sessionId: string; csrfToken: string; user: User; expiresAt: Date }> {
  const name = login.trim().toLowerCase();
  // counted before the password is checked: guesses in parallel cannot all pass the lock
  const attempt = await countAttempt(db, name, now);
  const row = await store.userByLogin(db, name);
  // verify even for an unknown login so timing does not tell which logins exist
  const ok = await verifyPassword(password, row?.password_hash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  if (!row || !ok || row.disabled) {
    if (attempt.lockedUntil) {
      const lockedUntil = attempt.lockedUntil;
      await transaction(db, (tx) => audit.record(tx, SYSTEM, 'session.locked', row?.id ?? null, { login: name, failures: attempt.count, lockedUntil: lockedUntil.toISOString(), account: row ? 'exists' : 'unknown' }));
      throw new LoginLocked(lockedUntil, attempt.at);
    }
    throw unauthenticated(m('signIn.wrong'));
  }
  // a public password (the demo's) opens nothing to the network: an officer's account with it would let
  // anyone sign that authority's certificates. The attempt stays counted as a failure.
  if (password === DEMO_PASSWORD && opts.client !== undefined && !isLoopback(opts.client)) {
    throw forbidden(m('signIn.demoPassword', { login: name, program: 'kpcs', command: `kpcs user reset-password ${name}` }));
  }
  const sessionId = newSecret('sess');
  const csrfToken = newSecret('csrf');
  const expiresAt = new Date(now().getTime() + SESSION_HOURS * 3600_000);
  await transaction(db, async (tx) => {
    // the password verified must still be the user's, under its row lock: a change or a reset that
    // committed meanwhile (and ended every session) is not outlived by this one; one that commits after
    // waits for this lock and then ends this session with the others
    const current = await store.userForUpdate(tx, row.id);
    if (!current || current.disabled || current.password_hash !== row.password_hash) throw unauthenticated(m('signIn.wrong'));
    await store.deleteExpiredSessions(tx, now());
    await store.clearLoginFailures(tx, name);
    await store.insertSession(tx, { id_hash: hashSecret(sessionId), user_id: row.id, csrf_token: csrfToken, expires_at: expiresAt });
    await audit.record(tx, actorOf(row), 'session.create', row.id, { expiresAt: expiresAt.toISOString() });
  });
  return { sessionId, csrfToken, user: toUser(row), expiresAt };
}

/**
 * Counts one attempt against a login before its password is checked, under the row lock of its failures:
 * refused (LoginLocked) while the login is locked; otherwise counted as a failure now, with the lock its
 * count earns, so that the N-th guess in flight locks the login for every guess after it, in any process.
 * A success clears the count.
 */
async function countAttempt(db: Db, name: string, now: () => Date): Promise<{ count: number; lockedUntil: Date | null; at: Date }> {
  return transaction(db, async (tx) => {
    const at = now();
    const row = await store.lockLoginFailures(tx, name, at);
    if (row.locked_until && row.locked_until > at) throw new LoginLocked(row.locked_until, at);
    const count = row.failures + 1;
    const lockMs = loginLockMs(count);
    const lockedUntil = lockMs ? new Date(at.getTime() + lockMs) : null;
    await store.putLoginFailures(tx, { login: name, failures: count, locked_until: lockedUntil, last_failure_at: at });
    return { count, lockedUntil, at };
  });
}

export async function signOut(db: Db, actor: Actor, sessionId: string): Promise<void> {
  await transaction(db, async (tx) => {
    await store.deleteSession(tx, hashSecret(sessionId));
    await audit.record(tx, actor, 'session.delete', actor.userId, {});
  });
}
