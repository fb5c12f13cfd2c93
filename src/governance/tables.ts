// Governance's table types, one interface per workflow, joined into db/schema.ts's Database.
import type { ParticipationTables } from './participation/tables.js';
import type { GroupTables } from './groups/tables.js';
import type { AnnualReportTables } from './annual-reports/tables.js';
import type { ReviewTables } from './reviews/tables.js';
import type { AssistanceTables } from './assistance/tables.js';
import type { DecisionTables } from './decisions/tables.js';
import type { DocumentTables } from './documents/tables.js';
import type { ReportTables } from './reports/tables.js';

export interface GovernanceTables extends ParticipationTables, GroupTables, AnnualReportTables, ReviewTables, AssistanceTables, DecisionTables, DocumentTables, ReportTables {}
