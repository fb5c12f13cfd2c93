// Use cases of the mirror reconciliation and of the discrepancy workflow:
// open (the working group) → explained (by either Participant) → resolved (the working group, with an outcome).
import { country, fixed } from '../core/i18n.js';
import { m as msg } from './messages.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, forbidden, invalid, notFound } from '../core/errors.js';
import { field, notAQuarter } from '../core/messages.js';
import { m as refusal } from './review-messages.js';
import { actingFor, type Actor } from '../auth/model.js';
import { authorize, can } from './policy.js';
import * as audit from '../audit/service.js';
import { parsePeriod } from './model.js';
import { DEFAULT_TOLERANCE, quartersAround, reconcile as reconcileCells, tally, type MirrorLine, type MirrorStatus } from './mirror.js';
import * as store from './store.js';
import * as reviewStore from './review-store.js';
import { notify } from '../notifications/service.js';

/** Certificates behind a flow, for the trail that explains a discrepancy (provided by the certificates domain). */
export interface CertificateTrail {
  /** certificates issued by `exporter` for `importer` in the quarter, with what the importer confirmed */
  trail(exporter: string, importer: string, period: { start: string; end: string }): Promise<TrailCertificate[]>;
  /** the same for many pairs of one period at once (keyed "EXPORTER IMPORTER"), when the source can */
  trails?(pairs: { exporter: string; importer: string }[], period: { start: string; end: string }): Promise<Map<string, TrailCertificate[]>>;
}

export interface TrailCertificate {
  number: string;
  issuedOn: string;
  carats: number;
  valueUsd: number;
  confirmedOn: string | null;
  confirmedCarats: number | null;
  /** a re-export: a certificate drawn against imports (issue #21) */
  reExport?: boolean;
}

export interface Discrepancy {
  id: string;
  exporter: string;
  importer: string;
  period: string;
  status: 'open' | 'explained' | 'resolved';
  /** both sides as they stood when the discrepancy was opened */
  exports: { carats: number; valueUsd: number };
  imports: { carats: number; valueUsd: number };
  openedAt: string;
  openedBy: string;
  outcome: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  notes?: { seq: number; at: string; author: string; actingFor: string | null; kind: string; text: string }[];
}

export interface Reconciliation {
  year: number;
  tolerance: number;
  counts: Record<MirrorStatus, number>;
  /** the flagged lines (every line with `all`), each with its discrepancy's workflow state when one is open */
  lines: (MirrorLine & { discrepancy?: { id: string; status: string } })[];
}

export interface ReconcileQuery {
  tolerance?: number;
  timing?: boolean;
  /** include the lines that agree */
  all?: boolean;
  /** only the lines of pairs involving this Participant */
  participant?: string;
  /** when given, every discrepancy line carries the certificates behind it */
  certificates?: CertificateTrail;
}

function checkTolerance(t: number | undefined): number {
  const tolerance = t ?? DEFAULT_TOLERANCE;
  if (!(tolerance >= 0 && tolerance < 1)) throw invalid(refusal('tolerance.range', { value: String(t) }), [detail('tolerance', field('outOfRange'))]);
  return tolerance;
}

/** Reconciles a year's trade between every pair of Participants, from the current versions. */
export async function reconcile(db: Db, actor: Actor, year: number, q: ReconcileQuery = {}): Promise<Reconciliation> {
  authorize(actor, 'statistics.reconcile');
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw invalid(refusal('year.form', { year: String(year) }), [detail('year', field('notAYear'))]);
  const tolerance = checkTolerance(q.tolerance);
  const periods = quartersAround(year).map((p) => p.id);
  const [cells, subs, discrepancies] = await Promise.all([store.mirror(db, periods), store.firstSubmissions(db, 'trade', periods), reviewStore.discrepanciesOf(db, periods.slice(1, 5))]);
  const submitted = new Set(subs.map((s) => `${s.reporter} ${s.period}`));
  let lines = reconcileCells(year, cells, submitted, { tolerance, timing: q.timing });
  if (q.participant) lines = lines.filter((l) => l.exporter === q.participant || l.importer === q.participant);
  const counts = tally(lines);
  const open = new Map(discrepancies.map((d) => [`${d.exporter} ${d.importer} ${d.period}`, { id: d.id, status: d.status }]));
  const shown = (q.all ? lines : lines.filter((l) => l.status !== 'agreed')).map((l) => {
    const d = open.get(`${l.exporter} ${l.importer} ${l.period}`);
    return d ? { ...l, discrepancy: d } : l;
  });
  if (q.certificates) {
    const source = q.certificates;
    const wanted = shown.filter((l) => l.status === 'discrepancy');
    // one query per quarter when the source can answer many pairs at once, else one per line
    const byPeriod = new Map<string, typeof wanted>();
    for (const l of wanted) {
      const list = byPeriod.get(l.period) ?? [];
      list.push(l);
      byPeriod.set(l.period, list);
    }
    for (const [period, lines] of byPeriod) {
      const p = parsePeriod('trade', period)!;
      const range = { start: p.start, end: p.end };
      const found = source.trails ? await source.trails(lines.map((l) => ({ exporter: l.exporter, importer: l.importer })), range) : undefined;
      for (const l of lines) {
        (l as MirrorLine & { certificates?: TrailCertificate[] }).certificates = found ? (found.get(`${l.exporter} ${l.importer}`) ?? []) : await source.trail(l.exporter, l.importer, range);
      }
    }
  }
  return { year, tolerance, counts, lines: shown };
}

