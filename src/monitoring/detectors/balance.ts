// balance: do production and imports explain the exports? (the Republic of Congo, 2004)
import { yearTotals } from '../totals.js';
import type { Finding, MonitoringInput } from '../model.js';
import { cap, defineDetector, fmt, pct, round, severityOf } from './detector.js';

/** tolerance + artisanalTolerance × the artisanal share of production; lagShare of last year's fall in production may be exported this year */
export interface BalanceConfig {
  tolerance: number;
  artisanalTolerance: number;
  lagShare: number;
  minCarats: number;
}

// exports may exceed production + imports by 4 % + 8 % × the artisanal share (stock changes, timing) before it is a finding
const DEFAULTS: BalanceConfig = { tolerance: 0.04, artisanalTolerance: 0.08, lagShare: 0.25, minCarats: 1000 };

/**
 * Exports that production, imports and the noise of stock and timing cannot explain (the 2004 Republic
 * of Congo case). The allowance is noise-aware: a tolerance that grows with the artisanal share of
 * production (alluvial output is counted loosely), plus a share of last year's fall in production
 * (goods mined late in the year before are exported in this one).
 */
export function balance(input: MonitoringInput, config: BalanceConfig = DEFAULTS): Finding[] {
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

export const balanceDetector = defineDetector({
  type: 'balance',
  key: 'balance',
  defaults: DEFAULTS,
  run: (input, config) => balance(input, config),
  texts: {
    en: {
      name: 'Exports beyond production and imports',
      rule: 'Exports may not exceed production + imports (with part of last year’s fall in production) by more than a tolerance that grows with the artisanal share of production.',
      reasons: {
        excess: (p, f) => `${p.participant} exported ${f.n(p.exports)} ct in ${p.year} but produced ${f.n(p.production)} ct and imported ${f.n(p.imports)} ct: ${f.n(p.excess)} ct (${f.pct(p.share)}) more than it can explain, beyond the ${f.pct(p.tolerance)} that stock changes and timing allow.`,
      },
      labels: {
        importsCarats: 'Imports (ct)',
        carriedOverCarats: 'Allowed from last year’s production (ct)',
        tolerance: 'Tolerance',
        artisanalShare: 'Artisanal share of production',
      },
    },
    fr: {
      name: 'Exportations supérieures à la production et aux importations',
      rule: 'Les exportations ne peuvent dépasser la production + les importations (avec une part de la baisse de production de l’année précédente) de plus d’une tolérance qui croît avec la part artisanale de la production.',
      reasons: {
        excess: (p, f) =>
          `${p.participant} a exporté ${f.n(p.exports)} ct en ${p.year} mais a produit ${f.n(p.production)} ct et importé ${f.n(p.imports)} ct : ${f.n(p.excess)} ct (${f.pct(p.share)}) de plus qu’il ne peut l’expliquer, au-delà des ${f.pct(p.tolerance)} que permettent les variations de stock et les délais.`,
      },
      labels: {
        importsCarats: 'Importations (ct)',
        carriedOverCarats: 'Admis de la production de l’année précédente (ct)',
        tolerance: 'Tolérance',
        artisanalShare: 'Part artisanale de la production',
      },
    },
    pt: {
      name: 'Exportações acima da produção e das importações',
      rule: 'As exportações não podem exceder a produção + as importações (com parte da queda de produção do ano anterior) mais do que uma tolerância que cresce com a parte artesanal da produção.',
      reasons: {
        excess: (p, f) => `${p.participant} exportou ${f.n(p.exports)} ct em ${p.year}, mas produziu ${f.n(p.production)} ct e importou ${f.n(p.imports)} ct: ${f.n(p.excess)} ct (${f.pct(p.share)}) a mais do que pode explicar, além dos ${f.pct(p.tolerance)} que as variações de estoque e os prazos permitem.`,
      },
      labels: {
        importsCarats: 'Importações (ct)',
        carriedOverCarats: 'Admitido da produção do ano anterior (ct)',
        tolerance: 'Tolerância',
        artisanalShare: 'Parte artesanal da produção',
      },
    },
    es: {
      name: 'Exportaciones superiores a la producción y las importaciones',
      rule: 'Las exportaciones no pueden superar la producción + las importaciones (con parte de la caída de producción del año anterior) en más de una tolerancia que crece con la parte artesanal de la producción.',
      reasons: {
        excess: (p, f) =>
          `${p.participant} exportó ${f.n(p.exports)} ct en ${p.year} pero produjo ${f.n(p.production)} ct e importó ${f.n(p.imports)} ct: ${f.n(p.excess)} ct (${f.pct(p.share)}) más de lo que puede explicar, por encima del ${f.pct(p.tolerance)} que permiten las variaciones de existencias y los plazos.`,
      },
      labels: {
        importsCarats: 'Importaciones (ct)',
        carriedOverCarats: 'Admitido de la producción del año anterior (ct)',
        tolerance: 'Tolerancia',
        artisanalShare: 'Parte artesanal de la producción',
      },
    },
    ru: {
      name: 'Экспорт сверх добычи и импорта',
      rule: 'Экспорт не может превышать добычу + импорт (с частью прошлогоднего снижения добычи) больше чем на допуск, растущий с долей кустарной добычи.',
      reasons: {
        excess: (p, f) => `${p.participant} экспортировал ${f.n(p.exports)} кар. в ${p.year} г., но добыл ${f.n(p.production)} кар. и импортировал ${f.n(p.imports)} кар.: на ${f.n(p.excess)} кар. (${f.pct(p.share)}) больше, чем он может объяснить, сверх ${f.pct(p.tolerance)}, допускаемых изменением запасов и сроками.`,
      },
      labels: {
        importsCarats: 'Импорт (кар.)',
        carriedOverCarats: 'Допущено из прошлогодней добычи (кар.)',
        tolerance: 'Допуск',
        artisanalShare: 'Доля кустарной добычи',
      },
    },
  },
});
