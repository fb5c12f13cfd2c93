// Use cases of applications for participation: an applicant applies and shows its evidence for each
// minimum requirement; the Participation Committee reviews each item and admits (from a day: the
// registry's history changes, trade under the scheme becomes possible) or refuses (with a reason).
import { country, day as dayOf } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, detail as problem, forbidden, invalid, notFound } from '../../core/errors.js';
import { field } from '../../core/messages.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { isIsoDay, today } from '../../core/time.js';
import type { Actor } from '../../auth/model.js';
import { authorize, can } from '../policy.js';
import * as audit from '../../audit/service.js';
import { notify } from '../../notifications/service.js';
import * as participants from '../../participants/service.js';
import { admissionBlockers, MAY_APPLY, REQUIREMENT_IDS, REQUIREMENTS, type Application, type ApplicationDetail, type ChecklistItem, type Review } from './model.js';
import * as store from './store.js';

type Row = NonNullable<Awaited<ReturnType<typeof store.application>>>;

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : String(d));

function checkDay(value: string, path: string) {
  if (!isIsoDay(value)) throw invalid(common('dayExpected', { path, value }), [problem(path, common('notAValidDay'))]);
}

function checkRequirement(requirement: string) {
  if (!REQUIREMENT_IDS.includes(requirement)) throw notFound(m('requirement.notFound', { requirement, allowed: REQUIREMENT_IDS.join(', ') }));
}

/** The Participation Committee, the Chair and administrators see every application; an applicant its own. */
function mayReadAll(actor: Actor) {
  return can(actor, 'participation.applications.review');
}

async function summarize(db: Db | Tx, rows: Row[]): Promise<Application[]> {
  const reviews = await store.requirementsOf(db, rows.map((r) => r.id));
  const registry = await participants.list(db as Db);
  return rows.map((r) => {
    const entry = registry.find((p) => p.code === r.applicant);
    return {
      id: r.id,
      applicant: r.applicant,
      applicantName: entry?.name ?? r.applicant,
      registryStatus: entry?.status ?? null,
      status: r.status,
      submittedOn: r.submitted_on,
      note: r.note,
      decidedOn: r.decided_on,
      decisionReason: r.decision_reason,
      decidedBy: r.decided_by,
      met: reviews.filter((x) => x.application_id === r.id && x.review === 'met').length,
      total: REQUIREMENTS.length,
    };
  });
}

export async function list(db: Db, actor: Actor, filter: { status?: 'submitted' | 'admitted' | 'refused'; applicant?: string } = {}): Promise<Application[]> {
  authorize(actor, 'participation.applications.read', filter.applicant ? { participant: filter.applicant } : {});
  const applicant = mayReadAll(actor) ? filter.applicant : (actor.participant ?? '-');
  if (!mayReadAll(actor) && filter.applicant && filter.applicant !== actor.participant) throw forbidden(m('application.denied', { actor: actor.name }));
  return summarize(db, await store.applications(db, { applicant, status: filter.status }));
}

async function load(db: Db | Tx, actor: Actor, id: string): Promise<Row> {
  const row = await store.application(db, id);
  if (!row) throw notFound(m('application.notFound', { id }));
  authorize(actor, 'participation.applications.read', { participant: row.applicant });
  return row;
}

async function detail(db: Db | Tx, row: Row): Promise<ApplicationDetail> {
  const [summary] = await summarize(db, [row]);
  const items = await store.requirements(db, row.applicant, row.id);
  const checklist: ChecklistItem[] = REQUIREMENTS.map((req) => {
    const it = items.find((i) => i.requirement === req.id);
    return {
      requirement: req.id,
      text: req.text,
      evidence: it?.evidence ?? null,
      evidenceAt: iso(it?.evidence_at ?? null),
      review: it?.review ?? null,
      comment: it?.comment ?? null,
      reviewedBy: it?.reviewed_by ?? null,
      reviewedAt: iso(it?.reviewed_at ?? null),
    };
  });
  return { ...summary!, checklist };
}

export async function get(db: Db, actor: Actor, id: string): Promise<ApplicationDetail> {
  return detail(db, await load(db, actor, id));
}

/** An applicant's authority applies (or an administrator records an application on paper). */
export async function apply(db: Db, actor: Actor, input: { applicant: string; submittedOn?: string; note?: string | null }, now = new Date()): Promise<ApplicationDetail> {
  const code = input.applicant;
  authorize(actor, 'participation.applications.submit', { participant: code });
  const submittedOn = input.submittedOn ?? today(now);
  checkDay(submittedOn, 'submittedOn');
  if (submittedOn > today(now)) throw invalid(m('application.future', { on: submittedOn }), [problem('submittedOn', field('inTheFuture'))]);
  if (!(await participants.exists(db, code))) throw notFound(m('registry.notFound', { code }));
  const standing = (await participants.get(db, code)).status;
  if (!MAY_APPLY.includes(standing)) {
    throw conflict(m(standing === 'removed' || standing === 'suspended' ? 'application.readmission' : 'application.cannotApply', { code, status: standing }));
  }
  const id = randomUUID();
  const row = await transaction(db, async (tx) => {
    if (await store.openApplication(tx, code)) throw conflict(m('application.pending', { code }));
    await store.insertApplication(tx, { applicant: code, id, submitted_on: submittedOn, note: input.note ?? null });
    await audit.record(tx, actor, 'participation.apply', id, { applicant: code, submittedOn });
    await notify(tx, {
      kind: 'application.submitted',
      subject: msg('application.submitted.subject', { applicant: country(code) }),
      body: msg('application.submitted.body', { applicant: country(code), on: dayOf(submittedOn) }),
      link: `/governance/participation/applications/${id}`,
      participant: code,
      to: { groups: ['PC'] },
    });
    return (await store.application(tx, id))!;
  });
  return detail(db, row);
}

