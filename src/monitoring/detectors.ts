// The detectors: each takes a year's statistics and returns findings with their evidence.
import { capacity, certificatePatterns, discrepancyPersistence } from './origin-detectors.js';
import { DEFAULT_CONFIG, type DetectorConfig, type Finding, type MonitoringInput, type Severity, type TradeFigure } from './model.js';

interface Totals {
  carats: number;
  usd: number;
}

const zero = (): Totals => ({ carats: 0, usd: 0 });
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Sums by Participant for one year: production, exports, and imports taken from both sides' reports. */
export function yearTotals(input: MonitoringInput, year: number) {
  const inYear = (period: string) => period.startsWith(String(year));
  const production = new Map<string, Totals>();
  for (const r of input.production) {
    if (!inYear(r.period)) continue;
    const t = production.get(r.reporter) ?? zero();
    t.carats += r.carats;
    t.usd += r.value_usd;
    production.set(r.reporter, t);
  }
  const exports = new Map<string, Totals>();
  const reportedImports = new Map<string, Totals>(); // importer|exporter → what the importer says
  const mirrorImports = new Map<string, Totals>(); // importer|exporter → what the exporter says
  const add = (m: Map<string, Totals>, k: string, r: TradeFigure) => {
    const t = m.get(k) ?? zero();
    t.carats += r.carats;
    t.usd += r.value_usd;
    m.set(k, t);
  };
  for (const r of input.trade) {
    if (!inYear(r.period)) continue;
    if (r.flow === 'export') {
      add(exports, r.reporter, r);
      add(mirrorImports, `${r.partner}|${r.reporter}`, r);
    } else add(reportedImports, `${r.reporter}|${r.partner}`, r);
  }
  // Imports: per partner the larger of the two reports, so an importer's omission cannot make its
  // exports look unexplained (the mirror discrepancy is a finding of its own).
  const imports = new Map<string, Totals>();
  for (const k of new Set([...reportedImports.keys(), ...mirrorImports.keys()])) {
    const importer = k.split('|')[0]!;
    const a = reportedImports.get(k) ?? zero();
    const b = mirrorImports.get(k) ?? zero();
    const t = imports.get(importer) ?? zero();
    t.carats += Math.max(a.carats, b.carats);
    t.usd += Math.max(a.usd, b.usd);
    imports.set(importer, t);
  }
  return { production, exports, imports };
}

function severityOf(ratio: number, medium: number, high: number): Severity {
  return ratio >= high ? 'high' : ratio >= medium ? 'medium' : 'low';
}

/** Exports that production, imports and a tolerance for stock changes cannot explain (the 2004 Republic of Congo case). */
export function balance(input: MonitoringInput, config: DetectorConfig['balance'] = DEFAULT_CONFIG.balance): Finding[] {
  const { production, exports, imports } = yearTotals(input, input.year);
  const findings: Finding[] = [];
  for (const [p, x] of exports) {
    const q = production.get(p)?.carats ?? 0;
    const m = imports.get(p)?.carats ?? 0;
    const explained = (q + m) * (1 + config.tolerance);
    const excess = x.carats - (q + m);
    if (x.carats <= explained || excess < config.minCarats) continue;
    const ratio = q + m > 0 ? x.carats / (q + m) : Infinity;
    findings.push({
      type: 'balance',
      participant: p,
      period: String(input.year),
      severity: severityOf(ratio, 1.25, 2),
      summary: `${p} exported ${fmt(x.carats)} ct in ${input.year} but produced ${fmt(q)} ct and imported ${fmt(m)} ct: ${fmt(excess)} ct (${q + m > 0 ? pct(excess / (q + m)) : 'all'}) more than it can explain.`,
      evidence: {
        rule: `exports ≤ (production + imports) × (1 + ${pct(config.tolerance)}); imports per partner are the larger of the importer's and the exporter's report`,
        figures: { exportsCarats: round(x.carats), productionCarats: round(q), importsCarats: round(m), excessCarats: round(excess), ratio: Number.isFinite(ratio) ? round(ratio) : null },
      },
    });
  }
  return findings;
}

