// The table types of monitoring of origin (migrations/0011_monitoring_origin.sql): capacity
// assessments, suspicious shipments, their links to findings and enforcement actions; joined into
// db/schema.ts's Database.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Numeric = ColumnType<string, string | number, string | number>;
/** a calendar day, yyyy-mm-dd */
type Day = string;

export interface CapacityAssessmentsTable {
  participant: string;
  id: string;
  area: string | null;
  min_carats: Numeric;
  max_carats: Numeric;
  min_usd: Numeric | null;
  max_usd: Numeric | null;
  source: string;
  assessed_on: Day;
  note: string | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
}

export interface SuspiciousShipmentsTable {
  participant: string;
  id: string;
  reported_on: Day;
  suspected_origin: string;
  declared_origin: string | null;
  certificate_number: string | null;
  certificate_verdict: string | null;
  carats: Numeric;
  value_usd: Numeric | null;
  exporter: string;
  exporter_country: string | null;
  description: string;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  reported_by: string;
  reported_by_user: string | null;
  created_at: Timestamp;
}

export interface ShipmentFindingLinksTable {
  participant: string;
  shipment_id: string;
  finding_participant: string;
  finding_id: string;
  linked_at: Timestamp;
  linked_by: string;
}

export interface EnforcementActionsTable {
  participant: string;
  shipment_id: string;
  id: string;
  kind: 'seizure' | 'prosecution' | 'other';
  taken_on: Day;
  outcome: string;
  carats: Numeric | null;
  value_usd: Numeric | null;
  penalty_usd: Numeric | null;
  note: string | null;
  reported_by: string;
  created_at: Timestamp;
}

export interface ShipmentTables {
  capacity_assessments: CapacityAssessmentsTable;
  suspicious_shipments: SuspiciousShipmentsTable;
  shipment_finding_links: ShipmentFindingLinksTable;
  enforcement_actions: EnforcementActionsTable;
}
