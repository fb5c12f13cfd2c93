// Use cases of working groups: the public list of groups with their chairs and members (with dates);
// the group's chair, the Chair and administrators keep the group, its members and its meetings
// (date, place, agenda, minutes), which only the group's members read.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, detail, invalid, notFound } from '../../core/errors.js';
import { field } from '../../core/messages.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { isIsoDay, today } from '../../core/time.js';
import type { Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import * as audit from '../../audit/service.js';
import * as participants from '../../participants/service.js';
import * as store from './store.js';

export interface Member {
  member: string;
  role: 'member' | 'coordinator';
  region: string | null;
  since: string | null;
  until: string | null;
}

export interface Group {
  id: string;
  name: string;
  chair: string;
  established: string | null;
  note: string | null;
  members: Member[];
}

export interface Meeting {
  id: string;
  group: string;
  heldOn: string;
  place: string;
  agenda: string;
  minutes: string | null;
  createdBy: string;
}

type GroupRow = NonNullable<Awaited<ReturnType<typeof store.group>>>;
type MemberRow = Awaited<ReturnType<typeof store.members>>[number];
type MeetingRow = NonNullable<Awaited<ReturnType<typeof store.meeting>>>;

const toMember = (m: MemberRow): Member => ({ member: m.member, role: m.role, region: m.region, since: m.since, until: m.until });
const toMeeting = (m: MeetingRow): Meeting => ({ id: m.id, group: m.group_id, heldOn: m.held_on, place: m.place, agenda: m.agenda, minutes: m.minutes, createdBy: m.created_by });

export async function list(db: Db, actor: Actor): Promise<Group[]> {
  authorize(actor, 'groups.read');
  const [groups, members] = await Promise.all([store.groups(db), store.members(db)]);
  return groups.map((g) => ({ id: g.id, name: g.name, chair: g.chair, established: g.established, note: g.note, members: members.filter((m) => m.group_id === g.id).map(toMember) }));
}

export async function get(db: Db | Tx, actor: Actor, id: string): Promise<Group> {
  authorize(actor, 'groups.read');
  const g = await store.group(db, id);
  if (!g) throw notFound(m('notFound', { id }));
  return { id: g.id, name: g.name, chair: g.chair, established: g.established, note: g.note, members: (await store.members(db, id)).map(toMember) };
}

/**
 * Where a Participant or organisation stands in a working group on a day: a member (its membership
 * dates include the day), and whether it chairs the group. For other domains' rules (who may publish a
 * group's documents); no policy check: it reads the public registry.
 */
export async function standing(db: Db | Tx, groupId: string, member: string, on: string = today()): Promise<{ exists: boolean; member: boolean; chair: boolean; chairedBy: string | null }> {
  const g = await store.group(db, groupId);
  if (!g) return { exists: false, member: false, chair: false, chairedBy: null };
  const rows = (await store.members(db, groupId)).filter((m) => m.member === member && (m.since === null || m.since <= on) && (m.until === null || on < m.until));
  return { exists: true, member: rows.length > 0, chair: g.chair === member, chairedBy: g.chair };
}

async function loadFor(tx: Db | Tx, actor: Actor, id: string, action: 'groups.manage' | 'groups.meetings.manage' | 'groups.meetings.read'): Promise<GroupRow> {
  const g = await store.group(tx, id);
  if (!g) throw notFound(m('notFound', { id }));
  authorize(actor, action, { group: g.id, participant: g.chair });
  return g;
}

async function checkMember(db: Db, code: string, path: string) {
  if (!(await participants.exists(db, code)) && !(await participants.organisationExists(db, code))) {
    throw invalid(common('neitherParticipantNorOrganisation', { code }), [detail(path, m('member.unknown'))]);
  }
}

function checkDays(input: Record<string, unknown>, keys: string[]) {
  // an empty string is no day (JSON schemas may turn a null into an empty string)
  const bad = keys.filter((k) => typeof input[k] === 'string' && input[k] !== '' && !isIsoDay(input[k] as string));
  if (bad.length) throw invalid(m('days.written'), bad.map((path) => detail(path, common('notAValidDay'))));
}

export async function create(db: Db, actor: Actor, input: { id: string; name: string; chair: string; established?: string | null; note?: string | null }): Promise<Group> {
  authorize(actor, 'groups.create');
  if (!/^[A-Z][A-Z0-9-]{1,15}$/.test(input.id)) throw invalid(m('id.invalid', { example: 'WGM' }), [detail('id', m('id.detail'))]);
  checkDays(input, ['established']);
  await checkMember(db, input.chair, 'chair');
  await transaction(db, async (tx) => {
    if (await store.group(tx, input.id)) throw conflict(m('exists', { id: input.id }));
    await store.insertGroup(tx, { id: input.id, name: input.name.trim(), chair: input.chair, established: input.established ?? null, note: input.note ?? null });
    await store.upsertMember(tx, { group_id: input.id, member: input.chair, role: 'member', region: null, since: input.established ?? null, until: null });
    await audit.record(tx, actor, 'groups.create', input.id, input);
  });
  return get(db, actor, input.id);
}

export async function update(db: Db, actor: Actor, id: string, patch: { name?: string; chair?: string; note?: string | null; established?: string | null }): Promise<Group> {
  checkDays(patch, ['established']);
  if (patch.chair) await checkMember(db, patch.chair, 'chair');
  await transaction(db, async (tx) => {
    const g = await loadFor(tx, actor, id, 'groups.manage');
    const set = { ...(patch.name !== undefined && { name: patch.name.trim() }), ...(patch.chair !== undefined && { chair: patch.chair }), ...(patch.note !== undefined && { note: patch.note || null }), ...(patch.established !== undefined && { established: patch.established || null }) };
    if (Object.keys(set).length === 0) return;
    if (patch.chair && !(await store.members(tx, id)).some((m) => m.member === patch.chair && m.until === null)) {
      throw conflict(m('chair.notMember', { chair: patch.chair, id }));
    }
    await store.updateGroup(tx, id, set);
    await audit.record(tx, actor, 'groups.update', id, { before: { name: g.name, chair: g.chair, note: g.note, established: g.established }, after: set });
  });
  return get(db, actor, id);
}

export async function putMember(db: Db, actor: Actor, id: string, member: string, input: { role?: 'member' | 'coordinator'; region?: string | null; since?: string | null; until?: string | null }): Promise<Group> {
  checkDays(input, ['since', 'until']);
  if (input.since && input.until && input.until <= input.since) throw invalid(m('membership.order'), [detail('until', m('membership.notAfter', { since: 'since' }))]);
  await checkMember(db, member, 'member');
  await transaction(db, async (tx) => {
    await loadFor(tx, actor, id, 'groups.manage');
    const row = { group_id: id, member, role: input.role ?? 'member', region: input.region || null, since: input.since || null, until: input.until || null };
    await store.upsertMember(tx, row);
    await audit.record(tx, actor, 'groups.member.put', id, row);
  });
  return get(db, actor, id);
}

export async function removeMember(db: Db, actor: Actor, id: string, member: string): Promise<Group> {
  await transaction(db, async (tx) => {
    const g = await loadFor(tx, actor, id, 'groups.manage');
    if (g.chair === member) throw conflict(m('member.chairs', { member, id, until: 'until' }));
    if (!(await store.deleteMember(tx, id, member))) throw notFound(m('member.notMember', { member, id }));
    await audit.record(tx, actor, 'groups.member.remove', id, { member });
  });
  return get(db, actor, id);
}

export async function meetings(db: Db, actor: Actor, id: string): Promise<Meeting[]> {
  await loadFor(db, actor, id, 'groups.meetings.read');
  return (await store.meetings(db, id)).map(toMeeting);
}

export interface MeetingInput {
  heldOn?: string;
  place?: string;
  agenda?: string;
  minutes?: string | null;
}

export async function addMeeting(db: Db, actor: Actor, id: string, input: MeetingInput): Promise<Meeting> {
  const problems = [];
  if (!input.heldOn || !isIsoDay(input.heldOn)) problems.push(detail('heldOn', common('dayWritten')));
  if (!input.place?.trim()) problems.push(detail('place', field('required')));
  if (!input.agenda?.trim()) problems.push(detail('agenda', field('required')));
  if (problems.length) throw invalid(m('meeting.problems', { count: problems.length }), problems);
  const meetingId = randomUUID();
  await transaction(db, async (tx) => {
    await loadFor(tx, actor, id, 'groups.meetings.manage');
    await store.insertMeeting(tx, { group_id: id, id: meetingId, held_on: input.heldOn!, place: input.place!.trim(), agenda: input.agenda!.trim(), minutes: input.minutes?.trim() || null, created_by: actor.name });
    await audit.record(tx, actor, 'groups.meeting.add', meetingId, { group: id, heldOn: input.heldOn, place: input.place });
  });
  return toMeeting((await store.meeting(db, id, meetingId))!);
}

export async function updateMeeting(db: Db, actor: Actor, id: string, meetingId: string, input: MeetingInput): Promise<Meeting> {
  checkDays(input as Record<string, unknown>, ['heldOn']);
  await transaction(db, async (tx) => {
    await loadFor(tx, actor, id, 'groups.meetings.manage');
    if (!(await store.meeting(tx, id, meetingId))) throw notFound(m('meeting.notFound', { meeting: meetingId, id }));
    const set = { ...(input.heldOn !== undefined && { held_on: input.heldOn }), ...(input.place !== undefined && { place: input.place.trim() }), ...(input.agenda !== undefined && { agenda: input.agenda.trim() }), ...(input.minutes !== undefined && { minutes: input.minutes?.trim() || null }) };
    if (Object.keys(set).length === 0) return;
    await store.updateMeeting(tx, id, meetingId, set);
    await audit.record(tx, actor, 'groups.meeting.update', meetingId, { group: id, ...set });
  });
  return toMeeting((await store.meeting(db, id, meetingId))!);
}

export async function deleteMeeting(db: Db, actor: Actor, id: string, meetingId: string): Promise<void> {
  await transaction(db, async (tx) => {
    await loadFor(tx, actor, id, 'groups.meetings.manage');
    if (!(await store.meeting(tx, id, meetingId))) throw notFound(m('meeting.notFound', { meeting: meetingId, id }));
    await store.deleteMeeting(tx, id, meetingId);
    await audit.record(tx, actor, 'groups.meeting.delete', meetingId, { group: id });
  });
}
