// The table types of participation (migrations/0007_participation.sql), joined into db/schema.ts's Database.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = string;

export interface ParticipationApplicationsTable {
  applicant: string;
  id: string;
  status: 'submitted' | 'admitted' | 'refused';
  submitted_on: Day;
  note: string | null;
  decided_on: Day | null;
  decision_reason: string | null;
  decided_by: string | null;
  created_at: Generated<Date>;
}

export interface ParticipationRequirementsTable {
  applicant: string;
  application_id: string;
  requirement: string;
  evidence: string | null;
  evidence_at: Timestamp | null;
  review: 'met' | 'not_met' | null;
  comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
}

export interface StatusDecisionsTable {
  participant: string;
  id: string;
  kind: 'interim_measures' | 'suspension' | 'removal' | 'readmission';
  effective_on: Day;
  reason: string;
  basis: string;
  decided_by: string;
  created_at: Generated<Date>;
}

export interface ParticipationTables {
  participation_applications: ParticipationApplicationsTable;
  participation_requirements: ParticipationRequirementsTable;
  status_decisions: StatusDecisionsTable;
}
