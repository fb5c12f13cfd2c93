// The tables of accounts: users, API tokens, sessions, failed sign-ins; joined into db/schema.ts's Database.
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './columns.js';

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

export interface AccountTables {
  users: UsersTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
}
