// Stock accounts and stock reports of licensed companies (issue #21, point 2): a company's confirmed
// imports and its exports form its stock account (carats and US$ value by HS code; opening, in, out,
// closing over a period), computed from the certificates each time; the company files a stock report
// per reporting period of its Participant (the closing stock as it counted it) and sees the difference
// against the account; a Participant may withhold issuance for a company whose report is overdue.
// Read by the officers of the company's Participant and the company's own users; no one else.
import type { Db, Tx } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, forbidden, invalid, KpcsError, notFound, type ErrorDetail } from '../core/errors.js';
import { country, day } from '../core/i18n.js';
import { m } from './messages.js';
import { pathed, r } from './register-messages.js';
import { field } from '../core/messages.js';
import { isIsoDay, today } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { nameKey } from './model.js';
import * as companyStore from './store.js';
import * as store from './stock-store.js';
import {
  account, checkReport, DEFAULT_SETTINGS, differences, overdue, PERIOD_MONTHS, periodOf, receivedLines, requiredPeriods,
  type Account, type Difference, type Movement, type NewReport, type Period, type ReportingSettings, type ReportLine,
} from './stock-model.js';

type CompanyRow = NonNullable<Awaited<ReturnType<typeof companyStore.get>>>;
interface Doc {
  exporter: { name: string };
  importer: { name: string };
  goods: { hsCode: string; carats: number; valueUsd: number }[];
}

const dayOf = (t: Date | string) => new Date(t).toISOString().slice(0, 10);
/** A company's own user (not an officer): it sees only its company's stock and imports. */
export const isCompanyUser = (a: Actor) => a.kind === 'user' && a.roles.includes('company') && !a.roles.includes('officer');

/**
 * The company asked about, once the caller may see it: an officer of its Participant, or a company
 * user tied to that very licence. 404 when the Participant registers no such licence.
 */
async function companyFor(db: Db | Tx, actor: Actor, action: 'companies.stock.read' | 'companies.stock.report', participant: string | undefined, licence: string): Promise<CompanyRow> {
  const p = participant ?? actor.participant;
  if (!p) throw invalid(m('participant.company'), [detail('participant', field('required'))]);
  authorize(actor, action, { participant: p });
  const company = await companyStore.get(db, p, licence);
  if (!company) throw notFound(r('licence.unknown', { participant: p, licence }));
  if (isCompanyUser(actor)) {
    const own = actor.userId ? await companyStore.companyOfUser(db, p, actor.userId) : undefined;
    if (!own || own.licence !== licence) {
      throw forbidden(own ? m('stock.otherCompany', { user: actor.name, own: own.name, licence: own.licence, company: company.name }) : m('stock.untied', { user: actor.name, participant: p }));
    }
  }
  return company;
}

/** Every movement of a company's stock up to a day: its confirmed imports in, its exports (re-exports included) out. */
export async function movementsOf(q: Db | Tx, company: Pick<CompanyRow, 'participant' | 'name_key'>, to: string): Promise<Movement[]> {
  const out: Movement[] = [];
  for (const r of await store.importsOf(q, company.participant, to)) {
    const doc = JSON.parse(r.document) as Doc;
    if (nameKey(doc.importer.name) !== company.name_key) continue;
    for (const l of receivedLines(doc.goods, Number(r.confirmed_carats))) out.push({ direction: 'in', day: String(r.received_on).slice(0, 10), certificate: r.number, hsCode: l.hsCode, carats: l.carats, valueUsd: l.valueUsd });
  }
  for (const r of await store.exportsOf(q, company.participant, to)) {
    const doc = JSON.parse(r.document) as Doc;
    if (nameKey(doc.exporter.name) !== company.name_key) continue;
    for (const l of doc.goods) out.push({ direction: 'out', day: dayOf(r.issued_at), certificate: r.number, hsCode: l.hsCode, carats: l.carats, valueUsd: l.valueUsd });
  }
  return out;
}

function checkRange(from: string | undefined, to: string | undefined): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (from !== undefined && !isIsoDay(from)) out.push(detail('from', r('day.written')));
  if (to !== undefined && !isIsoDay(to)) out.push(detail('to', r('day.written')));
  if (!out.length && from !== undefined && to !== undefined && from > to) out.push(detail('from', m('range.reversed', { from, to })));
  return out;
}

/** A company's stock account over [from, to] (both days included; `to` default today, `from` default: since its first movement). */
export async function stockAccount(db: Db, actor: Actor, q: { participant?: string; licence: string; from?: string; to?: string }): Promise<Account> {
  const problems = checkRange(q.from, q.to);
  if (problems.length) throw invalid(m('account.refused', { problems: pathed(problems) }), problems);
  const company = await companyFor(db, actor, 'companies.stock.read', q.participant, q.licence);
  const to = q.to ?? today();
  return { participant: company.participant, licence: company.licence, name: company.name, from: q.from ?? null, to, ...account(await movementsOf(db, company, to), q.from ?? null, to) };
}

