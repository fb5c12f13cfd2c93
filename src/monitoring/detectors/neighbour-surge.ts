// neighbour_surge: do exports rise beside a neighbour whose goods may be leaving through it? (Ghana and
// Côte d'Ivoire, 2006; two-hop routes)
import { yearTotals } from '../totals.js';
import type { Finding, MonitoringInput } from '../model.js';
import { balanceDetector } from './balance.js';
import { cap, defineDetector, embargoedIn, fmt, pct, round, severityOf } from './detector.js';

/** exports beyond what the change in available goods explains, while a neighbour is embargoed or falls short by at least `cover` of the surge */
export interface NeighbourSurgeConfig {
  growth: number;
  artisanalGrowth: number;
  cover: number;
  neighbourShare: number;
  minCarats: number;
}

// exports up 8 % + 12 % × the artisanal share beyond expectation while a neighbour is under a UN measure or falls short
const DEFAULTS: NeighbourSurgeConfig = { growth: 0.08, artisanalGrowth: 0.12, cover: 0.5, neighbourShare: 0.05, minCarats: 1000 };

/**
 * Exports rising beyond what the Participant's own production and imports explain while a neighbour
 * is under a UN measure (the Ghana case of 2006), or while a neighbour's production or exports fall
 * short by a comparable amount (its goods may leave through the Participant: laundering, two-hop routes).
 * Exports follow what was available late by part of a year: `lagShare` is the balance detector's.
 */
