// SQL of the Participant registry.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/store.js';
import type { Measure, Membership, StatusPeriod } from './model.js';
import type { RegistrySeed } from './seed.js';

type Q = Db | Tx;

export async function countParticipants(db: Q): Promise<number> {
  const r = await db.selectFrom('participants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function allParticipants(db: Q) {
  return db.selectFrom('participants').selectAll().orderBy('name').execute();
}

export async function participant(db: Q, code: string) {
  return db.selectFrom('participants').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function statusHistories(db: Q, code?: string): Promise<Map<string, StatusPeriod[]>> {
  let q = db.selectFrom('participant_status').selectAll().orderBy('valid_from');
  if (code) q = q.where('participant', '=', code);
  const map = new Map<string, StatusPeriod[]>();
  for (const r of await q.execute()) {
    const list = map.get(r.participant) ?? [];
    list.push({ status: r.status, validFrom: r.valid_from, validTo: r.valid_to, fromPrecision: r.from_precision, basis: r.basis, note: r.note });
    map.set(r.participant, list);
  }
  return map;
}

export async function memberships(db: Q): Promise<Membership[]> {
  const rows = await db.selectFrom('participant_members').selectAll().orderBy('country').execute();
  return rows.map((r) => ({ participant: r.participant, country: r.country, validFrom: r.valid_from, validTo: r.valid_to, basis: r.basis }));
}

export async function measures(db: Q): Promise<Measure[]> {
  const rows = await db.selectFrom('un_measures').selectAll().orderBy('valid_from').execute();
  return rows.map((r) => ({ id: r.id, target: r.target, kind: r.kind, basis: r.basis, validFrom: r.valid_from, validTo: r.valid_to, note: r.note, symbol: r.symbol, scope: r.scope }));
}

export async function updateAuthority(
  tx: Tx,
  code: string,
  patch: { authority_name?: string | null; authority_address?: string | null; authority_email?: string | null; certificate_validity_days?: number },
): Promise<void> {
  await tx.updateTable('participants').set(patch).where('code', '=', code).execute();
}

export async function organisations(db: Q) {
  return db.selectFrom('organisations').selectAll().orderBy('id').execute();
}

export async function chairs(db: Q) {
  return db.selectFrom('chairs').selectAll().orderBy('year').execute();
}

export async function workingGroups(db: Q) {
  const groups = await db.selectFrom('working_groups').selectAll().orderBy('id').execute();
  const members = await db.selectFrom('working_group_members').selectAll().orderBy('member').execute();
  return groups.map((g) => ({ ...g, members: members.filter((m) => m.group_id === g.id) }));
}

export async function observers(db: Q, year: number) {
  return db.selectFrom('plenary_observers').selectAll().where('year', '=', year).orderBy('member').execute();
}

export async function insertSeed(tx: Tx, seed: RegistrySeed): Promise<void> {
  await tx.insertInto('participants').values(seed.participants).execute();
  await tx
    .insertInto('participant_status')
    .values(seed.statuses.map((s) => ({ participant: s.participant, id: randomUUID(), status: s.status, valid_from: s.validFrom, valid_to: s.validTo, from_precision: s.fromPrecision, basis: s.basis, note: s.note, source: s.source })))
    .execute();
  await tx.insertInto('participant_members').values(seed.members.map((m) => ({ participant: m.participant, country: m.country, valid_from: m.validFrom, valid_to: m.validTo, basis: m.basis }))).execute();
  await tx.insertInto('un_measures').values(seed.measures.map((m) => ({ target: m.target, id: randomUUID(), kind: m.kind, basis: m.basis, valid_from: m.validFrom, valid_to: m.validTo, note: m.note, symbol: m.symbol, scope: m.scope }))).execute();
  await tx.insertInto('organisations').values(seed.organisations).execute();
  await tx.insertInto('chairs').values(seed.chairs.map((c) => ({ year: c.year, chair: c.chair, vice_chair: c.viceChair }))).execute();
  await tx.insertInto('working_groups').values(seed.workingGroups.map((g) => ({ id: g.id, name: g.name, chair: g.chair, established: g.established, note: g.note }))).execute();
  await tx
    .insertInto('working_group_members')
    .values(seed.workingGroups.flatMap((g) => g.members.map((m) => ({ group_id: g.id, member: m.member, role: m.role, region: m.region }))))
    .execute();
  await tx.insertInto('plenary_observers').values(seed.observers).execute();
}

// Changes made by governance decisions (governance/participation): a new status period, the chairs.

export async function latestPeriod(db: Q, code: string) {
  return db.selectFrom('participant_status').selectAll().where('participant', '=', code).orderBy('valid_from', 'desc').limit(1).executeTakeFirst();
}

export async function closePeriod(tx: Tx, code: string, id: string, validTo: string): Promise<void> {
  await tx.updateTable('participant_status').set({ valid_to: validTo }).where('participant', '=', code).where('id', '=', id).execute();
}

export async function insertPeriod(tx: Tx, p: { participant: string; status: StatusPeriod['status']; validFrom: string; basis: string | null; note: string | null; source: string }): Promise<void> {
  await tx.insertInto('participant_status').values({ participant: p.participant, id: randomUUID(), status: p.status, valid_from: p.validFrom, valid_to: null, from_precision: 'day', basis: p.basis, note: p.note, source: p.source }).execute();
}

export async function chair(db: Q, year: number) {
  return db.selectFrom('chairs').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function setViceChair(tx: Tx, year: number, code: string): Promise<void> {
  await tx.updateTable('chairs').set({ vice_chair: code }).where('year', '=', year).execute();
}

export async function insertChair(tx: Tx, year: number, chair: string): Promise<void> {
  await tx.insertInto('chairs').values({ year, chair, vice_chair: null }).execute();
}
