// SQL of plenary decisions, their translations, and the three-year review's recommendations.
import type { Db, Tx } from '../../db/store.js';
import type { RecommendationStatus, Translation, TranslatedLanguage } from './model.js';

type Q = Db | Tx;

export interface PlenaryRow { id: string; name: string; place: string; startsOn: string; endsOn: string }

export async function plenaries(q: Q): Promise<(PlenaryRow & { decisions: number })[]> {
  const rows = await q
    .selectFrom('plenaries as p')
    .leftJoin('plenary_decisions as d', 'd.plenary_id', 'p.id')
    .select(['p.id', 'p.name', 'p.place', 'p.starts_on', 'p.ends_on'])
    .select((eb) => eb.fn.count<string>('d.id').as('decisions'))
    .groupBy(['p.id', 'p.name', 'p.place', 'p.starts_on', 'p.ends_on'])
    .orderBy('p.starts_on', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, place: r.place, startsOn: r.starts_on, endsOn: r.ends_on, decisions: Number(r.decisions) }));
}

export async function plenary(q: Q, id: string): Promise<PlenaryRow | undefined> {
  const r = await q.selectFrom('plenaries').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, name: r.name, place: r.place, startsOn: r.starts_on, endsOn: r.ends_on };
}

export async function insertPlenary(tx: Tx, p: PlenaryRow) {
  await tx.insertInto('plenaries').values({ id: p.id, name: p.name, place: p.place, starts_on: p.startsOn, ends_on: p.endsOn }).execute();
}

export interface DecisionRow { id: string; plenaryId: string; number: number; title: string; text: string; source: string | null; formallyAdoptedOn: string | null; documentId: string | null }

const decisionColumns = ['id', 'plenary_id', 'number', 'title', 'text_en', 'source', 'formally_adopted_on', 'document_id'] as const;
type DecisionDbRow = { id: string; plenary_id: string; number: number; title: string; text_en: string; source: string | null; formally_adopted_on: string | null; document_id: string | null };
const toDecision = (r: DecisionDbRow): DecisionRow => ({ id: r.id, plenaryId: r.plenary_id, number: r.number, title: r.title, text: r.text_en, source: r.source, formallyAdoptedOn: r.formally_adopted_on, documentId: r.document_id });

export async function decisions(q: Q, filter: { plenary?: string }): Promise<DecisionRow[]> {
  let query = q.selectFrom('plenary_decisions').select(decisionColumns);
  if (filter.plenary) query = query.where('plenary_id', '=', filter.plenary);
  return (await query.orderBy('plenary_id').orderBy('number').execute()).map(toDecision);
}

export async function decision(q: Q, id: string): Promise<DecisionRow | undefined> {
  const r = await q.selectFrom('plenary_decisions').select(decisionColumns).where('id', '=', id).executeTakeFirst();
  return r && toDecision(r);
}

export async function nextNumber(tx: Tx, plenaryId: string): Promise<number> {
  const r = await tx.selectFrom('plenary_decisions').select((eb) => eb.fn.max('number').as('n')).where('plenary_id', '=', plenaryId).executeTakeFirst();
  return Number(r?.n ?? 0) + 1;
}

export async function insertDecision(tx: Tx, d: DecisionRow) {
  await tx.insertInto('plenary_decisions').values({ id: d.id, plenary_id: d.plenaryId, number: d.number, title: d.title, text_en: d.text, source: d.source, formally_adopted_on: d.formallyAdoptedOn, document_id: d.documentId }).execute();
}

export async function updateDecision(tx: Tx, id: string, set: { formally_adopted_on?: string; document_id?: string | null }) {
  await tx.updateTable('plenary_decisions').set(set).where('id', '=', id).execute();
}

export async function translations(q: Q, decisionIds: string[]): Promise<Map<string, Translation[]>> {
  const out = new Map<string, Translation[]>(decisionIds.map((id) => [id, []]));
  if (!decisionIds.length) return out;
  const rows = await q.selectFrom('plenary_decision_translations').selectAll().where('decision_id', 'in', decisionIds).execute();
  for (const r of rows) {
    out.get(r.decision_id)?.push({ language: r.language, status: r.status, text: r.text, title: r.title ?? null, requestedOn: r.requested_on, providedOn: r.provided_on, checkedOn: r.checked_on, checkedBy: r.checked_by });
  }
  return out;
}

export async function upsertTranslation(tx: Tx, decisionId: string, t: Translation) {
  const values = { status: t.status, text: t.text, title: t.title ?? null, requested_on: t.requestedOn, provided_on: t.providedOn, checked_on: t.checkedOn, checked_by: t.checkedBy };
  await tx
    .insertInto('plenary_decision_translations')
    .values({ decision_id: decisionId, language: t.language as TranslatedLanguage, ...values })
    .onConflict((oc) => oc.columns(['decision_id', 'language']).doUpdateSet(values))
    .execute();
}

