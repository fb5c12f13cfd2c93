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

/** migrations/0034_stock.sql: each Participant's reporting period and withholding */
export interface StockReportSettingsTable {
  participant: string;
  period_months: number;
  grace_days: number;
  required_from: Day;
  withhold: boolean;
  updated_at: Timestamp;
  updated_by: string;
}

/** migrations/0034_stock.sql: a company's stock report, the closing stock of a period as it counted it */
export interface StockReportsTable {
  participant: string;
  licence: string;
  period_start: Day;
  period_end: Day;
  lines: ColumnType<unknown, string, string>;
  note: string | null;
  filed_at: Timestamp;
  filed_by: string;
}

export interface CompanyTables {
  companies: CompaniesTable;
  company_users: CompanyUsersTable;
  stock_report_settings: StockReportSettingsTable;
  stock_reports: StockReportsTable;
}
