// Participation: the minimum requirements an applicant must show, the checklist of an application,
// the Chair's status decisions and the chair rotation, as pure rules (no I/O).
import { detail, type ErrorDetail } from '../../core/errors.js';
import type { Msg, Param } from '../../core/i18n.js';
import { m as alert } from '../messages.js';
import { m } from './messages.js';
import type { ParticipantStatus } from '../../participants/model.js';

/**
 * The core document's minimum requirements (the KPCS core document), one checklist
 * item each: what every Participant does, and so what an applicant must show.
 */
export const REQUIREMENTS = [
  { id: 'certificate-content', text: 'Its Kimberley Process Certificate carries the minimum content of the core document (title and statement, origin, unique number with the ISO code, issue and expiry dates, issuing authority, exporter and importer, carats, US$ value, parcels, HS code, validation) and resists tampering and forgery' },
  { id: 'export-certificate', text: 'Requires a Kimberley Process Certificate on every export of rough diamonds' },
  { id: 'import-certificate', text: 'Requires a validated Kimberley Process Certificate on every import of rough diamonds' },
  { id: 'import-confirmation', text: 'Sends confirmation of receipt of each import to the exporting authority' },
  { id: 'records', text: 'Keeps the originals of certificates accessible for at least three years' },
  { id: 'no-non-participants', text: 'Trades in rough diamonds with no non-Participant' },
  { id: 'transit', text: 'Lets shipments in transit through only unopened' },
  { id: 'authorities', text: 'Has designated its importing and exporting authorities' },
  { id: 'laws-controls', text: 'Has laws or regulations and a system of internal controls to implement the scheme' },
  { id: 'containers', text: 'Ships rough diamonds in tamper-resistant containers' },
  { id: 'statistics', text: 'Keeps and exchanges production, import and export statistics' },
] as const;

export type RequirementId = (typeof REQUIREMENTS)[number]['id'];
export const REQUIREMENT_IDS: readonly string[] = REQUIREMENTS.map((r) => r.id);

export type ApplicationStatus = 'submitted' | 'admitted' | 'refused';
export type Review = 'met' | 'not_met';

export interface ChecklistItem {
  requirement: string;
  text: string;
  evidence: string | null;
  evidenceAt: string | null;
  review: Review | null;
  comment: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface Application {
  id: string;
  applicant: string;
  applicantName: string;
  /** the applicant's status in the registry today */
  registryStatus: ParticipantStatus | null;
  status: ApplicationStatus;
  submittedOn: string;
  note: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  decidedBy: string | null;
  /** items reviewed as met, of all */
  met: number;
  total: number;
}

export interface ApplicationDetail extends Application {
  checklist: ChecklistItem[];
}

/** Why an application cannot be admitted yet: every requirement must be reviewed as met. */
export function admissionBlockers(checklist: readonly ChecklistItem[]): ErrorDetail[] {
  return checklist
    .filter((i) => i.review !== 'met')
    .map((i) => detail(`checklist.${i.requirement}`, m(i.review === 'not_met' ? 'checklist.notMet' : 'checklist.notReviewed')));
}

/** Statuses from which a registry entry may apply (a removed Participant asks for readmission instead). */
export const MAY_APPLY: readonly ParticipantStatus[] = ['applicant', 'non_participant', 'withdrawn'];

export const DECISION_KINDS = ['interim_measures', 'suspension', 'removal', 'readmission'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** What each decision does to the registry: from which statuses, to which. */
export const DECISION_RULES: Record<DecisionKind, { from: readonly ParticipantStatus[]; to: ParticipantStatus; words: string }> = {
  // interim measures keep the Participant in the scheme (it may still trade) but are recorded in its history
  interim_measures: { from: ['participant'], to: 'participant', words: 'interim measures' },
  suspension: { from: ['participant'], to: 'suspended', words: 'suspension' },
  removal: { from: ['participant', 'suspended'], to: 'removed', words: 'removal' },
  readmission: { from: ['suspended', 'removed'], to: 'participant', words: 'readmission' },
};

/** The reason a decision cannot apply to a Participant with this status, or undefined. */
export function decisionRefusal(kind: DecisionKind, code: string, status: ParticipantStatus | null): Msg | undefined {
  const rule = DECISION_RULES[kind];
  if (status !== null && rule.from.includes(status)) return undefined;
  const from = rule.from.slice(1).reduce<Param>((a, b) => m('list.or', { a, b }), rule.from[0]!);
  return m('status.refused', { kind: alert(`decisionKind.${kind}`), from, code, status: status ?? m('notInRegistry') });
}

export interface StatusDecision {
  id: string;
  participant: string;
  kind: DecisionKind;
  effectiveOn: string;
  reason: string;
  basis: string;
  decidedBy: string;
  createdAt: string;
}
