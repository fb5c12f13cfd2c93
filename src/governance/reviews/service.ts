// Use cases of peer review: record a review visit or mission, schedule it, name its team, close it,
// the report (submitted by the team, adopted by the working group, shared with UN bodies by the Chair)
// with its recommendations, and the follow-up action plans with their items.
import { country } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, detail, detailAt, forbidden, invalid, notFound, type ErrorDetail } from '../../core/errors.js';
import { verbatim } from '../../core/i18n.js';
import { m as say } from './messages.js';
import { common } from '../common-messages.js';
import { isIsoDay, today } from '../../core/time.js';
import { actingFor, type Actor } from '../../auth/model.js';
import { authorize, can } from '../policy.js';
import * as audit from '../../audit/service.js';
import * as participants from '../../participants/service.js';
import { notify } from '../../notifications/service.js';
import { canMove, teamProblems, urgency, type ReviewKind, type ReviewStatus, type TeamMember } from './model.js';
import * as store from './store.js';

const day = (value: string | undefined | null, path: string, problems: ErrorDetail[]) => {
  if (value !== undefined && value !== null && !isIsoDay(value)) problems.push(detail(path, say('dayGot', { value })));
};

async function checkMembers(db: Db, codes: { path: string; code: string }[], problems: ErrorDetail[], orgs: boolean) {
  for (const { path, code } of codes) {
    if (await participants.exists(db, code)) continue;
    if (orgs && (await participants.organisationExists(db, code))) continue;
    problems.push(detail(path, orgs ? say('notAParticipantNorOrganisation', { code }) : common('notAParticipant', { code })));
  }
}

/** Whether the actor may read the review's confidential documents (report, recommendations, action plans). */
export function mayReadDocuments(actor: Actor, review: store.StoredReview): boolean {
  if (can(actor, 'reviews.manage')) return true;
  if (!can(actor, 'reviews.documents.read')) return false;
  if (actor.roles.includes('un')) return review.sharedWithUn;
  if (actor.participant === review.participant && actor.roles.includes('officer')) return true;
  const acting = actingFor(actor);
  return acting !== null && review.team.some((m) => m.member === acting);
}

async function load(db: Db, id: string) {
  const r = await store.byId(db, id);
  if (!r) throw notFound(say('review.notFound', { id }));
  return r;
}

export async function list(db: Db, actor: Actor, filter: { participant?: string; status?: ReviewStatus; kind?: ReviewKind } = {}) {
  authorize(actor, 'reviews.read');
  const rows = await store.list(db, filter);
  return rows.map(({ report: _r, ...r }) => ({ ...r, documentsVisible: mayReadDocuments(actor, { ...r, report: _r }) }));
}

export interface ReviewDetail extends Omit<store.StoredReview, 'report'> {
  documentsVisible: boolean;
  report: store.StoredReview['report'];
  recommendations: { id: string; position: number; text: string }[];
  plans: (Omit<store.StoredPlan, 'items'> & { items: (store.StoredPlan['items'][number] & { urgency: ReturnType<typeof urgency> })[] })[];
}

/** A review; its documents only for those who may read them (others see the schedule and the team). */
export async function get(db: Db, actor: Actor, id: string, on: string = today()): Promise<ReviewDetail> {
  authorize(actor, 'reviews.read');
  const r = await load(db, id);
  if (!mayReadDocuments(actor, r)) return { ...r, report: null, documentsVisible: false, recommendations: [], plans: [] };
  const plans = await store.plans(db, { participant: r.participant, reviewId: r.id });
  return {
    ...r,
    documentsVisible: true,
    recommendations: await store.recommendations(db, r.participant, r.id),
    plans: plans.map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, urgency: urgency(i, on) })) })),
  };
}

export interface NewReview {
  participant: string;
  kind: ReviewKind;
  purpose: string;
  basis?: string;
  invitedOn: string;
  dueBy?: string;
  team?: TeamMember[];
}

