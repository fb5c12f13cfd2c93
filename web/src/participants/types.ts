// The Participant registry as the API returns it (GET /api/participants, /api/participants/{code}),
// and the counts the public page shows.

export const STATUSES = ['participant', 'trading_entity', 'applicant', 'suspended', 'removed', 'withdrawn', 'non_participant'] as const;
export type Status = (typeof STATUSES)[number];
export type Kind = 'country' | 'regional_organisation' | 'trading_entity';

export interface Measure {
  id: string;
  target: string;
  kind: 'embargo' | 'sanctions';
  basis: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

export interface ParticipantSummary {
  code: string;
  name: string;
  kind: Kind;
  status: Status;
  statusSince: string;
  /** member states the entry speaks for on that day (the European Community's) */
  members: string[];
  /** UN measures in force on that day */
  measures: Measure[];
}

export interface StatusPeriod {
  status: Status;
  validFrom: string;
  validTo: string | null;
  fromPrecision: 'day' | 'year';
  basis: string | null;
  note: string | null;
}

export interface ParticipantDetail extends ParticipantSummary {
  language: string;
  authority: { name: string | null; address: string | null; email: string | null };
  certificateValidityDays: number;
  history: StatusPeriod[];
  allMeasures: Measure[];
  /** every membership of the countries it speaks for, with its basis (the European Community's) */
  memberHistory: Membership[];
  /** the Participant that speaks for this country on the day (Bulgaria and Romania from 2007) */
  memberOf: Membership | null;
}

export interface Membership {
  participant: string;
  country: string;
  validFrom: string;
  validTo: string | null;
  basis: string | null;
}

export interface Registry {
  at: string;
  participants: ParticipantSummary[];
}

/** Statuses that make an entry a Participant (one under interim measures still is one). */
const PARTICIPANT_STATUSES: readonly Status[] = ['participant', 'suspended'];

export interface RegistryCounts {
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
