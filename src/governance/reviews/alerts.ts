// Deadlines of peer review: action items due within 14 days or overdue, and reviews (e.g. the Ghana
// mission due by 2007-02-28) not yet carried out by their due day. The sweep alerts the owners'
// (reviewed Participant's) officers, the working group on monitoring and the Chair once per item or
// review and urgency (the notifications' dedupe key), however often it runs. `kpcs serve` runs it daily.
import { country, day } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { databaseNow } from '../../db/leases.js';
import type { Db } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { detail, invalid } from '../../core/errors.js';
import { common } from '../common-messages.js';
import { addDays, isIsoDay, today, type IsoDay } from '../../core/time.js';
import { SYSTEM, type Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import * as audit from '../../audit/service.js';
import { notify } from '../../notifications/service.js';
import { DUE_SOON_DAYS, urgency, type ActionItem, type ReviewStatus } from './model.js';
import * as store from './store.js';

export interface DueItem extends ActionItem {
  urgency: 'due' | 'overdue';
  daysLeft: number;
  planTitle: string;
  reviewId: string | null;
}

const daysBetween = (a: IsoDay, b: IsoDay) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export interface DueReview {
  id: string;
  participant: string;
  kind: 'visit' | 'mission';
  status: string;
  purpose: string;
  dueBy: IsoDay;
  urgency: 'due' | 'overdue';
  daysLeft: number;
}

async function reviewsDueOn(db: Db, on: IsoDay): Promise<DueReview[]> {
  const rows = await store.reviewsDueBy(db, addDays(on, DUE_SOON_DAYS));
  return rows.map((r) => ({ ...r, urgency: r.dueBy < on ? 'overdue' : 'due', daysLeft: daysBetween(on, r.dueBy) }));
}

/** Reviews not yet carried out whose due day is within 14 days of the day, or past. */
export async function dueReviews(db: Db, actor: Actor, on: IsoDay = today()): Promise<DueReview[]> {
  authorize(actor, 'reviews.alerts');
  if (!isIsoDay(on)) throw invalid(common('dayExpected', { path: 'on', value: on }), [detail('on', common('notADay'))]);
  return reviewsDueOn(db, on);
}

async function dueOn(db: Db, on: IsoDay): Promise<DueItem[]> {
  const open = await store.openItemsDueBy(db, addDays(on, DUE_SOON_DAYS));
  return open.map((i) => ({ ...i, urgency: urgency(i, on) as 'due' | 'overdue', daysLeft: daysBetween(on, i.deadline) }));
}

/** The open items due within 14 days of the day, or overdue on it (every Participant). */
export async function dueItems(db: Db, actor: Actor, on: IsoDay = today()): Promise<DueItem[]> {
  authorize(actor, 'reviews.alerts');
  if (!isIsoDay(on)) throw invalid(common('dayExpected', { path: 'on', value: on }), [detail('on', common('notADay'))]);
  return dueOn(db, on);
}

export interface SweepResult {
  on: IsoDay;
  items: DueItem[];
  reviews: DueReview[];
  /** inbox entries written by this sweep (0 when every alert had already been given) */
  delivered: number;
}

/** Alerts about every item due within 14 days or overdue; an alert already given is not repeated. */
export async function sweepDeadlines(db: Db, now: Date = new Date(), actor: Actor = SYSTEM): Promise<SweepResult> {
  authorize(actor, 'reviews.alerts');
  const on = today(now);
  const items = await dueOn(db, on);
  const reviews = await reviewsDueOn(db, on);
  let delivered = 0;
  await transaction(db, async (tx) => {
    delivered = 0;
    for (const i of items) {
      delivered += await notify(tx, {
        kind: i.urgency === 'overdue' ? 'action-item.overdue' : 'action-item.due',
        subject: msg(i.urgency === 'overdue' ? 'item.overdue.subject' : 'item.due.subject', { participant: country(i.participant), owner: country(i.owner) }),
        body: msg(i.urgency === 'overdue' ? 'item.overdue.body' : 'item.due.body', { description: i.description, plan: i.planTitle, deadline: day(i.deadline), days: Math.abs(i.daysLeft) }),
        link: i.reviewId ? `/governance/reviews/${i.reviewId}` : '/governance/reviews',
        participant: i.participant,
        dedupeKey: `action-item.${i.urgency}:${i.id}`,
        to: { participant: i.owner, roles: ['officer'], groups: ['WGM'], chair: true },
      });
    }
    for (const r of reviews) {
      delivered += await notify(tx, {
        kind: r.urgency === 'overdue' ? 'review.overdue' : 'review.due',
        subject: msg(r.urgency === 'overdue' ? 'reviewOverdue.subject' : 'reviewDue.subject', { kind: msg(`review.${r.kind}`), participant: country(r.participant) }),
        body: msg(r.urgency === 'overdue' ? 'reviewOverdue.body' : 'reviewDue.body', { kind: msg(`review.${r.kind}`), participant: country(r.participant), purpose: r.purpose, dueBy: day(r.dueBy), days: Math.abs(r.daysLeft), status: msg(`reviewStatus.${r.status as ReviewStatus}`) }),
        link: `/governance/reviews/${r.id}`,
        participant: r.participant,
        dedupeKey: `review.${r.urgency}:${r.id}`,
        to: { participant: r.participant, roles: ['officer'], groups: ['WGM'], chair: true },
      });
    }
    if (delivered > 0) {
      await audit.record(tx, actor, 'reviews.alerts.sweep', on, {
        due: items.filter((i) => i.urgency === 'due').length,
        overdue: items.filter((i) => i.urgency === 'overdue').length,
        reviews: reviews.length,
        delivered,
      });
    }
  });
  return { on, items, reviews, delivered };
}

/** Runs the sweep once a day while the server runs (the timer does not keep the process alive). */
export function startDailySweep(db: Db, log: (message: string) => void = () => {}, holds: () => boolean = () => true): () => void {
  // several servers on one store: only the holder of the background lease sweeps (db/leases.ts)
  // today by the database's clock (the same for every process), not this process's
  const run = () => !holds() ? undefined : databaseNow(db).then((now) => sweepDeadlines(db, now)).then(
    (r) => r.delivered > 0 && log(`peer review: ${r.delivered} alerts about ${r.items.length} action items and ${r.reviews.length} reviews due or overdue`),
    (e: unknown) => log(`action item sweep failed: ${(e as Error).message}`),
  );
  const first = setTimeout(run, 30_000);
  const daily = setInterval(run, 24 * 60 * 60 * 1000);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
