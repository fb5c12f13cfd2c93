// The table types of notifications (migrations/0006_notifications.sql), joined into db/schema.ts's Database.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  participant: string | null;
  dedupe_key: string | null;
  /** migrations/0020: what the alert is about, structured (jsonb) */
  data: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface NotificationTables {
  notifications: NotificationsTable;
  mail_attempts: MailAttemptsTable;
}

/** migrations/0010: delivery attempts of an outbox e-mail row */
export interface MailAttemptsTable {
  outbox_id: string;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  gave_up: ColumnType<boolean, boolean | undefined, boolean>;
}
