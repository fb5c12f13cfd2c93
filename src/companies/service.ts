// Licensed companies (issue #21, point 1): each Participant's register, kept by its authority officers;
// the checks certificates ask of it (the exporter licensed on the day of issue, a company user applying
// in its own company's name only, an unlicensed importer flagged at confirmation).
import type { Db, Tx } from '../db/store.js';
import { isUniqueViolation, transaction } from '../db/transaction.js';
import { conflict, invalid, notFound, type ErrorDetail } from '../core/errors.js';
import { today } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from '../auth/policy.js';
import * as audit from '../audit/service.js';
import { checkNewCompany, licensedOn, nameKey, whyNotLicensed, type Company, type NewCompany } from './model.js';
import * as store from './store.js';

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
  if (problems.length) throw invalid(`The company cannot be registered: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
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
    if (isUniqueViolation(e, 'companies_name')) throw conflict(`${input.participant} already registers a company named "${row.name}": one licence per company name.`);
    if (isUniqueViolation(e)) throw conflict(`${input.participant} already registers the licence ${input.licence}.`);
    throw e;
  }
  return view((await store.get(db, row.participant, row.licence))!);
}

export async function list(db: Db, actor: Actor, participant: string): Promise<Company[]> {
  authorize(actor, 'companies.read', { participant });
  return (await store.list(db, participant)).map(view);
}

export async function suspend(db: Db, actor: Actor, participant: string, licence: string, reason: string): Promise<Company> {
  if (!reason?.trim()) throw invalid('Say why the licence is suspended.', [{ path: 'reason', message: 'required' }]);
  authorize(actor, 'companies.manage', { participant });
  const found = await store.get(db, participant, licence);
  if (!found) throw notFound(`${participant} registers no licence ${licence}.`);
  await transaction(db, async (tx) => {
    const ok = await store.suspend(tx, participant, licence, { suspended_at: new Date(), suspended_by: actor.name, suspend_reason: reason.trim() });
    if (!ok) throw conflict(`The licence ${licence} of ${participant} is already suspended.`);
    await audit.record(tx, actor, 'companies.suspend', `${participant} ${licence}`, { participant, licence, reason: reason.trim() });
  });
  return view((await store.get(db, participant, licence))!);
}

/** Ties a company user to its company (the licence of the user's Participant); in the caller's transaction. */
export async function tieUser(tx: Tx, actor: Actor, participant: string, userId: string, licence: string): Promise<void> {
  authorize(actor, 'companies.manage', { participant });
  if (!(await store.get(tx, participant, licence))) throw invalid(`${participant} registers no licence ${licence}: register the company first (kpcs company add).`, [{ path: 'company', message: 'unknown licence' }]);
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
      return [{ path, message: `${actor.name} acts for ${own.name} (licence ${own.licence}) and applies only in its name, not in the name of "${exporterName.trim()}"` }];
    }
    if (!own && (await store.keepsRegister(db, participant, on))) {
      return [{ path, message: `${actor.name} is not tied to a company of ${participant}'s register: an officer ties a company user to its licence (kpcs user add --role company --company LICENCE)` }];
    }
  }
  if (!(await store.keepsRegister(db, participant, on))) return [];
  const c = await store.byName(db, participant, nameKey(exporterName));
  if (!c) return [{ path, message: `"${exporterName.trim()}" is not a company licensed by ${participant}: its certificates name only the companies of its register` }];
  const why = whyNotLicensed(view(c), on);
  return why ? [{ path, message: `${c.name} is not licensed on ${on}: ${why}` }] : [];
}

/** At confirmation: an importer not licensed on the day by an importing Participant that keeps a register is flagged. */
export async function importerFlag(db: Db | Tx, participant: string, importerName: string, on: string): Promise<ErrorDetail | null> {
  if (!(await store.keepsRegister(db, participant, on))) return null;
  const c = await store.byName(db, participant, nameKey(importerName));
  if (!c) return { path: 'importer.licence', message: `the importer "${importerName.trim()}" is not a company licensed by ${participant}` };
  return licensedOn(view(c), on) ? null : { path: 'importer.licence', message: `the importer ${c.name} is not licensed on ${on}: ${whyNotLicensed(view(c), on)}` };
}

/** Before creating a company user: the licence must be in the Participant's register (nothing written). */
export async function checkTie(db: Db, participant: string, licence: string, roles: readonly string[]): Promise<void> {
  if (!roles.includes('company')) throw invalid('--company ties a company user to its licence: give the role company.', [{ path: 'company', message: 'only for the role company' }]);
  if (!(await store.get(db, participant, licence))) throw invalid(`${participant} registers no licence ${licence}: register the company first (kpcs company add).`, [{ path: 'company', message: 'unknown licence' }]);
}

/** Ties a company user to its company, in a transaction of its own (audited). */
export async function tie(db: Db, actor: Actor, participant: string, userId: string, licence: string): Promise<void> {
  await transaction(db, (tx) => tieUser(tx, actor, participant, userId, licence));
}
