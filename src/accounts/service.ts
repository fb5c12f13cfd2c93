// Use cases of accounts: users, API tokens, password sign-in and sessions.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, invalid, KpcsError, forbidden, messagesOf, notFound, unauthenticated, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './messages.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import * as companies from '../companies/service.js';
import { isRole, loginLockMs, PARTICIPANT_ROLES, SYSTEM, type Actor, type Role } from '../auth/model.js';
import { authorize } from './policy.js';
import { hashPassword, hashSecret, MIN_PASSWORD_LENGTH, newPassword, newSecret, verifyPassword } from '../auth/secrets.js';
import * as store from './store.js';
import { isLanguage, type Language } from '../core/i18n.js';

export const SESSION_HOURS = 12;
export const WORKING_GROUPS = ['WGS', 'WGM', 'WGDE', 'PC', 'WGAAP'] as const;

export interface User {
  id: string;
  login: string;
  name: string;
  participant: string | null;
  organisation: string | null;
  roles: Role[];
  groups: string[];
  disabled: boolean;
  createdAt: string;
  /** where e-mail alerts go (optional; see notifications/mailer.ts) */
  email: string | null;
  /** signed in with a temporary password set by an administrator: must choose a new one before anything else */
  mustChangePassword: boolean;
  /** the language the user chose to read (e-mails; what the server writes when a request names none); null: not chosen */
  language: Language | null;
}

type UserRow = NonNullable<Awaited<ReturnType<typeof store.userById>>>;

function toUser(r: UserRow): User {
  return {
    id: r.id, login: r.login, name: r.name, participant: r.participant, organisation: r.organisation,
    roles: r.roles.filter(isRole), groups: r.groups, disabled: r.disabled, createdAt: new Date(r.created_at).toISOString(), email: r.email ?? null, mustChangePassword: r.must_change_password === true,
    language: isLanguage(r.language) ? r.language : null,
  };
}

export function actorOf(r: UserRow): Actor {
  return { kind: 'user', userId: r.id, name: `${r.name} (${r.login})`, participant: r.participant, organisation: r.organisation, roles: r.roles.filter(isRole), groups: r.groups, ...(isLanguage(r.language) && { language: r.language }) };
}

export interface NewUser {
  name: string;
  login?: string;
  /** a Participant code or an organisation id (WDC, GW, PAC, UN-POE-CI…) */
  member?: string | null;
  roles: string[];
  groups?: string[];
  password?: string;
  /** where e-mail alerts go; null or empty: none */
  email?: string | null;
  /** a company user: the licence of its company in its Participant's register, tied in the same transaction (issue #21) */
  company?: string | null;
}

/** An e-mail address, checked loosely (the SMTP server has the last word); '' clears it. */
export function checkEmail(email: string | null | undefined): string | null | undefined {
  if (email === undefined) return undefined;
  const e = email?.trim() ?? '';
  if (e === '') return null;
  if (e.length > 254 || !/^[^@\s"<>,;]+@[^@\s"<>,;]+\.[^@\s"<>,;]+$/.test(e)) throw invalid(m('email.invalid', { email: e }), [detail('email', m('email.detail'))]);
  return e;
}

export function loginFromName(name: string): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '');
  return (base.length >= 2 ? base : `user.${base}`).slice(0, 60);
}

