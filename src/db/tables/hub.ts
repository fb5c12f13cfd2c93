// The table types of the hub exchange (migrations/0036_hub.sql); joined into db/schema.ts's Database.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface HubKeysTable {
  participant: string;
  id: string;
  public_key: string;
  valid_from: Timestamp;
  status: 'pending' | 'approved' | 'refused';
  registered_at: Timestamp;
  registered_by: string;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_note: string | null;
}

export interface HubMessagesTable {
  participant: string;
  id: string;
  type: string;
  receiver: string;
  number: string | null;
  digest: string;
  received_at: Timestamp;
  receipt: Json;
}

export interface HubOutboxTable {
  participant: string;
  seq: ColumnType<string, number | string, number | string>;
  id: string;
  type: string;
  number: string;
  message: Json;
  created_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  claimed_by: string | null;
  claimed_until: Timestamp | null;
  last_error: string | null;
  delivered_at: Timestamp | null;
  receipt: Json | null;
  refused_at: Timestamp | null;
}

export interface HubCursorsTable {
  participant: string;
  outbox_log_index: ColumnType<string, number | undefined, number>;
  pulled_after: ColumnType<string, string | undefined, string>;
  registered_keys: ColumnType<unknown, string | undefined, string>;
}

export interface HubAppliedTable {
  participant: string;
  id: string;
  type: string;
  number: string | null;
  applied_at: Timestamp;
}

export interface HubTables {
  hub_keys: HubKeysTable;
  hub_messages: HubMessagesTable;
  hub_outbox: HubOutboxTable;
  hub_cursors: HubCursorsTable;
  hub_applied: HubAppliedTable;
}