export async function create(db: Db, actor: Actor, input: NewReview) {
  authorize(actor, 'reviews.manage');
  const problems: ErrorDetail[] = [];
  day(input.invitedOn, 'invitedOn', problems);
  day(input.dueBy, 'dueBy', problems);
  if (!input.purpose?.trim()) problems.push(detail('purpose', say('purpose.required')));
  await checkMembers(db, [{ path: 'participant', code: input.participant }], problems, false);
  const team = input.team ?? [];
  problems.push(...teamProblems(input.participant, team));
  await checkMembers(db, team.map((m, i) => ({ path: `team/${i}/member`, code: m.member })), problems, true);
  if (problems.length) throw invalid(say('review.cannotRecord'), problems);
  const id = randomUUID();
  await transaction(db, async (tx) => {
    await store.insert(tx, { participant: input.participant, id, kind: input.kind, purpose: input.purpose.trim(), basis: input.basis?.trim() || null, invitedOn: input.invitedOn, dueBy: input.dueBy ?? null });
    await store.replaceTeam(tx, input.participant, id, team.map((m) => ({ ...m, id: randomUUID() })));
    await audit.record(tx, actor, 'reviews.create', id, { participant: input.participant, kind: input.kind, invitedOn: input.invitedOn, dueBy: input.dueBy ?? null, team });
  });
  return get(db, actor, id);
}

export async function setTeam(db: Db, actor: Actor, id: string, team: TeamMember[]) {
  authorize(actor, 'reviews.manage');
  const r = await load(db, id);
  if (r.status === 'done' || r.status === 'cancelled') throw conflict(say('team.kept', { status: r.status }));
  const problems = teamProblems(r.participant, team);
  await checkMembers(db, team.map((m, i) => ({ path: `team/${i}/member`, code: m.member })), problems, true);
  if (problems.length) throw invalid(say('team.cannotSet'), problems);
  await transaction(db, async (tx) => {
    await store.replaceTeam(tx, r.participant, id, team.map((m) => ({ ...m, id: randomUUID() })));
    await audit.record(tx, actor, 'reviews.team', id, { participant: r.participant, team });
  });
  return get(db, actor, id);
}

export interface Move {
  status: ReviewStatus;
  scheduledFrom?: string;
  scheduledTo?: string;
  doneOn?: string;
  reason?: string;
}

/** invited → scheduled (with dates and a team) → done (on a day); or cancelled with a reason. */
export async function move(db: Db, actor: Actor, id: string, m: Move) {
  authorize(actor, 'reviews.manage');
  const r = await load(db, id);
  if (!canMove(r.status, m.status)) throw conflict(say('review.cannotMove', { from: r.status, to: m.status }));
  const problems: ErrorDetail[] = [];
  day(m.scheduledFrom, 'scheduledFrom', problems);
  day(m.scheduledTo, 'scheduledTo', problems);
  day(m.doneOn, 'doneOn', problems);
  let set: store.ReviewSet = { status: m.status };
  if (m.status === 'scheduled') {
    if (!m.scheduledFrom) problems.push(detail('scheduledFrom', say('schedule.from')));
    if (m.scheduledTo && m.scheduledFrom && m.scheduledTo < m.scheduledFrom) problems.push(detail('scheduledTo', say('schedule.beforeFirst')));
    if (r.team.length === 0) problems.push(detail('team', say('schedule.team')));
    set = { ...set, scheduled_from: m.scheduledFrom ?? null, scheduled_to: m.scheduledTo ?? m.scheduledFrom ?? null };
  } else if (m.status === 'done') {
    if (!m.doneOn) problems.push(detail('doneOn', say('done.required')));
    else if (r.scheduledFrom && m.doneOn < r.scheduledFrom) problems.push(detail('doneOn', say('done.beforeVisit', { from: r.scheduledFrom })));
    set = { ...set, done_on: m.doneOn ?? null };
  } else if (m.status === 'cancelled') {
    if (!m.reason?.trim()) problems.push(detail('reason', say('cancel.reason')));
    set = { ...set, cancelled_reason: m.reason?.trim() ?? null };
  } else {
    set = { ...set, scheduled_from: null, scheduled_to: null };
  }
  if (problems.length) throw invalid(say('review.cannotBecome', { to: m.status }), problems);
  await transaction(db, async (tx) => {
    await store.update(tx, r.participant, id, set);
    await audit.record(tx, actor, 'reviews.move', id, { participant: r.participant, from: r.status, to: m.status, ...m });
  });
  return get(db, actor, id);
}

