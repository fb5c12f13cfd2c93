// The Participant registry as the API returns it (GET /api/participants, /api/participants/{code}: the
// server's shapes, web/src/contract), and the counts the public page shows.
import type { Ok } from '../contract';

export type Registry = Ok<'/api/participants'>;
export type ParticipantSummary = Registry['participants'][number];
export type Status = ParticipantSummary['status'];
export type Kind = ParticipantSummary['kind'];
export type Measure = ParticipantSummary['measures'][number];
export type ParticipantDetail = Ok<'/api/participants/{code}'>;
export type StatusPeriod = ParticipantDetail['history'][number];
export type Membership = ParticipantDetail['memberHistory'][number];

/** the statuses in the order the legend and the filters show them */
export const STATUSES = ['participant', 'trading_entity', 'applicant', 'suspended', 'removed', 'withdrawn', 'non_participant'] as const satisfies readonly Status[];

/** Statuses that make an entry a Participant (one under interim measures still is one). */
const PARTICIPANT_STATUSES: readonly Status[] = ['participant', 'suspended'];

/** the counts the public page shows (computed here, not an API shape) */
interface RegistryCounts {
  participants: number;
  /** countries the Participants represent: each Participant once, the European Community once per member state */
  countries: number;
  applicants: number;
  underMeasures: number;
  byStatus: Partial<Record<Status, number>>;
}

export function countRegistry(entries: readonly ParticipantSummary[]): RegistryCounts {
  const participants = entries.filter((p) => PARTICIPANT_STATUSES.includes(p.status));
  const byStatus: Partial<Record<Status, number>> = {};
  for (const p of entries) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
  return {
    participants: participants.length,
    countries: participants.reduce((n, p) => n + (p.members.length > 0 ? p.members.length : 1), 0),
    applicants: byStatus.applicant ?? 0,
    underMeasures: entries.filter((p) => p.measures.length > 0).length,
    byStatus,
  };
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isDay(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
