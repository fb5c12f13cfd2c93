// capacity: can the Participant's mines have produced what it reports and exports? (the Moscow
// resolution of 2005 asks for production-capacity assessments)
import { yearTotals } from '../totals.js';
import type { CapacityAssessment, Finding, MonitoringInput } from '../model.js';
import { defineDetector, fmt, pct, ratioSeverity, round } from './detector.js';

export interface CapacityConfig {
  tolerance: number;
  minCarats: number;
}

// production, or exports net of imports, above the latest assessment's maximum by more than 10 %
const DEFAULTS: CapacityConfig = { tolerance: 0.1, minCarats: 1000 };

/**
 * The capacity that applies to a Participant in a year: its latest whole-Participant assessment made
 * by the end of the year; without one, the sum of the latest assessment of each of its producing areas.
 */
export function capacityInForce(assessments: readonly CapacityAssessment[], participant: string, year: number): { maxCarats: number; maxUsd: number | null; basis: CapacityAssessment[] } | undefined {
  const mine = assessments.filter((a) => a.participant === participant && a.assessedOn <= `${year}-12-31`);
  const latest = new Map<string, CapacityAssessment>();
  for (const a of mine) {
    const k = a.area ?? '';
    const known = latest.get(k);
    if (!known || a.assessedOn > known.assessedOn || (a.assessedOn === known.assessedOn && a.id > known.id)) latest.set(k, a);
  }
  const whole = latest.get('');
  if (whole) return { maxCarats: whole.maxCarats, maxUsd: whole.maxUsd, basis: [whole] };
  const areas = [...latest.values()];
  if (!areas.length) return undefined;
  const maxUsd = areas.every((a) => a.maxUsd !== null) ? areas.reduce((s, a) => s + a.maxUsd!, 0) : null;
  return { maxCarats: areas.reduce((s, a) => s + a.maxCarats, 0), maxUsd, basis: areas.sort((a, b) => (a.area ?? '').localeCompare(b.area ?? '')) };
}

/** Production, or exports net of imports, above the assessed production capacity. */
export function capacity(input: MonitoringInput, config: CapacityConfig = DEFAULTS): Finding[] {
  const assessments = input.capacity ?? [];
  if (!assessments.length) return [];
  const { production, exports, imports } = yearTotals(input, input.year);
  const findings: Finding[] = [];
  for (const p of [...new Set(assessments.map((a) => a.participant))].sort()) {
    const cap = capacityInForce(assessments, p, input.year);
    if (!cap) continue;
    const q = production.get(p) ?? { carats: 0, usd: 0 };
    const netExports = Math.max(0, (exports.get(p)?.carats ?? 0) - (imports.get(p)?.carats ?? 0));
    const limit = cap.maxCarats * (1 + config.tolerance);
    const over: string[] = [];
    let ratio = 0;
    if (q.carats > limit && q.carats - cap.maxCarats >= config.minCarats) {
      over.push(`produced ${fmt(q.carats)} ct`);
      ratio = Math.max(ratio, q.carats / cap.maxCarats);
    }
    if (netExports > limit && netExports - cap.maxCarats >= config.minCarats) {
      over.push(`exported ${fmt(netExports)} ct net of imports`);
      ratio = Math.max(ratio, netExports / cap.maxCarats);
    }
    if (cap.maxUsd !== null && q.usd > cap.maxUsd * (1 + config.tolerance)) {
      over.push(`produced US$${fmt(q.usd)}`);
      ratio = Math.max(ratio, q.usd / cap.maxUsd);
    }
    if (!over.length) continue;
    const areas = cap.basis.map((a) => (a.area ? `${a.area} (${fmt(a.minCarats)}–${fmt(a.maxCarats)} ct, ${a.source}, ${a.assessedOn})` : `${fmt(a.minCarats)}–${fmt(a.maxCarats)} ct (${a.source}, ${a.assessedOn})`));
    findings.push({
      type: 'capacity',
      participant: p,
      period: String(input.year),
      severity: ratioSeverity(ratio),
      summary: `${p} ${over.join(' and ')} in ${input.year}, beyond its assessed production capacity of at most ${fmt(cap.maxCarats)} ct a year${cap.basis.length > 1 || cap.basis[0]!.area ? ` (${cap.basis.length} producing areas)` : ''}.`,
      evidence: {
        rule: `production, and exports net of imports, ≤ the latest capacity assessment's maximum × (1 + ${pct(config.tolerance)}), excess at least ${fmt(config.minCarats)} ct; value ≤ the assessed maximum in US$ when given`,
        figures: {
          capacityMaxCarats: round(cap.maxCarats),
          capacityMaxUsd: cap.maxUsd === null ? null : round(cap.maxUsd),
          productionCarats: round(q.carats),
          productionUsd: round(q.usd),
          netExportsCarats: round(netExports),
          ratio: round(ratio),
          assessments: areas.join('; '),
        },
        score: Math.min(99, round((ratio - 1) / config.tolerance)),
        reason: {
          variant: `${q.carats > limit ? 'production' : ''}${netExports > limit ? (q.carats > limit ? '+exports' : 'exports') : ''}` || 'value',
          params: { participant: p, year: input.year, production: round(q.carats), netExports: round(netExports), productionUsd: round(q.usd), capacity: round(cap.maxCarats), ratio: round(ratio) },
        },
      },
    });
  }
  return findings;
}

