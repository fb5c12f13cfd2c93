// SQL of suspicious shipment reports, their links to findings and their enforcement actions.
import type { Db, Tx } from '../../db/store.js';
import type { EnforcementAction, ShipmentReport } from './model.js';

type Q = Db | Tx;

const num = (x: string | null) => (x === null ? null : Number(x));
const iso = (d: Date | string) => new Date(d).toISOString();

type Row = {
  participant: string; id: string; reported_on: string; suspected_origin: string; declared_origin: string | null; certificate_number: string | null; certificate_verdict: string | null;
  carats: string; value_usd: string | null; exporter: string; exporter_country: string | null; description: string; status: 'open' | 'closed'; reported_by: string; created_at: Date;
};

function toReport(r: Row): ShipmentReport {
  return {
    id: r.id, participant: r.participant, reportedOn: String(r.reported_on).slice(0, 10), suspectedOrigin: r.suspected_origin, declaredOrigin: r.declared_origin,
    certificateNumber: r.certificate_number, certificateVerdict: r.certificate_verdict, carats: Number(r.carats), valueUsd: num(r.value_usd), exporter: r.exporter,
    exporterCountry: r.exporter_country, description: r.description, status: r.status, reportedBy: r.reported_by, createdAt: iso(r.created_at),
  };
}

export async function insert(tx: Tx, r: ShipmentReport, user: string | null) {
  await tx.insertInto('suspicious_shipments').values({
    participant: r.participant, id: r.id, reported_on: r.reportedOn, suspected_origin: r.suspectedOrigin, declared_origin: r.declaredOrigin, certificate_number: r.certificateNumber,
    certificate_verdict: r.certificateVerdict, carats: r.carats, value_usd: r.valueUsd, exporter: r.exporter, exporter_country: r.exporterCountry, description: r.description,
    reported_by: r.reportedBy, reported_by_user: user, created_at: r.createdAt,
  }).execute();
}

export async function byId(q: Q, id: string) {
  const r = await q.selectFrom('suspicious_shipments').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toReport(r as Row) : undefined;
}

export interface ShipmentFilter {
  participant?: string;
  suspectedOrigin?: string;
  /** reports where any of these is the reporting Participant, the suspected origin or the exporter's country */
  countries?: string[];
  year?: number;
}

export async function list(q: Q, f: ShipmentFilter) {
  let query = q.selectFrom('suspicious_shipments').selectAll();
  if (f.participant) query = query.where('participant', '=', f.participant);
  if (f.suspectedOrigin) query = query.where('suspected_origin', '=', f.suspectedOrigin);
  if (f.year !== undefined) query = query.where('reported_on', '>=', `${f.year}-01-01`).where('reported_on', '<=', `${f.year}-12-31`);
  if (f.countries) {
    const c = f.countries.length ? f.countries : ['--'];
    query = query.where((eb) => eb.or([eb('participant', 'in', c), eb('suspected_origin', 'in', c), eb('exporter_country', 'in', c)]));
  }
  const rows = await query.orderBy('reported_on', 'desc').orderBy('created_at', 'desc').limit(1000).execute();
  return rows.map((r) => toReport(r as Row));
}

export async function link(tx: Tx, row: { participant: string; shipment_id: string; finding_participant: string; finding_id: string; linked_at: Date; linked_by: string }) {
  await tx.insertInto('shipment_finding_links').values(row).onConflict((oc) => oc.columns(['participant', 'shipment_id', 'finding_participant', 'finding_id']).doNothing()).execute();
}

export async function linkedFindings(q: Q, participant: string, shipmentId: string) {
  return q
    .selectFrom('shipment_finding_links as l')
    .innerJoin('findings as f', (j) => j.onRef('f.participant', '=', 'l.finding_participant').onRef('f.id', '=', 'l.finding_id'))
    .select(['f.id', 'f.participant', 'f.type', 'f.period', 'f.summary'])
    .where('l.participant', '=', participant)
    .where('l.shipment_id', '=', shipmentId)
    .orderBy('l.linked_at')
    .execute();
}

export async function insertEnforcement(tx: Tx, participant: string, shipmentId: string, e: EnforcementAction) {
  await tx.insertInto('enforcement_actions').values({
    participant, shipment_id: shipmentId, id: e.id, kind: e.kind, taken_on: e.takenOn, outcome: e.outcome, carats: e.carats, value_usd: e.valueUsd, penalty_usd: e.penaltyUsd,
    note: e.note, reported_by: e.reportedBy, created_at: e.createdAt,
  }).execute();
}

export async function enforcement(q: Q, participant: string, shipmentId: string): Promise<EnforcementAction[]> {
  const rows = await q.selectFrom('enforcement_actions').selectAll().where('participant', '=', participant).where('shipment_id', '=', shipmentId).orderBy('taken_on').orderBy('created_at').execute();
  return rows.map((r) => ({
    id: r.id, kind: r.kind, takenOn: String(r.taken_on).slice(0, 10), outcome: r.outcome, carats: num(r.carats), valueUsd: num(r.value_usd), penaltyUsd: num(r.penalty_usd),
    note: r.note, reportedBy: r.reported_by, createdAt: iso(r.created_at),
  }));
}
