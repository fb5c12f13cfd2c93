// Suspicious shipment reports and enforcement actions: what an authority officer reports of an
// incoming shipment suspected of embargoed origin (Côte d'Ivoire, the Moscow resolution of 2005),
// and what was done about it (seizures, prosecutions), reported to the Chair. Pure: no I/O.
import { isIsoDay } from '../../core/time.js';
import { NUMBER_PATTERN } from '../../certificates/numbering.js';
import { detail, type ErrorDetail } from '../../core/errors.js';
import { field } from '../../core/messages.js';
import { m } from './messages.js';

export interface ShipmentInput {
  /** the day the shipment was met (default today) */
  reportedOn?: string;
  /** the origin suspected, e.g. CI */
  suspectedOrigin: string;
  /** the origin the papers declare (a code, or "mixed"), if any */
  declaredOrigin?: string | null;
  certificateNumber?: string | null;
  carats: number;
  valueUsd?: number | null;
  exporter: string;
  exporterCountry?: string | null;
  description: string;
}

export const ENFORCEMENT_KINDS = ['seizure', 'prosecution', 'other'] as const;
export type EnforcementKind = (typeof ENFORCEMENT_KINDS)[number];

export interface EnforcementInput {
  kind: EnforcementKind;
  takenOn: string;
  outcome: string;
  carats?: number | null;
  valueUsd?: number | null;
  penaltyUsd?: number | null;
  note?: string | null;
}

export interface EnforcementAction extends Required<Omit<EnforcementInput, 'note'>> {
  id: string;
  note: string | null;
  reportedBy: string;
  createdAt: string;
}

export interface ShipmentReport {
  id: string;
  /** the reporting Participant */
  participant: string;
  reportedOn: string;
  suspectedOrigin: string;
  declaredOrigin: string | null;
  certificateNumber: string | null;
  /** what verification said of the certificate when the report was filed */
  certificateVerdict: string | null;
  carats: number;
  valueUsd: number | null;
  exporter: string;
  exporterCountry: string | null;
  description: string;
  status: 'open' | 'closed';
  reportedBy: string;
  createdAt: string;
}

export interface ShipmentDetail extends ShipmentReport {
  findings: { id: string; participant: string; type: string; period: string; summary: string }[];
  enforcement: EnforcementAction[];
}

type Problem = ErrorDetail;
const CODE = /^[A-Z]{2}$/;
const ISO = 'ISO 3166-1 alpha-2';
// "positive" means at least 0.01 once rounded to the cent: 5e-324 is more than zero but is stored as 0.00;
// 1e13 keeps within the columns' numeric(16, 2)
const isAmount = (x: unknown, positive = false) =>
  typeof x === 'number' && Number.isFinite(x) && x <= 1e13 && (positive ? Math.round(x * 100) >= 1 : x >= 0) && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
const given = <T>(x: T | null | undefined): x is T => x !== undefined && x !== null;

/** Every problem of a report, each naming its field. */
export function checkShipment(s: ShipmentInput, today: string): Problem[] {
  const errors: Problem[] = [];
  if (!CODE.test(s.suspectedOrigin ?? '')) errors.push(detail('suspectedOrigin', m('field.code', { standard: ISO, example: 'CI' })));
  if (given(s.declaredOrigin) && s.declaredOrigin !== 'mixed' && !CODE.test(s.declaredOrigin)) errors.push(detail('declaredOrigin', m('field.codeOrMixed', { standard: ISO, mixed: 'mixed' })));
  if (given(s.exporterCountry) && !CODE.test(s.exporterCountry)) errors.push(detail('exporterCountry', m('field.codeOnly', { standard: ISO })));
  if (given(s.certificateNumber) && !new RegExp(NUMBER_PATTERN).test(s.certificateNumber)) errors.push(detail('certificateNumber', m('field.certificateNumber', { example: 'GH-2006-000123' })));
  if (!isAmount(s.carats, true)) errors.push(detail('carats', m('field.positive')));
  if (given(s.valueUsd) && !isAmount(s.valueUsd)) errors.push(detail('valueUsd', m('field.amount')));
  if (!s.exporter?.trim()) errors.push(detail('exporter', m('field.exporter')));
  if (!s.description?.trim()) errors.push(detail('description', m('field.description')));
  if (given(s.reportedOn)) {
    if (!isIsoDay(s.reportedOn)) errors.push(detail('reportedOn', field('notADay')));
    else if (s.reportedOn > today) errors.push(detail('reportedOn', field('inTheFuture')));
  }
  return errors;
}

export function checkEnforcement(e: EnforcementInput, reportedOn: string, today: string): Problem[] {
  const errors: Problem[] = [];
  if (!ENFORCEMENT_KINDS.includes(e.kind)) errors.push(detail('kind', field('oneOf', { allowed: ENFORCEMENT_KINDS.join(', ') })));
  if (!isIsoDay(e.takenOn ?? '')) errors.push(detail('takenOn', field('notADay')));
  else if (e.takenOn > today) errors.push(detail('takenOn', field('inTheFuture')));
  else if (e.takenOn < reportedOn) errors.push(detail('takenOn', m('field.beforeReport', { day: reportedOn })));
  if (!e.outcome?.trim()) errors.push(detail('outcome', m('field.outcome')));
  for (const f of ['carats', 'valueUsd', 'penaltyUsd'] as const) if (given(e[f]) && !isAmount(e[f])) errors.push(detail(f, m('field.amount')));
  return errors;
}

/** A short reference for a report, for people (the key stays the uuid). */
export const reference = (r: Pick<ShipmentReport, 'participant' | 'reportedOn' | 'id'>) => `SSR-${r.participant}-${r.reportedOn.slice(0, 4)}-${r.id.slice(0, 8).toUpperCase()}`;
