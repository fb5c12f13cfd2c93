// SQL of users, API tokens and sessions.
import type { Db, Tx } from '../db/store.js';

type Q = Db | Tx;

export async function insertUser(tx: Tx, u: { id: string; login: string; name: string; participant: string | null; organisation: string | null; roles: string[]; groups: string[]; password_hash: string | null; email?: string | null }) {
  await tx.insertInto('users').values(u).execute();
}

export async function userById(db: Q, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function userByLogin(db: Q, login: string) {
  return db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst();
}

export async function users(db: Q) {
  return db.selectFrom('users').selectAll().orderBy('login').execute();
}

export async function updateUser(tx: Tx, id: string, set: { name?: string; roles?: string[]; groups?: string[]; disabled?: boolean; password_hash?: string; email?: string | null; must_change_password?: boolean; language?: string }) {
  // a change that only revokes tokens sets nothing here (an empty set is no statement)
  if (Object.keys(set).length === 0) return;
  await tx.updateTable('users').set(set).where('id', '=', id).execute();
}

export async function insertToken(tx: Tx, t: { id: string; user_id: string; token_hash: string; label: string }) {
  await tx.insertInto('api_tokens').values(t).execute();
}

export async function userByTokenHash(db: Q, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function tokensOf(db: Q, userId: string) {
  return db.selectFrom('api_tokens').select(['id', 'label', 'created_at', 'revoked_at']).where('user_id', '=', userId).orderBy('created_at').execute();
}

export async function revokeTokens(tx: Tx, userId: string) {
  await tx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

export async function insertSession(tx: Tx, s: { id_hash: string; user_id: string; csrf_token: string; expires_at: Date }) {
  await tx.insertInto('sessions').values(s).execute();
}

export async function sessionUser(db: Q, idHash: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf_token'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(tx: Tx, idHash: string) {
  await tx.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOf(tx: Tx, userId: string) {
  await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Ends every session of a user but one (the one that changed the password). */
export async function deleteOtherSessionsOf(tx: Tx, userId: string, keepIdHash: string) {
  await tx.deleteFrom('sessions').where('user_id', '=', userId).where('id_hash', '<>', keepIdHash).execute();
}

export async function deleteExpiredSessions(tx: Tx, now: Date) {
  await tx.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export async function loginFailures(db: Q, login: string) {
  return db.selectFrom('login_failures').selectAll().where('login', '=', login).executeTakeFirst();
}

export async function putLoginFailures(tx: Tx, row: { login: string; failures: number; locked_until: Date | null; last_failure_at: Date }) {
  await tx
    .insertInto('login_failures')
    .values(row)
    .onConflict((oc) => oc.column('login').doUpdateSet({ failures: row.failures, locked_until: row.locked_until, last_failure_at: row.last_failure_at }))
    .execute();
}

/**
 * The login's failure row, locked for this transaction (made first, with no failures, if there is none):
 * concurrent sign-ins of one login take their turn here, in every process on the database.
 */
export async function lockLoginFailures(tx: Tx, login: string, at: Date) {
  await tx.insertInto('login_failures').values({ login, failures: 0, locked_until: null, last_failure_at: at }).onConflict((oc) => oc.column('login').doNothing()).execute();
  return tx.selectFrom('login_failures').selectAll().where('login', '=', login).forUpdate().executeTakeFirstOrThrow();
}

/** The user's row, locked for this transaction: a sign-in checks its password is still the one verified. */
export async function userForUpdate(tx: Tx, id: string) {
  return tx.selectFrom('users').select(['id', 'password_hash', 'disabled']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function clearLoginFailures(tx: Tx, login: string) {
  await tx.deleteFrom('login_failures').where('login', '=', login).execute();
}
