// SQL of annual reports.
import type { Db, Tx } from '../../db/store.js';

type Q = Db | Tx;

const SUMMARY = ['participant', 'id', 'year', 'attachment_name', 'submitted_at', 'submitted_by', 'status', 'outcome', 'comments', 'assessed_by', 'assessed_at'] as const;

export async function list(db: Q, filter: { year?: number; participant?: string; status?: 'submitted' | 'assessed' }) {
  let q = db.selectFrom('annual_reports').select(SUMMARY).orderBy('year', 'desc').orderBy('participant');
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.participant) q = q.where('participant', '=', filter.participant);
  if (filter.status) q = q.where('status', '=', filter.status);
  return q.execute();
}

export async function byId(db: Q, id: string) {
  return db.selectFrom('annual_reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function byYear(db: Q, participant: string, year: number) {
  return db.selectFrom('annual_reports').selectAll().where('participant', '=', participant).where('year', '=', year).executeTakeFirst();
}

export async function submittedParticipants(db: Q, year: number): Promise<string[]> {
  return (await db.selectFrom('annual_reports').select('participant').where('year', '=', year).execute()).map((r) => r.participant);
}

export async function insert(tx: Tx, row: { participant: string; id: string; year: number; body: string; attachment_name: string | null; attachment: string | null; submitted_at: Date; submitted_by: string }) {
  await tx.insertInto('annual_reports').values({ ...row, status: 'submitted', outcome: null, comments: null, assessed_by: null, assessed_at: null }).execute();
}

export async function replace(tx: Tx, participant: string, id: string, row: { body: string; attachment_name: string | null; attachment: string | null; submitted_at: Date; submitted_by: string }) {
  await tx.updateTable('annual_reports').set(row).where('participant', '=', participant).where('id', '=', id).execute();
}

export async function assess(tx: Tx, participant: string, id: string, row: { status: 'submitted' | 'assessed'; outcome: 'satisfactory' | 'follow_up' | 'unsatisfactory' | null; comments: string | null; assessed_by: string; assessed_at: Date }) {
  await tx.updateTable('annual_reports').set(row).where('participant', '=', participant).where('id', '=', id).execute();
}