function toDiscrepancy(d: NonNullable<Awaited<ReturnType<typeof reviewStore.discrepancy>>>): Discrepancy {
  return {
    id: d.id,
    exporter: d.exporter,
    importer: d.importer,
    period: d.period,
    status: d.status,
    exports: { carats: Number(d.exports_carats), valueUsd: Number(d.exports_usd) },
    imports: { carats: Number(d.imports_carats), valueUsd: Number(d.imports_usd) },
    openedAt: new Date(d.opened_at).toISOString(),
    openedBy: d.opened_by,
    outcome: d.outcome,
    resolvedAt: d.resolved_at ? new Date(d.resolved_at).toISOString() : null,
    resolvedBy: d.resolved_by,
  };
}

export interface DiscrepancyKey {
  exporter: string;
  importer: string;
  period: string;
}

function checkKey(k: DiscrepancyKey): void {
  if (!parsePeriod('trade', k.period)) throw invalid(refusal('discrepancy.period', { example: '2006-Q3', period: k.period }), [detail('period', notAQuarter())]);
  if (k.exporter === k.importer) throw invalid(refusal('discrepancy.samePair'), [detail('importer', refusal('discrepancy.samePairDetail'))]);
}

const label = (k: DiscrepancyKey) => `${k.exporter}→${k.importer} ${k.period}`;
/** the two Participants of a discrepancy, named in the reader's language */
const sides = (k: DiscrepancyKey) => ({ exporter: country(k.exporter), importer: country(k.importer) });

/** The working group opens a discrepancy on one flow and quarter; both sides' figures are kept as they stand. */
export async function open(db: Db, actor: Actor, key: DiscrepancyKey, comment?: string): Promise<Discrepancy> {
  authorize(actor, 'statistics.discrepancy.manage');
  const k = { exporter: key.exporter, importer: key.importer, period: key.period };
  checkKey(k);
  const cells = await store.mirror(db, [k.period]);
  const cell = cells.find((c) => c.exporter === k.exporter && c.importer === k.importer);
  if (!cell) throw notFound(refusal('discrepancy.nothing', { ...sides(k), period: k.period }));
  await transaction(db, async (tx) => {
    if (await reviewStore.discrepancy(tx, k.exporter, k.importer, k.period)) throw conflict(refusal('discrepancy.alreadyOpen', { label: label(k) }));
    const at = new Date();
    await reviewStore.insertDiscrepancy(tx, { ...k, id: randomUUID(), exportsCarats: cell.exportsCarats, importsCarats: cell.importsCarats, exportsUsd: cell.exportsUsd, importsUsd: cell.importsUsd, openedAt: at, openedBy: actor.name });
    await reviewStore.addNote(tx, k, { at, author: actor.name, actingFor: actingFor(actor), kind: 'opened', text: comment ?? `Exports reported by ${k.exporter} and imports reported by ${k.importer} differ beyond the tolerance.` });
    await audit.record(tx, actor, 'statistics.discrepancy.open', label(k), { exports: cell.exportsCarats / 100, imports: cell.importsCarats / 100 });
    const names = { exporter: country(k.exporter), importer: country(k.importer), period: k.period };
    const alert = { kind: 'discrepancy.assigned', subject: msg('discrepancy.subject', names), body: msg('discrepancy.body', { ...names, exports: fixed(cell.exportsCarats / 100, 2), imports: fixed(cell.importsCarats / 100, 2) }), link: '/statistics/review', dedupeKey: `discrepancy:${label(k)}` };
    for (const p of [k.exporter, k.importer]) await notify(tx, { ...alert, link: '/statistics/submit', participant: p, to: { participant: p, roles: ['officer'] } });
    await notify(tx, { ...alert, to: { groups: ['WGS'] } });
  });
  return get(db, actor, k);
}

