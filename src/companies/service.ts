// Licensed companies (issue #21, point 1): each Participant's register, kept by its authority officers;
// the checks certificates ask of it (the exporter licensed on the day of issue, a company user applying
// in its own company's name only, an unlicensed importer flagged at confirmation).
import type { Db, Tx } from '../db/store.js';
import { isUniqueViolation, transaction } from '../db/transaction.js';
import { conflict, detail, KpcsError, invalid, notFound, type ErrorDetail } from '../core/errors.js';
import { today } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { checkNewCompany, licensedOn, nameKey, whyNotLicensed, type Company, type NewCompany } from './model.js';
import * as store from './store.js';
import { u } from './messages.js';
import { field } from '../core/messages.js';
import { pathed, r } from './register-messages.js';

type Row = NonNullable<Awaited<ReturnType<typeof store.get>>>;

const day = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export function view(r: Row): Company {
  return {
    participant: r.participant,
    licence: r.licence,
    name: r.name,
    address: r.address,
    validFrom: day(r.valid_from),
    validTo: r.valid_to === null ? null : day(r.valid_to),
    suspended: r.suspended_at ? { at: new Date(r.suspended_at).toISOString(), by: r.suspended_by ?? '', reason: r.suspend_reason ?? '' } : null,
    registeredAt: new Date(r.registered_at).toISOString(),
    registeredBy: r.registered_by,
  };
}

export async function add(db: Db, actor: Actor, input: NewCompany): Promise<Company> {
  const problems = checkNewCompany(input, today());
  if (problems.length) throw invalid(r('add.refused', { problems: pathed(problems) }), problems);
  authorize(actor, 'companies.manage', { participant: input.participant });
  const row = {
    participant: input.participant,
    licence: input.licence,
    name: input.name.normalize('NFC').trim(),
    name_key: nameKey(input.name),
    address: input.address?.trim() || null,
    valid_from: input.validFrom ?? today(),
    valid_to: input.validTo ?? null,
    registered_at: new Date(),
    registered_by: actor.name,
  };
  try {
    await transaction(db, async (tx) => {
      await store.insert(tx, row);
      await audit.record(tx, actor, 'companies.add', `${row.participant} ${row.licence}`, { participant: row.participant, licence: row.licence, name: row.name, validFrom: row.valid_from, validTo: row.valid_to });
    });
  } catch (e) {
    if (isUniqueViolation(e, 'companies_name')) throw conflict(r('name.taken', { participant: input.participant, name: row.name }));
    if (isUniqueViolation(e)) throw conflict(r('licence.taken', { participant: input.participant, licence: input.licence }));
    throw e;
  }
  return view((await store.get(db, row.participant, row.licence))!);
}

export async function list(db: Db, actor: Actor, participant: string): Promise<Company[]> {
  authorize(actor, 'companies.read', { participant });
  return (await store.list(db, participant)).map(view);
}

export async function suspend(db: Db, actor: Actor, participant: string, licence: string, reason: string): Promise<Company> {
  if (!reason?.trim()) throw invalid(r('reason.required'), [detail('reason', field('required'))]);
  authorize(actor, 'companies.manage', { participant });
  const found = await store.get(db, participant, licence);
  if (!found) throw notFound(r('licence.unknown', { participant, licence }));
  await transaction(db, async (tx) => {
    const ok = await store.suspend(tx, participant, licence, { suspended_at: new Date(), suspended_by: actor.name, suspend_reason: reason.trim() });
    if (!ok) throw conflict(r('licence.suspendedAlready', { licence, participant }));
    await audit.record(tx, actor, 'companies.suspend', `${participant} ${licence}`, { participant, licence, reason: reason.trim() });
  });
  return view((await store.get(db, participant, licence))!);
}

/** Ties a company user to its company (the licence of the user's Participant); in the caller's transaction. */
export async function tieUser(tx: Tx, actor: Actor, participant: string, userId: string, licence: string): Promise<void> {
  authorize(actor, 'companies.manage', { participant });
  if (!(await store.get(tx, participant, licence))) throw invalid(u('users.licence.unknown', { participant, licence }), [detail('company', u('users.licence.unknown.detail'))]);
  await store.tieUser(tx, { participant, user_id: userId, licence });
  await audit.record(tx, actor, 'companies.user.tie', userId, { participant, licence });
}

