// Use cases of accounts: users, API tokens, sessions (password sign-in and password changes: sign-in.ts).
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, invalid, messagesOf, notFound, unauthenticated, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './messages.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import * as companies from '../companies/service.js';
import { isRole, PARTICIPANT_ROLES, SYSTEM, type Actor, type Role } from '../auth/model.js';
import { authorize } from './policy.js';
import { hashPassword, hashSecret, MIN_PASSWORD_LENGTH, newPassword, newSecret } from '../auth/secrets.js';
import * as store from './store.js';
import { KeptReads } from '../db/kept.js';
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

export function toUser(r: UserRow): User {
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

export async function getUser(db: Db, id: string): Promise<User> {
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

// A token is looked up on every request on PostgreSQL, never remembered by the process: a change
// committed through any process (token revoked, user disabled, roles changed) holds for the next request
// on every process (several `kpcs serve` on one PostgreSQL, docs/deployment.md). The look-up is one
// indexed row. On the embedded store, which one process serves, the actor is kept while neither tokens
// nor users have been written (src/db/kept.ts): any revocation, disabling or change of roles is a write
// to one of them, so it holds for the next request there too. An unknown token is never kept.
const actorsByToken = new KeptReads<string, Actor | null>(['api_tokens', 'users'], { keep: (actor) => actor !== null });

export async function actorFromToken(db: Db, token: string): Promise<Actor> {
  const hash = hashSecret(token);
  const actor = await actorsByToken.get(db, hash, async () => {
    const row = await store.userByTokenHash(db, hash);
    if (!row || row.disabled) return null;
    // given to every request of this token while kept: its lists frozen too (the actor itself by KeptReads)
    const actor = actorOf(row);
    Object.freeze(actor.roles);
    Object.freeze(actor.groups);
    return actor;
  });
  if (!actor) throw unauthenticated(m('token.unknown'));
  return actor;
}

export async function actorFromSession(db: Db, sessionId: string): Promise<{ actor: Actor; csrfToken: string; mustChangePassword: boolean } | undefined> {
  const row = await store.sessionUser(db, hashSecret(sessionId), new Date());
  if (!row || row.disabled) return undefined;
  return { actor: actorOf(row), csrfToken: row.csrf_token, mustChangePassword: row.must_change_password === true };
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
