// The detectors, in one list. A new detector is a module beside this one (its rule, thresholds,
// explanation and names in five languages: detector.ts) and a line here; the finding types of the API,
// the configuration's shape, the analysis, the explanations, the alerts' and reports' names follow.
import { written, type Msg } from '../../core/i18n.js';
import type { Finding, MonitoringInput, Severity } from '../model.js';
import { balanceDetector } from './balance.js';
import { capacityDetector } from './capacity.js';
import { certificatePatternDetector } from './certificate-pattern.js';
import type { ConfigOf, Detector, ExplainLanguage } from './detector.js';
import { discrepancyPersistenceDetector } from './discrepancy-persistence.js';
import { neighbourSurgeDetector } from './neighbour-surge.js';
import { unitValueDetector } from './unit-value.js';

export const DETECTORS = [balanceDetector, unitValueDetector, neighbourSurgeDetector, capacityDetector, certificatePatternDetector, discrepancyPersistenceDetector] as const;

type Registered = (typeof DETECTORS)[number];
export type FindingType = Registered['type'];
export const FINDING_TYPES = DETECTORS.map((d) => d.type) as FindingType[];

/** Every detector's thresholds, by its key; documented in docs/monitoring.md, each can be changed per installation. */
export type DetectorConfig = { [D in Registered as D['key']]: D['defaults'] };
export const DEFAULT_CONFIG = Object.fromEntries(DETECTORS.map((d) => [d.key, d.defaults])) as DetectorConfig;

export const isFindingType = (x: string): x is FindingType => (FINDING_TYPES as string[]).includes(x);

/** The detector that writes a type of finding; undefined for a type no detector writes any more. */
export function detectorOf(type: string): Detector<string, string, unknown> | undefined {
  return DETECTORS.find((d) => d.type === type) as Detector<string, string, unknown> | undefined;
}

/** The name of a kind of finding in a language; the type itself when no detector writes it any more. */
export function findingTypeName(type: string, lang: ExplainLanguage): string {
  return detectorOf(type)?.texts[lang].name ?? type;
}

/** The kind of finding as a message each reader reads in their language (alerts). */
export function findingTypeMessage(type: string): Msg {
  const d = detectorOf(type);
  const name = (lang: ExplainLanguage) => d?.texts[lang].name ?? type;
  return written({ en: name('en'), fr: name('fr'), pt: name('pt'), es: name('es'), ru: name('ru') });
}

/** Every detector on a year's statistics, the most serious findings first. */
export function analyze(input: MonitoringInput, config: DetectorConfig = DEFAULT_CONFIG): Finding[] {
  const configs = config as unknown as Record<string, unknown>;
  const configOf: ConfigOf = (d) => configs[d.key] as never;
  const order: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
  return (DETECTORS as readonly Detector<string, string, unknown>[]).flatMap((d) => d.run(input, configs[d.key], configOf)).sort((a, b) => order[a.severity] - order[b.severity] || a.type.localeCompare(b.type) || a.participant.localeCompare(b.participant));
}

export { balance } from './balance.js';
export { unitValue } from './unit-value.js';
export { neighbourSurge } from './neighbour-surge.js';
export { capacity, capacityInForce } from './capacity.js';
export { certificatePatterns } from './certificate-pattern.js';
export { discrepancyPersistence } from './discrepancy-persistence.js';
export { yearTotals } from '../totals.js';
