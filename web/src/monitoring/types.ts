// Monitoring findings as the API returns them (src/monitoring/routes.ts).

export const FINDING_TYPES = ['balance', 'unit_value', 'neighbour_surge', 'capacity', 'certificate_pattern', 'discrepancy_persistence'] as const;
export type FindingType = (typeof FINDING_TYPES)[number];
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const FINDING_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface Finding {
  id: string;
  type: FindingType;
  participant: string;
  period: string;
  severity: Severity;
  summary: string;
  evidence: {
    rule: string;
    figures: Record<string, unknown>;
    certificates?: string[];
    /** how far beyond its threshold: 1 at the threshold (findings stored before issue 22 have none) */
    score?: number;
    reason?: { variant: string; params: Record<string, number | string> };
  };
  status: FindingStatus;
  assignee: string | null;
  outcome: string | null;
  firstSeen: string;
  lastSeen: string;
  /** the evidence in the reader's language (the list and one finding; not the answer to a change or a run) */
  explained?: ExplainedEvidence;
}

/** The evidence in the language asked for (GET /api/findings/{id}?lang=, src/monitoring/explain.ts). */
export interface ExplainedEvidence {
  lang: string;
  reason: string | null;
  rule: string;
  score: number | null;
  figures: { key: string; label: string; value: string }[];
}

export interface FindingDetail extends Finding {
  comments: { id: string; at: string; author: string; text: string }[];
}

export interface FindingChange {
  status?: FindingStatus;
  assignee?: string | null;
  outcome?: string | null;
  comment?: string;
}