/** The team submits (or, before adoption, resubmits) the report of a review done, with its recommendations. */
export async function submitReport(db: Db, actor: Actor, id: string, input: { text: string; recommendations: string[] }) {
  authorize(actor, 'reviews.report.submit');
  const r = await load(db, id);
  const acting = actingFor(actor);
  const onTeam = acting !== null && r.team.some((m) => m.member === acting) && acting !== r.participant;
  if (!onTeam && !can(actor, 'reviews.manage')) throw forbidden(say('report.notOnTeam', { actor: actor.name }));
  if (r.status !== 'done') throw conflict(say('report.notDone', { status: r.status }));
  if (r.reportStatus === 'adopted') throw conflict(say('report.adopted'));
  const problems: ErrorDetail[] = [];
  if (!input.text?.trim()) problems.push(detail('text', say('report.empty')));
  input.recommendations.forEach((t, i) => !t.trim() && problems.push(detail(`recommendations/${i}`, say('report.emptyRecommendation'))));
  if (problems.length) throw invalid(say('report.cannotSubmit'), problems);
  await transaction(db, async (tx) => {
    await store.update(tx, r.participant, id, { report_text: input.text.trim(), report_status: 'submitted', report_submitted_at: new Date(), report_submitted_by: actor.name });
    await store.replaceRecommendations(tx, r.participant, id, input.recommendations.map((t) => ({ id: randomUUID(), text: t.trim() })));
    await audit.record(tx, actor, 'reviews.report.submit', id, { participant: r.participant, length: input.text.trim().length, recommendations: input.recommendations.length });
  });
  return get(db, actor, id);
}

export async function adoptReport(db: Db, actor: Actor, id: string) {
  authorize(actor, 'reviews.report.adopt');
  const r = await load(db, id);
  if (r.reportStatus !== 'submitted') throw conflict(say(r.reportStatus === 'adopted' ? 'report.alreadyAdopted' : 'report.none'));
  await transaction(db, async (tx) => {
    await store.update(tx, r.participant, id, { report_status: 'adopted', report_adopted_at: new Date(), report_adopted_by: actor.name });
    await audit.record(tx, actor, 'reviews.report.adopt', id, { participant: r.participant });
  });
  return get(db, actor, id);
}

/** The Chair shares the report with UN bodies (who and when are kept), or withdraws the share. */
export async function shareReport(db: Db, actor: Actor, id: string, shared: boolean) {
  authorize(actor, 'reviews.report.share');
  const r = await load(db, id);
  if (shared && !r.reportStatus) throw conflict(say('report.noneToShare'));
  await transaction(db, async (tx) => {
    await store.update(tx, r.participant, id, shared ? { shared_with_un: true, shared_by: actor.name, shared_at: new Date() } : { shared_with_un: false, shared_by: null, shared_at: null });
    if (shared) {
      await notify(tx, {
        kind: 'document.shared',
        subject: msg('review.shared.subject', { kind: msg(`review.${r.kind}`), participant: country(r.participant) }),
        body: msg('review.shared.body', { kind: msg(`review.${r.kind}`), participant: country(r.participant), purpose: r.purpose }),
        link: `/governance/reviews/${r.id}`,
        participant: r.participant,
        dedupeKey: `review.shared:${r.id}`,
        to: { roles: ['un'] },
      });
    }
    await audit.record(tx, actor, shared ? 'reviews.report.share' : 'reviews.report.unshare', id, { participant: r.participant });
  });
  return get(db, actor, id);
}

// ---- action plans ----

export interface NewItem {
  description: string;
  owner: string;
  deadline: string;
}