export const capacityDetector = defineDetector({
  type: 'capacity',
  key: 'capacity',
  defaults: DEFAULTS,
  run: (input, config) => capacity(input, config),
  texts: {
    en: {
      name: 'Beyond production capacity',
      rule: 'Production, and exports net of imports, stay within the latest assessed production capacity.',
      reasons: {
        default: (p, f) => `${p.participant} produced ${f.n(p.production)} ct and exported ${f.n(p.netExports)} ct net of imports in ${p.year}, against an assessed capacity of at most ${f.n(p.capacity)} ct a year (${f.x(p.ratio)}).`,
      },
      labels: {
        capacityMaxCarats: 'Assessed capacity (ct)',
        capacityMaxUsd: 'Assessed capacity (US$)',
        productionUsd: 'Production (US$)',
        netExportsCarats: 'Exports net of imports (ct)',
        assessments: 'Assessments',
      },
    },
    fr: {
      name: 'Au-delà de la capacité de production',
      rule: 'La production, et les exportations nettes des importations, restent dans la dernière capacité de production évaluée.',
      reasons: {
        default: (p, f) => `${p.participant} a produit ${f.n(p.production)} ct et exporté ${f.n(p.netExports)} ct nets des importations en ${p.year}, pour une capacité évaluée d’au plus ${f.n(p.capacity)} ct par an (${f.x(p.ratio)}).`,
      },
      labels: {
        capacityMaxCarats: 'Capacité évaluée (ct)',
        capacityMaxUsd: 'Capacité évaluée (US$)',
        productionUsd: 'Production (US$)',
        netExportsCarats: 'Exportations nettes des importations (ct)',
        assessments: 'Évaluations',
      },
    },
    pt: {
      name: 'Acima da capacidade de produção',
      rule: 'A produção, e as exportações líquidas de importações, ficam dentro da última capacidade de produção avaliada.',
      reasons: {
        default: (p, f) => `${p.participant} produziu ${f.n(p.production)} ct e exportou ${f.n(p.netExports)} ct líquidos de importações em ${p.year}, para uma capacidade avaliada de no máximo ${f.n(p.capacity)} ct por ano (${f.x(p.ratio)}).`,
      },
      labels: {
        capacityMaxCarats: 'Capacidade avaliada (ct)',
        capacityMaxUsd: 'Capacidade avaliada (US$)',
        productionUsd: 'Produção (US$)',
        netExportsCarats: 'Exportações líquidas de importações (ct)',
        assessments: 'Avaliações',
      },
    },
    es: {
      name: 'Por encima de la capacidad de producción',
      rule: 'La producción, y las exportaciones netas de importaciones, se mantienen dentro de la última capacidad de producción evaluada.',
      reasons: {
        default: (p, f) => `${p.participant} produjo ${f.n(p.production)} ct y exportó ${f.n(p.netExports)} ct netos de importaciones en ${p.year}, frente a una capacidad evaluada de como máximo ${f.n(p.capacity)} ct al año (${f.x(p.ratio)}).`,
      },
      labels: {
        capacityMaxCarats: 'Capacidad evaluada (ct)',
        capacityMaxUsd: 'Capacidad evaluada (US$)',
        productionUsd: 'Producción (US$)',
        netExportsCarats: 'Exportaciones netas de importaciones (ct)',
        assessments: 'Evaluaciones',
      },
    },
    ru: {
      name: 'Сверх производственной мощности',
      rule: 'Добыча и экспорт за вычетом импорта остаются в пределах последней оценённой производственной мощности.',
      reasons: {
        default: (p, f) => `${p.participant} добыл ${f.n(p.production)} кар. и экспортировал ${f.n(p.netExports)} кар. за вычетом импорта в ${p.year} г. при оценённой мощности не более ${f.n(p.capacity)} кар. в год (${f.x(p.ratio)}).`,
      },
      labels: {
        capacityMaxCarats: 'Оценённая мощность (кар.)',
        capacityMaxUsd: 'Оценённая мощность (долл. США)',
        productionUsd: 'Добыча (долл. США)',
        netExportsCarats: 'Экспорт за вычетом импорта (кар.)',
        assessments: 'Оценки',
      },
    },
  },
});