/** Exports' US$/ct out of line with the Participant's own production, either way. */
export function unitValue(input: MonitoringInput, config: DetectorConfig['unitValue'] = DEFAULT_CONFIG.unitValue): Finding[] {
  const { production, exports } = yearTotals(input, input.year);
  const findings: Finding[] = [];
  for (const [p, x] of exports) {
    const q = production.get(p);
    if (!q || q.carats <= 0 || x.carats <= 0 || x.usd < config.minValueUsd) continue;
    const exportUnit = x.usd / x.carats;
    const productionUnit = q.usd / q.carats;
    const ratio = exportUnit / productionUnit;
    if (ratio >= config.low && ratio <= config.high) continue;
    const cheap = ratio < config.low;
    findings.push({
      type: 'unit_value',
      participant: p,
      period: String(input.year),
      severity: cheap ? severityOf(1 / ratio, 1 / config.low, 2 / config.low) : severityOf(ratio, config.high, 2 * config.high),
      summary: cheap
        ? `${p}'s exports were declared at US$${exportUnit.toFixed(2)}/ct in ${input.year}, ${pct(ratio)} of its own production's US$${productionUnit.toFixed(2)}/ct: value may be hidden.`
        : `${p}'s exports were declared at US$${exportUnit.toFixed(2)}/ct in ${input.year}, ${ratio.toFixed(1)} times its own production's US$${productionUnit.toFixed(2)}/ct: the goods may come from elsewhere.`,
      evidence: {
        rule: `${config.low} ≤ exports' US$/ct ÷ production's US$/ct ≤ ${config.high}`,
        figures: { exportsUsdPerCarat: round(exportUnit), productionUsdPerCarat: round(productionUnit), ratio: round(ratio), exportsUsd: round(x.usd), exportsCarats: round(x.carats) },
      },
    });
  }
  return findings;
}

/** A rise in exports while a neighbour is under a UN measure (the Ghana case of 2006). */
export function neighbourSurge(input: MonitoringInput, config: DetectorConfig['neighbourSurge'] = DEFAULT_CONFIG.neighbourSurge): Finding[] {
  const now = yearTotals(input, input.year);
  const before = yearTotals(input, input.year - 1);
  const midYear = `${input.year}-07-01`;
  const embargoed = input.measures.filter((m) => m.validFrom <= `${input.year}-12-31` && (m.validTo === null || m.validTo > `${input.year}-01-01`)).map((m) => m.target);
  const findings: Finding[] = [];
  for (const target of new Set(embargoed)) {
    for (const p of input.neighbours[target] ?? []) {
      const x1 = now.exports.get(p)?.carats ?? 0;
      const x0 = before.exports.get(p)?.carats ?? 0;
      if (x0 <= 0 || x1 - x0 < config.minCarats) continue;
      const growth = x1 / x0 - 1;
      if (growth < config.growth) continue;
      findings.push({
        type: 'neighbour_surge',
        participant: p,
        period: String(input.year),
        severity: severityOf(growth, 2 * config.growth, 4 * config.growth),
        summary: `${p}'s exports rose ${pct(growth)} in ${input.year} (${fmt(x0)} → ${fmt(x1)} ct) while its neighbour ${target} was under a UN measure.`,
        evidence: {
          rule: `exports up at least ${pct(config.growth)} on the year before while a neighbour is under a UN measure`,
          figures: { neighbour: target, exportsCaratsBefore: round(x0), exportsCarats: round(x1), growth: round(growth), productionCarats: round(now.production.get(p)?.carats ?? 0), measureInForceOn: midYear },
        },
      });
    }
  }
  return findings;
}

export function analyze(input: MonitoringInput, config: DetectorConfig = DEFAULT_CONFIG): Finding[] {
  const order: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
  return [
    ...balance(input, config.balance),
    ...unitValue(input, config.unitValue),
    ...neighbourSurge(input, config.neighbourSurge),
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
