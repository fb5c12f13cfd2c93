// The tables every domain leans on: the audit chain, the outbox, leases, shared rate limits, the
// migrations applied; joined into db/schema.ts's Database.
import type { ColumnType } from 'kysely';
import type { Timestamp } from './columns.js';

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

export interface MigrationsTable {
  name: string;
  applied_at: Timestamp;
}

export interface PlatformTables {
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  leases: LeasesTable;
  rate_limit_counts: RateLimitCountsTable;
  schema_migrations: MigrationsTable;
}
