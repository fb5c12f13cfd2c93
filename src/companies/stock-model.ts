// Stock accounts and stock reports (issue #21, point 2) as pure functions: a company's movements (its
// confirmed imports in, its exports out) summed by HS code into opening, in, out and closing over a
// period; the Participant's reporting periods (whole months from 1 January) and their due dates; a
// report's lines checked row by row; the difference between what a company counted and the account.
import { detail, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './messages.js';
import { r as register } from './register-messages.js';
import { addDays, isIsoDay } from '../core/time.js';
import { HS_CODES, LIMITS } from '../core/goods.js';

export const PERIOD_MONTHS = [1, 3, 6, 12] as const;
export const DEFAULT_SETTINGS = { periodMonths: 6, graceDays: 30, withhold: false } as const;

export interface Figures {
  carats: number;
  valueUsd: number;
}

/** One movement of stock: a confirmed import (in, on the day of receipt) or an export (out, on its day of issue). */
export interface Movement {
  direction: 'in' | 'out';
  day: string;
  certificate: string;
  hsCode: string;
  carats: number;
  valueUsd: number;
}

export interface AccountLine {
  hsCode: string;
  opening: Figures;
  in: Figures;
  out: Figures;
  closing: Figures;
}

export interface Account {
  participant: string;
  licence: string;
  name: string;
  /** the period, both days included; `from` null: since the first movement */
  from: string | null;
  to: string;
  lines: AccountLine[];
  totals: Omit<AccountLine, 'hsCode'>;
  movements: Movement[];
}

const c = (x: number) => Math.round(x * 100);
const zero = (): Figures => ({ carats: 0, valueUsd: 0 });
const add = (a: Figures, carats: number, valueUsd: number) => {
  a.carats = (c(a.carats) + c(carats)) / 100;
  a.valueUsd = (c(a.valueUsd) + c(valueUsd)) / 100;
};

/** The account over [from, to] (both included; from null: everything up to `to`) from every movement. */
export function account(movements: readonly Movement[], from: string | null, to: string): Pick<Account, 'lines' | 'totals' | 'movements'> {
  const byCode = new Map<string, AccountLine>();
  const line = (hsCode: string) => {
    let l = byCode.get(hsCode);
    if (!l) byCode.set(hsCode, (l = { hsCode, opening: zero(), in: zero(), out: zero(), closing: zero() }));
    return l;
  };
  const within: Movement[] = [];
  for (const m of movements) {
    if (m.day > to) continue;
    const l = line(m.hsCode);
    const sign = m.direction === 'in' ? 1 : -1;
    if (from !== null && m.day < from) add(l.opening, sign * m.carats, sign * m.valueUsd);
    else {
      add(m.direction === 'in' ? l.in : l.out, m.carats, m.valueUsd);
      within.push(m);
    }
    add(l.closing, sign * m.carats, sign * m.valueUsd);
  }
  const lines = [...byCode.values()].sort((a, b) => (a.hsCode < b.hsCode ? -1 : 1));
  const totals = { opening: zero(), in: zero(), out: zero(), closing: zero() };
  for (const l of lines) for (const k of ['opening', 'in', 'out', 'closing'] as const) add(totals[k], l[k].carats, l[k].valueUsd);
  within.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.certificate < b.certificate ? -1 : 1));
  return { lines, totals, movements: within };
}

/**
 * A confirmed import's lines as received: the certificate's lines, their carats scaled to the carats
 * confirmed received when those differ (cents kept, the remainder on the last line); value as certified.
 */
export function receivedLines(goods: readonly { hsCode: string; carats: number; valueUsd: number }[], confirmedCarats: number): { hsCode: string; carats: number; valueUsd: number }[] {
  const stated = goods.reduce((s, g) => s + c(g.carats), 0);
  if (stated === c(confirmedCarats) || stated === 0) return goods.map((g) => ({ ...g }));
  let left = c(confirmedCarats);
  return goods.map((g, i) => {
    const share = i === goods.length - 1 ? left : Math.round((c(g.carats) * c(confirmedCarats)) / stated);
    left -= share;
    return { hsCode: g.hsCode, carats: share / 100, valueUsd: g.valueUsd };
  });
}

