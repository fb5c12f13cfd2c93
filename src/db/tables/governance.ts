// Governance's table types, one interface per workflow, joined into db/schema.ts's Database.
import type { ParticipationTables } from './governance/participation.js';
import type { GroupTables } from './governance/groups.js';
import type { AnnualReportTables } from './governance/annual-reports.js';
import type { ReviewTables } from './governance/reviews.js';
import type { AssistanceTables } from './governance/assistance.js';
import type { DecisionTables } from './governance/decisions.js';
import type { DocumentTables } from './governance/documents.js';
import type { ReportTables } from './governance/reports.js';

export interface GovernanceTables extends ParticipationTables, GroupTables, AnnualReportTables, ReviewTables, AssistanceTables, DecisionTables, DocumentTables, ReportTables {}
