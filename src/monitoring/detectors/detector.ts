// What a detector is: one module that holds its rule (a pure function over a year's statistics), its
// thresholds and their defaults, and the words a person reads of its findings in the five languages —
// the kind of finding's name, the rule, the reason of each variant, the labels of the figures it gives.
// The list of detectors is index.ts; explain.ts renders a finding with the texts of its detector.
import { LANGUAGES, type Language } from '../../core/i18n.js';
import type { Finding, MonitoringInput, Severity } from '../model.js';

/** The five languages of the scheme, in each of which a detector writes its words. */
export const EXPLAIN_LANGUAGES = LANGUAGES;
export type ExplainLanguage = Language;

export type Params = Record<string, number | string>;
/** Numbers written the way the reader's language writes them. */
export interface Formatters {
  n(x: unknown): string;
  pct(x: unknown): string;
  x(x: unknown): string;
  usd(x: unknown): string;
}
export type Template = (p: Params, f: Formatters) => string;

/** A detector's words in one language. */
export interface DetectorTexts {
  /** the kind of finding, as a list, a title, an alert or a report names it */
  name: string;
  /** the rule in plain words */
  rule: string;
  /** the reason of each variant (evidence.reason.variant up to its first dot); `default` for the others */
  reasons: Record<string, Template>;
  /** the labels of the figures this detector gives (explain.ts holds those several share) */
  labels: Record<string, string>;
}

/** A detector's thresholds as another detector reads them (neighbour_surge reads balance's lagShare). */
export type ConfigOf = <C>(detector: Detector<string, string, C>) => C;

export interface Detector<T extends string, K extends string, C> {
  /** the finding type it writes (stored, in the API, in URLs) */
  type: T;
  /** its thresholds' key in the installation's configuration */
  key: K;
  defaults: C;
  /** a finding gathers several patterns: the reason's variants joined by '+', its parameters prefixed by variant */
  parts?: true;
  run(input: MonitoringInput, config: C, configOf: ConfigOf): Finding[];
  texts: Record<ExplainLanguage, DetectorTexts>;
}

/** A detector, its type and key kept as literals (the registry derives the API's list of types from them). */
export function defineDetector<const T extends string, const K extends string, C>(d: Detector<T, K, C>): Detector<T, K, C> {
  return d;
}

// ---- shared by the rules ----

/** A number in a summary (English: the summary is the finding's stored sentence; explain.ts renders the others). */
export const fmt = (n: number) => Math.round(n).toLocaleString('en');
export const pct = (x: number) => `${Math.round(x * 100)} %`;
export const round = (x: number) => Math.round(x * 100) / 100;

/** A score for JSON: an infinite one (nothing to explain the exports at all) is written 99. */
export function cap(x: number): number {
  return Number.isFinite(x) ? Math.min(99, round(x)) : 99;
}

export function severityOf(ratio: number, medium: number, high: number): Severity {
  return ratio >= high ? 'high' : ratio >= medium ? 'medium' : 'low';
}

/** Severity by how many times the limit: medium from 1.3×, high from 2× (capacity, own-origin certificates). */
export const ratioSeverity = (ratio: number): Severity => (ratio >= 2 ? 'high' : ratio >= 1.3 ? 'medium' : 'low');

/** Targets of a UN measure in force at some time during the year. */
export function embargoedIn(input: MonitoringInput): string[] {
  return [...new Set(input.measures.filter((m) => m.validFrom <= `${input.year}-12-31` && (m.validTo === null || m.validTo > `${input.year}-01-01`)).map((m) => m.target))];
}
