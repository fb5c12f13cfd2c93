// SQL of the statistics' review: the mirror discrepancies between Participants with their notes, and the
// questionnaires raised on anomalies with their answers.
import type { Db, Tx } from '../db/store.js';
import type { SubmissionKind } from './model.js';

type Q = Db | Tx;

const cents = (c: number) => (c / 100).toFixed(2);

// ----- discrepancies

export async function discrepancy(q: Q, exporter: string, importer: string, period: string) {
  return q.selectFrom('statistics_discrepancies').selectAll().where('exporter', '=', exporter).where('importer', '=', importer).where('period', '=', period).executeTakeFirst();
}

export async function discrepanciesOf(q: Q, periods: string[]) {
  if (periods.length === 0) return [];
  return q.selectFrom('statistics_discrepancies').selectAll().where('period', 'in', periods).orderBy('period').orderBy('exporter').orderBy('importer').execute();
}

export async function insertDiscrepancy(tx: Tx, d: { exporter: string; importer: string; period: string; id: string; exportsCarats: number; importsCarats: number; exportsUsd: number; importsUsd: number; openedAt: Date; openedBy: string }) {
  await tx
    .insertInto('statistics_discrepancies')
    .values({
      exporter: d.exporter,
      importer: d.importer,
      period: d.period,
      id: d.id,
      status: 'open',
      exports_carats: cents(d.exportsCarats),
      imports_carats: cents(d.importsCarats),
      exports_usd: cents(d.exportsUsd),
      imports_usd: cents(d.importsUsd),
      opened_at: d.openedAt,
      opened_by: d.openedBy,
    })
    .execute();
}

export async function updateDiscrepancy(tx: Tx, key: { exporter: string; importer: string; period: string }, set: { status: 'open' | 'explained' | 'resolved'; outcome?: string; resolved_at?: Date; resolved_by?: string }) {
  await tx.updateTable('statistics_discrepancies').set(set).where('exporter', '=', key.exporter).where('importer', '=', key.importer).where('period', '=', key.period).execute();
}

export async function notes(q: Q, key: { exporter: string; importer: string; period: string }) {
  return q.selectFrom('statistics_discrepancy_notes').selectAll().where('exporter', '=', key.exporter).where('importer', '=', key.importer).where('period', '=', key.period).orderBy('seq').execute();
}

export async function addNote(tx: Tx, key: { exporter: string; importer: string; period: string }, n: { at: Date; author: string; actingFor: string | null; kind: 'opened' | 'explanation' | 'comment' | 'resolution'; text: string }) {
  const last = await tx
    .selectFrom('statistics_discrepancy_notes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('exporter', '=', key.exporter)
    .where('importer', '=', key.importer)
    .where('period', '=', key.period)
    .executeTakeFirst();
  await tx
    .insertInto('statistics_discrepancy_notes')
    .values({ exporter: key.exporter, importer: key.importer, period: key.period, seq: Number(last?.seq ?? 0) + 1, at: n.at, author: n.author, acting_for: n.actingFor, kind: n.kind, text: n.text })
    .execute();
}

// ----- questionnaires

export async function questionnaires(q: Q, filter: { participant?: string; ids?: string[]; periods?: string[]; status?: string }) {
  let query = q.selectFrom('statistics_questionnaires').selectAll();
  if (filter.participant) query = query.where('participant', '=', filter.participant);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', filter.ids);
  }
  if (filter.periods) {
    if (filter.periods.length === 0) return [];
    query = query.where('period', 'in', filter.periods);
  }
  if (filter.status) query = query.where('status', '=', filter.status as 'open');
  return query.orderBy('participant').orderBy('period').orderBy('measure').execute();
}

export async function insertQuestionnaire(tx: Tx, a: { participant: string; id: string; kind: SubmissionKind; period: string; measure: string; previousPeriod: string; previous: number; current: number; change: number; question: string; raisedAt: Date; raisedBy: string }) {
  await tx
    .insertInto('statistics_questionnaires')
    .values({
      participant: a.participant,
      id: a.id,
      kind: a.kind,
      period: a.period,
      measure: a.measure,
      previous_period: a.previousPeriod,
      previous: a.previous.toFixed(2),
      current: a.current.toFixed(2),
      change: Math.max(-99_999_999, Math.min(99_999_999, a.change)).toFixed(6),
      question: a.question,
      status: 'open',
      raised_at: a.raisedAt,
      raised_by: a.raisedBy,
    })
    .execute();
}

export async function answerQuestionnaire(tx: Tx, participant: string, id: string, a: { answer: string; answeredAt: Date; answeredBy: string }) {
  await tx.updateTable('statistics_questionnaires').set({ status: 'answered', answer: a.answer, answered_at: a.answeredAt, answered_by: a.answeredBy }).where('participant', '=', participant).where('id', '=', id).execute();
}
