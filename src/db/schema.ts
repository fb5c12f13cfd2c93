// The tables as Kysely sees them. Keep in step with migrations/*.sql.
import type { GovernanceTables } from './tables/governance.js';
import type { NotificationTables } from './tables/notifications.js';
import type { FootprintTables } from './tables/footprints.js';
import type { ShipmentTables } from './tables/shipments.js';
import type { CompanyTables } from './tables/companies.js';
import type { HubTables } from './tables/hub.js';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** a revocation added to an existing table (null until revoked; optional on insert) */
type RevokedAt = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type RevocationReason = ColumnType<string | null, string | null | undefined, string | null>;
/** a log record's secret salt (hex), null for records logged before migration 0022 */
type Salt = ColumnType<string | null, string | null | undefined, string | null>;
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
  /** migrations/0010: where e-mail alerts go (optional) */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  /** migrations/0024: set by an administrator's reset; the user must choose a new password before anything else */
  must_change_password: Generated<boolean>;
  /** migrations/0044: the language the user reads (e-mails; the web's requests say theirs in Accept-Language); null until chosen */
  language: ColumnType<string | null, string | null | undefined, string | null>;
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

/** failed sign-ins per login (migrations/0017): the backoff shared by every server process */
export interface LoginFailuresTable {
  login: string;
  failures: number;
  locked_until: Timestamp | null;
  last_failure_at: Timestamp;
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
  /** the process that claimed the e-mail, until when (migrations/0025_scale_out.sql) */
  claimed_by: ColumnType<string | null, string | null | undefined, string | null>;
  claimed_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

// background work held by one process at a time (migrations/0025_scale_out.sql)
export interface LeasesTable {
  name: string;
  holder: string;
  acquired_at: Timestamp;
  expires_at: Timestamp;
}

// rate limits shared by every process; Idempotency-Key of issuance (migrations/0028_shared_limits_idempotency.sql)
export interface RateLimitCountsTable {
  client: string;
  bucket: string;
  window_start: Timestamp;
  count: number;
}
export interface CertificateIdempotencyTable {
  participant: string;
  actor: string;
  key: string;
  request_hash: string;
  number: string;
  created_at: Timestamp;
}

// statistics (migrations/0003_statistics.sql)
type Numeric = ColumnType<string, string | number, string | number>;
type NumericDefault = ColumnType<string, string | number | undefined, string | number>;
export interface StatisticsSubmissionsTable {
  reporter: string;
  kind: 'trade' | 'production';
  period: string;
  version: number;
  current: boolean;
  year: number;
  submitted_at: Timestamp;
  submitted_by: string;
  submitted_by_user: string | null;
  source: string;
  row_count: number;
  exports_carats: NumericDefault;
  exports_usd: NumericDefault;
  exports_certificates: Generated<number>;
  imports_carats: NumericDefault;
  imports_usd: NumericDefault;
  imports_certificates: Generated<number>;
  production_carats: NumericDefault;
  production_usd: NumericDefault;
}
export interface StatisticsTradeTable {
  reporter: string;
  period: string;
  version: number;
  flow: 'import' | 'export';
  partner: string;
  hs_code: string;
  carats: Numeric;
  value_usd: Numeric;
  certificates: number;
}
export interface StatisticsTradePairsTable {
  reporter: string;
  period: string;
  version: number;
  flow: 'import' | 'export';
  partner: string;
  carats: Numeric;
  value_usd: Numeric;
  certificates: number;
}
export interface StatisticsProductionTable {
  reporter: string;
  period: string;
  version: number;
  mining: 'industrial' | 'artisanal';
  carats: Numeric;
  value_usd: Numeric;
}
export interface StatisticsReleasesTable {
  year: number;
  version: number;
  released_at: Timestamp;
  released_by: string;
  note: string | null;
  summary: ColumnType<unknown, string, string>;
}
export interface StatisticsDiscrepanciesTable {
  exporter: string;
  importer: string;
  period: string;
  id: string;
  status: 'open' | 'explained' | 'resolved';
  exports_carats: Numeric;
  imports_carats: Numeric;
  exports_usd: Numeric;
  imports_usd: Numeric;
  opened_at: Timestamp;
  opened_by: string;
  outcome: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
}
export interface StatisticsDiscrepancyNotesTable {
  exporter: string;
  importer: string;
  period: string;
  seq: number;
  at: Timestamp;
  author: string;
  acting_for: string | null;
  kind: 'opened' | 'explanation' | 'comment' | 'resolution';
  text: string;
}

export interface StatisticsQuestionnairesTable {
  participant: string;
  id: string;
  kind: 'trade' | 'production';
  period: string;
  measure: string;
  previous_period: string;
  previous: Numeric;
  current: Numeric;
  change: Numeric;
  question: string;
  status: 'open' | 'answered' | 'closed';
  raised_at: Timestamp;
  raised_by: string;
  answer: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
}

export interface MigrationsTable {
  name: string;
  applied_at: Timestamp;
}

// ---- certificates (migrations/0002_certificates.sql) ----
export interface CertificateCountersTable { participant: string; year: number; last_seq: number }
export interface AuthorityKeysTable {
  participant: string; id: string; public_key: string; private_key_enc: string;
  valid_from: Timestamp; valid_to: Timestamp | null; revoked_at: Timestamp | null; revocation_reason: string | null; created_at: Generated<Date>;
}
export interface ChairKeysTable {
  id: string; participant: string; year: number; public_key: string; private_key_enc: string;
  valid_from: Timestamp; valid_to: Timestamp | null; endorsement: string | null; created_at: Generated<Date>;
}
export interface SchemeKeysTable { purpose: 'trust-list' | 'log'; id: string; public_key: string; private_key_enc: string; valid_from: Timestamp; valid_to: Timestamp | null; revoked_at: RevokedAt; revocation_reason: RevocationReason; created_at: Generated<Date> }
export interface CertificatesTable {
  participant: string; id: string; number: string; year: number; seq: number; country_of_export: string;
  importer_participant: string; importer_country: string; issued_at: Timestamp; expires_at: Timestamp; key_id: string;
  document: string; body_hash: string; log_index: number; carats: ColumnType<string, string | number, string | number>;
  value_usd: ColumnType<string, string | number, string | number>; parcels: number;
  cancelled_at: Timestamp | null; cancel_reason: string | null; cancel_note: string | null; replaced_by: string | null; cancel_salt: Salt; issued_by: string;
  /** migrations/0018_disclosure.sql: SHA-256 of the verification code salted by the number; null before it was made */
  verification_code_hash: ColumnType<string | null, string | null | undefined, string | null>;
  /** migrations/0030_credential_status.sql: the certificate's index in the Bitstring Status List (its issue entry's log position) */
  status_index: ColumnType<string, number, never>;
  /** the issuer's log, for a certificate received through the hub (migration 0036); null when issued here */
  origin_log: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface CertificateConfirmationsTable {
  participant: string; id: string; certificate_participant: string; certificate_number: string; parcels: number;
  carats: ColumnType<string, string | number, string | number>; seals_intact: boolean; received_on: Day;
  mismatches: ColumnType<unknown, string, string>; flagged: boolean; note: string | null; confirmed_at: Timestamp; confirmed_by: string; log_index: number;
  /** the secret salt of the confirmation's log record (migration 0022); null before */
  log_salt: Salt;
}
export interface BorderChecksTable {
  participant: string; id: string; kind: 'export' | 'import' | 'transit'; certificate_number: string; certificate_known: boolean; verdict: string;
  seals_intact: boolean | null; unopened: boolean | null; note: string | null; checked_at: Timestamp; checked_by: string;
}
export interface CertificateApplicationsTable {
  participant: string; id: string; request: string; status: 'pending' | 'approving' | 'approved' | 'refused'; submitted_by: string; submitted_by_user: string | null;
  submitted_at: Timestamp; decided_by: string | null; decided_at: Timestamp | null; reason: string | null; certificate_number: string | null;
}
export interface LogEntriesTable { idx: number; event: 'issued' | 'confirmed' | 'cancelled'; participant: string; number: string; at: Timestamp; record_hash: string }
export interface LogNodesTable { level: number; idx: number; hash: string }
export interface LogHeadTable { id: number; size: number }
// ---- checkpoints and witnesses (migrations/0015_checkpoints.sql) ----
export interface LogCheckpointsTable {
  id: string; tree_size: ColumnType<string, number, number>; root_hash: string; audit_entries: ColumnType<string, number, number>; audit_head: string;
  signed_at: Timestamp; key_id: string; body: string; signature: string; audit_salt: string | null;
}
export interface TrustListGenerationsTable { generation: ColumnType<string, number, number>; fingerprint: string; at: Timestamp }
export interface TrustListPublishedTable { id: number; fingerprint: string; generation: ColumnType<string, number, number>; year: number; issued_at: Timestamp; body: string; etag: string }
export interface LogWitnessesTable { name: string; key_id: string; public_key: string; valid_from: Timestamp; valid_to: Timestamp | null; added_by: string; revoked_at: RevokedAt; revocation_reason: RevocationReason }
export interface LogCosignaturesTable { checkpoint_id: string; witness: string; line: string; cosigned_at: Timestamp }

export interface FindingsTable {
  participant: string;
  id: string;
  type: string;
  period: string;
  severity: 'low' | 'medium' | 'high';
  summary: string;
  evidence: ColumnType<unknown, string, string>;
  status: ColumnType<'open' | 'acknowledged' | 'closed', 'open' | 'acknowledged' | 'closed' | undefined, 'open' | 'acknowledged' | 'closed'>;
  assignee: string | null;
  outcome: string | null;
  first_seen: Timestamp;
  last_seen: Timestamp;
}

export interface FindingCommentsTable {
  participant: string;
  finding_id: string;
  id: string;
  at: Timestamp;
  author: string;
  text: string;
}

/** migrations/0033: a re-export's drawings on the import certificates it names */
export interface CertificateDrawingsTable {
  participant: string;
  number: string;
  import_participant: string;
  import_number: string;
  carats: ColumnType<string, string | number, string | number>;
  drawn_at: Timestamp;
}

export interface Database extends GovernanceTables, NotificationTables, FootprintTables, ShipmentTables, CompanyTables, HubTables {
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
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  leases: LeasesTable;
  rate_limit_counts: RateLimitCountsTable;
  certificate_idempotency: CertificateIdempotencyTable;
  statistics_submissions: StatisticsSubmissionsTable;
  statistics_trade: StatisticsTradeTable;
  statistics_trade_pairs: StatisticsTradePairsTable;
  statistics_production: StatisticsProductionTable;
  statistics_releases: StatisticsReleasesTable;
  statistics_discrepancies: StatisticsDiscrepanciesTable;
  statistics_discrepancy_notes: StatisticsDiscrepancyNotesTable;
  statistics_questionnaires: StatisticsQuestionnairesTable;
  schema_migrations: MigrationsTable;
  findings: FindingsTable;
  finding_comments: FindingCommentsTable;
  certificate_counters: CertificateCountersTable;
  authority_keys: AuthorityKeysTable;
  scheme_keys: SchemeKeysTable;
  chair_keys: ChairKeysTable;
  certificates: CertificatesTable;
  certificate_confirmations: CertificateConfirmationsTable;
  border_checks: BorderChecksTable;
  certificate_applications: CertificateApplicationsTable;
  log_entries: LogEntriesTable;
  log_nodes: LogNodesTable;
  log_head: LogHeadTable;
  log_checkpoints: LogCheckpointsTable;
  log_witnesses: LogWitnessesTable;
  log_cosignatures: LogCosignaturesTable;
  trust_list_generations: TrustListGenerationsTable;
  trust_list_published: TrustListPublishedTable;
  certificate_drawings: CertificateDrawingsTable;
}
