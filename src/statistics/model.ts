// The vocabulary of the statistics and its pure rules: periods and due dates, the columns of the
// interchange formats, and the check of a submission row by row (every bad row, column and reason).
import { addDays, type IsoDay } from '../core/time.js';
import { detail, type ErrorDetail } from '../core/errors.js';
import { country, day, type Msg } from '../core/i18n.js';
import { m } from './messages.js';
import { statusWord } from '../participants/model.js';
import { CARATS_DIGITS, USD_DIGITS, checkAmount, checkCount, toCents } from './amounts.js';

export type SubmissionKind = 'trade' | 'production';
export const FLOWS = ['import', 'export'] as const;
export type Flow = (typeof FLOWS)[number];
export const HS_CODES = ['7102.10', '7102.21', '7102.31'] as const;
export type HsCode = (typeof HS_CODES)[number];
export const MININGS = ['industrial', 'artisanal'] as const;
export type Mining = (typeof MININGS)[number];

/** The columns of trade.csv and production.csv (the interchange formats), in their usual order. */
export const COLUMNS: Record<SubmissionKind, readonly string[]> = {
  trade: ['reporter', 'period', 'flow', 'partner', 'hs_code', 'carats', 'value_usd', 'certificates'],
  production: ['reporter', 'period', 'mining', 'carats', 'value_usd'],
};

/** The earliest year a submission may cover (the scheme took effect on 1 January 2003; older paper records may be migrated). */
export const FIRST_YEAR = 1990;

// ---------------------------------------------------------------------------------------------
// Periods

export interface Period {
  /** as written: 2006-Q3, 2006-H1 or 2006 */
  id: string;
  year: number;
  /** 'Q' quarter, 'H' half year, 'Y' whole year */
  unit: 'Q' | 'H' | 'Y';
  /** 1–4 for quarters, 1–2 for halves, 1 for a year */
  index: number;
  /** first day */
  start: IsoDay;
  /** last day */
  end: IsoDay;
}

const TRADE_PERIOD = /^(\d{4})-Q([1-4])$/;
const PRODUCTION_PERIOD = /^(\d{4})(?:-H([12]))?$/;

function monthStart(year: number, month0: number): IsoDay {
  const d = new Date(Date.UTC(year, month0, 1));
  return d.toISOString().slice(0, 10);
}

export function makePeriod(year: number, unit: Period['unit'], index: number): Period {
  const months = unit === 'Q' ? 3 : unit === 'H' ? 6 : 12;
  const first = (index - 1) * months;
  const id = unit === 'Y' ? String(year) : `${year}-${unit}${index}`;
  return { id, year, unit, index, start: monthStart(year, first), end: addDays(monthStart(year, first + months), -1) };
}

/** Parses a period of the given kind; undefined when malformed. */
export function parsePeriod(kind: SubmissionKind, text: string): Period | undefined {
  if (kind === 'trade') {
    const m = TRADE_PERIOD.exec(text);
    return m ? makePeriod(Number(m[1]), 'Q', Number(m[2])) : undefined;
  }
  const m = PRODUCTION_PERIOD.exec(text);
  if (!m) return undefined;
  return m[2] ? makePeriod(Number(m[1]), 'H', Number(m[2])) : makePeriod(Number(m[1]), 'Y', 1);
}

export function quarter(year: number, q: number): Period {
  // normalises q outside 1..4 into the neighbouring years
  const y = year + Math.floor((q - 1) / 4);
  const qq = ((((q - 1) % 4) + 4) % 4) + 1;
  return makePeriod(y, 'Q', qq);
}

export function quartersOf(year: number): Period[] {
  return [1, 2, 3, 4].map((q) => makePeriod(year, 'Q', q));
}

/** The day a period's figures are due: `months` after the period ends (default two). */
export function dueDate(period: Period, months = 2): IsoDay {
  const [y, m] = period.end.split('-').map(Number) as [number, number];
  // the last day of the month `months` after the period's last month
  return addDays(monthStart(y, m - 1 + months + 1), -1);
}

// ---------------------------------------------------------------------------------------------
// Rows

/** A row as read from a file or a JSON body, every value as text; `row` counts as a spreadsheet does. */
export interface RawRow {
  row: number;
  values: Record<string, string>;
}

