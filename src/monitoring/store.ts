// SQL of monitoring findings.
import type { Db, Tx } from '../db/store.js';
import type { CapacityAssessment, Finding } from './model.js';

type Q = Db | Tx;

export interface StoredFinding extends Finding {
  id: string;
  status: 'open' | 'acknowledged' | 'closed';
  assignee: string | null;
  outcome: string | null;
  firstSeen: string;
  lastSeen: string;
}

type Row = { participant: string; id: string; type: string; period: string; severity: Finding['severity']; summary: string; evidence: unknown; status: StoredFinding['status']; assignee: string | null; outcome: string | null; first_seen: Date; last_seen: Date };

function toFinding(r: Row): StoredFinding {
  return {
    id: r.id, type: r.type as Finding['type'], participant: r.participant, period: r.period, severity: r.severity, summary: r.summary,
    evidence: r.evidence as Finding['evidence'], status: r.status, assignee: r.assignee, outcome: r.outcome,
    firstSeen: new Date(r.first_seen).toISOString(), lastSeen: new Date(r.last_seen).toISOString(),
  };
}

export async function byKey(q: Q, participant: string, type: string, period: string) {
  const r = await q.selectFrom('findings').selectAll().where('participant', '=', participant).where('type', '=', type).where('period', '=', period).executeTakeFirst();
  return r ? toFinding(r as Row) : undefined;
}

export async function byId(q: Q, id: string) {
  const r = await q.selectFrom('findings').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toFinding(r as Row) : undefined;
}

export async function insert(tx: Tx, id: string, f: Finding, at: Date) {
  await tx
    .insertInto('findings')
    .values({ participant: f.participant, id, type: f.type, period: f.period, severity: f.severity, summary: f.summary, evidence: JSON.stringify(f.evidence), first_seen: at, last_seen: at })
    .execute();
}

export async function refresh(tx: Tx, participant: string, id: string, f: Finding, at: Date) {
  await tx.updateTable('findings').set({ severity: f.severity, summary: f.summary, evidence: JSON.stringify(f.evidence), last_seen: at }).where('participant', '=', participant).where('id', '=', id).execute();
}

export async function update(tx: Tx, participant: string, id: string, set: { status?: StoredFinding['status']; assignee?: string | null; outcome?: string | null }) {
  await tx.updateTable('findings').set(set).where('participant', '=', participant).where('id', '=', id).execute();
}

export async function list(q: Q, filter: { year?: number; participant?: string; type?: string; status?: string; severity?: string }) {
  let query = q.selectFrom('findings').selectAll();
  if (filter.year !== undefined) query = query.where('period', 'like', `${filter.year}%`);
  if (filter.participant) query = query.where('participant', '=', filter.participant);
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.status) query = query.where('status', '=', filter.status as StoredFinding['status']);
  if (filter.severity) query = query.where('severity', '=', filter.severity as Finding['severity']);
  const rows = await query.orderBy('period', 'desc').orderBy('participant').orderBy('type').execute();
  return rows.map((r) => toFinding(r as Row));
}

export async function insertComment(tx: Tx, c: { participant: string; finding_id: string; id: string; at: Date; author: string; text: string }) {
  await tx.insertInto('finding_comments').values(c).execute();
}

export async function comments(q: Q, participant: string, findingId: string) {
  const rows = await q.selectFrom('finding_comments').selectAll().where('participant', '=', participant).where('finding_id', '=', findingId).orderBy('at').execute();
  return rows.map((r) => ({ id: r.id, at: new Date(r.at).toISOString(), author: r.author, text: r.text }));
}

// ---- capacity assessments ----

type CapacityRow = { participant: string; id: string; area: string | null; min_carats: string; max_carats: string; min_usd: string | null; max_usd: string | null; source: string; assessed_on: string; note: string | null };

function toAssessment(r: CapacityRow): CapacityAssessment {
  const num = (x: string | null) => (x === null ? null : Number(x));
  return { id: r.id, participant: r.participant, area: r.area, minCarats: Number(r.min_carats), maxCarats: Number(r.max_carats), minUsd: num(r.min_usd), maxUsd: num(r.max_usd), source: r.source, assessedOn: String(r.assessed_on).slice(0, 10), note: r.note };
}

export async function capacities(q: Q, filter: { participant?: string } = {}) {
  let query = q.selectFrom('capacity_assessments').select(['participant', 'id', 'area', 'min_carats', 'max_carats', 'min_usd', 'max_usd', 'source', 'assessed_on', 'note']);
  if (filter.participant) query = query.where('participant', '=', filter.participant);
  const rows = await query.orderBy('participant').orderBy('assessed_on', 'desc').orderBy('area').execute();
  return rows.map((r) => toAssessment(r as CapacityRow));
}

export async function capacityById(q: Q, id: string) {
  const r = await q.selectFrom('capacity_assessments').select(['participant', 'id', 'area', 'min_carats', 'max_carats', 'min_usd', 'max_usd', 'source', 'assessed_on', 'note']).where('id', '=', id).executeTakeFirst();
  return r ? toAssessment(r as CapacityRow) : undefined;
}

export async function insertCapacity(tx: Tx, a: CapacityAssessment, by: string, at: Date) {
  await tx.insertInto('capacity_assessments').values({
    participant: a.participant, id: a.id, area: a.area, min_carats: a.minCarats, max_carats: a.maxCarats, min_usd: a.minUsd, max_usd: a.maxUsd,
    source: a.source, assessed_on: a.assessedOn, note: a.note, created_at: at, created_by: by, updated_at: at,
  }).execute();
}

export async function updateCapacity(tx: Tx, a: CapacityAssessment, at: Date) {
  await tx.updateTable('capacity_assessments').set({
    area: a.area, min_carats: a.minCarats, max_carats: a.maxCarats, min_usd: a.minUsd, max_usd: a.maxUsd, source: a.source, assessed_on: a.assessedOn, note: a.note, updated_at: at,
  }).where('participant', '=', a.participant).where('id', '=', a.id).execute();
}

export async function deleteCapacity(tx: Tx, participant: string, id: string) {
  await tx.deleteFrom('capacity_assessments').where('participant', '=', participant).where('id', '=', id).execute();
}
