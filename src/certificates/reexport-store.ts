// The store of re-exports' drawings on imports (migrations/0033_reexports.sql).
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';

type Q = Db | Tx;

/** An import certificate as a drawing needs it; `lock` takes its row lock (callers lock in a fixed order). */
export async function importRow(q: Q, participant: string, number: string, lock = false) {
  let query = q
    .selectFrom('certificates as c')
    .leftJoin('certificate_confirmations as k', (j) => j.onRef('k.certificate_participant', '=', 'c.participant').onRef('k.certificate_number', '=', 'c.number'))
    .select(['c.participant', 'c.number', 'c.importer_participant', 'c.cancelled_at', 'c.cancel_reason', 'c.document', 'k.carats as confirmed_carats', 'k.received_on'])
    .where('c.participant', '=', participant)
    .where('c.number', '=', number);
  if (lock) query = query.forUpdate('c');
  return query.executeTakeFirst();
}

/** The carats drawn on an import by a Participant's re-exports not cancelled. */
export async function drawnOn(q: Q, participant: string, importNumber: string, except = ''): Promise<number> {
  const r = await sql<{ drawn: string | null }>`select sum(d.carats) as drawn from certificate_drawings d
    join certificates c on c.participant = d.participant and c.number = d.number
    where d.participant = ${participant} and d.import_number = ${importNumber} and c.cancelled_at is null and d.number <> ${except}`.execute(q);
  return Number(r.rows[0]?.drawn ?? 0);
}

export async function insertDrawings(tx: Tx, rows: { participant: string; number: string; import_participant: string; import_number: string; carats: string; drawn_at: Date }[]) {
  if (rows.length) await tx.insertInto('certificate_drawings').values(rows).execute();
}

/** The re-exports (not cancelled or cancelled) drawing on an import. */
export async function drawingsOn(q: Q, participant: string, importNumber: string) {
  return q.selectFrom('certificate_drawings').select(['number', 'carats']).where('participant', '=', participant).where('import_number', '=', importNumber).orderBy('number').execute();
}
