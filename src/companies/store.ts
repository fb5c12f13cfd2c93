// The register of licensed companies in the store (migrations/0032_companies.sql).
import type { Db, Tx } from '../db/store.js';
import type { CompaniesTable } from '../db/tables/companies.js';
import { sql, type Insertable } from 'kysely';
import { KeptReads } from '../db/kept.js';

type Q = Db | Tx;

export async function insert(tx: Tx, row: Insertable<CompaniesTable>) {
  await tx.insertInto('companies').values(row).execute();
}

export async function get(q: Q, participant: string, licence: string) {
  return q.selectFrom('companies').selectAll().where('participant', '=', participant).where('licence', '=', licence).executeTakeFirst();
}

// read at every issuance: kept on the embedded store while the register is unwritten (src/db/kept.ts)
const byNames = new KeptReads<string, Awaited<ReturnType<typeof readByName>>>(['companies']);
const firstDays = new KeptReads<string, string | null>(['companies']);

export async function byName(q: Q, participant: string, nameKey: string) {
  return byNames.get(q, `${participant}\n${nameKey}`, () => readByName(q, participant, nameKey));
}

function readByName(q: Q, participant: string, nameKey: string) {
  return q.selectFrom('companies').selectAll().where('participant', '=', participant).where('name_key', '=', nameKey).executeTakeFirst();
}

export async function list(q: Q, participant: string) {
  return q.selectFrom('companies').selectAll().where('participant', '=', participant).orderBy('licence').execute();
}

/**
 * Whether the Participant's register holds a licence valid from that day or earlier (it keeps a register
 * then): its earliest licence's first day, kept per Participant (not per day: a simulated year asked
 * thousands of days, one query each).
 */
export async function keepsRegister(q: Q, participant: string, day: string): Promise<boolean> {
  const first = await firstDays.get(q, participant, async () => {
    const r = await q.selectFrom('companies').select((eb) => eb.fn.min('valid_from').as('first')).where('participant', '=', participant).executeTakeFirst();
    const first = r?.first as string | Date | null | undefined;
    return first == null ? null : first instanceof Date ? first.toISOString().slice(0, 10) : String(first).slice(0, 10);
  });
  return first !== null && first <= day;
}

export async function suspend(tx: Tx, participant: string, licence: string, set: { suspended_at: Date; suspended_by: string; suspend_reason: string }): Promise<boolean> {
  const r = await tx.updateTable('companies').set(set).where('participant', '=', participant).where('licence', '=', licence).where('suspended_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function tieUser(tx: Tx, row: { participant: string; user_id: string; licence: string }) {
  await tx
    .insertInto('company_users')
    .values(row)
    .onConflict((oc) => oc.columns(['participant', 'user_id']).doUpdateSet({ licence: row.licence }))
    .execute();
}

/** The company a user acts for, if tied to one. */
export async function companyOfUser(q: Q, participant: string, userId: string) {
  return q
    .selectFrom('company_users as u')
    .innerJoin('companies as c', (j) => j.onRef('c.participant', '=', 'u.participant').onRef('c.licence', '=', 'u.licence'))
    .selectAll('c')
    .where('u.participant', '=', participant)
    .where('u.user_id', '=', userId)
    .executeTakeFirst();
}

/** The users tied to a company (login order). */
export async function usersOf(q: Q, participant: string, licence: string) {
  return q.selectFrom('company_users as t').innerJoin('users as u', 'u.id', 't.user_id').select(['u.id', 'u.login', 'u.name', 'u.disabled', 'u.email']).where('t.participant', '=', participant).where('t.licence', '=', licence).orderBy('u.login').execute();
}

/** A user as tying needs it (its Participant and roles). */
export async function user(q: Q, id: string) {
  return q.selectFrom('users').select(['id', 'login', 'name', 'participant', 'roles', 'disabled', 'email']).where('id', '=', id).executeTakeFirst();
}

/** Ties a user not yet tied (a tie is never moved silently): whether the row was written. */
export async function tieOnce(tx: Tx, row: { participant: string; user_id: string; licence: string }): Promise<boolean> {
  const r = await tx
    .insertInto('company_users')
    .values(row)
    .onConflict((oc) => oc.columns(['participant', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function untie(tx: Tx, row: { participant: string; user_id: string; licence: string }): Promise<boolean> {
  const r = await tx.deleteFrom('company_users').where('participant', '=', row.participant).where('user_id', '=', row.user_id).where('licence', '=', row.licence).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** A user's id by its login (the command line names users by login). */
export async function userIdByLogin(q: Q, login: string): Promise<string | undefined> {
  return (await q.selectFrom('users').select('id').where('login', '=', login.trim().toLowerCase()).executeTakeFirst())?.id;
}

/** The users of the role company of a Participant tied to no company (those an officer may tie), login order. */
export async function untiedCompanyUsers(q: Q, participant: string) {
  return q
    .selectFrom('users as u')
    .select(['u.id', 'u.login', 'u.name', 'u.disabled', 'u.email'])
    .where('u.participant', '=', participant)
    .where(sql<boolean>`'company' = any(u.roles)`)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('company_users as t').select('t.user_id').whereRef('t.user_id', '=', 'u.id').where('t.participant', '=', participant))))
    .orderBy('u.login')
    .execute();
}
