// The detectors: each takes a year's statistics and returns findings with their evidence, a score
// (how far beyond the threshold) and a reason every reader's language can render (explain.ts).
// Thresholds were chosen from the curves of the detection bench (bench/detection.ts, docs/monitoring.md).
import { capacity, certificatePatterns, discrepancyPersistence } from './origin-detectors.js';
import { DEFAULT_CONFIG, type DetectorConfig, type Finding, type MonitoringInput, type Severity } from './model.js';
import { yearTotals } from './totals.js';

export { yearTotals } from './totals.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const pct = (x: number) => `${Math.round(x * 100)} %`;

function severityOf(ratio: number, medium: number, high: number): Severity {
  return ratio >= high ? 'high' : ratio >= medium ? 'medium' : 'low';
}

/**
 * Exports that production, imports and the noise of stock and timing cannot explain (the 2004 Republic
 * of Congo case). The allowance is noise-aware: a tolerance that grows with the artisanal share of
 * production (alluvial output is counted loosely), plus a share of last year's fall in production
 * (goods mined late in the year before are exported in this one).
 */
export function balance(input: MonitoringInput, config: DetectorConfig['balance'] = DEFAULT_CONFIG.balance): Finding[] {
  const now = yearTotals(input, input.year);
  const before = yearTotals(input, input.year - 1);
  const findings: Finding[] = [];
  for (const [p, x] of now.exports) {
    const t = now.of(p);
    const q = t.production.carats;
    const m = t.imports.carats;
    const q0 = before.production.get(p)?.carats ?? q;
    const carried = config.lagShare * Math.max(0, q0 - q);
    const tolerance = config.tolerance + config.artisanalTolerance * t.artisanalShare;
    const explained = q + m + carried;
    const excess = x.carats - explained;
    if (excess <= explained * tolerance || excess < config.minCarats) continue;
    const ratio = q + m > 0 ? x.carats / (q + m) : Infinity;
    const score = explained > 0 ? excess / (explained * tolerance) : Infinity;
    findings.push({
      type: 'balance',
      participant: p,
      period: String(input.year),
      severity: severityOf(ratio, 1.25, 2),
      summary: `${p} exported ${fmt(x.carats)} ct in ${input.year} but produced ${fmt(q)} ct and imported ${fmt(m)} ct: ${fmt(excess)} ct (${explained > 0 ? pct(excess / explained) : 'all'}) more than it can explain, beyond the ${pct(tolerance)} that stock changes and timing allow.`,
      evidence: {
        rule: `exports ≤ (production + imports + ${config.lagShare} × last year's fall in production) × (1 + ${pct(config.tolerance)} + ${pct(config.artisanalTolerance)} × artisanal share); imports per partner are the larger of the importer's and the exporter's report`,
        figures: {
          exportsCarats: round(x.carats),
          productionCarats: round(q),
          importsCarats: round(m),
          carriedOverCarats: round(carried),
          excessCarats: round(excess),
          tolerance: round(tolerance),
          artisanalShare: round(t.artisanalShare),
          ratio: Number.isFinite(ratio) ? round(ratio) : null,
        },
        score: cap(score),
        reason: { variant: 'excess', params: { participant: p, year: input.year, exports: round(x.carats), production: round(q), imports: round(m), excess: round(excess), share: explained > 0 ? round(excess / explained) : 1, tolerance: round(tolerance) } },
      },
    });
  }
  return findings;
}

/**
 * Exports' US$/ct out of line with what the Participant had to export: its production at the mine
 * gate and its imports (for a hub, the re-exports against the imports). Flagged outside the band
 * [low, high], or when the ratio moved by more than `shift` on the year before.
 */
