// Period-to-period anomalies: a significant jump in a Participant's own series (exports, imports,
// production; carats or US$) raises a questionnaire to that Participant, which it answers in the system.
import { country } from '../core/i18n.js';
import { m as msg } from './messages.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, invalid, notFound } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m as refusal } from './review-messages.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { makePeriod, parsePeriod, type Period, type SubmissionKind } from './model.js';
import { toCents } from './amounts.js';
import * as store from './store.js';
import * as reviewStore from './review-store.js';
import { notify } from '../notifications/service.js';

export const MEASURES = ['exports_carats', 'exports_usd', 'imports_carats', 'imports_usd', 'production_carats', 'production_usd'] as const;
export type Measure = (typeof MEASURES)[number];
const MEASURE_WORDS: Record<Measure, string> = {
  exports_carats: 'exports in carats',
  exports_usd: 'exports in US$',
  imports_carats: 'imports in carats',
  imports_usd: 'imports in US$',
  production_carats: 'production in carats',
  production_usd: 'production in US$',
};

export interface AnomalyOptions {
  /** a change beyond ±threshold of the previous period is significant; default 0.5 (50 %) */
  threshold?: number;
}

export interface Anomaly {
  participant: string;
  kind: SubmissionKind;
  period: string;
  measure: Measure;
  previousPeriod: string;
  previous: number;
  current: number;
  /** (current − previous) / previous, six decimals */
  change: number;
}

/** The period before, in the same unit (2006-Q1 → 2005-Q4, 2006-H1 → 2005-H2, 2006 → 2005). */
export function previousPeriod(p: Period): Period {
  if (p.unit === 'Y') return makePeriod(p.year - 1, 'Y', 1);
  const last = p.unit === 'Q' ? 4 : 2;
  return p.index === 1 ? makePeriod(p.year - 1, p.unit, last) : makePeriod(p.year, p.unit, p.index - 1);
}

/**
 * Pure: `totals` maps `${participant} ${period}` to the period's totals in cents. A period is compared
 * with the one before when both were submitted and the one before is not zero.
 */
export function detect(kind: SubmissionKind, periods: Period[], totals: Map<string, Record<Measure, number>>, participants: string[], threshold: number): Anomaly[] {
  const measures: Measure[] = kind === 'trade' ? ['exports_carats', 'exports_usd', 'imports_carats', 'imports_usd'] : ['production_carats', 'production_usd'];
  const out: Anomaly[] = [];
  for (const code of participants) {
    for (const p of periods) {
      const prev = previousPeriod(p);
      const a = totals.get(`${code} ${prev.id}`);
      const b = totals.get(`${code} ${p.id}`);
      if (!a || !b) continue;
      for (const m of measures) {
        if (a[m] === 0) continue;
        const change = (b[m] - a[m]) / a[m];
        if (Math.abs(change) > threshold) out.push({ participant: code, kind, period: p.id, measure: m, previousPeriod: prev.id, previous: a[m] / 100, current: b[m] / 100, change: Math.round(change * 1e6) / 1e6 });
      }
    }
  }
  return out;
}

function checkThreshold(t: number | undefined): number {
  const threshold = t ?? 0.5;
  if (!(threshold > 0 && threshold <= 100)) throw invalid(refusal('threshold.range', { value: String(t) }), [detail('threshold', field('outOfRange'))]);
  return threshold;
}

/** The significant jumps of a year, in trade (quarters) and production (half years and years). */
export async function anomalies(db: Db, actor: Actor, year: number, o: AnomalyOptions = {}): Promise<Anomaly[]> {
  authorize(actor, 'statistics.questionnaire.raise');
  if (!Number.isInteger(year) || year < 1991 || year > 2100) throw invalid(refusal('year.form', { year: String(year) }), [detail('year', field('notAYear'))]);
  const threshold = checkThreshold(o.threshold);
  const rows = [...(await store.submissions(db, { year: year - 1 })), ...(await store.submissions(db, { year }))].filter((r) => r.current);
  const out: Anomaly[] = [];
  for (const kind of ['trade', 'production'] as const) {
    const totals = new Map<string, Record<Measure, number>>();
    const periods = new Map<string, Period>();
    const participants = new Set<string>();
    for (const r of rows.filter((r) => r.kind === kind)) {
      totals.set(`${r.reporter} ${r.period}`, {
        exports_carats: toCents(r.exports_carats),
        exports_usd: toCents(r.exports_usd),
        imports_carats: toCents(r.imports_carats),
        imports_usd: toCents(r.imports_usd),
        production_carats: toCents(r.production_carats),
        production_usd: toCents(r.production_usd),
      });
      participants.add(r.reporter);
      const p = parsePeriod(kind, r.period)!;
      if (p.year === year) periods.set(p.id, p);
    }
    out.push(...detect(kind, [...periods.values()].sort((a, b) => a.start.localeCompare(b.start)), totals, [...participants].sort(), threshold));
  }
  return out;
}

