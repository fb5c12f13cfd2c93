// The table types of licensed companies (migrations/0032_companies.sql); joined into db/schema.ts's Database.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** a calendar day, yyyy-mm-dd */
type Day = ColumnType<string, string, string>;

export interface CompaniesTable {
  participant: string;
  licence: string;
  name: string;
  name_key: string;
  address: string | null;
  valid_from: Day;
  valid_to: Day | null;
  suspended_at: Timestamp | null;
  suspended_by: string | null;
  suspend_reason: string | null;
  registered_at: Timestamp;
  registered_by: string;
}

export interface CompanyUsersTable {
  participant: string;
  user_id: string;
  licence: string;
}

export interface CompanyTables {
  companies: CompaniesTable;
  company_users: CompanyUsersTable;
}
