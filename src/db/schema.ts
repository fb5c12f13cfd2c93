// The tables as Kysely sees them. Keep in step with migrations/*.sql.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** a calendar day, yyyy-mm-dd (parsed as a string on both engines) */
type Day = string;

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
}

export interface UnMeasuresTable {
  target: string;
  id: string;
  kind: 'embargo' | 'sanctions';
  basis: string;
  valid_from: Day;
  valid_to: Day | null;
  note: string | null;
}

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
}

export interface PlenaryObserversTable {
  year: number;
  member: string;
  note: string | null;
}

export interface UsersTable {
  id: string;
  login: string;
  name: string;
  participant: string | null;
  organisation: string | null;
  roles: string[];
  groups: string[];
  password_hash: string | null;
  disabled: Generated<boolean>;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  token_hash: string;
  label: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: Timestamp;
  actor_user: string | null;
  actor_name: string;
  acting_for: string | null;
  action: string;
  subject: string | null;
  details: ColumnType<unknown, string, string>;
  prev_hash: string;
  hash: string;
}

export interface OutboxTable {
  id: string;
  topic: string;
  payload: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  processed_at: Timestamp | null;
}

export interface MigrationsTable {
  name: string;
  applied_at: Timestamp;
}

export interface Database {
  participants: ParticipantsTable;
  participant_status: ParticipantStatusTable;
  participant_members: ParticipantMembersTable;
  un_measures: UnMeasuresTable;
  organisations: OrganisationsTable;
  chairs: ChairsTable;
  working_groups: WorkingGroupsTable;
  working_group_members: WorkingGroupMembersTable;
  plenary_observers: PlenaryObserversTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  schema_migrations: MigrationsTable;
}