async function checkNewUser(db: Db, input: NewUser): Promise<{ participant: string | null; organisation: string | null; roles: Role[]; groups: string[] }> {
  const problems: ErrorDetail[] = [];
  if (!input.name.trim()) problems.push(detail('name', m('name.required')));
  if (input.roles.length === 0) problems.push(detail('roles', m('roles.required')));
  const unknown = input.roles.filter((r) => !isRole(r));
  if (unknown.length) problems.push(detail('roles', m('roles.unknown', { roles: unknown.join(', '), allowed: 'company, officer, customs, wg-member, observer, un, chair, admin, national-system' })));
  const roles = input.roles.filter(isRole);
  let participant: string | null = null;
  let organisation: string | null = null;
  const member = input.member?.trim() || null;
  if (member) {
    if (await participants.exists(db, member)) participant = member;
    else if (await participants.organisationExists(db, member)) organisation = member;
    else problems.push(detail('participant', m('member.unknown', { member })));
  }
  const needsParticipant = roles.filter((r) => PARTICIPANT_ROLES.includes(r));
  if (needsParticipant.length && !participant) problems.push(detail('participant', m('roles.needParticipant', { roles: needsParticipant.join(', ') })));
  if (roles.includes('un') && organisation && !organisation.startsWith('UN-')) problems.push(detail('participant', m('roles.unBody', { role: 'un', organisation })));
  // a national system is a machine of its own: no other role, no password (it signs in with its token only)
  if (roles.includes('national-system') && roles.length > 1) problems.push(detail('roles', m('roles.nationalAlone', { role: 'national-system' })));
  if (roles.includes('national-system') && input.password !== undefined) problems.push(detail('password', m('roles.nationalNoPassword')));
  if (roles.includes('observer') && !organisation) problems.push(detail('participant', m('roles.observer', { role: 'observer', examples: 'WDC, GW, PAC' })));
  const groups = [...new Set(input.groups ?? [])];
  for (const g of groups) if (!(WORKING_GROUPS as readonly string[]).includes(g)) problems.push(detail('groups', m('groups.unknown', { group: g, allowed: WORKING_GROUPS.join(', ') })));
  if (roles.includes('wg-member') && groups.length === 0) problems.push(detail('groups', m('groups.needed', { role: 'wg-member', example: '--group WGS' })));
  if (groups.length && member && problems.length === 0) {
    const reg = await participants.registry(db);
    for (const g of groups) {
      const wg = reg.workingGroups.find((w) => w.id === g);
      if (wg && !wg.members.some((m) => m.member === member)) problems.push(detail('groups', m('groups.notMember', { member, group: g })));
    }
  }
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) problems.push(detail('password', m('password.short', { min: MIN_PASSWORD_LENGTH })));
  if (problems.length) throw invalid(m('user.refused', { problems: messagesOf(problems) }), problems);
  return { participant, organisation, roles, groups };
}

export async function createUser(db: Db, actor: Actor, input: NewUser): Promise<User> {
  authorize(actor, 'users.manage');
  const checked = await checkNewUser(db, input);
  const company = input.company?.trim() || null;
  if (company) await companies.checkTie(db, checked.participant, company, checked.roles);
  const email = checkEmail(input.email) ?? null;
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = randomUUID();
  await transaction(db, async (tx) => {
    let login = input.login?.trim().toLowerCase() || loginFromName(input.name);
    if (!/^[a-z0-9][a-z0-9._@-]{1,63}$/.test(login)) throw invalid(m('login.invalid', { login, allowed: 'a-z 0-9 . _ @ -' }), [detail('login', m('login.chars'))]);
    if (await store.userByLogin(tx, login)) {
      if (input.login) throw conflict(m('login.taken', { login }));
      let n = 2;
      while (await store.userByLogin(tx, `${login}-${n}`)) n++;
      login = `${login}-${n}`;
    }
    await store.insertUser(tx, { id, login, name: input.name.trim(), participant: checked.participant, organisation: checked.organisation, roles: checked.roles, groups: checked.groups, password_hash: passwordHash, email });
    await audit.record(tx, actor, 'users.create', id, { login, name: input.name.trim(), participant: checked.participant, organisation: checked.organisation, roles: checked.roles, groups: checked.groups, password: passwordHash ? 'set' : 'none', ...(email && { email }) });
    if (company) await companies.tieNewUser(tx, actor, checked.participant!, id, company);
  });
  return getUser(db, id);
}

async function getUser(db: Db, id: string): Promise<User> {
  const row = await store.userById(db, id);
  if (!row) throw notFound(m('user.notFound', { id }));
  return toUser(row);
}

export async function listUsers(db: Db, actor: Actor): Promise<(User & { tokens: number })[]> {
  authorize(actor, 'users.read');
  const rows = await store.users(db);
  return Promise.all(rows.map(async (r) => ({ ...toUser(r), tokens: (await store.tokensOf(db, r.id)).filter((t) => !t.revoked_at).length })));
}

export async function issueToken(db: Db, actor: Actor, userId: string, label = 'api'): Promise<{ token: string; user: User }> {
  authorize(actor, 'users.manage');
  const token = newSecret('kpcs');
  await transaction(db, async (tx) => {
    const user = await store.userById(tx, userId);
    if (!user) throw notFound(m('user.notFound', { id: userId }));
    const id = randomUUID();
    await store.insertToken(tx, { id, user_id: userId, token_hash: hashSecret(token), label });
    await audit.record(tx, actor, 'users.token.issue', userId, { tokenId: id, label });
  });
  return { token, user: await getUser(db, userId) };
}

