// Statistics as the API returns them (src/statistics/routes.ts).

export type Kind = 'trade' | 'production';

export interface Flow {
  carats: number;
  valueUsd: number;
  usdPerCarat: number | null;
  certificates: number;
}

export interface Figures {
  production: { carats: number; valueUsd: number; usdPerCarat: number | null };
  exports: Flow;
  imports: Flow;
}

export interface ParticipantFigures extends Figures {
  participant: string;
  name: string;
}

export interface Summary {
  year: number;
  status: 'draft' | 'released';
  release: { version: number; releasedAt: string; releasedBy: string; note: string | null } | null;
  changedSinceRelease?: boolean;
  participants: ParticipantFigures[];
  world: Figures;
}

export interface Release {
  year: number;
  version: number;
  releasedAt: string;
}

export interface ImportResult {
  kind: Kind;
  dryRun: boolean;
  rows: number;
  submissions: { reporter: string; period: string; version: number; rows: number }[];
}

export interface Submission {
  reporter: string;
  kind: Kind;
  period: string;
  version: number;
  current: boolean;
  submittedAt: string;
  submittedBy: string;
  source: string;
  rows: number;
}

export interface Amounts {
  carats: number;
  valueUsd: number;
}

export type MirrorStatus = 'agreed' | 'discrepancy' | 'timing' | 'unreported';

export interface MirrorLine {
  exporter: string;
  importer: string;
  period: string;
  exports: Amounts;
  imports: Amounts;
  index: Amounts;
  status: MirrorStatus;
  offsetBy?: string;
  missing?: string[];
  discrepancy?: { id: string; status: string };
}

export interface Reconciliation {
  year: number;
  tolerance: number;
  counts: Record<MirrorStatus, number>;
  lines: MirrorLine[];
}

export type ComplianceStatus = 'on_time' | 'late' | 'missing' | 'pending';

export interface Compliance {
  kind: Kind;
  year: number;
  dueMonths: number;
  asOf: string;
  /** days after expiry a certificate may stay unconfirmed before it counts */
  graceDays: number;
  periods: { period: string; dueDate: string }[];
  /** unconfirmed: certificates addressed to the Participant in the period, unconfirmed past expiry and grace */
  participants: { participant: string; name: string; cells: { period: string; dueDate: string; status: ComplianceStatus; submittedOn: string | null; unconfirmed: number }[] }[];
}

export type DiscrepancyStatus = 'open' | 'explained' | 'resolved';

export interface Discrepancy {
  id: string;
  exporter: string;
  importer: string;
  period: string;
  status: DiscrepancyStatus;
  exports: Amounts;
  imports: Amounts;
  openedAt: string;
  openedBy: string;
  outcome: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  notes?: { seq: number; at: string; author: string; actingFor: string | null; kind: string; text: string }[];
}

export interface Habitual {
  kind: Kind;
  rule: { missing: number; of: number };
  periods: string[];
  participants: { participant: string; name: string; missed: string[] }[];
}
