// The table types of annual reports (migrations/0007_participation.sql), joined into db/schema.ts's Database.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AnnualReportsTable {
  participant: string;
  id: string;
  year: number;
  body: string;
  attachment_name: string | null;
  attachment: string | null;
  submitted_at: Timestamp;
  submitted_by: string;
  status: 'submitted' | 'assessed';
  outcome: 'satisfactory' | 'follow_up' | 'unsatisfactory' | null;
  comments: string | null;
  assessed_by: string | null;
  assessed_at: Timestamp | null;
}

export interface AnnualReportTables {
  annual_reports: AnnualReportsTable;
}