export interface UserPatch {
  name?: string;
  roles?: string[];
  groups?: string[];
  disabled?: boolean;
  password?: string;
  revokeTokens?: boolean;
  /** '' or null clears it */
  email?: string | null;
}

export async function updateUser(db: Db, actor: Actor, id: string, patch: UserPatch): Promise<User> {
  authorize(actor, 'users.manage');
  const row = await store.userById(db, id);
  if (!row) throw notFound(m('user.notFound', { id }));
  const merged = await checkNewUser(db, {
    name: patch.name ?? row.name,
    login: row.login,
    member: row.participant ?? row.organisation,
    roles: patch.roles ?? row.roles,
    groups: patch.groups ?? row.groups,
    password: patch.password,
  });
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  const email = checkEmail(patch.email);
  await transaction(db, async (tx) => {
    await store.updateUser(tx, id, {
      ...(email !== undefined && { email }),
      ...(patch.name !== undefined && { name: patch.name.trim() }),
      ...(patch.roles !== undefined && { roles: merged.roles }),
      ...(patch.groups !== undefined && { groups: merged.groups }),
      ...(patch.disabled !== undefined && { disabled: patch.disabled }),
      ...(passwordHash && { password_hash: passwordHash }),
    });
    if (patch.disabled || patch.password) await store.deleteSessionsOf(tx, id);
    if (patch.revokeTokens || patch.disabled) await store.revokeTokens(tx, id);
    const { password: _secret, ...visible } = patch;
    await audit.record(tx, actor, 'users.update', id, { ...visible, ...(patch.password && { password: 'changed' }) });
  });
  return getUser(db, id);
}

// A token is looked up on every request, never remembered by the process: a change committed through
// any process (token revoked, user disabled, roles changed) holds for the next request on every
// process (several `kpcs serve` on one PostgreSQL, docs/deployment.md). The look-up is one indexed row.
export async function actorFromToken(db: Db, token: string): Promise<Actor> {
  const row = await store.userByTokenHash(db, hashSecret(token));
  if (!row || row.disabled) throw unauthenticated(m('token.unknown'));
  return actorOf(row);
}

export async function actorFromSession(db: Db, sessionId: string): Promise<{ actor: Actor; csrfToken: string; mustChangePassword: boolean } | undefined> {
  const row = await store.sessionUser(db, hashSecret(sessionId), new Date());
  if (!row || row.disabled) return undefined;
  return { actor: actorOf(row), csrfToken: row.csrf_token, mustChangePassword: row.must_change_password === true };
}

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

export async function me(db: Db, actor: Actor): Promise<User> {
  if (!actor.userId) throw unauthenticated();
  return getUser(db, actor.userId);
}

/** Sets the language the signed-in user reads (their e-mails; the web app's choice), audited. */
export async function setOwnLanguage(db: Db, actor: Actor, language: string): Promise<User> {
  if (!actor.userId) throw unauthenticated();
  if (!isLanguage(language)) throw invalid(m('language.unknown', { language, languages: 'en, fr, pt, es, ru' }), [detail('language', field('oneOf', { allowed: 'en, fr, pt, es, ru' }))]);
  const userId = actor.userId;
  await transaction(db, async (tx) => {
    const row = await store.userById(tx, userId);
    if (!row) throw notFound(m('user.noSuch'));
    if (row.language === language) return;
    await store.updateUser(tx, userId, { language });
    await audit.record(tx, actor, 'users.language', userId, { from: row.language ?? null, to: language });
  });
  return getUser(db, userId);
}

/** On a store without any administrator, creates `admin` with the given or a generated password and
 *  returns the password (shown once). Returns undefined when an administrator exists. */
export async function ensureInitialAdmin(db: Db, password?: string): Promise<string | undefined> {
  const all = await store.users(db);
  if (all.some((u) => u.roles.includes('admin'))) return undefined;
  const secret = password ?? newPassword();
  await createUser(db, SYSTEM, { name: 'Administrator', login: 'admin', roles: ['admin'], password: secret });
  return secret;
}
