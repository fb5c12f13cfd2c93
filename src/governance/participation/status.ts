// Use cases of the Chair's status decisions (interim measures, suspension, removal, readmission, on
// the Participation Committee's recommendation) and of the chair rotation. Each decision writes the
// registry's history, so certificate checks judge trade by it from its effective day.
import { country, day } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, detail, invalid, notFound } from '../../core/errors.js';
import { field } from '../../core/messages.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { isIsoDay, today } from '../../core/time.js';
import type { Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import * as audit from '../../audit/service.js';
import { notify } from '../../notifications/service.js';
import * as participants from '../../participants/service.js';
import { DECISION_KINDS, DECISION_RULES, decisionRefusal, type DecisionKind, type StatusDecision } from './model.js';
import * as store from './store.js';

type DecisionRow = Awaited<ReturnType<typeof store.decisions>>[number];

const toDecision = (r: DecisionRow): StatusDecision => ({
  id: r.id,
  participant: r.participant,
  kind: r.kind,
  effectiveOn: r.effective_on,
  reason: r.reason,
  basis: r.basis,
  decidedBy: r.decided_by,
  createdAt: r.created_at instanceof Date ? r.created_at.toISOString() : String(r.created_at),
});

/** Status decisions are public record (the plenary communiqués name them). */
export async function decisions(db: Db, actor: Actor, participant?: string): Promise<StatusDecision[]> {
  authorize(actor, 'participation.decisions.read');
  return (await store.decisions(db, participant)).map(toDecision);
}

export interface DecisionInput {
  participant: string;
  kind: DecisionKind;
  effectiveOn: string;
  reason: string;
  /** which requirement or decision it rests on, in words */
  basis: string;
}

export async function decideStatus(db: Db, actor: Actor, input: DecisionInput): Promise<StatusDecision> {
  authorize(actor, 'participation.status.decide', { participant: input.participant });
  const problems = [];
  if (!DECISION_KINDS.includes(input.kind)) problems.push(detail('kind', field('oneOf', { allowed: DECISION_KINDS.join(', ') })));
  if (!isIsoDay(input.effectiveOn)) problems.push(detail('effectiveOn', common('dayWritten')));
  if (!input.reason?.trim()) problems.push(detail('reason', field('required')));
  if (!input.basis?.trim()) problems.push(detail('basis', m('status.basisRequired')));
  if (problems.length) throw invalid(m('status.problems', { count: problems.length }), problems);
  if (!(await participants.exists(db, input.participant))) throw notFound(common('noParticipant', { code: input.participant }));
  const id = randomUUID();
  const rule = DECISION_RULES[input.kind];
  // judged on the registry of the effective day; recordStatus checks again, inside the transaction,
  // that the day follows the latest period of the history
  const latest = (await participants.get(db, input.participant, input.effectiveOn)).status;
  const refusal = decisionRefusal(input.kind, input.participant, latest);
  if (refusal) throw conflict(m('status.refusedOn', { refusal, on: input.effectiveOn }));
  await transaction(db, async (tx) => {
    await participants.recordStatus(tx, input.participant, {
      status: rule.to,
      validFrom: input.effectiveOn,
      basis: `${rule.words}: ${input.basis.trim()}`,
      note: input.reason.trim(),
      source: `status decision ${id}`,
    });
    await store.insertDecision(tx, { participant: input.participant, id, kind: input.kind, effective_on: input.effectiveOn, reason: input.reason.trim(), basis: input.basis.trim(), decided_by: actor.name });
    await audit.record(tx, actor, `participation.status.${input.kind}`, input.participant, { decision: id, effectiveOn: input.effectiveOn, from: latest, to: rule.to, reason: input.reason.trim(), basis: input.basis.trim() });
    await notify(tx, {
      kind: 'status.decided',
      subject: msg('status.decided.subject', { participant: country(input.participant), decision: msg(`decisionKind.${input.kind}`), on: day(input.effectiveOn) }),
      body: msg('status.decided.body', {
        participant: country(input.participant), decision: msg(`decisionKind.${input.kind}`), on: day(input.effectiveOn),
        status: msg(`participantStatus.${rule.to as 'participant' | 'suspended' | 'removed'}`), reason: input.reason.trim(), basis: input.basis.trim(),
      }),
      link: `/governance/participation`,
      participant: input.participant,
      to: { participant: input.participant, groups: ['PC'], chair: true },
    });
  });
  participants.forgetSnapshot(db);
  return toDecision((await store.decisions(db, input.participant)).find((d) => d.id === id)!);
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2003 || year > 2100) throw invalid(common('yearFrom2003', { year: String(year) }), [detail('year', field('outOfRange'))]);
}

/** The plenary elects a Vice-Chair for a year (recorded by the Chair or secretariat). */
export async function electViceChair(db: Db, actor: Actor, year: number, code: string, now = new Date()) {
  authorize(actor, 'participation.chair.manage');
  checkYear(year);
  const day = today(now) < `${year}-01-01` ? today(now) : `${year}-01-01`;
  const status = (await participants.standing(db, code, day)).status;
  await transaction(db, async (tx) => {
    const row = await participants.chairOf(tx, year);
    if (!row) throw notFound(m('chair.noneRotate', { year: String(year), previous: String(year - 1) }));
    if (row.viceChair) throw conflict(m('vice.taken', { vice: row.viceChair, year: String(year) }));
    if (row.chair === code) throw conflict(m('vice.isChair', { code, year: String(year) }));
    if (status !== 'participant') throw conflict(m('vice.notParticipant', { code, status: status ?? m('notInRegistry'), on: day }));
    await participants.setViceChair(tx, year, code);
    await audit.record(tx, actor, 'participation.chair.elect-vice', String(year), { year, viceChair: code });
  });
  return (await participants.chairOf(db, year))!;
}

/** At the end of a year the Vice-Chair becomes Chair of the next year (which then has no Vice-Chair until elected). */
export async function rotate(db: Db, actor: Actor, year: number) {
  authorize(actor, 'participation.chair.manage');
  checkYear(year);
  await transaction(db, async (tx) => {
    const row = await participants.chairOf(tx, year);
    if (!row) throw notFound(m('chair.none', { year: String(year) }));
    if (!row.viceChair) throw conflict(m('vice.none', { year: String(year) }));
    if (await participants.chairOf(tx, year + 1)) throw conflict(m('chair.rotated', { next: String(year + 1), year: String(year) }));
    await participants.startChairYear(tx, year + 1, row.viceChair);
    await audit.record(tx, actor, 'participation.chair.rotate', String(year), { year, nextYear: year + 1, chair: row.viceChair, previousChair: row.chair });
    await notify(tx, {
      kind: 'chair.rotated',
      subject: msg('chair.rotated.subject', { chair: country(row.viceChair), year: String(year + 1) }),
      body: msg('chair.rotated.body', { chair: country(row.viceChair), year: String(year + 1), previousYear: String(year), previous: country(row.chair) }),
      link: '/governance/participation',
      to: { chair: true, participant: row.viceChair, roles: ['officer'] },
    });
  });
  return (await participants.chairOf(db, year + 1))!;
}

export async function chairs(db: Db) {
  return (await participants.registry(db)).chairs;
}