// the three-year review

export interface ReviewRow { id: string; title: string; adoptedOn: string; recommendationsAdopted: number; documentId: string | null }

export async function reviews(q: Q): Promise<ReviewRow[]> {
  const rows = await q.selectFrom('scheme_reviews').selectAll().orderBy('adopted_on', 'desc').execute();
  return rows.map((r) => ({ id: r.id, title: r.title, adoptedOn: r.adopted_on, recommendationsAdopted: r.recommendations_adopted, documentId: r.document_id }));
}

export async function updateReview(tx: Tx, id: string, set: { document_id: string | null }) {
  await tx.updateTable('scheme_reviews').set(set).where('id', '=', id).execute();
}

export interface RecommendationRow { id: string; reviewId: string; number: number | null; source: string; text: string; owner: string | null; status: RecommendationStatus; updatedAt: string }

type RecDbRow = { id: string; review_id: string; number: number | null; source: string; text: string; owner: string | null; status: RecommendationStatus; updated_at: Date };
const toRec = (r: RecDbRow): RecommendationRow => ({ id: r.id, reviewId: r.review_id, number: r.number, source: r.source, text: r.text, owner: r.owner, status: r.status, updatedAt: new Date(r.updated_at).toISOString() });

export async function recommendations(q: Q, filter: { review?: string; status?: string; owner?: string }): Promise<RecommendationRow[]> {
  let query = q.selectFrom('scheme_recommendations').selectAll();
  if (filter.review) query = query.where('review_id', '=', filter.review);
  if (filter.status) query = query.where('status', '=', filter.status as RecommendationStatus);
  if (filter.owner) query = query.where('owner', '=', filter.owner);
  const rows = await query.orderBy('review_id').orderBy('number').orderBy('id').execute();
  // unnumbered ones in the order of their source (para. 22.3 before 22.12)
  const collator = new Intl.Collator('en', { numeric: true });
  return rows.map((r) => toRec(r as RecDbRow)).sort((a, b) => a.reviewId.localeCompare(b.reviewId) || (a.number ?? 1e9) - (b.number ?? 1e9) || collator.compare(a.source, b.source));
}

export async function recommendation(q: Q, id: string): Promise<RecommendationRow | undefined> {
  const r = await q.selectFrom('scheme_recommendations').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRec(r as RecDbRow);
}

export async function insertRecommendation(tx: Tx, r: Omit<RecommendationRow, 'updatedAt' | 'status'>, at: Date) {
  await tx.insertInto('scheme_recommendations').values({ id: r.id, review_id: r.reviewId, number: r.number, source: r.source, text: r.text, owner: r.owner, updated_at: at }).execute();
}

export async function updateRecommendation(tx: Tx, id: string, set: { status?: RecommendationStatus; owner?: string | null }, at: Date) {
  await tx.updateTable('scheme_recommendations').set({ ...set, updated_at: at }).where('id', '=', id).execute();
}

export async function insertUpdate(tx: Tx, u: { recommendationId: string; id: string; at: Date; author: string; from: string; to: string; evidence: string }) {
  await tx.insertInto('scheme_recommendation_updates').values({ recommendation_id: u.recommendationId, id: u.id, at: u.at, author: u.author, status_from: u.from, status_to: u.to, evidence: u.evidence }).execute();
}

export async function updates(q: Q, recommendationId: string) {
  const rows = await q.selectFrom('scheme_recommendation_updates').selectAll().where('recommendation_id', '=', recommendationId).orderBy('at').execute();
  return rows.map((r) => ({ id: r.id, at: new Date(r.at).toISOString(), author: r.author, from: r.status_from, to: r.status_to, evidence: r.evidence }));
}

export async function priorityIssues(q: Q, reviewId?: string) {
  let query = q.selectFrom('priority_issues').selectAll();
  if (reviewId) query = query.where('review_id', '=', reviewId);
  const issues = await query.orderBy('review_id').orderBy('number').execute();
  const links = issues.length ? await q.selectFrom('priority_issue_recommendations').selectAll().where('issue_id', 'in', issues.map((i) => i.id)).execute() : [];
  return issues.map((i) => ({ id: i.id, reviewId: i.review_id, number: i.number, title: i.title, recommendations: links.filter((l) => l.issue_id === i.id).map((l) => l.recommendation_id).sort() }));
}

export async function priorityIssue(q: Q, id: string) {
  return q.selectFrom('priority_issues').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function link(tx: Tx, issueId: string, recommendationId: string) {
  await tx.insertInto('priority_issue_recommendations').values({ issue_id: issueId, recommendation_id: recommendationId }).onConflict((oc) => oc.doNothing()).execute();
}

export async function unlink(tx: Tx, issueId: string, recommendationId: string) {
  await tx.deleteFrom('priority_issue_recommendations').where('issue_id', '=', issueId).where('recommendation_id', '=', recommendationId).execute();
}
