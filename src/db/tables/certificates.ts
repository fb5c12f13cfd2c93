// The tables of certificates (migrations/0002_certificates.sql and later): counters, keys, the
// certificates, confirmations, border checks, applications, the log and its checkpoints, the trust
// list, re-export drawings, Idempotency-Keys; joined into db/schema.ts's Database.
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, RevokedAt, RevocationReason, Salt, Day } from './columns.js';

export interface CertificateIdempotencyTable {
  participant: string;
  actor: string;
  key: string;
  request_hash: string;
  number: string;
  created_at: Timestamp;
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
/** record_hash and leaf: 32 bytes each (migration 0056); the program reads and writes them as hex through encode/decode */
export interface LogEntriesTable { idx: number; event: 'issued' | 'confirmed' | 'cancelled'; participant: string; number: string; at: Timestamp; record_hash: Uint8Array; leaf: Uint8Array }
/** hash: 32 bytes (migration 0055); the program reads and writes it as hex through encode/decode. Levels 4 and above only (migration 0056) */
export interface LogNodesTable { level: number; idx: number; hash: Uint8Array }
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

/** migrations/0033: a re-export's drawings on the import certificates it names */
export interface CertificateDrawingsTable {
  participant: string;
  number: string;
  import_participant: string;
  import_number: string;
  carats: ColumnType<string, string | number, string | number>;
  drawn_at: Timestamp;
}

/** migrations/0020: a certificate left unconfirmed past its expiry and the grace period, announced once (the sweep inserts its row first) */
export interface CertificateUnconfirmedAlertsTable {
  participant: string;
  number: string;
  importer_participant: string;
  expires_at: Timestamp;
  alerted_at: Timestamp;
}

export interface CertificateTables {
  certificate_unconfirmed_alerts: CertificateUnconfirmedAlertsTable;
  certificate_idempotency: CertificateIdempotencyTable;
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
