// unit_value: is the declared US$/ct in line with what the Participant had to export?
import { yearTotals } from '../totals.js';
import type { Finding, MonitoringInput } from '../model.js';
import { cap, defineDetector, round, severityOf } from './detector.js';

/** band around the unit value of what was available (production at the mine gate + imports); shift: change on the year before */
export interface UnitValueConfig {
  low: number;
  high: number;
  shift: number;
  minValueUsd: number;
}

// exports' US$/ct within 0.67–1.45 of what the Participant had to export's, and within ×1.3 of the year before's ratio
const DEFAULTS: UnitValueConfig = { low: 0.67, high: 1.45, shift: 1.3, minValueUsd: 100_000 };

/**
 * Exports' US$/ct out of line with what the Participant had to export: its production at the mine
 * gate and its imports (for a hub, the re-exports against the imports). Flagged outside the band
 * [low, high], or when the ratio moved by more than `shift` on the year before.
 */
export function unitValue(input: MonitoringInput, config: UnitValueConfig = DEFAULTS): Finding[] {
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

export const unitValueDetector = defineDetector({
  type: 'unit_value',
  key: 'unitValue',
  defaults: DEFAULTS,
  run: (input, config) => unitValue(input, config),
  texts: {
    en: {
      name: 'Unit value out of line',
      rule: 'The unit value of exports stays within a band around the unit value of production at the mine gate and imports, and does not move far from the year before’s.',
      reasons: {
        high: (p, f) => `${p.participant}'s exports were declared at ${f.usd(p.exportUnit)}/ct in ${p.year}, ${f.x(p.ratio)} the ${f.usd(p.basisUnit)}/ct of what it had to export: the goods may come from elsewhere.`,
        low: (p, f) => `${p.participant}'s exports were declared at ${f.usd(p.exportUnit)}/ct in ${p.year}, ${f.x(p.ratio)} the ${f.usd(p.basisUnit)}/ct of what it had to export: value may be hidden.`,
        up: (p, f) => `${p.participant}'s exports were declared at ${f.x(p.ratio)} the unit value of what it had to export in ${p.year}, against ${f.x(p.ratioBefore)} the year before: the goods may come from elsewhere.`,
        down: (p, f) => `${p.participant}'s exports were declared at ${f.x(p.ratio)} the unit value of what it had to export in ${p.year}, against ${f.x(p.ratioBefore)} the year before: value may be hidden.`,
      },
      labels: {
        exportsUsdPerCarat: 'Exports (US$/ct)',
        basisUsdPerCarat: 'Production and imports (US$/ct)',
        basis: 'Compared with',
        ratioYearBefore: 'Ratio the year before',
        exportsUsd: 'Exports (US$)',
      },
    },
    fr: {
      name: 'Valeur unitaire anormale',
      rule: 'La valeur unitaire des exportations reste dans une bande autour de celle de la production au carreau de la mine et des importations, et ne s’écarte pas beaucoup de celle de l’année précédente.',
      reasons: {
        high: (p, f) => `Les exportations de ${p.participant} ont été déclarées à ${f.usd(p.exportUnit)}/ct en ${p.year}, ${f.x(p.ratio)} les ${f.usd(p.basisUnit)}/ct de ce qu’il avait à exporter : les marchandises pourraient venir d’ailleurs.`,
        low: (p, f) => `Les exportations de ${p.participant} ont été déclarées à ${f.usd(p.exportUnit)}/ct en ${p.year}, ${f.x(p.ratio)} les ${f.usd(p.basisUnit)}/ct de ce qu’il avait à exporter : de la valeur pourrait être dissimulée.`,
        up: (p, f) => `Les exportations de ${p.participant} ont été déclarées à ${f.x(p.ratio)} la valeur unitaire de ce qu’il avait à exporter en ${p.year}, contre ${f.x(p.ratioBefore)} l’année précédente : les marchandises pourraient venir d’ailleurs.`,
        down: (p, f) => `Les exportations de ${p.participant} ont été déclarées à ${f.x(p.ratio)} la valeur unitaire de ce qu’il avait à exporter en ${p.year}, contre ${f.x(p.ratioBefore)} l’année précédente : de la valeur pourrait être dissimulée.`,
      },
      labels: {
        exportsUsdPerCarat: 'Exportations (US$/ct)',
        basisUsdPerCarat: 'Production et importations (US$/ct)',
        basis: 'Comparé à',
        ratioYearBefore: 'Rapport l’année précédente',
        exportsUsd: 'Exportations (US$)',
      },
    },
    pt: {
      name: 'Valor unitário anómalo',
      rule: 'O valor unitário das exportações fica numa faixa em torno do da produção à boca da mina e das importações, e não se afasta muito do do ano anterior.',
      reasons: {
        high: (p, f) => `As exportações de ${p.participant} foram declaradas a ${f.usd(p.exportUnit)}/ct em ${p.year}, ${f.x(p.ratio)} os ${f.usd(p.basisUnit)}/ct do que tinha para exportar: as mercadorias podem vir de outro lugar.`,
        low: (p, f) => `As exportações de ${p.participant} foram declaradas a ${f.usd(p.exportUnit)}/ct em ${p.year}, ${f.x(p.ratio)} os ${f.usd(p.basisUnit)}/ct do que tinha para exportar: pode haver valor oculto.`,
        up: (p, f) => `As exportações de ${p.participant} foram declaradas a ${f.x(p.ratio)} o valor unitário do que tinha para exportar em ${p.year}, contra ${f.x(p.ratioBefore)} no ano anterior: as mercadorias podem vir de outro lugar.`,
        down: (p, f) => `As exportações de ${p.participant} foram declaradas a ${f.x(p.ratio)} o valor unitário do que tinha para exportar em ${p.year}, contra ${f.x(p.ratioBefore)} no ano anterior: pode haver valor oculto.`,
      },
      labels: {
        exportsUsdPerCarat: 'Exportações (US$/ct)',
        basisUsdPerCarat: 'Produção e importações (US$/ct)',
        basis: 'Comparado com',
        ratioYearBefore: 'Razão no ano anterior',
        exportsUsd: 'Exportações (US$)',
      },
    },
    es: {
      name: 'Valor unitario anómalo',
      rule: 'El valor unitario de las exportaciones se mantiene en una banda en torno al de la producción a boca de mina y las importaciones, y no se aleja mucho del del año anterior.',
      reasons: {
        high: (p, f) => `Las exportaciones de ${p.participant} se declararon a ${f.usd(p.exportUnit)}/ct en ${p.year}, ${f.x(p.ratio)} los ${f.usd(p.basisUnit)}/ct de lo que tenía para exportar: la mercancía podría venir de otro lugar.`,
        low: (p, f) => `Las exportaciones de ${p.participant} se declararon a ${f.usd(p.exportUnit)}/ct en ${p.year}, ${f.x(p.ratio)} los ${f.usd(p.basisUnit)}/ct de lo que tenía para exportar: podría ocultarse valor.`,
        up: (p, f) => `Las exportaciones de ${p.participant} se declararon a ${f.x(p.ratio)} el valor unitario de lo que tenía para exportar en ${p.year}, frente a ${f.x(p.ratioBefore)} el año anterior: la mercancía podría venir de otro lugar.`,
        down: (p, f) => `Las exportaciones de ${p.participant} se declararon a ${f.x(p.ratio)} el valor unitario de lo que tenía para exportar en ${p.year}, frente a ${f.x(p.ratioBefore)} el año anterior: podría ocultarse valor.`,
      },
      labels: {
        exportsUsdPerCarat: 'Exportaciones (US$/ct)',
        basisUsdPerCarat: 'Producción e importaciones (US$/ct)',
        basis: 'Comparado con',
        ratioYearBefore: 'Razón el año anterior',
        exportsUsd: 'Exportaciones (US$)',
      },
    },
    ru: {
      name: 'Аномальная удельная стоимость',
      rule: 'Удельная стоимость экспорта остаётся в полосе вокруг удельной стоимости добычи на выходе из рудника и импорта и не уходит далеко от прошлогодней.',
      reasons: {
        high: (p, f) => `Экспорт ${p.participant} был заявлен по ${f.usd(p.exportUnit)}/кар. в ${p.year} г., ${f.x(p.ratio)} от ${f.usd(p.basisUnit)}/кар. того, что он мог экспортировать: товар может быть иного происхождения.`,
        low: (p, f) => `Экспорт ${p.participant} был заявлен по ${f.usd(p.exportUnit)}/кар. в ${p.year} г., ${f.x(p.ratio)} от ${f.usd(p.basisUnit)}/кар. того, что он мог экспортировать: стоимость может быть скрыта.`,
        up: (p, f) => `Экспорт ${p.participant} был заявлен по ${f.x(p.ratio)} от удельной стоимости того, что он мог экспортировать в ${p.year} г., против ${f.x(p.ratioBefore)} годом ранее: товар может быть иного происхождения.`,
        down: (p, f) => `Экспорт ${p.participant} был заявлен по ${f.x(p.ratio)} от удельной стоимости того, что он мог экспортировать в ${p.year} г., против ${f.x(p.ratioBefore)} годом ранее: стоимость может быть скрыта.`,
      },
      labels: {
        exportsUsdPerCarat: 'Экспорт (долл. США/кар.)',
        basisUsdPerCarat: 'Добыча и импорт (долл. США/кар.)',
        basis: 'По сравнению с',
        ratioYearBefore: 'Отношение годом ранее',
        exportsUsd: 'Экспорт (долл. США)',
      },
    },
  },
});
