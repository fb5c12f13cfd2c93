// Use cases of the statistics: submitting trade and production (JSON rows or a file, all or nothing,
// each (reporter, period) a new version), reading submissions back (the annual summary and its release: annual-summary.ts).
import type { Db, Tx } from '../db/store.js';
import { m } from './messages.js';
import { m as refusal } from './review-messages.js';
import { m as fileMsg } from './file-messages.js';
import { country, verbatim } from '../core/i18n.js';
import { isUniqueViolation, RetryableConflict, transaction } from '../db/transaction.js';
import { detailAt, invalid, KpcsError, notFound, type ErrorDetail } from '../core/errors.js';
import { today as todayOf, type IsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize, can } from './policy.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import { checkNilReturn, checkProductionRows, checkTradeRows, productionRowChecks, tradeRowChecks, groupBySubmission, parsePeriod } from './model.js';
import { toCents } from './amounts.js';
import { periodsNamed, registryDays, sortDetails, cellProblem, type CheckFacts, type RawRow, type RegistryEntry, type SubmissionKind } from './model.js';
import { readRows, type FileFormat } from './importers.js';
import * as store from './store.js';

export interface ImportOptions {
  /** where the figures came from: 'api', 'file trade-2006.csv', … (kept with each version) */
  source: string;
  /** check everything and say what would be imported, writing nothing (the web page's preview) */
  dryRun?: boolean;
  /** the moment of the submission (tests and migrated history; the API always uses the present) */
  now?: Date;
}

export interface ImportedSubmission {
  reporter: string;
  period: string;
  version: number;
  rows: number;
}

export interface ImportResult {
  kind: SubmissionKind;
  dryRun: boolean;
  rows: number;
  submissions: ImportedSubmission[];
}

/** A JSON row of the API: the columns of the file, numbers as numbers or text. */
export type JsonRow = Record<string, string | number | null>;

export function jsonRows<R extends object = JsonRow>(rows: readonly R[]): RawRow[] {
  return rows.map((r, i) => ({ row: i + 1, values: Object.fromEntries(Object.entries(r as Record<string, unknown>).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])) }));
}

/** Imports a CSV or XLSX file: the same checks as JSON rows. */
export async function importFile(db: Db, actor: Actor, kind: SubmissionKind, format: FileFormat, bytes: Uint8Array, opts: ImportOptions): Promise<ImportResult> {
  authorize(actor, 'statistics.submit', { participant: actor.participant ?? undefined });
  const rows = await readRows(kind, format, bytes);
  return submit(db, actor, kind, rows, opts);
}