export interface TradeRow {
  row: number;
  reporter: string;
  period: string;
  flow: Flow;
  /** the Participant the partner country belongs to (EU for a member state) */
  partner: string;
  /** as written in the file, when it was an EU member state */
  partnerCountry: string;
  hsCode: HsCode;
  carats: string;
  valueUsd: string;
  /**
   * Certificates counted once: a certificate with several HS lines counts on the row of its first
   * line only (its other lines add carats and value, not certificates), so that the rows of a flow
   * add up to the number of certificates, however they are summed (CERTIFICATE_COUNT_RULE).
   */
  certificates: number;
}

/** How the `certificates` column counts, as the submission page and the documentation say it. */
export const CERTIFICATE_COUNT_RULE =
  'a certificate counts once, on the row of the HS code of its first line; its other lines add carats and value but no certificate';

export interface ProductionRow {
  row: number;
  reporter: string;
  period: string;
  mining: Mining;
  carats: string;
  valueUsd: string;
}

/** What the registry said about a code on a day, as the check needs it. */
export interface RegistryEntry {
  /** the Participant that speaks for the code (EU for a member state) */
  participant: string;
  status: string | null;
  goodStanding: boolean;
  /** true when the code is a member state of a regional Participant, not a Participant itself */
  memberState: boolean;
}

export interface CheckFacts {
  /** today, for periods that have not ended yet */
  today: IsoDay;
  /** the registry on a day; undefined for a code it does not know */
  registry(code: string, day: IsoDay): RegistryEntry | undefined;
  /** current production submissions already stored: `${reporter} ${period}` → true (to forbid a year beside its halves) */
  storedProduction?: Set<string>;
}

/** Statuses under which a Participant owes statistics for a period (a suspended Participant still reports). */
export const OWING_STATUSES = ['participant', 'trading_entity', 'suspended'] as const;
const REPORTING_STATUSES = new Set<string>(OWING_STATUSES);

/** Checks the header: columns in any order, none unknown, none missing, none twice. */
export function checkHeader(kind: SubmissionKind, header: string[]): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const wanted = COLUMNS[kind];
  const seen = new Set<string>();
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (!wanted.includes(name)) {
      errors.push(cellProblem(1, name || `column ${i + 1}`, m('header.unknown', { name, kind, columns: wanted.join(', ') })));
    } else if (seen.has(name)) {
      errors.push(cellProblem(1, name, m('header.twice', { name })));
    }
    seen.add(name);
  });
  for (const c of wanted) if (!seen.has(c)) errors.push(cellProblem(1, c, m('header.missing', { name: c })));
  return errors;
}

/** The periods a set of raw rows names (well-formed ones), so the caller can fetch the registry facts first. */
export function periodsNamed(kind: SubmissionKind, rows: RawRow[]): Period[] {
  const out = new Map<string, Period>();
  for (const r of rows) {
    const p = parsePeriod(kind, (r.values.period ?? '').trim());
    if (p) out.set(p.id, p);
  }
  return [...out.values()];
}

/** The days on which the registry is consulted for a period: its first and its last. */
export function registryDays(period: Period): IsoDay[] {
  return [period.start, period.end];
}

function checkPeriod(kind: SubmissionKind, text: string, facts: CheckFacts, err: (column: string, message: Msg) => void): Period | undefined {
  if (text === '') return void err('period', m('field.required'));
  const p = parsePeriod(kind, text);
  if (!p) {
    err('period', kind === 'trade' ? m('period.trade.form', { text, example: '2006-Q3' }) : m('period.production.form', { text, example: '2006-H1', year: '2006' }));
    return undefined;
  }
  if (p.year < FIRST_YEAR) return void err('period', m('period.beforeFirst', { text, first: String(FIRST_YEAR) }));
  if (p.end >= facts.today) {
    err('period', p.start > facts.today ? m('period.future', { text }) : m('period.notEnded', { text, end: day(p.end) }));
    return undefined;
  }
  return p;
}

/** Is the code a Participant that may report for the period (on its first or its last day)? */
function checkReporter(code: string, period: Period | undefined, facts: CheckFacts, err: (column: string, message: Msg) => void): boolean {
  if (code === '') return void err('reporter', m('field.required')), false;
  if (!/^[A-Z]{2}$/.test(code)) return void err('reporter', m('code.form', { code, standard: 'ISO 3166-1 alpha-2', eu: 'EU' })), false;
  if (!period) return true;
  const entries = registryDays(period).map((d) => facts.registry(code, d));
  const known = entries.find((e) => e !== undefined);
  if (!known) return void err('reporter', m('code.unknown', { code })), false;
  if (known.memberState) return void err('reporter', m('reporter.memberState', { name: country(code), code, through: country(known.participant), throughCode: known.participant })), false;
  if (!entries.some((e) => e && e.status !== null && REPORTING_STATUSES.has(e.status))) {
    return void err('reporter', m('reporter.notParticipant', { name: country(code), code, period: period.id, status: statusOf(known.status) })), false;
  }
  return true;
}

