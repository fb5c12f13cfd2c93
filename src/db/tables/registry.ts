// The tables of the registry (migrations/0001_foundation.sql and later): Participants, their status,
// members, UN measures, organisations, chairs, working groups; joined into db/schema.ts's Database.
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, Day } from './columns.js';

export interface ParticipantsTable {
  code: string;
  name: string;
  kind: 'country' | 'regional_organisation' | 'trading_entity';
  language: 'en' | 'fr' | 'pt' | 'es' | 'ru';
  authority_name: string | null;
  authority_address: string | null;
  authority_email: string | null;
  certificate_validity_days: Generated<number>;
  created_at: Timestamp;
}

export type ParticipantStatusValue =
  | 'applicant'
  | 'participant'
  | 'trading_entity'
  | 'suspended'
  | 'removed'
  | 'withdrawn'
  | 'non_participant';

export interface ParticipantStatusTable {
  participant: string;
  id: string;
  status: ParticipantStatusValue;
  valid_from: Day;
  valid_to: Day | null;
  from_precision: Generated<'day' | 'year'>;
  basis: string | null;
  note: string | null;
  source: string | null;
  recorded_at: Timestamp;
}

export interface ParticipantMembersTable {
  participant: string;
  country: string;
  valid_from: Day;
  valid_to: Day | null;
  /** the treaty or fact the membership rests on (0021) */
  basis: string | null;
}

export interface UnMeasuresTable {
  target: string;
  id: string;
  kind: 'embargo' | 'sanctions';
  basis: string;
  valid_from: Day;
  valid_to: Day | null;
  note: string | null;
  /** the resolution's symbol, e.g. S/RES/1643 (2005) (migration 0019) */
  symbol: string | null;
  scope: Generated<MeasureScopeValue>;
}

export type MeasureScopeValue = 'rough diamonds export' | 'rough diamonds import' | 'rough diamonds export/import';

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: 'industry' | 'civil_society' | 'un_body' | 'international' | 'installation';
}

export interface ChairsTable {
  year: number;
  chair: string;
  vice_chair: string | null;
}

export interface WorkingGroupsTable {
  id: string;
  name: string;
  chair: string;
  established: Day | null;
  note: string | null;
}

export interface WorkingGroupMembersTable {
  group_id: string;
  member: string;
  role: 'member' | 'coordinator';
  region: string | null;
  /** membership dates (migrations/0007_participation.sql; null: not known / still a member) */
  since: ColumnType<Day | null, Day | null | undefined, Day | null>;
  until: ColumnType<Day | null, Day | null | undefined, Day | null>;
}

export interface PlenaryObserversTable {
  year: number;
  member: string;
  note: string | null;
}

export interface RegistryTables {
  participants: ParticipantsTable;
  participant_status: ParticipantStatusTable;
  participant_members: ParticipantMembersTable;
  un_measures: UnMeasuresTable;
  organisations: OrganisationsTable;
  chairs: ChairsTable;
  working_groups: WorkingGroupsTable;
  working_group_members: WorkingGroupMembersTable;
  plenary_observers: PlenaryObserversTable;
}
