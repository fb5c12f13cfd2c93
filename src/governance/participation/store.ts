// SQL of participation: applications, their checklist rows, status decisions.
import type { Db, Tx } from '../../db/store.js';
import type { DecisionKind, Review } from './model.js';

type Q = Db | Tx;

export async function applications(db: Q, filter: { applicant?: string; status?: string } = {}) {
  let q = db.selectFrom('participation_applications').selectAll().orderBy('submitted_on', 'desc').orderBy('applicant');
  if (filter.applicant) q = q.where('applicant', '=', filter.applicant);
  if (filter.status) q = q.where('status', '=', filter.status as 'submitted');
  return q.execute();
}

export async function application(db: Q, id: string) {
  return db.selectFrom('participation_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function openApplication(db: Q, applicant: string) {
  return db.selectFrom('participation_applications').selectAll().where('applicant', '=', applicant).where('status', '=', 'submitted').executeTakeFirst();
}

export async function insertApplication(tx: Tx, row: { applicant: string; id: string; submitted_on: string; note: string | null }) {
  await tx.insertInto('participation_applications').values({ ...row, status: 'submitted' }).execute();
}

export async function requirements(db: Q, applicant: string, applicationId: string) {
  return db.selectFrom('participation_requirements').selectAll().where('applicant', '=', applicant).where('application_id', '=', applicationId).execute();
}

export async function requirementsOf(db: Q, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('participation_requirements').select(['application_id', 'review']).where('application_id', 'in', ids).execute();
}

async function ensureRequirement(tx: Tx, applicant: string, applicationId: string, requirement: string) {
  await tx.insertInto('participation_requirements').values({ applicant, application_id: applicationId, requirement, evidence: null, evidence_at: null, review: null, comment: null, reviewed_by: null, reviewed_at: null }).onConflict((oc) => oc.columns(['applicant', 'application_id', 'requirement']).doNothing()).execute();
}

export async function setEvidence(tx: Tx, applicant: string, applicationId: string, requirement: string, evidence: string, at: Date) {
  await ensureRequirement(tx, applicant, applicationId, requirement);
  await tx.updateTable('participation_requirements').set({ evidence, evidence_at: at }).where('applicant', '=', applicant).where('application_id', '=', applicationId).where('requirement', '=', requirement).execute();
}

export async function setReview(tx: Tx, applicant: string, applicationId: string, requirement: string, review: Review, comment: string | null, by: string, at: Date) {
  await ensureRequirement(tx, applicant, applicationId, requirement);
  await tx.updateTable('participation_requirements').set({ review, comment, reviewed_by: by, reviewed_at: at }).where('applicant', '=', applicant).where('application_id', '=', applicationId).where('requirement', '=', requirement).execute();
}

export async function decide(tx: Tx, applicant: string, id: string, d: { status: 'admitted' | 'refused'; decided_on: string; decision_reason: string | null; decided_by: string }) {
  await tx.updateTable('participation_applications').set(d).where('applicant', '=', applicant).where('id', '=', id).execute();
}

export async function decisions(db: Q, participant?: string) {
  let q = db.selectFrom('status_decisions').selectAll().orderBy('effective_on', 'desc').orderBy('created_at', 'desc');
  if (participant) q = q.where('participant', '=', participant);
  return q.execute();
}

export async function insertDecision(tx: Tx, row: { participant: string; id: string; kind: DecisionKind; effective_on: string; reason: string; basis: string; decided_by: string }) {
  await tx.insertInto('status_decisions').values(row).execute();
}
