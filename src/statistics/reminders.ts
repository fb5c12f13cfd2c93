// The submission-due sweep: statistics of a period are due some months after it ends (see
// statistics/deadlines.ts). Officers of a Participant hear when a period is due within 14 days and
// again once it is overdue without a submission — once per Participant and period each (dedupe keys),
// however often the sweep runs (the server runs it daily; `kpcs stats remind` on demand).
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m as refusal } from './review-messages.js';
import { addDays, isIsoDay, today, type IsoDay } from '../core/time.js';
import { SYSTEM, type Actor } from '../auth/model.js';
import { databaseNow } from '../db/leases.js';
import type { DailySweep } from '../notifications/workers.js';
import { authorize } from '../notifications/policy.js';
import * as audit from '../audit/service.js';
import { compliance } from './compliance.js';
import { m as msg } from './messages.js';
import { country, day } from '../core/i18n.js';
import { notify } from '../notifications/service.js';

export const REMIND_DAYS = 14;
export const OVERDUE_WINDOW_DAYS = 365;

export interface DueSubmission {
  participant: string;
  kind: 'trade' | 'production';
  period: string;
  dueDate: string;
  overdue: boolean;
  /** how many users received the alert now (0: already alerted, or no officer) */
  alerted: number;
}

export async function remindSubmissions(db: Db, actor: Actor, o: { on?: IsoDay } = {}): Promise<{ on: string; due: DueSubmission[] }> {
  authorize(actor, 'notifications.remind');
  if (o.on !== undefined && !isIsoDay(o.on)) throw invalid(refusal('day.form', { field: 'on', value: o.on }), [detail('on', field('notADay'))]);
  const on = o.on ?? today();
  const year = Number(on.slice(0, 4));
  const horizon = addDays(on, REMIND_DAYS);
  // overdue periods of the last year only: older gaps are the compliance table's business
  const since = addDays(on, -OVERDUE_WINDOW_DAYS);
  const due: Omit<DueSubmission, 'alerted'>[] = [];
  for (const kind of ['trade', 'production'] as const) {
    // the year before too: its last periods fall due early in this year
    for (const y of [year - 1, year]) {
      const table = await compliance(db, actor, y, { kind, asOf: on });
      for (const p of table.participants) {
        for (const c of p.cells) {
          if (c.status === 'missing' && c.dueDate >= since) due.push({ participant: p.participant, kind, period: c.period, dueDate: c.dueDate, overdue: true });
          else if (c.status === 'pending' && c.dueDate <= horizon) due.push({ participant: p.participant, kind, period: c.period, dueDate: c.dueDate, overdue: false });
        }
      }
    }
  }
  const result = await transaction(db, async (tx) => {
    const out: DueSubmission[] = [];
    for (const d of due) {
      const words = { participant: country(d.participant), what: msg(`kind.${d.kind}`), period: d.period, due: day(d.dueDate) };
      const alerted = await notify(tx, {
        kind: 'submission.due',
        subject: msg(d.overdue ? 'overdue.subject' : 'due.subject', words),
        body: msg(d.overdue ? 'overdue.body' : 'due.body', words),
        link: '/statistics/submit',
        participant: d.participant,
        dedupeKey: `${d.overdue ? 'submission.overdue' : 'submission.due'}:${d.participant}:${d.period}`,
        to: { participant: d.participant, roles: ['officer'] },
      });
      out.push({ ...d, alerted });
    }
    const sent = out.filter((d) => d.alerted > 0).length;
    if (sent) await audit.record(tx, actor, 'notifications.remind', on, { due: out.length, alerted: sent });
    return out;
  });
  return { on, due: result };
}

/** The daily submission-due sweep, run first by the server's workers (notifications/workers.ts). */
export const submissionDueSweep: DailySweep = {
  name: 'submission-due sweep',
  run: async (db) => {
    // today by the database's clock (the same for every process), not this process's
    const r = await remindSubmissions(db, SYSTEM, { on: today(await databaseNow(db)) });
    const alerted = r.due.filter((d) => d.alerted > 0).length;
    return alerted ? `submission-due sweep of ${r.on}: ${alerted} Participant period(s) alerted` : null;
  },
};
