// Use cases of the three-year review: its recommendations with owner, status and evidence of
// implementation, and the priority issues linked to them.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { detail, invalid, notFound } from '../../core/errors.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import type { Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import * as audit from '../../audit/service.js';
import * as documents from '../documents/service.js';
import { RECOMMENDATION_STATUSES, statusChangeRefusal, type RecommendationStatus } from './model.js';
import * as store from './store.js';

/** The reviews with how many of their adopted recommendations are recorded, and how far they are implemented. */
export async function overview(db: Db, actor: Actor, filter: { status?: string; owner?: string } = {}) {
  authorize(actor, 'recommendations.read');
  const reviews = await store.reviews(db);
  const all = await store.recommendations(db, {});
  const shown = await store.recommendations(db, filter);
  const issues = await store.priorityIssues(db);
  return {
    reviews: reviews.map((r) => {
      const mine = all.filter((x) => x.reviewId === r.id);
      return {
        ...r,
        recorded: mine.length,
        byStatus: Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, mine.filter((x) => x.status === s).length])) as Record<RecommendationStatus, number>,
      };
    }),
    recommendations: shown.map((r) => ({ ...r, priorityIssues: issues.filter((i) => i.recommendations.includes(r.id)).map((i) => i.id) })),
    priorityIssues: issues,
  };
}

export async function get(db: Db, actor: Actor, id: string) {
  authorize(actor, 'recommendations.read');
  const r = await store.recommendation(db, id);
  if (!r) throw notFound(m('recommendation.notFound', { id }));
  const issues = await store.priorityIssues(db, r.reviewId);
  return { ...r, updates: await store.updates(db, id), priorityIssues: issues.filter((i) => i.recommendations.includes(id)).map((i) => i.id) };
}

export interface NewRecommendation { review: string; number?: number | null; source: string; text: string; owner?: string | null }

/** Enters a recommendation of a review, quoted from its source (e.g. the review's paragraph). */
export async function create(db: Db, actor: Actor, input: NewRecommendation) {
  authorize(actor, 'recommendations.manage');
  const problems = [];
  if (!input.text.trim()) problems.push(detail('text', m('recommendation.textRequired')));
  if (!input.source.trim()) problems.push(detail('source', m('recommendation.sourceRequired')));
  const review = (await store.reviews(db)).find((r) => r.id === input.review);
  if (!review) problems.push(detail('review', m('recommendation.unknownReview', { review: input.review })));
  if (review && input.number != null && (input.number < 1 || input.number > review.recommendationsAdopted)) problems.push(detail('number', m('recommendation.numberRange', { count: review.recommendationsAdopted })));
  if (problems.length) throw invalid(m('recommendation.invalid'), problems);
  const id = randomUUID();
  await transaction(db, async (tx) => {
    const taken = input.number != null && (await store.recommendations(tx, { review: input.review })).some((r) => r.number === input.number);
    if (taken) throw invalid(m('recommendation.taken', { number: input.number! }), [detail('number', m('recommendation.alreadyRecorded'))]);
    await store.insertRecommendation(tx, { id, reviewId: input.review, number: input.number ?? null, source: input.source.trim(), text: input.text.trim(), owner: input.owner?.trim() || null }, new Date());
    await audit.record(tx, actor, 'recommendations.create', id, { review: input.review, number: input.number ?? null, source: input.source.trim() });
  });
  return get(db, actor, id);
}

export interface RecommendationChange { status?: RecommendationStatus; evidence?: string; owner?: string | null }

/**
 * Moves a recommendation's status with the evidence of what was done (required: "implemented" means
 * something can be shown), and/or changes its owner (the Chair only). The owning working group may
 * move the status of its own recommendations.
 */
export async function change(db: Db, actor: Actor, id: string, input: RecommendationChange) {
  const current = await store.recommendation(db, id);
  if (!current) {
    authorize(actor, 'recommendations.update');
    throw notFound(m('recommendation.notFound', { id }));
  }
  if (input.owner !== undefined) authorize(actor, 'recommendations.manage');
  if (input.status !== undefined) authorize(actor, 'recommendations.update', current.owner ? { group: current.owner } : { group: '(no owner)' });
  if (input.status === undefined && input.owner === undefined) throw invalid(m('recommendation.nothing'), [detail('status', common('isRequired'))]);
  if (input.status !== undefined) {
    const refusal = statusChangeRefusal(current.status, input.status);
    if (refusal) throw invalid(m('recommendation.statusRefused', { reason: refusal }), [detail('status', refusal)]);
    if (!input.evidence?.trim()) throw invalid(m('recommendation.evidence'), [detail('evidence', m('recommendation.evidenceRequired'))]);
  }
  const at = new Date();
  await transaction(db, async (tx) => {
    const now = await store.recommendation(tx, id);
    if (!now || now.status !== current.status) throw invalid(m('recommendation.changed'), [detail('status', m('recommendation.changedMeanwhile'))]);
    await store.updateRecommendation(tx, id, { ...(input.status && { status: input.status }), ...(input.owner !== undefined && { owner: input.owner?.trim() || null }) }, at);
    if (input.status) await store.insertUpdate(tx, { recommendationId: id, id: randomUUID(), at, author: actor.name, from: current.status, to: input.status, evidence: input.evidence!.trim() });
    await audit.record(tx, actor, 'recommendations.update', id, { ...(input.status && { from: current.status, to: input.status, evidence: input.evidence!.trim() }), ...(input.owner !== undefined && { owner: input.owner }) });
  });
  return get(db, actor, id);
}

/** Links (or unlinks) a recommendation to one of the review's priority issues. */
export async function linkIssue(db: Db, actor: Actor, issueId: string, recommendationId: string, linked: boolean) {
  authorize(actor, 'recommendations.manage');
  await transaction(db, async (tx) => {
    const issue = await store.priorityIssue(tx, issueId);
    if (!issue) throw notFound(m('issue.notFound', { id: issueId }));
    const r = await store.recommendation(tx, recommendationId);
    if (!r) throw notFound(m('recommendation.notFound', { id: recommendationId }));
    if (r.reviewId !== issue.review_id) throw invalid(m('issue.otherReview'), [detail('recommendation', m('issue.anotherReview'))]);
    if (linked) await store.link(tx, issueId, recommendationId);
    else await store.unlink(tx, issueId, recommendationId);
    await audit.record(tx, actor, linked ? 'recommendations.issue.link' : 'recommendations.issue.unlink', issueId, { recommendation: recommendationId });
  });
  return (await store.priorityIssues(db)).find((i) => i.id === issueId)!;
}

/** Links the review to the document that publishes its report. */
export async function linkReviewDocument(db: Db, actor: Actor, reviewId: string, documentId: string | null) {
  authorize(actor, 'recommendations.manage');
  await transaction(db, async (tx) => {
    if (!(await store.reviews(tx)).some((r) => r.id === reviewId)) throw notFound(m('review.notFound', { id: reviewId }));
    if (documentId) await documents.checkExists(tx, documentId, 'documentId');
    await store.updateReview(tx, reviewId, { document_id: documentId });
    await audit.record(tx, actor, 'recommendations.review.document', reviewId, { documentId });
  });
  return (await store.reviews(db)).find((r) => r.id === reviewId)!;
}
