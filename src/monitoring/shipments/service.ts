// Use cases of suspicious shipment reports: an authority officer reports an incoming shipment
// suspected of embargoed origin (its certificate, if any, is verified and the verdict kept); the Chair
// and the working group on monitoring are alerted and see every report, the reporting Participant its
// own; the group links reports to findings; enforcement actions are reported to the Chair.
import { country, day as dayOf } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { randomUUID } from 'node:crypto';
import type { Db, Store } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { detail, forbidden, invalid, pathedMessages, notFound } from '../../core/errors.js';
import { today } from '../../core/time.js';
import type { Actor } from '../../auth/model.js';
import { authorize, can } from '../policy.js';
import * as audit from '../../audit/service.js';
import * as onlineVerification from '../../certificates/online-verification.js';
import { notify } from '../../notifications/service.js';
import * as findings from '../store.js';
import { checkEnforcement, checkShipment, reference, type EnforcementAction, type EnforcementInput, type ShipmentDetail, type ShipmentInput, type ShipmentReport } from './model.js';
import * as store from './store.js';
import type { ShipmentFilter } from './store.js';
import { m } from './messages.js';


/** An officer reports a shipment met at its Participant's border. */
export async function report(s: Store, actor: Actor, input: ShipmentInput): Promise<ShipmentDetail> {
  authorize(actor, 'shipments.report', actor.participant ? { participant: actor.participant } : {});
  const participant = actor.participant;
  if (!participant) throw forbidden(m('report.noParticipant', { name: actor.name }));
  const day = today();
  const errors = checkShipment(input, day);
  if (errors.length) throw invalid(m('report.refused', { problems: pathedMessages(errors) }), errors);
  const number = input.certificateNumber?.trim() || null;
  const verdict = number ? (await onlineVerification.verifyNumber(s, number)).verdict : null;
  const r: ShipmentReport = {
    id: randomUUID(),
    participant,
    reportedOn: input.reportedOn ?? day,
    suspectedOrigin: input.suspectedOrigin,
    declaredOrigin: input.declaredOrigin ?? null,
    certificateNumber: number,
    certificateVerdict: verdict,
    carats: input.carats,
    valueUsd: input.valueUsd ?? null,
    exporter: input.exporter.trim(),
    exporterCountry: input.exporterCountry ?? null,
    description: input.description.trim(),
    status: 'open',
    reportedBy: actor.name,
    createdAt: new Date().toISOString(),
  };
  await transaction(s.db, async (tx) => {
    await store.insert(tx, r, actor.userId);
    await audit.record(tx, actor, 'shipments.report', r.id, { participant, reference: reference(r), suspectedOrigin: r.suspectedOrigin, certificateNumber: number, certificateVerdict: verdict, carats: r.carats });
    await notify(tx, {
      kind: 'suspicious-shipment',
      subject: msg('shipment.reported.subject', { participant: country(participant), carats: r.carats, origin: country(r.suspectedOrigin) }),
      body: msg('shipment.reported.body', {
        participant: country(participant), on: dayOf(r.reportedOn), carats: r.carats, value: r.valueUsd !== null ? msg('shipment.value', { usd: r.valueUsd }) : '',
        exporter: r.exporter, exporterCountry: r.exporterCountry ? msg('shipment.exporterCountry', { country: country(r.exporterCountry) }) : '',
        origin: country(r.suspectedOrigin), declared: r.declaredOrigin ? msg('shipment.declared', { country: country(r.declaredOrigin) }) : '',
        certificate: number ? msg('shipment.certificate', { number, verdict: String(verdict) }) : msg('shipment.noCertificate'), description: r.description,
      }),
      link: `/shipments/${r.id}`,
      participant,
      to: { chair: true, groups: ['WGM'] },
    });
  });
  return { ...r, findings: [], enforcement: [] };
}

async function load(s: Store, actor: Actor, id: string): Promise<ShipmentReport> {
  authorize(actor, 'shipments.read');
  const r = await store.byId(s.db, id);
  if (!r) throw notFound(m('report.unknown', { id }));
  // the tenant check with the loaded report: another Participant's officer may not read it
  authorize(actor, 'shipments.read', { participant: r.participant });
  return r;
}

export async function get(s: Store, actor: Actor, id: string): Promise<ShipmentDetail> {
  const r = await load(s, actor, id);
  const [linked, actions] = await Promise.all([store.linkedFindings(s.db, r.participant, r.id), store.enforcement(s.db, r.participant, r.id)]);
  // an officer sees the findings' existence only through the group; the group and the Chair see them
  const seesFindings = can(actor, 'findings.read');
  return { ...r, findings: seesFindings ? linked : [], enforcement: actions };
}