/** A company user (no officer role): applies only in its company's name. */
const companyUser = (a: Actor) => a.kind === 'user' && a.roles.includes('company') && !a.roles.includes('officer');

/**
 * What the register says of a certificate's exporter on its day of issue (empty when all is well):
 * a company user applies in its own company's name only; once the issuing Participant keeps a register,
 * the exporter is a company licensed on the day.
 */
export async function exporterProblems(db: Db | Tx, actor: Actor, participant: string, exporterName: string, on: string): Promise<ErrorDetail[]> {
  const path = 'exporter.name';
  if (companyUser(actor)) {
    const own = actor.userId ? await store.companyOfUser(db, participant, actor.userId) : undefined;
    if (own && own.name_key !== nameKey(exporterName)) {
      return [detail(path, r('exporter.otherCompany', { user: actor.name, company: own.name, licence: own.licence, exporter: exporterName.trim() }))];
    }
    if (!own && (await store.keepsRegister(db, participant, on))) {
      return [detail(path, r('exporter.untied', { user: actor.name, participant, command: 'kpcs user add --role company --company LICENCE' }))];
    }
  }
  if (!(await store.keepsRegister(db, participant, on))) return [];
  const c = await store.byName(db, participant, nameKey(exporterName));
  if (!c) return [detail(path, r('exporter.unlicensed', { exporter: exporterName.trim(), participant }))];
  const why = whyNotLicensed(view(c), on);
  return why ? [detail(path, r('notLicensedOn', { company: c.name, on, why }))] : [];
}

/** At confirmation: an importer not licensed on the day by an importing Participant that keeps a register is flagged. */
export async function importerFlag(db: Db | Tx, participant: string, importerName: string, on: string): Promise<ErrorDetail | null> {
  if (!(await store.keepsRegister(db, participant, on))) return null;
  const c = await store.byName(db, participant, nameKey(importerName));
  if (!c) return detail('importer.licence', r('importer.unlicensed', { importer: importerName.trim(), participant }));
  return licensedOn(view(c), on) ? null : detail('importer.licence', r('importer.notLicensedOn', { company: c.name, on, why: whyNotLicensed(view(c), on)! }));
}

/** Before creating a company user: the role company, a Participant, the licence in its register (nothing written). */
export async function checkTie(db: Db | Tx, participant: string | null, licence: string, roles: readonly string[]): Promise<void> {
  if (!roles.includes('company')) throw invalid(u('users.create.role'), [detail('company', u('users.role.company.detail'))]);
  if (!participant) throw invalid(u('users.company.participant', { licence }), [detail('participant', u('users.company.participant.detail'))]);
  if (!(await store.get(db, participant, licence))) throw invalid(u('users.licence.unknown', { participant, licence }), [detail('company', u('users.licence.unknown.detail'))]);
}

/**
 * Ties a user just created to its company, in the creating transaction (the caller was authorized to
 * create users: an administrator, or the local operator); audited.
 */
export async function tieNewUser(tx: Tx, actor: Actor, participant: string, userId: string, licence: string): Promise<void> {
  await checkTie(tx, participant, licence, ['company']);
  await store.tieOnce(tx, { participant, user_id: userId, licence });
  await audit.record(tx, actor, 'companies.user.tie', userId, { participant, licence });
}

/** Ties a company user to its company, in a transaction of its own (audited). */
export async function tie(db: Db, actor: Actor, participant: string, userId: string, licence: string): Promise<void> {
  await transaction(db, (tx) => tieUser(tx, actor, participant, userId, licence));
}

// ---- company users (issue #21): the users tied to a company, tied and untied by the officers of its Participant ----

export interface CompanyUser {
  id: string;
  login: string;
  name: string;
  disabled: boolean;
  email: string | null;
}

export interface CompanyUsers {
  participant: string;
  licence: string;
  name: string;
  users: CompanyUser[];
  /** the Participant's company users tied to no company: those that may be tied */
  available: CompanyUser[];
}

