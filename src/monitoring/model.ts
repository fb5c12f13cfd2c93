// Monitoring findings: what a detector saw, about whom, when, how serious, and the evidence that
// explains it in plain words. Detectors are pure functions over a year's statistics (detectors.ts).

export type Severity = 'low' | 'medium' | 'high';

export const FINDING_TYPES = ['balance', 'unit_value', 'neighbour_surge', 'capacity', 'certificate_pattern', 'discrepancy_persistence'] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export interface Finding {
  type: FindingType;
  participant: string;
  /** a year (2006), a quarter (2006-Q3) or a half (2006-H1) */
  period: string;
  severity: Severity;
  /** one sentence a monitoring-group member can read aloud */
  summary: string;
  evidence: {
    /** the rule, with the configured thresholds */
    rule: string;
    /** the numbers the rule was applied to */
    figures: Record<string, number | string | null>;
    /** certificates that illustrate the finding, when the detector has them */
    certificates?: string[];
  };
}

/** Rows as in the interchange formats of SPEC.md (trade.csv, production.csv), as statistics keeps them. */
export type { TradeFigureRow as TradeFigure, ProductionFigureRow as ProductionFigure } from '../statistics/figures.js';
import type { TradeFigureRow, ProductionFigureRow } from '../statistics/figures.js';

export interface MeasureInForce {
  target: string;
  validFrom: string;
  validTo: string | null;
}

export interface MonitoringInput {
  year: number;
  /** trade rows of the year and of the year before (for trends) */
  trade: TradeFigureRow[];
  /** production rows of the year and of the year before */
  production: ProductionFigureRow[];
  measures: MeasureInForce[];
  neighbours: Record<string, string[]>;
}

export interface DetectorConfig {
  balance: { tolerance: number; minCarats: number };
  unitValue: { low: number; high: number; minValueUsd: number };
  neighbourSurge: { growth: number; minCarats: number };
}

/** Defaults, documented in docs/monitoring.md; each can be changed per installation. */
export const DEFAULT_CONFIG: DetectorConfig = {
  // exports may exceed production + imports by 10 % (stock changes, timing) before it is a finding
  balance: { tolerance: 0.1, minCarats: 1000 },
  // exports' US$/ct below half or above twice the Participant's own production's
  unitValue: { low: 0.5, high: 2, minValueUsd: 100_000 },
  // exports up 20 % on the year before while a neighbour is under a UN measure
  neighbourSurge: { growth: 0.2, minCarats: 1000 },
};