/** All reports for the Chair and the monitoring group; a Participant's officers see their own only. */
export async function list(s: Store, actor: Actor, filter: ShipmentFilter = {}): Promise<ShipmentReport[]> {
  authorize(actor, 'shipments.read', filter.participant ? { participant: filter.participant } : {});
  if (can(actor, 'shipments.link')) return store.list(s.db, filter);
  return store.list(s.db, { ...filter, participant: actor.participant! });
}

/** The monitoring group links a report to a finding (e.g. a neighbour surge it illustrates). */
export async function linkFinding(s: Store, actor: Actor, id: string, findingId: string): Promise<ShipmentDetail> {
  authorize(actor, 'shipments.link');
  const r = await load(s, actor, id);
  const f = await findings.byId(s.db, findingId);
  if (!f) throw invalid(msg('finding.unknown', { id: findingId }), [detail('findingId', m('finding.unknownDetail'))]);
  await transaction(s.db, async (tx) => {
    await store.link(tx, { participant: r.participant, shipment_id: r.id, finding_participant: f.participant, finding_id: f.id, linked_at: new Date(), linked_by: actor.name });
    await audit.record(tx, actor, 'shipments.link', r.id, { reference: reference(r), finding: f.id, type: f.type, findingParticipant: f.participant, period: f.period });
  });
  return get(s, actor, id);
}

/** An enforcement action (seizure, prosecution, other) taken on a reported shipment, reported to the Chair. */
export async function reportEnforcement(s: Store, actor: Actor, id: string, input: EnforcementInput): Promise<ShipmentDetail> {
  authorize(actor, 'shipments.enforcement.report');
  const r = await store.byId(s.db, id);
  if (!r) throw notFound(m('report.unknown', { id }));
  authorize(actor, 'shipments.enforcement.report', { participant: r.participant });
  const errors = checkEnforcement(input, r.reportedOn, today());
  if (errors.length) throw invalid(m('enforcement.refused', { problems: pathedMessages(errors) }), errors);
  const e: EnforcementAction = {
    id: randomUUID(), kind: input.kind, takenOn: input.takenOn, outcome: input.outcome.trim(), carats: input.carats ?? null, valueUsd: input.valueUsd ?? null,
    penaltyUsd: input.penaltyUsd ?? null, note: input.note?.trim() || null, reportedBy: actor.name, createdAt: new Date().toISOString(),
  };
  await transaction(s.db, async (tx) => {
    await store.insertEnforcement(tx, r.participant, r.id, e);
    await audit.record(tx, actor, 'shipments.enforcement', r.id, { reference: reference(r), ...e });
    await notify(tx, {
      kind: 'enforcement-action',
      subject: msg('enforcement.subject', { participant: country(r.participant), kind: msg(`kind.${e.kind}`), on: dayOf(e.takenOn), reference: reference(r) }),
      body: msg('enforcement.body', {
        participant: country(r.participant), kind: msg(`kind.${e.kind}`), on: dayOf(e.takenOn), carats: r.carats, origin: country(r.suspectedOrigin), outcome: e.outcome,
        seized: e.carats !== null ? msg('enforcement.carats', { carats: e.carats }) : '', penalty: e.penaltyUsd !== null ? msg('enforcement.penalty', { usd: e.penaltyUsd }) : '',
      }),
      link: `/shipments/${r.id}`,
      participant: r.participant,
      to: { chair: true, groups: ['WGM'] },
    });
  });
  return get(s, actor, id);
}

/**
 * The reports of a filter each with its enforcement actions, as `list` shows them to the actor: how
 * the Chair's special report on Côte d'Ivoire reads the shipments of its year (on the store's handle).
 */
export async function listWithEnforcement(db: Db, actor: Actor, filter: ShipmentFilter = {}): Promise<(ShipmentReport & { enforcement: EnforcementAction[] })[]> {
  authorize(actor, 'shipments.read', filter.participant ? { participant: filter.participant } : {});
  const reports = await store.list(db, can(actor, 'shipments.link') ? filter : { ...filter, participant: actor.participant! });
  const out: (ShipmentReport & { enforcement: EnforcementAction[] })[] = [];
  // one after the other: PGlite has one connection
  for (const r of reports) out.push({ ...r, enforcement: await store.enforcement(db, r.participant, r.id) });
  return out;
}
