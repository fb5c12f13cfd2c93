// discrepancy_persistence: are mirror discrepancies settled?
import type { Finding, MonitoringInput } from '../model.js';
import { defineDetector, round } from './detector.js';

export interface DiscrepancyPersistenceConfig {
  days: number;
}

// a mirror discrepancy still open or explained, not resolved, 180 days after it was opened
const DEFAULTS: DiscrepancyPersistenceConfig = { days: 180 };

/** Mirror discrepancies of the year still open or explained, not resolved, long after they were opened. */
export function discrepancyPersistence(input: MonitoringInput, config: DiscrepancyPersistenceConfig = DEFAULTS): Finding[] {
  const asOf = input.asOf ?? new Date().toISOString().slice(0, 10);
  const stale = (input.discrepancies ?? [])
    .filter((d) => d.period.startsWith(String(input.year)) && d.status !== 'resolved')
    .map((d) => ({ ...d, age: daysBetween(d.openedAt.slice(0, 10), asOf) }))
    .filter((d) => d.age > config.days);
  const byParticipant = new Map<string, typeof stale>();
  for (const d of stale) for (const p of [d.exporter, d.importer]) byParticipant.set(p, [...(byParticipant.get(p) ?? []), d]);
  const findings: Finding[] = [];
  for (const [p, list] of [...byParticipant].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => b.age - a.age || a.period.localeCompare(b.period));
    const oldest = list[0]!.age;
    const items = list.map((d) => `${d.exporter}→${d.importer} ${d.period} (${d.status}, ${d.age} days)`);
    findings.push({
      type: 'discrepancy_persistence',
      participant: p,
      period: String(input.year),
      severity: oldest >= 4 * config.days ? 'high' : oldest >= 2 * config.days ? 'medium' : 'low',
      summary: `${list.length} mirror discrepanc${list.length > 1 ? 'ies' : 'y'} of ${input.year} involving ${p} ${list.length > 1 ? 'are' : 'is'} still unresolved more than ${config.days} days after opening; the oldest for ${oldest} days: ${items.slice(0, 3).join('; ')}${items.length > 3 ? '; …' : ''}.`,
      evidence: {
        rule: `a discrepancy opened by the working group on statistics is resolved within ${config.days} days`,
        figures: { unresolved: list.length, oldestDays: oldest, open: list.filter((d) => d.status === 'open').length, explained: list.filter((d) => d.status === 'explained').length, discrepancies: items.join('; '), asOf },
        score: round(oldest / config.days),
        reason: { variant: 'unresolved', params: { participant: p, year: input.year, count: list.length, oldest, days: config.days, list: items.slice(0, 3).join('; ') } },
      },
    });
  }
  return findings;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export const discrepancyPersistenceDetector = defineDetector({
  type: 'discrepancy_persistence',
  key: 'discrepancyPersistence',
  defaults: DEFAULTS,
  run: (input, config) => discrepancyPersistence(input, config),
  texts: {
    en: {
      name: 'Persistent discrepancy',
      rule: 'A mirror discrepancy is resolved within the set number of days.',
      reasons: {
        unresolved: (p, f) => `${f.n(p.count)} mirror discrepancies of ${p.year} involving ${p.participant} are unresolved more than ${f.n(p.days)} days after opening; the oldest for ${f.n(p.oldest)} days.`,
      },
      labels: {
        unresolved: 'Unresolved discrepancies',
        oldestDays: 'Oldest (days)',
        open: 'Open',
        explained: 'Explained',
        discrepancies: 'Discrepancies',
        asOf: 'As of',
      },
    },
    fr: {
      name: 'Écart persistant',
      rule: 'Un écart miroir est résolu dans le nombre de jours fixé.',
      reasons: {
        unresolved: (p, f) => `${f.n(p.count)} écarts miroirs de ${p.year} concernant ${p.participant} ne sont pas résolus plus de ${f.n(p.days)} jours après leur ouverture ; le plus ancien depuis ${f.n(p.oldest)} jours.`,
      },
      labels: {
        unresolved: 'Écarts non résolus',
        oldestDays: 'Le plus ancien (jours)',
        open: 'Ouverts',
        explained: 'Expliqués',
        discrepancies: 'Écarts',
        asOf: 'À la date du',
      },
    },
    pt: {
      name: 'Discrepância persistente',
      rule: 'Uma discrepância espelho é resolvida no número de dias fixado.',
      reasons: {
        unresolved: (p, f) => `${f.n(p.count)} discrepâncias espelho de ${p.year} envolvendo ${p.participant} continuam por resolver mais de ${f.n(p.days)} dias após a abertura; a mais antiga há ${f.n(p.oldest)} dias.`,
      },
      labels: {
        unresolved: 'Discrepâncias por resolver',
        oldestDays: 'A mais antiga (dias)',
        open: 'Abertas',
        explained: 'Explicadas',
        discrepancies: 'Discrepâncias',
        asOf: 'Em',
      },
    },
    es: {
      name: 'Discrepancia persistente',
      rule: 'Una discrepancia espejo se resuelve en el número de días fijado.',
      reasons: {
        unresolved: (p, f) => `${f.n(p.count)} discrepancias espejo de ${p.year} que afectan a ${p.participant} siguen sin resolver más de ${f.n(p.days)} días después de abrirse; la más antigua desde hace ${f.n(p.oldest)} días.`,
      },
      labels: {
        unresolved: 'Discrepancias sin resolver',
        oldestDays: 'La más antigua (días)',
        open: 'Abiertas',
        explained: 'Explicadas',
        discrepancies: 'Discrepancias',
        asOf: 'A fecha de',
      },
    },
    ru: {
      name: 'Устойчивое расхождение',
      rule: 'Зеркальное расхождение урегулируется в установленное число дней.',
      reasons: {
        unresolved: (p, f) => `${f.n(p.count)} зеркальных расхождений за ${p.year} г. с участием ${p.participant} не урегулированы более ${f.n(p.days)} дней после открытия; самое давнее — ${f.n(p.oldest)} дней.`,
      },
      labels: {
        unresolved: 'Неурегулированные расхождения',
        oldestDays: 'Самое давнее (дней)',
        open: 'Открытые',
        explained: 'Объяснённые',
        discrepancies: 'Расхождения',
        asOf: 'На дату',
      },
    },
  },
});