/** The company asked about, once the caller may manage its users (404 when the register has no such licence). */
async function managedCompany(db: Db | Tx, actor: Actor, participant: string | undefined, licence: string) {
  const p = participant ?? actor.participant;
  if (!p) throw invalid(u('users.participant.required'), [detail('participant', u('users.company.participant.detail'))]);
  authorize(actor, 'companies.users.manage', { participant: p });
  const company = await store.get(db, p, licence);
  if (!company) throw notFound(u('users.licence.unknown', { participant: p, licence }));
  return company;
}

const userView = (r: { id: string; login: string; name: string; disabled: boolean; email: string | null }): CompanyUser => ({ id: r.id, login: r.login, name: r.name, disabled: r.disabled, email: r.email ?? null });

async function usersView(db: Db, c: { participant: string; licence: string; name: string }): Promise<CompanyUsers> {
  const [users, available] = await Promise.all([store.usersOf(db, c.participant, c.licence), store.untiedCompanyUsers(db, c.participant)]);
  return { participant: c.participant, licence: c.licence, name: c.name, users: users.map(userView), available: available.map(userView) };
}

/** The users tied to a company (the officers of its Participant; administrators). */
export async function companyUsers(db: Db, actor: Actor, participant: string | undefined, licence: string): Promise<CompanyUsers> {
  return usersView(db, await managedCompany(db, actor, participant, licence));
}

/**
 * In one transaction, the company the actor manages and a user of its Participant (an unknown user or
 * another Participant's refused) handed to `act`; the users tied to the company after.
 */
async function onCompanyUser(
  db: Db,
  actor: Actor,
  participant: string | undefined,
  licence: string,
  userId: string,
  act: (tx: Tx, company: Awaited<ReturnType<typeof managedCompany>>, user: NonNullable<Awaited<ReturnType<typeof store.user>>>) => Promise<void>,
): Promise<CompanyUsers> {
  const company = await managedCompany(db, actor, participant, licence);
  const p = company.participant;
  await transaction(db, async (tx) => {
    const user = await store.user(tx, userId);
    if (!user) throw notFound(u('users.unknown', { user: userId }));
    if (user.participant !== p) throw new KpcsError('forbidden', u('users.otherParticipant', { user: user.login, participant: p }), [detail('userId', u('users.otherParticipant.detail'))]);
    await act(tx, company, user);
  });
  return usersView(db, company);
}

/**
 * Ties an existing user of the role company, of the company's Participant and tied to no other company,
 * to the company; audited. Tying it again to the same company changes nothing.
 */
export async function tieCompanyUser(db: Db, actor: Actor, participant: string | undefined, licence: string, userId: string): Promise<CompanyUsers> {
  return onCompanyUser(db, actor, participant, licence, userId, async (tx, { participant: p }, user) => {
    if (!user.roles.includes('company')) throw invalid(u('users.role.company', { login: user.login, roles: user.roles.join(', ') }), [detail('userId', u('users.role.company.detail'))]);
    if (await store.tieOnce(tx, { participant: p, user_id: user.id, licence })) {
      await audit.record(tx, actor, 'companies.user.tie', user.id, { participant: p, licence, login: user.login });
      return;
    }
    const own = await store.companyOfUser(tx, p, user.id);
    if (own && own.licence !== licence) {
      throw new KpcsError('conflict', u('users.tiedElsewhere', { login: user.login, company: own.name, licence: own.licence }), [detail('userId', u('users.tiedElsewhere.detail', { licence: own.licence }))]);
    }
  });
}

/** Unties a user from a company (it then applies in no company's name); audited. */
export async function untieCompanyUser(db: Db, actor: Actor, participant: string | undefined, licence: string, userId: string): Promise<CompanyUsers> {
  return onCompanyUser(db, actor, participant, licence, userId, async (tx, company, user) => {
    const p = company.participant;
    if (!(await store.untie(tx, { participant: p, user_id: user.id, licence }))) throw notFound(u('users.notTied', { login: user.login, company: company.name, licence }));
    await audit.record(tx, actor, 'companies.user.untie', user.id, { participant: p, licence, login: user.login });
  });
}

/** A user named by its login (the command line), as the tie and untie use cases take it. */
export async function userIdOf(db: Db, login: string): Promise<string> {
  const id = await store.userIdByLogin(db, login);
  if (!id) throw notFound(u('users.unknown', { user: login }));
  return id;
}