/** Opens every discrepancy of the year's reconciliation that is not open yet (not the timing ones). */
export async function openAll(db: Db, actor: Actor, year: number, q: { tolerance?: number } = {}): Promise<Discrepancy[]> {
  authorize(actor, 'statistics.discrepancy.manage');
  const r = await reconcile(db, actor, year, { tolerance: q.tolerance });
  const opened: Discrepancy[] = [];
  for (const l of r.lines) {
    if (l.status !== 'discrepancy' || l.discrepancy) continue;
    opened.push(await open(db, actor, l, `Opened from the ${year} reconciliation: index ${l.index.carats} on carats, ${l.index.valueUsd} on US$ (tolerance ${r.tolerance}).`));
  }
  return opened;
}

function mayTakePart(actor: Actor, k: DiscrepancyKey): boolean {
  return can(actor, 'statistics.discrepancy.explain', { participant: k.exporter }) || can(actor, 'statistics.discrepancy.explain', { participant: k.importer });
}

export async function get(db: Db, actor: Actor, k: DiscrepancyKey): Promise<Discrepancy> {
  if (!mayTakePart(actor, k)) authorize(actor, 'statistics.discrepancy.explain', { participant: k.exporter });
  const d = await reviewStore.discrepancy(db, k.exporter, k.importer, k.period);
  if (!d) throw notFound(refusal('discrepancy.notFound', { label: label(k) }));
  const notes = await reviewStore.notes(db, k);
  return { ...toDiscrepancy(d), notes: notes.map((n) => ({ seq: n.seq, at: new Date(n.at).toISOString(), author: n.author, actingFor: n.acting_for, kind: n.kind, text: n.text })) };
}

/** The discrepancies of a year: all of them for the working group, a Participant's own for its officers. */
export async function list(db: Db, actor: Actor, year: number, filter: { status?: Discrepancy['status'] } = {}): Promise<Discrepancy[]> {
  const rows = (await reviewStore.discrepanciesOf(db, [1, 2, 3, 4].map((q) => `${year}-Q${q}`))).filter((d) => !filter.status || d.status === filter.status);
  if (can(actor, 'statistics.discrepancy.manage')) return rows.map(toDiscrepancy);
  if (!actor.participant) authorize(actor, 'statistics.discrepancy.manage');
  return rows.filter((d) => mayTakePart(actor, d)).map(toDiscrepancy);
}

/** Either Participant explains (status → explained) or comments; the working group comments too. */
export async function addNote(db: Db, actor: Actor, k: DiscrepancyKey, input: { kind: 'explanation' | 'comment'; text: string }): Promise<Discrepancy> {
  if (!mayTakePart(actor, k)) {
    throw forbidden(refusal('discrepancy.notParty', { name: actor.name, label: label(k), ...sides(k) }));
  }
  const text = input.text.trim();
  if (!text) throw invalid(refusal('note.empty'), [detail('text', field('empty'))]);
  const ownSide = actor.participant === k.exporter || actor.participant === k.importer;
  if (input.kind === 'explanation' && !ownSide) throw forbidden(refusal('explanation.side', sides(k)));
  await transaction(db, async (tx) => {
    const d = await reviewStore.discrepancy(tx, k.exporter, k.importer, k.period);
    if (!d) throw notFound(refusal('discrepancy.notFound', { label: label(k) }));
    if (d.status === 'resolved') throw conflict(refusal('discrepancy.noMoreNotes', { label: label(k), outcome: d.outcome ?? '' }));
    await reviewStore.addNote(tx, k, { at: new Date(), author: actor.name, actingFor: actingFor(actor), kind: input.kind, text });
    if (input.kind === 'explanation') await reviewStore.updateDiscrepancy(tx, k, { status: 'explained' });
    await audit.record(tx, actor, `statistics.discrepancy.${input.kind}`, label(k), { text });
  });
  return get(db, actor, k);
}

/** The working group resolves a discrepancy with its outcome, which is kept. */
export async function resolve(db: Db, actor: Actor, k: DiscrepancyKey, outcome: string): Promise<Discrepancy> {
  authorize(actor, 'statistics.discrepancy.manage');
  const text = outcome.trim();
  if (!text) throw invalid(refusal('outcome.empty'), [detail('outcome', field('empty'))]);
  await transaction(db, async (tx) => {
    const d = await reviewStore.discrepancy(tx, k.exporter, k.importer, k.period);
    if (!d) throw notFound(refusal('discrepancy.notFound', { label: label(k) }));
    if (d.status === 'resolved') throw conflict(refusal('discrepancy.resolved', { label: label(k), outcome: d.outcome ?? '' }));
    const at = new Date();
    await reviewStore.updateDiscrepancy(tx, k, { status: 'resolved', outcome: text, resolved_at: at, resolved_by: actor.name });
    await reviewStore.addNote(tx, k, { at, author: actor.name, actingFor: actingFor(actor), kind: 'resolution', text });
    await audit.record(tx, actor, 'statistics.discrepancy.resolve', label(k), { outcome: text, from: d.status });
  });
  return get(db, actor, k);
}