export function neighbourSurge(input: MonitoringInput, config: NeighbourSurgeConfig = DEFAULTS, lagShare = balanceDetector.defaults.lagShare): Finding[] {
  const now = yearTotals(input, input.year);
  const before = yearTotals(input, input.year - 1);
  const embargoed = new Set(embargoedIn(input));
  const neighboursOf = (p: string) =>
    [
      ...new Set([
        ...(input.neighbours[p] ?? []),
        ...Object.entries(input.neighbours)
          .filter(([, list]) => list.includes(p))
          .map(([n]) => n),
      ]),
    ].sort();
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
    const because = main.why === 'measure' ? `its neighbour ${main.neighbour} was under a UN measure` : `its neighbour ${main.neighbour}'s ${main.why} fell ${fmt(main.carats)} ct short of the year before`;
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

export const neighbourSurgeDetector = defineDetector({
  type: 'neighbour_surge',
  key: 'neighbourSurge',
  defaults: DEFAULTS,
  run: (input, config, configOf) => neighbourSurge(input, config, configOf(balanceDetector).lagShare),
  texts: {
    en: {
      name: 'Surge beside an embargoed or falling neighbour',
      rule: 'Exports do not rise well beyond what production and imports explain while a neighbour is under a UN measure or falls short.',
      reasons: {
        measure: (p, f) => `${p.participant}'s exports rose ${f.pct(p.growth)} beyond what its production and imports explain in ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct expected) while its neighbour ${p.neighbour} was under a UN measure.`,
        production: (p, f) => `${p.participant}'s exports rose ${f.pct(p.growth)} beyond what its production and imports explain in ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct expected) while the production of its neighbour ${p.neighbour} fell by ${f.n(p.shortfall)} ct.`,
        exports: (p, f) =>
          `${p.participant}'s exports rose ${f.pct(p.growth)} beyond what its production and imports explain in ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct expected) while the exports of its neighbour ${p.neighbour} fell ${f.n(p.shortfall)} ct short of what its production explains.`,
      },
      labels: {
        neighbour: 'Neighbour',
        neighbourShortfall: 'What fell at the neighbour',
        neighbourShortfallCarats: 'Neighbour’s shortfall (ct)',
        exportsCaratsBefore: 'Exports the year before (ct)',
        expectedExportsCarats: 'Expected exports (ct)',
        growth: 'Rise beyond expectation',
        threshold: 'Threshold',
        measureInForceOn: 'UN measure in force on',
      },
    },
    fr: {
      name: "Hausse à côté d'un voisin sous embargo ou en recul",
      rule: 'Les exportations ne montent pas bien au-delà de ce qu’expliquent production et importations pendant qu’un voisin est sous une mesure des Nations Unies ou accuse un manque.',
      reasons: {
        measure: (p, f) =>
          `Les exportations de ${p.participant} ont augmenté de ${f.pct(p.growth)} au-delà de ce qu’expliquent sa production et ses importations en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct attendus) alors que son voisin ${p.neighbour} était sous une mesure des Nations Unies.`,
        production: (p, f) =>
          `Les exportations de ${p.participant} ont augmenté de ${f.pct(p.growth)} au-delà de ce qu’expliquent sa production et ses importations en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct attendus) alors que la production de son voisin ${p.neighbour} a baissé de ${f.n(p.shortfall)} ct.`,
        exports: (p, f) =>
          `Les exportations de ${p.participant} ont augmenté de ${f.pct(p.growth)} au-delà de ce qu’expliquent sa production et ses importations en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct attendus) alors que les exportations de son voisin ${p.neighbour} sont restées ${f.n(p.shortfall)} ct en deçà de ce qu’explique sa production.`,
      },
      labels: {
        neighbour: 'Voisin',
        neighbourShortfall: 'Ce qui a baissé chez le voisin',
        neighbourShortfallCarats: 'Manque du voisin (ct)',
        exportsCaratsBefore: 'Exportations l’année précédente (ct)',
        expectedExportsCarats: 'Exportations attendues (ct)',
        growth: 'Hausse au-delà de l’attendu',
        threshold: 'Seuil',
        measureInForceOn: 'Mesure des Nations Unies en vigueur le',
      },
    },
    pt: {
      name: 'Aumento ao lado de um vizinho sob embargo ou em queda',
      rule: 'As exportações não sobem muito além do que a produção e as importações explicam enquanto um vizinho está sob uma medida das Nações Unidas ou apresenta uma falta.',
      reasons: {
        measure: (p, f) => `As exportações de ${p.participant} subiram ${f.pct(p.growth)} além do que a sua produção e importações explicam em ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) enquanto o seu vizinho ${p.neighbour} estava sob uma medida das Nações Unidas.`,
        production: (p, f) => `As exportações de ${p.participant} subiram ${f.pct(p.growth)} além do que a sua produção e importações explicam em ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) enquanto a produção do seu vizinho ${p.neighbour} caiu ${f.n(p.shortfall)} ct.`,
        exports: (p, f) =>
          `As exportações de ${p.participant} subiram ${f.pct(p.growth)} além do que a sua produção e importações explicam em ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) enquanto as exportações do seu vizinho ${p.neighbour} ficaram ${f.n(p.shortfall)} ct abaixo do que a sua produção explica.`,
      },
      labels: {
        neighbour: 'Vizinho',
        neighbourShortfall: 'O que caiu no vizinho',
        neighbourShortfallCarats: 'Falta do vizinho (ct)',
        exportsCaratsBefore: 'Exportações no ano anterior (ct)',
        expectedExportsCarats: 'Exportações esperadas (ct)',
        growth: 'Subida além do esperado',
        threshold: 'Limiar',
        measureInForceOn: 'Medida das Nações Unidas em vigor em',
      },
    },
    es: {
      name: 'Aumento junto a un vecino bajo embargo o en descenso',
      rule: 'Las exportaciones no suben muy por encima de lo que explican la producción y las importaciones mientras un vecino está bajo una medida de las Naciones Unidas o sufre una merma.',
      reasons: {
        measure: (p, f) => `Las exportaciones de ${p.participant} subieron un ${f.pct(p.growth)} más de lo que explican su producción e importaciones en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) mientras su vecino ${p.neighbour} estaba bajo una medida de las Naciones Unidas.`,
        production: (p, f) =>
          `Las exportaciones de ${p.participant} subieron un ${f.pct(p.growth)} más de lo que explican su producción e importaciones en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) mientras la producción de su vecino ${p.neighbour} bajó ${f.n(p.shortfall)} ct.`,
        exports: (p, f) =>
          `Las exportaciones de ${p.participant} subieron un ${f.pct(p.growth)} más de lo que explican su producción e importaciones en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) mientras las exportaciones de su vecino ${p.neighbour} quedaron ${f.n(p.shortfall)} ct por debajo de lo que explica su producción.`,
      },
      labels: {
        neighbour: 'Vecino',
        neighbourShortfall: 'Lo que bajó en el vecino',
        neighbourShortfallCarats: 'Merma del vecino (ct)',
        exportsCaratsBefore: 'Exportaciones el año anterior (ct)',
        expectedExportsCarats: 'Exportaciones esperadas (ct)',
        growth: 'Subida por encima de lo esperado',
        threshold: 'Umbral',
        measureInForceOn: 'Medida de las Naciones Unidas en vigor el',
      },
    },
    ru: {
      name: 'Рост рядом с соседом под эмбарго или со спадом',
      rule: 'Экспорт не растёт намного сверх того, что объясняют добыча и импорт, когда сосед находится под мерой ООН или недосчитывается товара.',
      reasons: {
        measure: (p, f) => `Экспорт ${p.participant} вырос на ${f.pct(p.growth)} сверх того, что объясняют его добыча и импорт в ${p.year} г. (${f.n(p.before)} → ${f.n(p.exports)} кар., ожидалось ${f.n(p.expected)} кар.), когда его сосед ${p.neighbour} находился под мерой ООН.`,
        production: (p, f) => `Экспорт ${p.participant} вырос на ${f.pct(p.growth)} сверх того, что объясняют его добыча и импорт в ${p.year} г. (${f.n(p.before)} → ${f.n(p.exports)} кар., ожидалось ${f.n(p.expected)} кар.), когда добыча его соседа ${p.neighbour} упала на ${f.n(p.shortfall)} кар.`,
        exports: (p, f) =>
          `Экспорт ${p.participant} вырос на ${f.pct(p.growth)} сверх того, что объясняют его добыча и импорт в ${p.year} г. (${f.n(p.before)} → ${f.n(p.exports)} кар., ожидалось ${f.n(p.expected)} кар.), когда экспорт его соседа ${p.neighbour} оказался на ${f.n(p.shortfall)} кар. ниже того, что объясняет его добыча.`,
      },
      labels: {
        neighbour: 'Сосед',
        neighbourShortfall: 'Что снизилось у соседа',
        neighbourShortfallCarats: 'Недостача соседа (кар.)',
        exportsCaratsBefore: 'Экспорт годом ранее (кар.)',
        expectedExportsCarats: 'Ожидаемый экспорт (кар.)',
        growth: 'Рост сверх ожидаемого',
        threshold: 'Порог',
        measureInForceOn: 'Мера ООН действует на',
      },
    },
  },
});
