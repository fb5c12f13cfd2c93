// Monitoring findings: what a detector saw, about whom, when, how serious, and the evidence that
// explains it in plain words. Detectors are pure functions over a year's statistics (detectors/).

import { isIsoDay } from '../core/time.js';

export type Severity = 'low' | 'medium' | 'high';

export interface Finding {
  /** the detector's type (detectors/index.ts lists them) */
  type: string;
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
    /**
     * How far beyond its threshold the finding is: 1 at the threshold, 2 twice as far from the normal
     * as the threshold allows. Findings of one type compare by it (the bench's curves are drawn on it).
     */
    score: number;
    /** the reason in words any reader's language can render (explain.ts): a variant of the type and its numbers */
    reason: { variant: string; params: Record<string, number | string> };
  };
}

/** Rows as in the interchange formats (trade.csv, production.csv), as statistics keeps them. */
export type { TradeFigureRow as TradeFigure, ProductionFigureRow as ProductionFigure } from '../statistics/figures.js';
import type { TradeFigureRow, ProductionFigureRow } from '../statistics/figures.js';
import { detail, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './messages.js';

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
  /** production-capacity assessments (all years; the detector takes the latest in force) */
  capacity?: CapacityAssessment[];
  /** the certificates issued in the year, as monitoring reads them */
  certificates?: CertificateFact[];
  /** may this code trade under the scheme on that day? (the registry's status history) */
  isParticipant?: (code: string, day: string) => boolean;
  /** the mirror discrepancies of the year's quarters, with their workflow state */
  discrepancies?: DiscrepancyFact[];
  /** the day the analysis is made (ages of discrepancies are counted to it); default today */
  asOf?: string;
}

/** A production-capacity assessment of a Participant (area null) or of one of its producing areas. */
export interface CapacityAssessment {
  id: string;
  participant: string;
  area: string | null;
  minCarats: number;
  maxCarats: number;
  minUsd: number | null;
  maxUsd: number | null;
  source: string;
  assessedOn: string;
  note: string | null;
}

/** One certificate as the certificate-pattern detector needs it. */
export interface CertificateFact {
  number: string;
  /** the issuing Participant */
  participant: string;
  countryOfExport: string;
  importerParticipant: string;
  issuedOn: string;
  origin: string;
  carats: number;
  cancelled: boolean;
  confirmedOn: string | null;
}

/** A mirror discrepancy opened by the working group on statistics. */
export interface DiscrepancyFact {
  exporter: string;
  importer: string;
  period: string;
  status: 'open' | 'explained' | 'resolved';
  openedAt: string;
}

/** What a working group records of a capacity assessment. */
export interface CapacityInput {
  participant: string;
  area?: string | null;
  minCarats: number;
  maxCarats: number;
  minUsd?: number | null;
  maxUsd?: number | null;
  source: string;
  assessedOn: string;
  note?: string | null;
}

const isAmount = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && Math.round(x * 100) === Number((x * 100).toFixed(6));

/** Every problem of a capacity assessment, each naming its field. */
export function checkCapacity(c: CapacityInput, today: string): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  if (!/^[A-Z]{2}$/.test(c.participant ?? '')) errors.push(detail('participant', m('capacity.participant', { standard: 'ISO 3166-1 alpha-2', example: 'GH' })));
  for (const f of ['minCarats', 'maxCarats'] as const) if (!isAmount(c[f])) errors.push(detail(f, m('capacity.carats')));
  for (const f of ['minUsd', 'maxUsd'] as const) if (c[f] !== undefined && c[f] !== null && !isAmount(c[f])) errors.push(detail(f, m('capacity.usd', { currency: 'US$' })));
  if (isAmount(c.minCarats) && isAmount(c.maxCarats) && c.maxCarats < c.minCarats) errors.push(detail('maxCarats', m('capacity.belowMinimum')));
  if ((c.minUsd ?? null) !== null && (c.maxUsd ?? null) !== null && c.maxUsd! < c.minUsd!) errors.push(detail('maxUsd', m('capacity.belowMinimum')));
  if (isAmount(c.maxCarats) && c.maxCarats <= 0) errors.push(detail('maxCarats', m('capacity.zero')));
  if (!c.source?.trim()) errors.push(detail('source', m('capacity.source')));
  if (!isIsoDay(c.assessedOn ?? '')) errors.push(detail('assessedOn', field('notADay')));
  else if (c.assessedOn > today) errors.push(detail('assessedOn', field('inTheFuture')));
  if (c.area !== undefined && c.area !== null && !c.area.trim()) errors.push(detail('area', m('capacity.areaEmpty')));
  return errors;
}