export function unitValue(input: MonitoringInput, config: DetectorConfig['unitValue'] = DEFAULT_CONFIG.unitValue): Finding[] {
  const now = yearTotals(input, input.year);
  const before = yearTotals(input, input.year - 1);
  const ratioOf = (t: ReturnType<typeof now.of>) => (t.available.carats > 0 && t.available.usd > 0 && t.exports.carats > 0 ? t.exports.usd / t.exports.carats / (t.available.usd / t.available.carats) : undefined);
  const findings: Finding[] = [];
  for (const [p, x] of now.exports) {
    const t = now.of(p);
    if (x.usd < config.minValueUsd) continue;
    const ratio = ratioOf(t);
    if (ratio === undefined) continue;
    const ratio0 = ratioOf(before.of(p));
    const change = ratio0 ? ratio / ratio0 : 1;
    // how far outside each limit, in units of the limit's distance from the normal (1 = at the limit)
    const scores = {
      high: Math.log(ratio) / Math.log(config.high),
      low: Math.log(ratio) / Math.log(config.low),
      up: ratio > 1 ? Math.log(change) / Math.log(config.shift) : 0,
      down: ratio < 1 ? -Math.log(change) / Math.log(config.shift) : 0,
    };
    const [variant, score] = Object.entries(scores).sort(([, a], [, b]) => b - a)[0]!;
    if (score < 1) continue;
    const cheap = variant === 'low' || variant === 'down';
    const hub = t.imports.carats > t.production.carats;
    const exportUnit = x.usd / x.carats;
    const basisUnit = t.available.usd / t.available.carats;
    findings.push({
      type: 'unit_value',
      participant: p,
      period: String(input.year),
      severity: cheap ? severityOf(1 / ratio, 1 / config.low, 2 / config.low) : severityOf(ratio, Math.max(config.high, 2), 2 * Math.max(config.high, 2)),
      summary:
        `${p}'s exports were declared at US$${exportUnit.toFixed(2)}/ct in ${input.year}, ${ratio.toFixed(2)} times the US$${basisUnit.toFixed(2)}/ct of its ${hub ? 'imports' : 'own production'}` +
        (variant === 'up' || variant === 'down' ? ` (${ratio0!.toFixed(2)} times the year before)` : '') +
        (cheap ? ': value may be hidden.' : ': the goods may come from elsewhere.'),
      evidence: {
        rule: `${config.low} ≤ exports' US$/ct ÷ US$/ct of production and imports ≤ ${config.high}, and that ratio within ×${config.shift} of the year before's`,
        figures: { exportsUsdPerCarat: round(exportUnit), basisUsdPerCarat: round(basisUnit), basis: hub ? 'imports' : 'production', ratio: round(ratio), ratioYearBefore: ratio0 === undefined ? null : round(ratio0), exportsUsd: round(x.usd), exportsCarats: round(x.carats) },
        score: cap(score),
        reason: { variant: `${variant}.${hub ? 'imports' : 'production'}`, params: { participant: p, year: input.year, exportUnit: round(exportUnit), basisUnit: round(basisUnit), ratio: round(ratio), ratioBefore: ratio0 === undefined ? 0 : round(ratio0) } },
      },
    });
  }
  return findings;
}

/**
 * Exports rising beyond what the Participant's own production and imports explain while a neighbour
 * is under a UN measure (the Ghana case of 2006), or while a neighbour's production or exports fall
 * short by a comparable amount (its goods may leave through the Participant: laundering, two-hop routes).
 */