function settingsView(participant: string, r: Awaited<ReturnType<typeof store.settings>>): ReportingSettings {
  if (!r) return { participant, periodMonths: DEFAULT_SETTINGS.periodMonths, graceDays: DEFAULT_SETTINGS.graceDays, requiredFrom: periodOf(today(), DEFAULT_SETTINGS.periodMonths, 0).start, withhold: false, updatedAt: null, updatedBy: null };
  return { participant, periodMonths: r.period_months, graceDays: r.grace_days, requiredFrom: String(r.required_from).slice(0, 10), withhold: r.withhold, updatedAt: new Date(r.updated_at).toISOString(), updatedBy: r.updated_by };
}

/** A Participant's stock reporting: period, days allowed after it ends, the first period required, withholding. */
export async function reportingSettings(db: Db, actor: Actor, participant: string | undefined): Promise<ReportingSettings> {
  const p = participant ?? actor.participant;
  if (!p) throw invalid(m('participant.reporting'), [detail('participant', field('required'))]);
  authorize(actor, 'companies.stock.read', { participant: p });
  return settingsView(p, await store.settings(db, p));
}

export interface SettingsInput {
  participant?: string;
  periodMonths?: number;
  graceDays?: number;
  requiredFrom?: string;
  withhold?: boolean;
}

/** Sets a Participant's stock reporting (its officers), audited with what it was before. */
export async function setReportingSettings(db: Db, actor: Actor, input: SettingsInput): Promise<ReportingSettings> {
  const p = input.participant ?? actor.participant;
  if (!p) throw invalid(m('participant.reporting'), [detail('participant', field('required'))]);
  const problems: ErrorDetail[] = [];
  if (input.periodMonths !== undefined && !(PERIOD_MONTHS as readonly number[]).includes(input.periodMonths)) problems.push(detail('periodMonths', m('settings.months', { allowed: PERIOD_MONTHS.join(', ') })));
  if (input.graceDays !== undefined && (!Number.isInteger(input.graceDays) || input.graceDays < 0 || input.graceDays > 366)) problems.push(detail('graceDays', m('settings.grace')));
  if (input.requiredFrom !== undefined && !isIsoDay(input.requiredFrom)) problems.push(detail('requiredFrom', r('day.written')));
  if (input.withhold !== undefined && typeof input.withhold !== 'boolean') problems.push(detail('withhold', m('settings.boolean', { yes: 'true', no: 'false' })));
  if (problems.length) throw invalid(m('settings.refused', { problems: pathed(problems) }), problems);
  authorize(actor, 'companies.stock.settings', { participant: p });
  await transaction(db, async (tx) => {
    const before = settingsView(p, await store.settings(tx, p, true));
    const after = {
      periodMonths: input.periodMonths ?? before.periodMonths,
      graceDays: input.graceDays ?? before.graceDays,
      requiredFrom: input.requiredFrom ?? before.requiredFrom,
      withhold: input.withhold ?? before.withhold,
    };
    await store.saveSettings(tx, { participant: p, period_months: after.periodMonths, grace_days: after.graceDays, required_from: after.requiredFrom, withhold: after.withhold, updated_at: new Date(), updated_by: actor.name });
    const { participant: _p, updatedAt: _a, updatedBy: _b, ...was } = before;
    await audit.record(tx, actor, 'companies.stock.settings', p, { participant: p, before: was, after });
  });
  return settingsView(p, await store.settings(db, p));
}

export interface FiledReport {
  participant: string;
  licence: string;
  from: string;
  to: string;
  lines: ReportLine[];
  note: string | null;
  filedAt: string;
  filedBy: string;
  /** what the company counted against the account's closing stock on the period's last day */
  differences: Difference[];
}

export interface ReportPeriod extends Period {
  status: 'filed' | 'overdue' | 'due';
  report: FiledReport | null;
}

type ReportRow = NonNullable<Awaited<ReturnType<typeof store.report>>>;

async function reportView(q: Db | Tx, company: CompanyRow, r: ReportRow): Promise<FiledReport> {
  const to = String(r.period_end).slice(0, 10);
  const lines = (typeof r.lines === 'string' ? JSON.parse(r.lines) : r.lines) as ReportLine[];
  const computed = account(await movementsOf(q, company, to), null, to);
  return { participant: r.participant, licence: r.licence, from: String(r.period_start).slice(0, 10), to, lines, note: r.note, filedAt: new Date(r.filed_at).toISOString(), filedBy: r.filed_by, differences: differences(lines, computed.lines) };
}