export interface ReportingSettings {
  participant: string;
  periodMonths: number;
  graceDays: number;
  /** the first period that must be reported starts on or after this day */
  requiredFrom: string;
  withhold: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface Period {
  start: string;
  end: string;
  due: string;
}

/** The reporting period holding a day: whole months from 1 January (6: January–June, July–December). */
export function periodOf(day: string, months: number, graceDays: number): Period {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1;
  const first = m - (m % months);
  const start = `${y}-${String(first + 1).padStart(2, '0')}-01`;
  const nextMonth = first + months;
  const next = nextMonth >= 12 ? `${y + 1}-${String(nextMonth - 11).padStart(2, '0')}-01` : `${y}-${String(nextMonth + 1).padStart(2, '0')}-01`;
  const end = addDays(next, -1);
  return { start, end, due: addDays(end, graceDays) };
}

/** The periods a company must report, from the first that starts on or after both days, up to the last ended before `today`. */
export function requiredPeriods(settings: Pick<ReportingSettings, 'periodMonths' | 'graceDays' | 'requiredFrom'>, licensedFrom: string, today: string): Period[] {
  const from = settings.requiredFrom > licensedFrom ? settings.requiredFrom : licensedFrom;
  let p = periodOf(from, settings.periodMonths, settings.graceDays);
  if (p.start < from) p = periodOf(addDays(p.end, 1), settings.periodMonths, settings.graceDays);
  const out: Period[] = [];
  while (p.end < today && out.length < 1000) {
    out.push(p);
    p = periodOf(addDays(p.end, 1), settings.periodMonths, settings.graceDays);
  }
  return out;
}

/** The first period whose report is overdue (its due date passed, no report filed), or null. */
export function overdue(periods: readonly Period[], filed: ReadonlySet<string>, today: string): Period | null {
  return periods.find((p) => p.due < today && !filed.has(p.start)) ?? null;
}

export interface ReportLine {
  hsCode: string;
  carats: number;
  valueUsd: number;
}

export interface NewReport {
  from: string;
  to: string;
  lines: ReportLine[];
  note?: string;
}

const decimals = (x: number) => (Number.isInteger(x) ? 0 : (String(x).split('.')[1]?.length ?? 99));

/** Every problem of a report (period and each line), each with its path; the period must be one of the Participant's. */
export function checkReport(r: NewReport, months: number, graceDays: number, today: string): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const k of ['from', 'to'] as const) if (typeof r[k] !== 'string' || !isIsoDay(r[k])) out.push(detail(k, register('day.written')));
  if (!out.length) {
    const p = periodOf(r.from, months, graceDays);
    if (p.start !== r.from || p.end !== r.to) out.push(detail('from', m('report.period', { months, from: r.from, start: p.start, end: p.end })));
    else if (r.to >= today) out.push(detail('to', m('report.notEnded', { to: r.to })));
  }
  if (!Array.isArray(r.lines)) out.push(detail('lines', m('report.lines', { shape: '[{hsCode, carats, valueUsd}]' })));
  else {
    const seen = new Map<string, number>();
    r.lines.forEach((l, i) => {
      const path = `lines[${i}]`;
      if (typeof l !== 'object' || l === null) return out.push(detail(path, m('report.line', { a: 'hsCode', b: 'carats', c: 'valueUsd' })));
      if (typeof l.hsCode !== 'string' || !(l.hsCode in HS_CODES)) out.push(detail(`${path}.hsCode`, m('report.hsCode', { allowed: Object.keys(HS_CODES).join(', ') })));
      else if (seen.has(l.hsCode)) out.push(detail(`${path}.hsCode`, m('report.hsCodeTwice', { hsCode: l.hsCode, line: String(seen.get(l.hsCode)) })));
      else seen.set(l.hsCode, i);
      for (const [k, max] of [['carats', LIMITS.carats], ['valueUsd', LIMITS.valueUsd]] as const) {
        const v = l[k];
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || decimals(v) > 2 || v > max) out.push(detail(`${path}.${k}`, m('report.amount', { max: String(max) })));
      }
    });
  }
  if (r.note !== undefined && (typeof r.note !== 'string' || r.note.length > 2000)) out.push(detail('note', field('tooLong', { max: 2000 })));
  return out;
}

export interface Difference {
  hsCode: string;
  reported: Figures;
  computed: Figures;
  /** reported less computed */
  difference: Figures;
}

/** What the company counted against the account's closing stock, per HS code found in either. */
export function differences(reported: readonly ReportLine[], computed: readonly AccountLine[]): Difference[] {
  const codes = new Set([...reported.map((l) => l.hsCode), ...computed.map((l) => l.hsCode)]);
  return [...codes].sort().map((hsCode) => {
    const r = reported.find((l) => l.hsCode === hsCode) ?? { carats: 0, valueUsd: 0 };
    const k = computed.find((l) => l.hsCode === hsCode)?.closing ?? zero();
    return {
      hsCode,
      reported: { carats: r.carats, valueUsd: r.valueUsd },
      computed: { ...k },
      difference: { carats: (c(r.carats) - c(k.carats)) / 100, valueUsd: (c(r.valueUsd) - c(k.valueUsd)) / 100 },
    };
  });
}
