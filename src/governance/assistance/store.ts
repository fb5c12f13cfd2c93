// SQL of technical assistance.
import type { Db, Tx } from '../../db/store.js';
import type { Area, Need, Offer, Programme, ProgrammeStatus } from './model.js';

type Q = Db | Tx;
const iso = (d: Date | string) => new Date(d).toISOString();

export async function coordinators(q: Q) {
  const rows = await q.selectFrom('assistance_coordinators').selectAll().orderBy('designated_on').execute();
  return rows.map((r) => ({ member: r.member, designatedOn: r.designated_on, designatedBy: r.designated_by, note: r.note }));
}

export async function designate(tx: Tx, c: { member: string; designated_on: string; designated_by: string; note: string | null }) {
  await tx.deleteFrom('assistance_coordinators').execute();
  await tx.insertInto('assistance_coordinators').values(c).execute();
}

export async function needs(q: Q, filter: { participant?: string; status?: string; id?: string } = {}): Promise<Need[]> {
  let query = q.selectFrom('assistance_needs').selectAll();
  if (filter.participant) query = query.where('participant', '=', filter.participant);
  if (filter.status) query = query.where('status', '=', filter.status as Need['status']);
  if (filter.id) query = query.where('id', '=', filter.id);
  const rows = await query.orderBy('declared_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, participant: r.participant, title: r.title, description: r.description, area: r.area as Area, status: r.status, declaredBy: r.declared_by, declaredAt: iso(r.declared_at) }));
}

export async function insertNeed(tx: Tx, n: { participant: string; id: string; title: string; description: string; area: Area; declared_by: string }) {
  await tx.insertInto('assistance_needs').values({ ...n, declared_at: new Date() }).execute();
}

export async function setNeedStatus(tx: Tx, participant: string, id: string, status: Need['status']) {
  await tx.updateTable('assistance_needs').set({ status }).where('participant', '=', participant).where('id', '=', id).execute();
}

export async function offers(q: Q, filter: { donor?: string; status?: string; id?: string } = {}): Promise<Offer[]> {
  let query = q.selectFrom('assistance_offers').selectAll();
  if (filter.donor) query = query.where('donor', '=', filter.donor);
  if (filter.status) query = query.where('status', '=', filter.status as Offer['status']);
  if (filter.id) query = query.where('id', '=', filter.id);
  const rows = await query.orderBy('declared_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, donor: r.donor, title: r.title, description: r.description, area: r.area as Area, status: r.status, declaredBy: r.declared_by, declaredAt: iso(r.declared_at) }));
}

export async function insertOffer(tx: Tx, o: { donor: string; id: string; title: string; description: string; area: Area; declared_by: string }) {
  await tx.insertInto('assistance_offers').values({ ...o, declared_at: new Date() }).execute();
}

export async function programmes(q: Q, filter: { participant?: string; status?: string; id?: string; needId?: string } = {}): Promise<Programme[]> {
  let query = q.selectFrom('assistance_programmes').selectAll();
  if (filter.participant) query = query.where('participant', '=', filter.participant);
  if (filter.status) query = query.where('status', '=', filter.status as ProgrammeStatus);
  if (filter.id) query = query.where('id', '=', filter.id);
  if (filter.needId) query = query.where('need_id', '=', filter.needId);
  const rows = await query.orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, participant: r.participant, needId: r.need_id, donor: r.donor, offerId: r.offer_id, title: r.title, status: r.status,
    startsOn: r.starts_on, endsOn: r.ends_on, coordinator: r.coordinator, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  }));
}

export async function insertProgramme(tx: Tx, p: { participant: string; id: string; need_id: string; donor: string; offer_id: string; title: string; starts_on: string | null; ends_on: string | null; coordinator: string }) {
  const now = new Date();
  await tx.insertInto('assistance_programmes').values({ ...p, created_at: now, updated_at: now }).execute();
}

export async function updateProgramme(tx: Tx, participant: string, id: string, set: { status?: ProgrammeStatus; starts_on?: string | null; ends_on?: string | null }) {
  await tx.updateTable('assistance_programmes').set({ ...set, updated_at: new Date() }).where('participant', '=', participant).where('id', '=', id).execute();
}