/** Runs checks written as a generator, giving the event loop a turn at each pause. */
async function inSlices<T>(checks: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = checks.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Submits rows (already shaped as the file's columns); all or nothing. */
export async function submit(db: Db, actor: Actor, kind: SubmissionKind, raw: RawRow[], opts: ImportOptions): Promise<ImportResult> {
  authorize(actor, 'statistics.submit', { participant: actor.participant ?? undefined });
  const shapeErrors = checkShape(kind, raw);
  if (shapeErrors.length) throw invalid(m('import.columns', { count: shapeErrors.length }), shapeErrors);
  if (raw.length === 0) throw invalid(m('import.empty', { kind }));

  // the tenant first: an officer submits its own Participant's figures only
  const foreign = raw.filter((r) => {
    const reporter = (r.values.reporter ?? '').trim();
    return reporter !== '' && !can(actor, 'statistics.submit', { participant: reporter });
  });
  if (foreign.length) {
    const others = [...new Set(foreign.map((r) => r.values.reporter!.trim()))];
    throw new KpcsError(
      'forbidden',
      m('import.foreign', { user: actor.name, own: actor.participant ? country(actor.participant) : m('import.ownParticipant'), others: others.join(', '), count: foreign.length }),
      foreign.map((r) => cellProblem(r.row, 'reporter', m('import.foreignRow', { code: r.values.reporter!.trim(), own: actor.participant ? country(actor.participant) : m('import.ownParticipant') }))),
    );
  }

  const now = opts.now ?? new Date();
  const facts = await registryFacts(db, kind, raw, todayOf(now));
  // checked in slices, letting other requests run between them: a large file holds the server for no more than a slice
  const checked: Checked = kind === 'trade' ? { kind, ...(await inSlices(tradeRowChecks(raw, facts))) } : { kind, ...(await inSlices(productionRowChecks(raw, facts))) };
  if (checked.errors.length) {
    const badRows = new Set(checked.errors.map((e) => e.row)).size;
    throw invalid(m('import.rows', { bad: badRows, total: raw.length, count: checked.errors.length }), sortDetails(checked.errors));
  }

  const groups = groupBySubmission<{ reporter: string; period: string }>(checked.rows);
  const keys = [...groups.values()].map((g) => ({ reporter: g[0]!.reporter, period: g[0]!.period }));
  const plan = async (q: Db | Tx) => {
    const current = await store.currentVersions(q, kind, keys);
    return keys.map((k) => ({ ...k, version: (current.get(`${k.reporter} ${k.period}`) ?? 0) + 1, rows: groups.get(`${k.reporter} ${k.period}`)!.length }));
  };
  if (opts.dryRun) {
    const subs = await plan(db);
    return { kind, dryRun: true, rows: checked.rows.length, submissions: subs };
  }

  const subs = await transaction(db, async (tx) => {
    const subs = await plan(tx);
    const versions = new Map(subs.map((s) => [`${s.reporter} ${s.period}`, s.version]));
    const totals = totalsBySubmission(checked);
    for (const s of subs) if (s.version > 1) await store.retire(tx, kind, s.reporter, s.period);
    const records: store.SubmissionRecord[] = subs.map((s) => ({
      reporter: s.reporter,
      kind,
      period: s.period,
      version: s.version,
      year: parsePeriod(kind, s.period)!.year,
      submittedAt: now,
      submittedBy: actor.name,
      submittedByUser: actor.userId,
      source: opts.source,
      rowCount: s.rows,
      totals: totals.get(`${s.reporter} ${s.period}`)!,
    }));
    try {
      await store.insertSubmissions(tx, records);
    } catch (e) {
      // another import of the same period committed its version first: start again from the new current one
      if (isUniqueViolation(e)) throw new RetryableConflict('a concurrent submission took the version');
      throw e;
    }
    const version = (r: { reporter: string; period: string }) => versions.get(`${r.reporter} ${r.period}`)!;
    if (checked.kind === 'trade') {
      await store.insertTrade(tx, checked.rows.map((r) => ({ reporter: r.reporter, period: r.period, version: version(r), flow: r.flow, partner: r.partner, hsCode: r.hsCode, carats: r.carats, valueUsd: r.valueUsd, certificates: r.certificates })));
    } else {
      await store.insertProduction(tx, checked.rows.map((r) => ({ reporter: r.reporter, period: r.period, version: version(r), mining: r.mining, carats: r.carats, valueUsd: r.valueUsd })));
    }
    await audit.record(tx, actor, `statistics.${kind}.submit`, subs.length === 1 ? `${subs[0]!.reporter} ${subs[0]!.period}` : `${subs.length} submissions`, {
      source: opts.source,
      rows: checked.rows.length,
      submissions: subs.map((s) => `${s.reporter} ${s.period} v${s.version}`),
    });
    return subs;
  });
  return { kind, dryRun: false, rows: checked.rows.length, submissions: subs };
}

/**
 * A nil return: the reporter declares it had nothing to report for the period (no trade in the
 * quarter, no production in the half year). It is a version like any other (it replaces earlier
 * figures of the period wholly) with no rows and zero totals, and it counts as submitted for
 * compliance.
 */
export async function submitNilReturn(db: Db, actor: Actor, kind: SubmissionKind, reporter: string, period: string, opts: ImportOptions): Promise<ImportResult> {
  authorize(actor, 'statistics.submit', { participant: reporter });
  const now = opts.now ?? new Date();
  const raw: RawRow[] = [{ row: 1, values: { reporter, period } }];
  const facts = await registryFacts(db, kind, raw, todayOf(now));
  const checked = checkNilReturn(kind, reporter, period, facts);
  if (checked.errors.length || !checked.period) throw invalid(m('nil.refused', { reporter, period, problems: checked.errors.map((e) => e.msg ?? verbatim(e.message)) }), checked.errors);
  const p = checked.period;
  const key = { reporter, period: p.id };
  if (opts.dryRun) {
    const current = (await store.currentVersions(db, kind, [key])).get(`${reporter} ${p.id}`) ?? 0;
    return { kind, dryRun: true, rows: 0, submissions: [{ ...key, version: current + 1, rows: 0 }] };
  }
  const sub = await transaction(db, async (tx) => {
    const version = ((await store.currentVersions(tx, kind, [key])).get(`${reporter} ${p.id}`) ?? 0) + 1;
    if (version > 1) await store.retire(tx, kind, reporter, p.id);
    try {
      await store.insertSubmissions(tx, [{ ...key, kind, version, year: p.year, submittedAt: now, submittedBy: actor.name, submittedByUser: actor.userId, source: opts.source, rowCount: 0, totals: { ...store.NO_TOTALS } }]);
    } catch (e) {
      if (isUniqueViolation(e)) throw new RetryableConflict('a concurrent submission took the version');
      throw e;
    }
    await audit.record(tx, actor, `statistics.${kind}.nil`, `${reporter} ${p.id}`, { source: opts.source, version });
    return { ...key, version, rows: 0 };
  });
  return { kind, dryRun: false, rows: 0, submissions: [sub] };
}

type Checked = ({ kind: 'trade' } & ReturnType<typeof checkTradeRows>) | ({ kind: 'production' } & ReturnType<typeof checkProductionRows>);

/** The totals of each (reporter, period) of the checked rows, in cents: kept with the version for the summary. */
function totalsBySubmission(checked: Checked): Map<string, store.SubmissionTotals> {
  const out = new Map<string, store.SubmissionTotals>();
  const of = (r: { reporter: string; period: string }) => {
    const k = `${r.reporter} ${r.period}`;
    let t = out.get(k);
    if (!t) out.set(k, (t = { ...store.NO_TOTALS }));
    return t;
  };
  if (checked.kind === 'trade') {
    for (const r of checked.rows) {
      const t = of(r);
      if (r.flow === 'export') {
        t.exportsCarats += toCents(r.carats);
        t.exportsUsd += toCents(r.valueUsd);
        t.exportsCertificates += r.certificates;
      } else {
        t.importsCarats += toCents(r.carats);
        t.importsUsd += toCents(r.valueUsd);
        t.importsCertificates += r.certificates;
      }
    }
  } else {
    for (const r of checked.rows) {
      const t = of(r);
      t.productionCarats += toCents(r.carats);
      t.productionUsd += toCents(r.valueUsd);
    }
  }
  return out;
}

/** Every row must carry exactly the file's columns (the API's JSON rows too). */
function checkShape(kind: SubmissionKind, raw: RawRow[]): ErrorDetail[] {
  const wanted = kind === 'trade' ? ['reporter', 'period', 'flow', 'partner', 'hs_code', 'carats', 'value_usd', 'certificates'] : ['reporter', 'period', 'mining', 'carats', 'value_usd'];
  const errors: ErrorDetail[] = [];
  for (const r of raw) {
    for (const k of Object.keys(r.values)) if (!wanted.includes(k)) errors.push(detailAt({ row: r.row, column: k }, fileMsg('row.unknownColumn', { name: k, kind, columns: wanted.join(', ') })));
    for (const k of wanted) if (!(k in r.values)) errors.push(detailAt({ row: r.row, column: k }, m('header.missing', { name: k })));
  }
  return errors;
}

/** Asks the registry about every day the rows' periods need, once per day. */
async function registryFacts(db: Db, kind: SubmissionKind, raw: RawRow[], today: IsoDay): Promise<CheckFacts> {
  const days = new Set<IsoDay>();
  for (const p of periodsNamed(kind, raw)) for (const d of registryDays(p)) if (d < today) days.add(d);
  const byDay = new Map<IsoDay, Map<string, RegistryEntry>>();
  for (const day of days) {
    const entries = new Map<string, RegistryEntry>();
    for (const p of await participants.list(db, { at: day })) {
      const goodStanding = p.status === 'participant' || p.status === 'trading_entity';
      entries.set(p.code, { participant: p.code, status: p.status, goodStanding, memberState: false });
      for (const m of p.members) entries.set(m, { participant: p.code, status: p.status, goodStanding, memberState: true });
    }
    byDay.set(day, entries);
  }
  let storedProduction: Set<string> | undefined;
  if (kind === 'production') {
    const reporters = [...new Set(raw.map((r) => (r.values.reporter ?? '').trim()))];
    const years = [...new Set(periodsNamed(kind, raw).map((p) => p.year))];
    storedProduction = await store.currentProductionPeriods(db, reporters, years);
  }
  return { today, registry: (code, day) => byDay.get(day)?.get(code), storedProduction };
}

// ---------------------------------------------------------------------------------------------
// Reading submissions back

export interface SubmissionInfo {
  reporter: string;
  kind: SubmissionKind;
  period: string;
  version: number;
  current: boolean;
  submittedAt: string;
  submittedBy: string;
  source: string;
  rows: number;
}

export async function listSubmissions(db: Db, actor: Actor, reporter: string, filter: { kind?: SubmissionKind; period?: string } = {}): Promise<SubmissionInfo[]> {
  authorize(actor, 'statistics.submissions.read', { participant: reporter });
  const rows = await store.submissions(db, { reporter, ...filter });
  return rows.map((r) => ({
    reporter: r.reporter,
    kind: r.kind,
    period: r.period,
    version: r.version,
    current: r.current,
    submittedAt: new Date(r.submitted_at).toISOString(),
    submittedBy: r.submitted_by,
    source: r.source,
    rows: r.row_count,
  }));
}

export interface SubmissionDetail extends SubmissionInfo {
  trade?: { flow: string; partner: string; hsCode: string; carats: number; valueUsd: number; certificates: number }[];
  production?: { mining: string; carats: number; valueUsd: number }[];
}

/** One version of a submission with its rows (the current one unless a version is asked for). */
export async function getSubmission(db: Db, actor: Actor, reporter: string, kind: SubmissionKind, period: string, version?: number): Promise<SubmissionDetail> {
  authorize(actor, 'statistics.submissions.read', { participant: reporter });
  const all = await listSubmissions(db, actor, reporter, { kind, period });
  const sub = version === undefined ? all.find((s) => s.current) : all.find((s) => s.version === version);
  if (!sub) throw notFound(version === undefined ? refusal(`submission.notFound.${kind}`, { reporter: country(reporter), period }) : refusal(`submission.versionNotFound.${kind}`, { reporter: country(reporter), period, version: String(version) }));
  if (kind === 'trade') {
    const rows = await store.tradeRows(db, reporter, period, sub.version);
    return { ...sub, trade: rows.map((r) => ({ flow: r.flow, partner: r.partner, hsCode: r.hs_code, carats: Number(r.carats), valueUsd: Number(r.value_usd), certificates: r.certificates })) };
  }
  const rows = await store.productionRows(db, reporter, period, sub.version);
  return { ...sub, production: rows.map((r) => ({ mining: r.mining, carats: Number(r.carats), valueUsd: Number(r.value_usd) })) };
}