/**
 * A nil return: the reporter had nothing to report for the period (no trade in the quarter, no
 * production in the half year). The reporter and the period are checked as in a row.
 */
export function checkNilReturn(kind: SubmissionKind, reporter: string, period: string, facts: CheckFacts): { period?: Period; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const err = (column: string, message: Msg) => void errors.push(detail(column, message));
  const p = checkPeriod(kind, period.trim(), facts, err);
  checkReporter(reporter.trim(), p, facts, err);
  if (p && kind === 'production' && p.unit === 'Y') err('period', m('nil.productionYear', { example: '2006-H1' }));
  return { period: errors.length ? undefined : p, errors };
}

function checkPartner(code: string, reporter: string, period: Period | undefined, facts: CheckFacts, err: (column: string, message: Msg) => void): RegistryEntry | undefined {
  if (code === '') return void err('partner', m('field.required'));
  if (!/^[A-Z]{2}$/.test(code)) return void err('partner', m('code.form', { code, standard: 'ISO 3166-1 alpha-2', eu: 'EU' }));
  if (!period) return undefined;
  const entries = registryDays(period).map((d) => facts.registry(code, d));
  const good = entries.find((e) => e?.goodStanding);
  if (!good) {
    const known = entries.find((e) => e !== undefined);
    const status = known ? m('partner.statusOf', { participant: known.participant, status: statusOf(known.status) }) : statusWord(null, 'notParticipant');
    err('partner', m('partner.notInGoodStanding', { name: country(code), code, period: period.id, status }));
    return undefined;
  }
  if (good.participant === reporter) {
    err('partner', m(good.memberState ? 'partner.memberStateItself' : 'partner.itself', { name: country(code), code, reporter }));
    return undefined;
  }
  return good;
}

function checkChoice<T extends string>(column: string, text: string, choices: readonly T[], err: (column: string, message: Msg) => void): T | undefined {
  if (text === '') return void err(column, m('field.required'));
  if (!(choices as readonly string[]).includes(text)) return void err(column, m('choice.oneOf', { choices: choices.join('|'), text }));
  return text as T;
}

function checkAmounts(values: Record<string, string>, err: (column: string, message: Msg) => void): { carats?: string; valueUsd?: string } {
  const c = checkAmount(values.carats ?? '', CARATS_DIGITS);
  const v = checkAmount(values.value_usd ?? '', USD_DIGITS);
  if (!c.ok) err('carats', c.message);
  if (!v.ok) err('value_usd', v.message);
  if (c.ok && v.ok && toCents(c.value) === 0 && toCents(v.value) > 0) err('carats', m('amount.valueWithoutCarats', { value: v.value }));
  return { carats: c.ok ? c.value : undefined, valueUsd: v.ok ? v.value : undefined };
}

export interface CheckResult<T> {
  rows: T[];
  errors: ErrorDetail[];
}

function trimmed(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, (v ?? '').trim()]));
}

/** Checks trade rows; returns the good rows and every problem (the caller writes nothing when there is one). */
/** Rows checked between two pauses of the checks below, where a server lets other requests run (service.ts). */
export const CHECK_SLICE = 5_000;

/** Runs checks written as a generator (pausing every CHECK_SLICE rows) to the end, in one go. */
export function toEnd<T>(checks: Generator<void, T, void>): T {
  for (;;) {
    const step = checks.next();
    if (step.done) return step.value;
  }
}

export function checkTradeRows(raw: RawRow[], facts: CheckFacts): CheckResult<TradeRow> {
  return toEnd(tradeRowChecks(raw, facts));
}

