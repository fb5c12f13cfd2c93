// Use cases of annual reports: every Participant's authority submits its report for a year (text and
// an optional text/markdown attachment; replaced freely until assessed); the working group on
// monitoring is told, assesses it (comments, outcome) and sees who has not reported.
import { country } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, detail, forbidden, invalid, notFound } from '../../core/errors.js';
import { field } from '../../core/messages.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import type { Actor } from '../../auth/model.js';
import { authorize, can } from '../policy.js';
import * as audit from '../../audit/service.js';
import { notify } from '../../notifications/service.js';
import * as participants from '../../participants/service.js';
import * as store from './store.js';

export const OUTCOMES = ['satisfactory', 'follow_up', 'unsatisfactory'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : String(d));

type Row = Awaited<ReturnType<typeof store.list>>[number];
type FullRow = NonNullable<Awaited<ReturnType<typeof store.byId>>>;

export interface AnnualReport {
  id: string;
  participant: string;
  year: number;
  attachmentName: string | null;
  submittedAt: string;
  submittedBy: string;
  status: 'submitted' | 'assessed';
  outcome: Outcome | null;
  comments: string | null;
  assessedBy: string | null;
  assessedAt: string | null;
}

export interface AnnualReportDetail extends AnnualReport {
  body: string;
  attachment: string | null;
}

const summary = (r: Row): AnnualReport => ({
  id: r.id,
  participant: r.participant,
  year: r.year,
  attachmentName: r.attachment_name,
  submittedAt: iso(r.submitted_at)!,
  submittedBy: r.submitted_by,
  status: r.status,
  outcome: r.outcome,
  comments: r.comments,
  assessedBy: r.assessed_by,
  assessedAt: iso(r.assessed_at),
});

const full = (r: FullRow): AnnualReportDetail => ({ ...summary(r), body: r.body, attachment: r.attachment });

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2003 || year > 2100) throw invalid(common('yearFrom2003', { year: String(year) }), [detail('year', field('outOfRange'))]);
}

const mayReadAll = (actor: Actor) => can(actor, 'annual-reports.missing.read');

export async function list(db: Db, actor: Actor, filter: { year?: number; participant?: string; status?: 'submitted' | 'assessed' } = {}): Promise<AnnualReport[]> {
  authorize(actor, 'annual-reports.read', filter.participant ? { participant: filter.participant } : {});
  if (!mayReadAll(actor)) {
    if (filter.participant && filter.participant !== actor.participant) throw forbidden(m('read.own', { actor: actor.name }));
    filter = { ...filter, participant: actor.participant ?? '-' };
  }
  return (await store.list(db, filter)).map(summary);
}

export async function get(db: Db, actor: Actor, id: string): Promise<AnnualReportDetail> {
  const r = await store.byId(db, id);
  if (!r) throw notFound(m('notFound', { id }));
  authorize(actor, 'annual-reports.read', { participant: r.participant });
  return full(r);
}

export interface Submission {
  participant: string;
  year: number;
  body: string;
  attachmentName?: string | null;
  attachment?: string | null;
}