export interface Questionnaire extends Anomaly {
  id: string;
  question: string;
  status: 'open' | 'answered' | 'closed';
  raisedAt: string;
  raisedBy: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
}

function question(a: Anomaly): string {
  const pct = Math.round(a.change * 1000) / 10;
  return `Your ${MEASURE_WORDS[a.measure]} went from ${a.previous.toLocaleString('en')} in ${a.previousPeriod} to ${a.current.toLocaleString('en')} in ${a.period} (${pct > 0 ? '+' : ''}${pct} %). Please explain the change (new mines or closures, stockpiles, large single shipments, corrections of earlier figures).`;
}

/** The question of an anomaly in the reader's language (the alert; the stored question stays as question() says it). */
function questionBody(a: Anomaly) {
  const pct = Math.round(a.change * 1000) / 10;
  return msg('questionnaire.body', { measure: msg(`measure.${a.measure}`), previous: a.previous, previousPeriod: a.previousPeriod, current: a.current, period: a.period, sign: pct > 0 ? '+' : '', change: pct });
}

/** The working group raises a questionnaire for every anomaly of the year that has none yet. */
export async function raiseQuestionnaires(db: Db, actor: Actor, year: number, o: AnomalyOptions = {}): Promise<Questionnaire[]> {
  authorize(actor, 'statistics.questionnaire.raise');
  const found = await anomalies(db, actor, year, o);
  const ids: { participant: string; id: string }[] = [];
  await transaction(db, async (tx) => {
    ids.length = 0;
    const existing = new Set((await reviewStore.questionnaires(tx, { periods: [...new Set(found.map((a) => a.period))] })).map((q) => `${q.participant} ${q.period} ${q.measure}`));
    const at = new Date();
    for (const a of found) {
      if (existing.has(`${a.participant} ${a.period} ${a.measure}`)) continue;
      const id = randomUUID();
      await reviewStore.insertQuestionnaire(tx, { ...a, id, question: question(a), raisedAt: at, raisedBy: actor.name });
      ids.push({ participant: a.participant, id });
      await notify(tx, { kind: 'questionnaire', subject: msg('questionnaire.subject', { participant: country(a.participant), measure: msg(`measure.${a.measure}`), period: a.period }), body: questionBody(a), link: '/statistics/submit', participant: a.participant, to: { participant: a.participant, roles: ['officer'] } });
    }
    if (ids.length) await audit.record(tx, actor, 'statistics.questionnaire.raise', String(year), { threshold: checkThreshold(o.threshold), raised: ids.length });
  });
  const all = await reviewStore.questionnaires(db, { ids: ids.map((i) => i.id) });
  return all.map(toQuestionnaire);
}

function toQuestionnaire(q: Awaited<ReturnType<typeof reviewStore.questionnaires>>[number]): Questionnaire {
  return {
    id: q.id,
    participant: q.participant,
    kind: q.kind,
    period: q.period,
    measure: q.measure as Measure,
    previousPeriod: q.previous_period,
    previous: Number(q.previous),
    current: Number(q.current),
    change: Number(q.change),
    question: q.question,
    status: q.status,
    raisedAt: new Date(q.raised_at).toISOString(),
    raisedBy: q.raised_by,
    answer: q.answer,
    answeredAt: q.answered_at ? new Date(q.answered_at).toISOString() : null,
    answeredBy: q.answered_by,
  };
}

/** A Participant's questionnaires (its officers, the working group, the Chair, administrators). */
export async function questionnaires(db: Db, actor: Actor, participant: string, filter: { status?: Questionnaire['status'] } = {}): Promise<Questionnaire[]> {
  authorize(actor, 'statistics.submissions.read', { participant });
  return (await reviewStore.questionnaires(db, { participant, status: filter.status })).map(toQuestionnaire);
}

/** The Participant answers its questionnaire (status → answered). */
export async function answer(db: Db, actor: Actor, participant: string, id: string, text: string): Promise<Questionnaire> {
  authorize(actor, 'statistics.questionnaire.answer', { participant });
  const body = text.trim();
  if (!body) throw invalid(refusal('answer.empty'), [detail('answer', field('empty'))]);
  await transaction(db, async (tx) => {
    const [q] = await reviewStore.questionnaires(tx, { participant, ids: [id] });
    if (!q) throw notFound(refusal('questionnaire.notFound', { participant: country(participant), id }));
    if (q.status !== 'open') throw conflict(refusal(`questionnaire.${q.status}`, { measure: msg(`measure.${q.measure as Measure}`), period: q.period }));
    await reviewStore.answerQuestionnaire(tx, participant, id, { answer: body, answeredAt: new Date(), answeredBy: actor.name });
    await audit.record(tx, actor, 'statistics.questionnaire.answer', `${participant} ${q.period} ${q.measure}`, { id });
  });
  const [q] = await reviewStore.questionnaires(db, { participant, ids: [id] });
  return toQuestionnaire(q!);
}