/** checkTradeRows, pausing (yield) every CHECK_SLICE rows: a file of half a million rows takes seconds. */
export function* tradeRowChecks(raw: RawRow[], facts: CheckFacts): Generator<void, CheckResult<TradeRow>, void> {
  const errors: ErrorDetail[] = [];
  const rows: TradeRow[] = [];
  const keys = new Map<string, number>();
  let seen = 0;
  for (const r of raw) {
    if (++seen % CHECK_SLICE === 0) yield;
    const before = errors.length;
    const err = (column: string, message: Msg) => void errors.push(cellProblem(r.row, column, message));
    const v = trimmed(r.values);
    const period = checkPeriod('trade', v.period ?? '', facts, err);
    const reporterOk = checkReporter(v.reporter ?? '', period, facts, err);
    const flow = checkChoice('flow', v.flow ?? '', FLOWS, err);
    const partner = checkPartner(v.partner ?? '', v.reporter ?? '', period, facts, err);
    const hs = checkChoice('hs_code', v.hs_code ?? '', HS_CODES, err);
    const { carats, valueUsd } = checkAmounts(v, err);
    const certs = checkCount(v.certificates ?? '');
    if (!certs.ok) err('certificates', certs.message);
    if (errors.length > before || !period || !reporterOk || !flow || !partner || !hs || carats === undefined || valueUsd === undefined || !certs.ok) continue;
    const key = [v.reporter, period.id, flow, partner.participant, hs].join(' ');
    const first = keys.get(key);
    if (first !== undefined) {
      err('partner', partner.participant !== v.partner ? m('trade.duplicateVia', { first: String(first), code: v.partner!, participant: partner.participant }) : m('trade.duplicate', { first: String(first) }));
      continue;
    }
    keys.set(key, r.row);
    rows.push({ row: r.row, reporter: v.reporter!, period: period.id, flow, partner: partner.participant, partnerCountry: v.partner!, hsCode: hs, carats, valueUsd, certificates: Number(certs.value) });
  }
  return { rows, errors };
}

export function checkProductionRows(raw: RawRow[], facts: CheckFacts): CheckResult<ProductionRow> {
  return toEnd(productionRowChecks(raw, facts));
}

/** checkProductionRows, pausing (yield) every CHECK_SLICE rows. */
export function* productionRowChecks(raw: RawRow[], facts: CheckFacts): Generator<void, CheckResult<ProductionRow>, void> {
  const errors: ErrorDetail[] = [];
  const rows: ProductionRow[] = [];
  const keys = new Map<string, number>();
  // a year and its halves would count the same production twice
  const yearly = new Map<string, number>();
  const halves = new Map<string, number>();
  let seen = 0;
  for (const r of raw) {
    if (++seen % CHECK_SLICE === 0) yield;
    const before = errors.length;
    const err = (column: string, message: Msg) => void errors.push(cellProblem(r.row, column, message));
    const v = trimmed(r.values);
    const period = checkPeriod('production', v.period ?? '', facts, err);
    const reporterOk = checkReporter(v.reporter ?? '', period, facts, err);
    const mining = checkChoice('mining', v.mining ?? '', MININGS, err);
    const { carats, valueUsd } = checkAmounts(v, err);
    if (errors.length > before || !period || !reporterOk || !mining || carats === undefined || valueUsd === undefined) continue;
    const key = [v.reporter, period.id, mining].join(' ');
    const first = keys.get(key);
    if (first !== undefined) {
      err('mining', m('production.duplicate', { first: String(first) }));
      continue;
    }
    const yearKey = `${v.reporter} ${period.year}`;
    const [mine, other] = period.unit === 'Y' ? [yearly, halves] : [halves, yearly];
    const clash = other.get(yearKey);
    const storedClash = period.unit === 'Y'
      ? [`${period.year}-H1`, `${period.year}-H2`].find((h) => facts.storedProduction?.has(`${v.reporter} ${h}`))
      : facts.storedProduction?.has(`${v.reporter} ${period.year}`) ? String(period.year) : undefined;
    if (clash !== undefined || storedClash) {
      const where = clash !== undefined ? m('production.row', { row: String(clash) }) : m('production.submission', { period: storedClash! });
      err('period', m('production.yearAndHalves', { reporter: v.reporter!, year: String(period.year), how: m(period.unit === 'Y' ? 'production.byHalf' : 'production.asWhole'), where }));
      continue;
    }
    if (!mine.has(yearKey)) mine.set(yearKey, r.row);
    keys.set(key, r.row);
    rows.push({ row: r.row, reporter: v.reporter!, period: period.id, mining, carats, valueUsd });
  }
  return { rows, errors };
}

/** Rows grouped by submission: each (reporter, period) of a file becomes one new version. */
export function groupBySubmission<T extends { reporter: string; period: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = `${r.reporter} ${r.period}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

export function sortDetails(details: ErrorDetail[]): ErrorDetail[] {
  return [...details].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** A problem of a cell (row and column), its message from the catalogue: English in `message`, the reader's language where known. */
export function cellProblem(row: number, column: string, msg: Msg): ErrorDetail {
  return Object.defineProperty({ row, column, message: msg.render('en') }, 'msg', { value: msg, enumerable: false });
}

/** A registry status in the reader's language (none when the registry holds none). */
const statusOf = (status: string | null | undefined): Msg => statusWord(status);