function checkOpen(row: Row) {
  if (row.status !== 'submitted') throw conflict(m('application.closed', { applicant: row.applicant, status: row.status, on: String(row.decided_on) }));
}

/** The applicant's evidence for one minimum requirement. */
export async function putEvidence(db: Db, actor: Actor, id: string, requirement: string, evidence: string): Promise<ApplicationDetail> {
  checkRequirement(requirement);
  if (!evidence.trim()) throw invalid(m('evidence.empty'), [problem('evidence', field('empty'))]);
  return transaction(db, async (tx) => {
    const row = await load(tx, actor, id);
    authorize(actor, 'participation.applications.submit', { participant: row.applicant });
    checkOpen(row);
    await store.setEvidence(tx, row.applicant, id, requirement, evidence.trim(), new Date());
    await audit.record(tx, actor, 'participation.evidence', id, { applicant: row.applicant, requirement });
    return detail(tx, row);
  });
}

/** The Participation Committee's review of one item: met or not met, with a comment. */
export async function review(db: Db, actor: Actor, id: string, requirement: string, input: { review: Review; comment?: string | null }): Promise<ApplicationDetail> {
  checkRequirement(requirement);
  if (input.review === 'not_met' && !input.comment?.trim()) throw invalid(m('review.commentNeeded'), [problem('comment', m('review.requiredWhenNotMet'))]);
  return transaction(db, async (tx) => {
    const row = await store.application(tx, id);
    if (!row) throw notFound(m('application.notFound', { id }));
    authorize(actor, 'participation.applications.review');
    checkOpen(row);
    await store.setReview(tx, row.applicant, id, requirement, input.review, input.comment?.trim() || null, actor.name, new Date());
    await audit.record(tx, actor, 'participation.review', id, { applicant: row.applicant, requirement, review: input.review, comment: input.comment ?? null });
    return detail(tx, row);
  });
}

export type ApplicationDecision = { decision: 'admit'; admittedOn: string } | { decision: 'refuse'; reason: string; on?: string };

/**
 * The Participation Committee decides. Admission needs every requirement reviewed as met and makes the
 * applicant a Participant from the day given (the registry's history); refusal needs a reason.
 */
export async function decide(db: Db, actor: Actor, id: string, input: ApplicationDecision, now = new Date()): Promise<ApplicationDetail> {
  const day = input.decision === 'admit' ? input.admittedOn : (input.on ?? today(now));
  checkDay(day, input.decision === 'admit' ? 'admittedOn' : 'on');
  if (input.decision === 'refuse' && !input.reason?.trim()) throw invalid(m('refusal.reasonNeeded'), [problem('reason', field('required'))]);
  const result = await transaction(db, async (tx) => {
    const row = await store.application(tx, id);
    if (!row) throw notFound(m('application.notFound', { id }));
    authorize(actor, 'participation.applications.decide');
    checkOpen(row);
    if (day < row.submitted_on) throw invalid(m('decision.beforeApplication', { on: day, submittedOn: row.submitted_on }), [problem(input.decision === 'admit' ? 'admittedOn' : 'on', m('decision.beforeApplicationDetail'))]);
    const current = await detail(tx, row);
    if (input.decision === 'admit') {
      const blockers = admissionBlockers(current.checklist);
      if (blockers.length) throw invalid(m('admission.blocked', { applicant: row.applicant, count: blockers.length, total: current.total }), blockers);
      await participants.recordStatus(tx, row.applicant, {
        status: 'participant',
        validFrom: day,
        basis: 'admitted by the Participation Committee: every minimum requirement met',
        source: `participation application ${id}`,
      });
      await store.decide(tx, row.applicant, id, { status: 'admitted', decided_on: day, decision_reason: null, decided_by: actor.name });
    } else {
      await store.decide(tx, row.applicant, id, { status: 'refused', decided_on: day, decision_reason: input.reason.trim(), decided_by: actor.name });
    }
    await audit.record(tx, actor, `participation.${input.decision}`, id, { applicant: row.applicant, day, ...(input.decision === 'refuse' && { reason: input.reason.trim() }) });
    await notify(tx, {
      kind: 'application.decided',
      subject: msg(input.decision === 'admit' ? 'application.admitted.subject' : 'application.refused.subject', { applicant: country(row.applicant) }),
      body: input.decision === 'admit'
        ? msg('application.admitted.body', { applicant: country(row.applicant), on: dayOf(day) })
        : msg('application.refused.body', { applicant: country(row.applicant), on: dayOf(day), reason: input.reason.trim() }),
      link: `/governance/participation/applications/${id}`,
      participant: row.applicant,
      to: { participant: row.applicant, groups: ['PC'] },
    });
    return (await store.application(tx, id))!;
  });
  participants.forgetSnapshot(db);
  return detail(db, result);
}