export function neighbourSurge(input: MonitoringInput, config: DetectorConfig['neighbourSurge'] = DEFAULT_CONFIG.neighbourSurge, lagShare = DEFAULT_CONFIG.balance.lagShare): Finding[] {
  const now = yearTotals(input, input.year);
  const before = yearTotals(input, input.year - 1);
  const embargoed = new Set(input.measures.filter((m) => m.validFrom <= `${input.year}-12-31` && (m.validTo === null || m.validTo > `${input.year}-01-01`)).map((m) => m.target));
  const neighboursOf = (p: string) => [...new Set([...(input.neighbours[p] ?? []), ...Object.entries(input.neighbours).filter(([, list]) => list.includes(p)).map(([n]) => n)])].sort();
  /** carats by which a Participant's year fell short of the year before: production, or exports beyond what its available goods explain */
  const shortfall = (n: string) => {
    const t1 = now.of(n);
    const t0 = before.of(n);
    const production = Math.max(0, t0.production.carats - t1.production.carats);
    const expected = t0.available.carats > 0 ? (t0.exports.carats / t0.available.carats) * (t1.available.carats + lagShare * Math.max(0, t0.available.carats - t1.available.carats)) : 0;
    return { production, exports: Math.max(0, expected - t1.exports.carats) };
  };
  const findings: Finding[] = [];
  const candidates = [...new Set([...now.exports.keys()])].sort();
  for (const p of candidates) {
    const x1 = now.exports.get(p)?.carats ?? 0;
    const t0 = before.of(p);
    const x0 = t0.exports.carats;
    if (x0 <= 0) continue;
    const t1 = now.of(p);
    const a1 = t1.available.carats;
    const a0 = t0.available.carats;
    // exports follow what was available, late by part of a year (as in the balance detector)
    const expected = a0 > 0 && a1 > 0 ? (x0 / a0) * (a1 + lagShare * Math.max(0, a0 - a1)) : x0;
    const surge = x1 - expected;
    const growth = surge / expected;
    const threshold = config.growth + config.artisanalGrowth * t1.artisanalShare;
    if (growth < threshold || surge < config.minCarats) continue;
    type Source = { neighbour: string; why: 'measure' | 'production' | 'exports'; carats: number };
    const sources = neighboursOf(p).flatMap((n): Source[] => {
      if (embargoed.has(n)) return [{ neighbour: n, why: 'measure', carats: 0 }];
      const s = shortfall(n);
      const why = s.production >= s.exports ? 'production' : 'exports';
      const carats = Math.max(s.production, s.exports);
      const size = before.of(n).available.carats;
      return carats >= config.cover * surge && carats >= config.neighbourShare * size ? [{ neighbour: n, why, carats }] : [];
    });
    if (!sources.length) continue;
    const main = sources.find((s) => s.why === 'measure') ?? sources.sort((a, b) => b.carats - a.carats)[0]!;
    const score = growth / threshold;
    const because =
      main.why === 'measure'
        ? `its neighbour ${main.neighbour} was under a UN measure`
        : `its neighbour ${main.neighbour}'s ${main.why} fell ${fmt(main.carats)} ct short of the year before`;
    findings.push({
      type: 'neighbour_surge',
      participant: p,
      period: String(input.year),
      severity: severityOf(growth, 2 * config.growth, 4 * config.growth),
      summary: `${p}'s exports rose ${pct(growth)} beyond what its production and imports explain in ${input.year} (${fmt(x0)} → ${fmt(x1)} ct, ${fmt(expected)} ct expected) while ${because}.`,
      evidence: {
        rule: `exports up at least ${pct(config.growth)} + ${pct(config.artisanalGrowth)} × artisanal share beyond the change in production + imports on the year before, while a neighbour is under a UN measure or falls short (production or exports) by at least ${pct(config.cover)} of the rise and ${pct(config.neighbourShare)} of its own year`,
        figures: {
          neighbour: main.neighbour,
          neighbourShortfall: main.why,
          neighbourShortfallCarats: round(main.carats),
          exportsCaratsBefore: round(x0),
          exportsCarats: round(x1),
          expectedExportsCarats: round(expected),
          growth: round(growth),
          threshold: round(threshold),
          productionCarats: round(now.production.get(p)?.carats ?? 0),
          measureInForceOn: main.why === 'measure' ? `${input.year}-07-01` : null,
        },
        score: cap(score),
        reason: {
          variant: main.why,
          params: { participant: p, year: input.year, growth: round(growth), before: round(x0), exports: round(x1), expected: round(expected), neighbour: main.neighbour, shortfall: round(main.carats) },
        },
      },
    });
  }
  return findings;
}

export function analyze(input: MonitoringInput, config: DetectorConfig = DEFAULT_CONFIG): Finding[] {
  const order: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
  return [
    ...balance(input, config.balance),
    ...unitValue(input, config.unitValue),
    ...neighbourSurge(input, config.neighbourSurge, config.balance.lagShare),
    ...capacity(input, config.capacity),
    ...certificatePatterns(input, config.certificatePattern),
    ...discrepancyPersistence(input, config.discrepancyPersistence),
  ].sort(
    (a, b) => order[a.severity] - order[b.severity] || a.type.localeCompare(b.type) || a.participant.localeCompare(b.participant),
  );
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A score for JSON: an infinite one (nothing to explain the exports at all) is written 99. */
function cap(x: number): number {
  return Number.isFinite(x) ? Math.min(99, round(x)) : 99;
}
