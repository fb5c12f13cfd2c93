// SQL of working groups. The groups and their members are registry tables (migrations/0001, dates
// added by 0007) that participants/ reads for the public registry; governance/groups is the one
// place that changes them. Meetings are this workflow's own table.
import type { Db, Tx } from '../../db/store.js';

type Q = Db | Tx;

export async function groups(db: Q) {
  return db.selectFrom('working_groups').selectAll().orderBy('id').execute();
}

export async function group(db: Q, id: string) {
  return db.selectFrom('working_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function members(db: Q, groupId?: string) {
  let q = db.selectFrom('working_group_members').selectAll().orderBy('group_id').orderBy('member');
  if (groupId) q = q.where('group_id', '=', groupId);
  return q.execute();
}

export async function insertGroup(tx: Tx, row: { id: string; name: string; chair: string; established: string | null; note: string | null }) {
  await tx.insertInto('working_groups').values(row).execute();
}

export async function updateGroup(tx: Tx, id: string, set: { name?: string; chair?: string; note?: string | null; established?: string | null }) {
  await tx.updateTable('working_groups').set(set).where('id', '=', id).execute();
}

export async function upsertMember(tx: Tx, row: { group_id: string; member: string; role: 'member' | 'coordinator'; region: string | null; since: string | null; until: string | null }) {
  await tx
    .insertInto('working_group_members')
    .values(row)
    .onConflict((oc) => oc.columns(['group_id', 'member']).doUpdateSet({ role: row.role, region: row.region, since: row.since, until: row.until }))
    .execute();
}

export async function deleteMember(tx: Tx, groupId: string, member: string) {
  return (await tx.deleteFrom('working_group_members').where('group_id', '=', groupId).where('member', '=', member).executeTakeFirst()).numDeletedRows > 0n;
}

export async function meetings(db: Q, groupId: string) {
  return db.selectFrom('working_group_meetings').selectAll().where('group_id', '=', groupId).orderBy('held_on', 'desc').execute();
}

export async function meeting(db: Q, groupId: string, id: string) {
  return db.selectFrom('working_group_meetings').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
}

export async function insertMeeting(tx: Tx, row: { group_id: string; id: string; held_on: string; place: string; agenda: string; minutes: string | null; created_by: string }) {
  await tx.insertInto('working_group_meetings').values(row).execute();
}

export async function updateMeeting(tx: Tx, groupId: string, id: string, set: { held_on?: string; place?: string; agenda?: string; minutes?: string | null }) {
  await tx.updateTable('working_group_meetings').set(set).where('group_id', '=', groupId).where('id', '=', id).execute();
}

export async function deleteMeeting(tx: Tx, groupId: string, id: string) {
  await tx.deleteFrom('working_group_meetings').where('group_id', '=', groupId).where('id', '=', id).execute();
}
