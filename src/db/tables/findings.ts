// The tables of monitoring's findings and their comments; joined into db/schema.ts's Database.
import type { ColumnType } from 'kysely';
import type { Timestamp } from './columns.js';

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

export interface FindingTables {
  findings: FindingsTable;
  finding_comments: FindingCommentsTable;
}
