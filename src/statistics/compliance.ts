// Use cases of deadlines and compliance: who submitted each period on time, late or not at all, and
// the list of Participants that habitually fail to submit (published, as the plenary decided in 2006).
import type { Db } from '../db/store.js';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './review-messages.js';
import { isIsoDay, today, type IsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as participants from '../participants/service.js';
import { graceDays, unconfirmedCounts } from '../certificates/awaiting.js';
import { OWING_STATUSES as OWING, type Period, type SubmissionKind } from './model.js';
import { complianceTable, DEFAULT_DUE_MONTHS, DEFAULT_HABITUAL, habitual, lastDuePeriods, reportingPeriods, type ComplianceRow } from './deadlines.js';
import * as store from './store.js';

export interface ComplianceOptions {
  kind?: SubmissionKind;
  /** months after a period's end its figures are due (default 2) */
  dueMonths?: number;
  /** judge as on this day (default today) */
  asOf?: IsoDay;
}

function options(o: ComplianceOptions) {
  const dueMonths = o.dueMonths ?? DEFAULT_DUE_MONTHS;
  if (!Number.isInteger(dueMonths) || dueMonths < 0 || dueMonths > 24) throw invalid(m('dueMonths.range', { field: 'dueMonths', value: String(o.dueMonths) }), [detail('dueMonths', field('outOfRange'))]);
  if (o.asOf !== undefined && !isIsoDay(o.asOf)) throw invalid(m('day.form', { field: 'asOf', value: o.asOf }), [detail('asOf', field('notADay'))]);
  return { kind: o.kind ?? 'trade', dueMonths, asOf: o.asOf ?? today() };
}

async function table(db: Db, kind: SubmissionKind, periods: Period[], asOf: IsoDay, dueMonths: number): Promise<{ rows: ComplianceRow[]; names: Map<string, string> }> {
  const names = new Map<string, string>();
  const expected = new Map<string, string[]>();
  for (const p of periods) {
    const list = await participants.list(db, { at: p.end, status: [...OWING] });
    for (const e of list) names.set(e.code, e.name);
    expected.set(p.id, list.map((e) => e.code));
  }
  // production: a whole-year figure answers both halves
  const stored = periods.flatMap((p) => (kind === 'production' ? [p.id, String(p.year)] : [p.id]));
  const firsts = await store.firstSubmissions(db, kind, [...new Set(stored)]);
  const first = new Map<string, IsoDay>();
  for (const f of firsts) {
    const day = new Date(f.first_at as unknown as string).toISOString().slice(0, 10);
    const k = `${f.reporter} ${f.period}`;
    if (!first.has(k) || day < first.get(k)!) first.set(k, day);
  }
  const firstOn = (code: string, p: Period) => {
    const own = first.get(`${code} ${p.id}`) ?? null;
    const year = kind === 'production' ? first.get(`${code} ${p.year}`) ?? null : null;
    return own && year ? (own < year ? own : year) : own ?? year;
  };
  return { rows: complianceTable(periods, (p) => expected.get(p.id) ?? [], firstOn, asOf, dueMonths), names };
}

/**
 * Per Participant and period of the year: on time, late, missing or pending; and how many certificates
 * addressed to it in the period it left unconfirmed past their expiry and the grace period
 * (KPCS_CONFIRMATION_GRACE_DAYS) as of asOf.
 */
export async function compliance(db: Db, actor: Actor, year: number, o: ComplianceOptions = {}) {
  authorize(actor, 'statistics.compliance.read');
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw invalid(m('year.form', { year: String(year) }), [detail('year', field('notAYear'))]);
  const { kind, dueMonths, asOf } = options(o);
  const periods = reportingPeriods(kind, year);
  const { rows, names } = await table(db, kind, periods, asOf, dueMonths);
  const grace = graceDays();
  const unconfirmed = await unconfirmedCounts(db, periods, asOf, grace);
  return {
    kind,
    year,
    dueMonths,
    asOf,
    graceDays: grace,
    periods: rows[0]?.cells.map((c) => ({ period: c.period, dueDate: c.dueDate })) ?? [],
    participants: rows.map((r) => ({
      participant: r.participant, name: names.get(r.participant) ?? r.participant,
      cells: r.cells.map((c) => ({ ...c, unconfirmed: unconfirmed.get(`${r.participant} ${c.period}`) ?? 0 })),
    })),
  };
}

/** Participants missing in at least `missing` of the last `of` periods that are due (default 2 of 4). */
export async function habitualFailures(db: Db, actor: Actor, o: ComplianceOptions & { missing?: number; of?: number } = {}) {
  authorize(actor, 'statistics.habitual.read');
  const { kind, dueMonths, asOf } = options(o);
  const of = o.of ?? DEFAULT_HABITUAL.of;
  const missing = o.missing ?? DEFAULT_HABITUAL.missing;
  if (!Number.isInteger(of) || of < 1 || of > 40 || !Number.isInteger(missing) || missing < 1 || missing > of) {
    throw invalid(m('rule.range', { n: 'N', m: 'M', missing: String(missing), of: String(of) }), [detail('missing', field('outOfRange'))]);
  }
  const periods = lastDuePeriods(kind, asOf, of, dueMonths);
  const { rows, names } = await table(db, kind, periods, asOf, dueMonths);
  return {
    kind,
    rule: { missing, of },
    dueMonths,
    asOf,
    periods: periods.map((p) => p.id),
    participants: habitual(rows, missing).map((h) => ({ participant: h.participant, name: names.get(h.participant) ?? h.participant, missed: h.missed })),
  };
}
