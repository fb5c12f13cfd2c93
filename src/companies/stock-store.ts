// The store of stock accounts and reports (migrations/0034_stock.sql): the certificates a company's
// account is computed from, its reports, and each Participant's reporting settings.
import type { Db, Tx } from '../db/store.js';
import { KeptReads } from '../db/kept.js';

type Q = Db | Tx;

/** The Participant's certificates not cancelled, issued up to a day (their exporter's name is in the document). */
export async function exportsOf(q: Q, participant: string, to: string) {
  return q
    .selectFrom('certificates')
    .select(['number', 'issued_at', 'document'])
    .where('participant', '=', participant)
    .where('cancelled_at', 'is', null)
    .where('issued_at', '<', new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000))
    .execute();
}

/** The certificates addressed to the Participant, confirmed received up to a day, not cancelled. */
export async function importsOf(q: Q, participant: string, to: string) {
  return q
    .selectFrom('certificates as c')
    .innerJoin('certificate_confirmations as k', (j) => j.onRef('k.certificate_participant', '=', 'c.participant').onRef('k.certificate_number', '=', 'c.number'))
    .select(['c.number', 'c.document', 'k.carats as confirmed_carats', 'k.received_on'])
    .where('c.importer_participant', '=', participant)
    .where('c.cancelled_at', 'is', null)
    .where('k.received_on', '<=', to)
    .execute();
}

// read at every issuance: kept on the embedded store while the settings are unwritten (src/db/kept.ts)
const kept = new KeptReads<string, Awaited<ReturnType<typeof readSettings>>>(['stock_report_settings']);

export async function settings(q: Q, participant: string, lock = false) {
  return lock ? readSettings(q, participant, true) : kept.get(q, participant, () => readSettings(q, participant, false));
}

function readSettings(q: Q, participant: string, lock: boolean) {
  let query = q.selectFrom('stock_report_settings').selectAll().where('participant', '=', participant);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function saveSettings(tx: Tx, row: { participant: string; period_months: number; grace_days: number; required_from: string; withhold: boolean; updated_at: Date; updated_by: string }) {
  const { participant: _p, ...set } = row;
  await tx
    .insertInto('stock_report_settings')
    .values(row)
    .onConflict((oc) => oc.column('participant').doUpdateSet(set))
    .execute();
}

export async function reports(q: Q, participant: string, licence: string) {
  return q.selectFrom('stock_reports').selectAll().where('participant', '=', participant).where('licence', '=', licence).orderBy('period_start').execute();
}

export async function report(q: Q, participant: string, licence: string, periodStart: string) {
  return q.selectFrom('stock_reports').selectAll().where('participant', '=', participant).where('licence', '=', licence).where('period_start', '=', periodStart).executeTakeFirst();
}

export async function insertReport(tx: Tx, row: { participant: string; licence: string; period_start: string; period_end: string; lines: string; note: string | null; filed_at: Date; filed_by: string }) {
  await tx.insertInto('stock_reports').values(row).execute();
}

/** The periods a company has reported (their first days). */
export async function reportedPeriods(q: Q, participant: string, licence: string): Promise<Set<string>> {
  const rows = await q.selectFrom('stock_reports').select('period_start').where('participant', '=', participant).where('licence', '=', licence).execute();
  return new Set(rows.map((r) => (typeof r.period_start === 'string' ? r.period_start : new Date(r.period_start as unknown as Date).toISOString()).slice(0, 10)));
}