async function checkItems(db: Db, items: NewItem[], prefix: string, problems: ErrorDetail[]) {
  items.forEach((it, i) => {
    if (!it.description?.trim()) problems.push(detail(`${prefix}${i}/description`, say('item.description')));
    day(it.deadline, `${prefix}${i}/deadline`, problems);
  });
  await checkMembers(db, items.map((it, i) => ({ path: `${prefix}${i}/owner`, code: it.owner })), problems, false);
}

/** A follow-up action plan of the reviewed Participant, attached to the review, with its items. */
export async function createPlan(db: Db, actor: Actor, reviewId: string, input: { title: string; basis?: string; items: NewItem[] }) {
  authorize(actor, 'reviews.manage');
  const r = await load(db, reviewId);
  const problems: ErrorDetail[] = [];
  if (!input.title?.trim()) problems.push(detail('title', say('plan.title')));
  await checkItems(db, input.items, 'items/', problems);
  if (problems.length) throw invalid(say('plan.cannotRecord'), problems);
  const id = randomUUID();
  await transaction(db, async (tx) => {
    await store.insertPlan(tx, { participant: r.participant, id, reviewId, title: input.title.trim(), basis: input.basis?.trim() || null });
    for (const it of input.items) await store.insertItem(tx, { participant: r.participant, planId: id, id: randomUUID(), description: it.description.trim(), owner: it.owner, deadline: it.deadline });
    await audit.record(tx, actor, 'reviews.plan.create', id, { participant: r.participant, review: reviewId, title: input.title.trim(), items: input.items });
  });
  return get(db, actor, reviewId);
}

export async function addItem(db: Db, actor: Actor, planId: string, item: NewItem) {
  authorize(actor, 'reviews.manage');
  const [plan] = await store.plans(db, { id: planId });
  if (!plan) throw notFound(say('plan.notFound', { id: planId }));
  const problems: ErrorDetail[] = [];
  await checkItems(db, [item], 'items/', problems);
  if (problems.length) throw invalid(say('item.cannotAdd'), problems.map((p) => detailAt({ path: p.path?.replace(/^items\/0\//, '') }, p.msg ?? verbatim(p.message))));
  const id = randomUUID();
  await transaction(db, async (tx) => {
    await store.insertItem(tx, { participant: plan.participant, planId, id, description: item.description.trim(), owner: item.owner, deadline: item.deadline });
    await audit.record(tx, actor, 'reviews.item.create', id, { participant: plan.participant, plan: planId, ...item });
  });
  const after = (await store.plans(db, { id: planId }))[0]!;
  return { ...after, items: after.items.map((i) => ({ ...i, urgency: urgency(i, today()) })) };
}

/** The owner's officers (or the working group) mark an item done, with the evidence of it. */
export async function completeItem(db: Db, actor: Actor, itemId: string, input: { evidence: string; on?: string }) {
  authorize(actor, 'reviews.items.complete');
  const item = await store.itemById(db, itemId);
  if (!item) throw notFound(say('item.notFound', { id: itemId }));
  if (!can(actor, 'reviews.manage') && actor.participant !== item.owner) throw forbidden(say('item.notOwner', { actor: actor.name, owner: item.owner }));
  if (item.status === 'done') throw conflict(say('item.alreadyDone'));
  const problems: ErrorDetail[] = [];
  if (!input.evidence?.trim()) problems.push(detail('evidence', say('item.evidence')));
  day(input.on, 'on', problems);
  if (problems.length) throw invalid(say('item.cannotComplete'), problems);
  const on = input.on ?? today();
  await transaction(db, async (tx) => {
    await store.completeItem(tx, item.participant, item.planId, item.id, { evidence: input.evidence.trim(), done_on: on, done_by: actor.name });
    await audit.record(tx, actor, 'reviews.item.complete', item.id, { participant: item.participant, owner: item.owner, evidence: input.evidence.trim(), on });
  });
  return { ...(await store.itemById(db, itemId))!, urgency: null };
}