export async function submit(db: Db, actor: Actor, input: Submission, now = new Date()): Promise<AnnualReportDetail> {
  authorize(actor, 'annual-reports.submit', { participant: input.participant });
  checkYear(input.year);
  // no attachment: absent, null or empty (JSON schemas may turn a null into an empty string)
  input = { ...input, attachmentName: input.attachmentName?.trim() || null, attachment: input.attachment || null };
  const problems = [];
  if (!input.body?.trim()) problems.push(detail('body', m('body.empty')));
  if (input.year > now.getUTCFullYear()) problems.push(detail('year', m('year.begun', { now: String(now.getUTCFullYear()) })));
  if ((input.attachment == null) !== (input.attachmentName == null)) problems.push(detail('attachment', m('attachment.pair')));
  if (input.attachmentName != null && !/\.(md|txt)$/i.test(input.attachmentName)) problems.push(detail('attachmentName', m('attachment.kind', { txt: '.txt', md: '.md' })));
  if (problems.length) throw invalid(m('problems', { count: problems.length }), problems);
  const participant = await participants.get(db, input.participant, `${input.year}-12-31`).catch(() => undefined);
  if (!participant) throw notFound(common('noParticipant', { code: input.participant }));
  const id = await transaction(db, async (tx) => {
    const known = await store.byYear(tx, input.participant, input.year);
    const row = { body: input.body.trim(), attachment_name: input.attachmentName ?? null, attachment: input.attachment ?? null, submitted_at: now, submitted_by: actor.name };
    let id: string;
    if (known) {
      if (known.status === 'assessed') throw conflict(m('assessed', { participant: country(input.participant), year: String(input.year), outcome: known.outcome ? msg(`outcome.${known.outcome}`) : '' }));
      id = known.id;
      await store.replace(tx, input.participant, id, row);
    } else {
      id = randomUUID();
      await store.insert(tx, { participant: input.participant, id, year: input.year, ...row });
    }
    await audit.record(tx, actor, known ? 'annual-reports.resubmit' : 'annual-reports.submit', id, { participant: input.participant, year: input.year, attachment: row.attachment_name });
    await notify(tx, {
      kind: 'annual-report.submitted',
      subject: msg(known ? 'annualReport.replaced.subject' : 'annualReport.submitted.subject', { participant: country(input.participant), year: String(input.year) }),
      body: msg('annualReport.submitted.body', { participant: country(input.participant), year: String(input.year) }),
      link: `/governance/annual-reports/${id}`,
      participant: input.participant,
      to: { groups: ['WGM'] },
    });
    return id;
  });
  return full((await store.byId(db, id))!);
}

export interface Assessment {
  status: 'submitted' | 'assessed';
  outcome?: Outcome | null;
  comments?: string | null;
}

/** The working group's assessment: comments at any time; 'assessed' with an outcome closes the report. */
export async function assess(db: Db, actor: Actor, id: string, input: Assessment, now = new Date()): Promise<AnnualReportDetail> {
  authorize(actor, 'annual-reports.assess');
  const outcome = input.outcome || null;
  if (input.status === 'assessed' && !outcome) throw invalid(m('outcome.needed'), [detail('outcome', field('oneOf', { allowed: OUTCOMES.join(', ') }))]);
  if (input.status === 'submitted' && outcome) throw invalid(m('outcome.closes', { status: 'assessed' }), [detail('status', m('outcome.closesDetail', { status: 'assessed' }))]);
  await transaction(db, async (tx) => {
    const r = await store.byId(tx, id);
    if (!r) throw notFound(m('notFound', { id }));
    await store.assess(tx, r.participant, id, { status: input.status, outcome, comments: input.comments?.trim() || null, assessed_by: actor.name, assessed_at: now });
    await audit.record(tx, actor, 'annual-reports.assess', id, { participant: r.participant, year: r.year, status: input.status, outcome, comments: input.comments ?? null });
    if (input.status === 'assessed') {
      await notify(tx, {
        kind: 'annual-report.assessed',
        subject: msg('annualReport.assessed.subject', { participant: country(r.participant), year: String(r.year), outcome: msg(`outcome.${outcome as Outcome}`) }),
        body: msg('annualReport.assessed.body', { participant: country(r.participant), year: String(r.year), outcome: msg(`outcome.${outcome as Outcome}`), comments: input.comments ? ` ${input.comments.trim()}` : '' }),
        link: `/governance/annual-reports/${id}`,
        participant: r.participant,
        to: { participant: r.participant, roles: ['officer'] },
      });
    }
  });
  return full((await store.byId(db, id))!);
}

/** Participants (in good standing at the end of the year) with no annual report for it. */
export async function missing(db: Db, actor: Actor, year: number): Promise<{ code: string; name: string }[]> {
  authorize(actor, 'annual-reports.missing.read');
  checkYear(year);
  const expected = await participants.list(db, { at: `${year}-12-31`, status: ['participant', 'trading_entity'] });
  const have = new Set(await store.submittedParticipants(db, year));
  return expected.filter((p) => !have.has(p.code)).map((p) => ({ code: p.code, name: p.name }));
}
