// SQL of peer review: reviews, teams, recommendations, action plans and items, the coverage baseline.
import type { Db, Tx } from '../../db/store.js';
import type { ActionItem, ReportStatus, Review, ReviewKind, ReviewStatus, TeamMember } from './model.js';

type Q = Db | Tx;

export interface StoredReview extends Review {
  report: { text: string; status: ReportStatus; submittedAt: string | null; submittedBy: string | null; adoptedAt: string | null; adoptedBy: string | null } | null;
  sharedBy: string | null;
  sharedAt: string | null;
  createdAt: string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

type ReviewRow = Awaited<ReturnType<typeof reviewRows>>[number];
const reviewRows = (q: Q) => q.selectFrom('reviews').selectAll().execute();

function toReview(r: ReviewRow, team: TeamMember[]): StoredReview {
  return {
    id: r.id, participant: r.participant, kind: r.kind, status: r.status, purpose: r.purpose, basis: r.basis,
    invitedOn: r.invited_on, dueBy: r.due_by, scheduledFrom: r.scheduled_from, scheduledTo: r.scheduled_to, doneOn: r.done_on,
    cancelledReason: r.cancelled_reason, team, reportStatus: r.report_status, sharedWithUn: r.shared_with_un,
    report: r.report_status && r.report_text !== null
      ? { text: r.report_text, status: r.report_status, submittedAt: iso(r.report_submitted_at), submittedBy: r.report_submitted_by, adoptedAt: iso(r.report_adopted_at), adoptedBy: r.report_adopted_by }
      : null,
    sharedBy: r.shared_by, sharedAt: iso(r.shared_at), createdAt: iso(r.created_at)!,
  };
}

async function teams(q: Q, ids: string[]) {
  const byReview = new Map<string, TeamMember[]>();
  if (ids.length === 0) return byReview;
  const rows = await q.selectFrom('review_team').selectAll().where('review_id', 'in', ids).orderBy('leader', 'desc').orderBy('member').orderBy('person').execute();
  for (const r of rows) byReview.set(r.review_id, [...(byReview.get(r.review_id) ?? []), { member: r.member, person: r.person, leader: r.leader }]);
  return byReview;
}

export async function list(q: Q, filter: { participant?: string; status?: ReviewStatus; kind?: ReviewKind } = {}): Promise<StoredReview[]> {
  let query = q.selectFrom('reviews').selectAll();
  if (filter.participant) query = query.where('participant', '=', filter.participant);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const rows = await query.orderBy('invited_on', 'desc').orderBy('participant').execute();
  const t = await teams(q, rows.map((r) => r.id));
  return rows.map((r) => toReview(r, t.get(r.id) ?? []));
}

export async function byId(q: Q, id: string): Promise<StoredReview | undefined> {
  const r = await q.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return toReview(r, (await teams(q, [id])).get(id) ?? []);
}

export async function insert(tx: Tx, r: { participant: string; id: string; kind: ReviewKind; purpose: string; basis: string | null; invitedOn: string; dueBy: string | null }) {
  await tx.insertInto('reviews').values({ participant: r.participant, id: r.id, kind: r.kind, purpose: r.purpose, basis: r.basis, invited_on: r.invitedOn, due_by: r.dueBy, created_at: new Date() }).execute();
}

export type ReviewSet = Partial<{
  status: ReviewStatus; scheduled_from: string | null; scheduled_to: string | null; done_on: string | null; cancelled_reason: string | null; due_by: string | null;
  report_text: string; report_status: ReportStatus; report_submitted_at: Date; report_submitted_by: string; report_adopted_at: Date; report_adopted_by: string;
  shared_with_un: boolean; shared_by: string | null; shared_at: Date | null;
}>;

export async function update(tx: Tx, participant: string, id: string, set: ReviewSet) {
  await tx.updateTable('reviews').set(set).where('participant', '=', participant).where('id', '=', id).execute();
}

export async function replaceTeam(tx: Tx, participant: string, reviewId: string, team: (TeamMember & { id: string })[]) {
  await tx.deleteFrom('review_team').where('participant', '=', participant).where('review_id', '=', reviewId).execute();
  if (team.length) await tx.insertInto('review_team').values(team.map((m) => ({ participant, review_id: reviewId, id: m.id, member: m.member, person: m.person.trim(), leader: m.leader }))).execute();
}

export async function recommendations(q: Q, participant: string, reviewId: string) {
  const rows = await q.selectFrom('review_recommendations').selectAll().where('participant', '=', participant).where('review_id', '=', reviewId).orderBy('position').execute();
  return rows.map((r) => ({ id: r.id, position: r.position, text: r.text }));
}

export async function replaceRecommendations(tx: Tx, participant: string, reviewId: string, recs: { id: string; text: string }[]) {
  await tx.deleteFrom('review_recommendations').where('participant', '=', participant).where('review_id', '=', reviewId).execute();
  if (recs.length) await tx.insertInto('review_recommendations').values(recs.map((r, i) => ({ participant, review_id: reviewId, id: r.id, position: i + 1, text: r.text, created_at: new Date() }))).execute();
}

// ---- action plans ----

export interface StoredPlan {
  id: string;
  participant: string;
  reviewId: string | null;
  title: string;
  basis: string | null;
  createdAt: string;
  items: ActionItem[];
}

type ItemRow = { participant: string; plan_id: string; id: string; description: string; owner: string; deadline: string; status: 'open' | 'done'; evidence: string | null; done_on: string | null; done_by: string | null };
const toItem = (r: ItemRow): ActionItem => ({ id: r.id, participant: r.participant, planId: r.plan_id, description: r.description, owner: r.owner, deadline: r.deadline, status: r.status, evidence: r.evidence, doneOn: r.done_on, doneBy: r.done_by });

export async function plans(q: Q, filter: { participant?: string; reviewId?: string; id?: string }): Promise<StoredPlan[]> {
  let query = q.selectFrom('action_plans').selectAll();
  if (filter.participant) query = query.where('participant', '=', filter.participant);
  if (filter.reviewId) query = query.where('review_id', '=', filter.reviewId);
  if (filter.id) query = query.where('id', '=', filter.id);
  const rows = await query.orderBy('created_at').execute();
  if (rows.length === 0) return [];
  const items = await q.selectFrom('action_items').selectAll().where('plan_id', 'in', rows.map((r) => r.id)).orderBy('deadline').orderBy('created_at').execute();
  return rows.map((r) => ({
    id: r.id, participant: r.participant, reviewId: r.review_id, title: r.title, basis: r.basis, createdAt: iso(r.created_at)!,
    items: items.filter((i) => i.plan_id === r.id).map(toItem),
  }));
}

export async function insertPlan(tx: Tx, p: { participant: string; id: string; reviewId: string | null; title: string; basis: string | null }) {
  await tx.insertInto('action_plans').values({ participant: p.participant, id: p.id, review_id: p.reviewId, title: p.title, basis: p.basis, created_at: new Date() }).execute();
}

export async function insertItem(tx: Tx, i: { participant: string; planId: string; id: string; description: string; owner: string; deadline: string }) {
  await tx.insertInto('action_items').values({ participant: i.participant, plan_id: i.planId, id: i.id, description: i.description, owner: i.owner, deadline: i.deadline, created_at: new Date() }).execute();
}

export async function itemById(q: Q, id: string): Promise<ActionItem | undefined> {
  const r = await q.selectFrom('action_items').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toItem(r) : undefined;
}

export async function completeItem(tx: Tx, participant: string, planId: string, id: string, set: { evidence: string; done_on: string; done_by: string }) {
  await tx.updateTable('action_items').set({ status: 'done', ...set }).where('participant', '=', participant).where('plan_id', '=', planId).where('id', '=', id).execute();
}

/** Open items whose deadline is on or before the day given (every Participant: the sweep and the Chair's list). */
export async function openItemsDueBy(q: Q, day: string): Promise<(ActionItem & { planTitle: string; reviewId: string | null })[]> {
  const rows = await q
    .selectFrom('action_items as i')
    .innerJoin('action_plans as p', (j) => j.onRef('p.participant', '=', 'i.participant').onRef('p.id', '=', 'i.plan_id'))
    .selectAll('i')
    .select(['p.title as plan_title', 'p.review_id as review_id'])
    .where('i.status', '=', 'open')
    .where('i.deadline', '<=', day)
    .orderBy('i.deadline')
    .orderBy('i.participant')
    .execute();
  return rows.map((r) => ({ ...toItem(r), planTitle: r.plan_title, reviewId: r.review_id }));
}

/** Reviews not yet done whose due day is on or before the day given (every Participant). */
export async function reviewsDueBy(q: Q, day: string) {
  const rows = await q
    .selectFrom('reviews')
    .select(['participant', 'id', 'kind', 'status', 'purpose', 'due_by'])
    .where('status', 'in', ['invited', 'scheduled'])
    .where('due_by', 'is not', null)
    .where('due_by', '<=', day)
    .orderBy('due_by')
    .execute();
  return rows.map((r) => ({ id: r.id, participant: r.participant, kind: r.kind, status: r.status, purpose: r.purpose, dueBy: r.due_by! }));
}

export async function baselines(q: Q) {
  const rows = await q.selectFrom('review_coverage_baselines').selectAll().orderBy('year').execute();
  return rows.map((r) => ({ year: r.year, participantsVisited: r.participants_visited, participantsVisitedOrInvited: r.participants_visited_or_invited, source: r.source }));
}