/** Files a company's stock report for one of its Participant's reporting periods (once), audited; nothing written when refused. */
export async function fileReport(db: Db, actor: Actor, input: NewReport & { participant?: string; licence: string }): Promise<FiledReport> {
  const company = await companyFor(db, actor, 'companies.stock.report', input.participant, input.licence);
  const settings = settingsView(company.participant, await store.settings(db, company.participant));
  const problems = checkReport(input, settings.periodMonths, settings.graceDays, today());
  if (problems.length) throw invalid(m('report.refused', { company: company.name, problems: pathed(problems) }), problems);
  const lines = input.lines.map((l) => ({ hsCode: l.hsCode, carats: l.carats, valueUsd: l.valueUsd }));
  await transaction(db, async (tx) => {
    const earlier = await store.report(tx, company.participant, company.licence, input.from);
    if (earlier) throw conflict(m('report.filedAlready', { company: company.name, from: day(input.from), to: day(input.to), on: day(new Date(earlier.filed_at).toISOString()), by: earlier.filed_by }));
    await store.insertReport(tx, { participant: company.participant, licence: company.licence, period_start: input.from, period_end: input.to, lines: JSON.stringify(lines), note: input.note?.trim() || null, filed_at: new Date(), filed_by: actor.name });
    await audit.record(tx, actor, 'companies.stock.report', `${company.participant} ${company.licence} ${input.from}`, { participant: company.participant, licence: company.licence, from: input.from, to: input.to, lines });
  });
  return reportView(db, company, (await store.report(db, company.participant, company.licence, input.from))!);
}

/** A company's reporting periods: each required period (filed, overdue or due) and every report filed, with its differences. */
export async function reportsOf(db: Db, actor: Actor, q: { participant?: string; licence: string }): Promise<{ company: { participant: string; licence: string; name: string }; settings: ReportingSettings; periods: ReportPeriod[]; overdue: Period | null; withheld: boolean }> {
  const company = await companyFor(db, actor, 'companies.stock.read', q.participant, q.licence);
  const settings = settingsView(company.participant, await store.settings(db, company.participant));
  const now = today();
  const rows = await store.reports(db, company.participant, company.licence);
  const filed = new Map(rows.map((r) => [String(r.period_start).slice(0, 10), r]));
  const required = requiredPeriods(settings, String(company.valid_from).slice(0, 10), now);
  const late = overdue(required, new Set(filed.keys()), now);
  const periods: ReportPeriod[] = [];
  const seen = new Set<string>();
  for (const p of required) {
    seen.add(p.start);
    const r = filed.get(p.start);
    periods.push({ ...p, status: r ? 'filed' : p.due < now ? 'overdue' : 'due', report: r ? await reportView(db, company, r) : null });
  }
  for (const [start, r] of filed) {
    if (seen.has(start)) continue;
    const p = periodOf(start, settings.periodMonths, settings.graceDays);
    periods.push({ start, end: String(r.period_end).slice(0, 10), due: p.due, status: 'filed', report: await reportView(db, company, r) });
  }
  periods.sort((a, b) => (a.start < b.start ? -1 : 1));
  return { company: { participant: company.participant, licence: company.licence, name: company.name }, settings, periods, overdue: late, withheld: settings.withhold && late !== null };
}

/**
 * At issuance: when the issuing Participant withholds issuance and the exporter is a company of its
 * register whose stock report is overdue on the day, the refusal (409, in the reader's language)
 * naming the company, the overdue period and its due date; else null.
 */
export async function withheld(q: Db | Tx, participant: string, exporterName: string, on: string): Promise<KpcsError | null> {
  const s = await store.settings(q, participant);
  if (!s?.withhold) return null;
  const company = await companyStore.byName(q, participant, nameKey(exporterName));
  if (!company) return null;
  const settings = settingsView(participant, s);
  const late = overdue(requiredPeriods(settings, String(company.valid_from).slice(0, 10), on), await store.reportedPeriods(q, participant, company.licence), on);
  if (!late) return null;
  const params = { company: company.name, licence: company.licence, participant: country(participant), from: day(late.start), to: day(late.end), due: day(late.due) };
  return new KpcsError('conflict', m('stock.withheld', params), [detail('exporter.name', m('stock.withheld.detail', params))]);
}

/** The company a company user acts for (its licence), for the web's own pages. */
export async function ownCompany(db: Db, actor: Actor): Promise<{ participant: string; licence: string; name: string }> {
  authorize(actor, 'companies.stock.read', {});
  const own = actor.userId && actor.participant ? await companyStore.companyOfUser(db, actor.participant, actor.userId) : undefined;
  if (!own) throw notFound(m('stock.noCompany', { user: actor.name }));
  return { participant: own.participant, licence: own.licence, name: own.name };
}
