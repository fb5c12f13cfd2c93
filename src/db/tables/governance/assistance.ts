// The table types of technical assistance (migrations/0008_reviews.sql), joined into db/schema.ts's Database.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = string;

export interface AssistanceCoordinatorsTable {
  member: string;
  designated_on: Day;
  designated_by: string;
  note: string | null;
}

export interface AssistanceNeedsTable {
  participant: string;
  id: string;
  title: string;
  description: string;
  area: string;
  status: ColumnType<'open' | 'matched' | 'withdrawn', 'open' | 'matched' | 'withdrawn' | undefined, 'open' | 'matched' | 'withdrawn'>;
  declared_by: string;
  declared_at: Timestamp;
}

export interface AssistanceOffersTable {
  donor: string;
  id: string;
  title: string;
  description: string;
  area: string;
  status: ColumnType<'open' | 'withdrawn', 'open' | 'withdrawn' | undefined, 'open' | 'withdrawn'>;
  declared_by: string;
  declared_at: Timestamp;
}

export type ProgrammeStatusValue = 'proposed' | 'agreed' | 'running' | 'completed' | 'cancelled';

export interface AssistanceProgrammesTable {
  participant: string;
  id: string;
  need_id: string;
  donor: string;
  offer_id: string;
  title: string;
  status: ColumnType<ProgrammeStatusValue, ProgrammeStatusValue | undefined, ProgrammeStatusValue>;
  starts_on: Day | null;
  ends_on: Day | null;
  coordinator: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AssistanceTables {
  assistance_coordinators: AssistanceCoordinatorsTable;
  assistance_needs: AssistanceNeedsTable;
  assistance_offers: AssistanceOffersTable;
  assistance_programmes: AssistanceProgrammesTable;
}
