// The tables of statistics (migrations/0003_statistics.sql and later); joined into db/schema.ts's Database.
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, Numeric, NumericDefault } from './columns.js';

// statistics (migrations/0003_statistics.sql)
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

export interface StatisticsTables {
  statistics_submissions: StatisticsSubmissionsTable;
  statistics_trade: StatisticsTradeTable;
  statistics_trade_pairs: StatisticsTradePairsTable;
  statistics_production: StatisticsProductionTable;
  statistics_releases: StatisticsReleasesTable;
  statistics_discrepancies: StatisticsDiscrepanciesTable;
  statistics_discrepancy_notes: StatisticsDiscrepancyNotesTable;
  statistics_questionnaires: StatisticsQuestionnairesTable;
}
