// The detectors of origin: production capacity, certificate patterns, persistent discrepancies.
// Pure functions like detectors.ts: the year's statistics plus the assessments, certificates and
// discrepancies that the service reads for them (MonitoringInput).
import { yearTotals } from './totals.js';
import { DEFAULT_CONFIG, type CapacityAssessment, type DetectorConfig, type Finding, type MonitoringInput, type Severity } from './model.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const pct = (x: number) => `${Math.round(x * 100)} %`;
const round = (x: number) => Math.round(x * 100) / 100;
const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const worst = (list: Severity[]): Severity => list.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'low');
const ratioSeverity = (ratio: number): Severity => (ratio >= 2 ? 'high' : ratio >= 1.3 ? 'medium' : 'low');

/** Targets of a UN measure in force at some time during the year. */
function embargoedIn(input: MonitoringInput): string[] {
  return [...new Set(input.measures.filter((m) => m.validFrom <= `${input.year}-12-31` && (m.validTo === null || m.validTo > `${input.year}-01-01`)).map((m) => m.target))];
}

/** The neighbours of `p` under a UN measure during the year: the route by which illicit goods can come in. */
function embargoedNeighbours(input: MonitoringInput, p: string): string[] {
  return embargoedIn(input).filter((t) => (input.neighbours[t] ?? []).includes(p) || (input.neighbours[p] ?? []).includes(t));
}

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
export function capacity(input: MonitoringInput, config: DetectorConfig['capacity'] = DEFAULT_CONFIG.capacity): Finding[] {
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

/**
 * Certificate patterns: own-origin certificates beyond reported production; certificates naming a
 * partner that was not a Participant on the day of issue; certificates never confirmed by the importer.
 */
export function certificatePatterns(input: MonitoringInput, config: DetectorConfig['certificatePattern'] = DEFAULT_CONFIG.certificatePattern): Finding[] {
  const certs = input.certificates ?? [];
  if (!certs.length) return [];
  const { production } = yearTotals(input, input.year);
  const yearEnd = `${input.year}-12-31`;
  const periodEnd = input.asOf && input.asOf < yearEnd ? input.asOf : yearEnd;
  const cutoff = shiftDay(periodEnd, -config.confirmationDays);
  type Part = { summary: string; severity: Severity; figures: Record<string, number | string | null>; numbers: string[]; variant: string; score: number; params: Record<string, number | string> };
  const parts = new Map<string, Part[]>();
  const add = (p: string, part: Part) => parts.set(p, [...(parts.get(p) ?? []), part]);
  const live = certs.filter((c) => !c.cancelled && c.issuedOn.startsWith(String(input.year)));

  // 1. own origin beyond production
  const ownOrigin = new Map<string, typeof live>();
  for (const c of live) if (c.origin === c.participant || c.origin === c.countryOfExport) ownOrigin.set(c.participant, [...(ownOrigin.get(c.participant) ?? []), c]);
  for (const [p, list] of ownOrigin) {
    const carats = list.reduce((s, c) => s + c.carats, 0);
    const produced = production.get(p)?.carats ?? 0;
    const excess = carats - produced;
    if (carats <= produced * (1 + config.tolerance) || excess < config.minCarats) continue;
    const ratio = produced > 0 ? carats / produced : Infinity;
    const route = embargoedNeighbours(input, p);
    add(p, {
      summary: `${p} certified ${fmt(carats)} ct as of its own origin but reported a production of ${fmt(produced)} ct: ${fmt(excess)} ct its mines cannot explain${route.length ? `, next to ${route.join(', ')} under a UN measure (possible route: ${route.join('/')} → ${p})` : ''}`,
      severity: ratioSeverity(ratio),
      figures: { ownOriginCarats: round(carats), ownOriginCertificates: list.length, productionCarats: round(produced), excessCarats: round(excess), ratio: Number.isFinite(ratio) ? round(ratio) : null, embargoedNeighbours: route.length ? route.join(',') : null },
      numbers: list.sort((a, b) => b.carats - a.carats).map((c) => c.number),
      variant: route.length ? 'ownOriginRoute' : 'ownOrigin',
      score: Number.isFinite(ratio) ? (ratio - 1) / config.tolerance : 99,
      params: { certified: round(carats), production: round(produced), excess: round(excess), route: route.join('/') },
    });
  }

  // 2. partners that are not Participants on the day of issue
  if (input.isParticipant) {
    const byExporter = new Map<string, typeof live>();
    for (const c of live) if (!input.isParticipant(c.importerParticipant, c.issuedOn)) byExporter.set(c.participant, [...(byExporter.get(c.participant) ?? []), c]);
    for (const [p, list] of byExporter) {
      const partners = [...new Set(list.map((c) => c.importerParticipant))].sort();
      add(p, {
        summary: `${p} issued ${list.length} certificate${list.length > 1 ? 's' : ''} (${fmt(list.reduce((s, c) => s + c.carats, 0))} ct) for ${partners.join(', ')}, not a Participant on the day of issue`,
        severity: 'high',
        figures: { nonParticipantCertificates: list.length, nonParticipantCarats: round(list.reduce((s, c) => s + c.carats, 0)), nonParticipantPartners: partners.join(',') },
        numbers: list.map((c) => c.number).sort(),
        variant: 'nonParticipant',
        score: 99,
        params: { count: list.length, carats: round(list.reduce((s, c) => s + c.carats, 0)), partners: partners.join(', ') },
      });
    }
  }

  // 3. confirmations that never come (named against the importer, whose duty it is)
  const unconfirmed = new Map<string, typeof live>();
  for (const c of live) if (c.confirmedOn === null && c.issuedOn <= cutoff && c.importerParticipant !== c.participant) unconfirmed.set(c.importerParticipant, [...(unconfirmed.get(c.importerParticipant) ?? []), c]);
  for (const [p, list] of unconfirmed) {
    if (input.isParticipant && !list.some((c) => input.isParticipant!(p, c.issuedOn))) continue; // pattern 2 names these already
    const exporters = [...new Set(list.map((c) => c.participant))].sort();
    add(p, {
      summary: `${p} never confirmed receipt of ${list.length} certificate${list.length > 1 ? 's' : ''} (${fmt(list.reduce((s, c) => s + c.carats, 0))} ct) issued to it by ${exporters.join(', ')} more than ${config.confirmationDays} days before ${periodEnd}`,
      severity: list.length >= config.unconfirmedMedium ? 'medium' : 'low',
      figures: { unconfirmedCertificates: list.length, unconfirmedCarats: round(list.reduce((s, c) => s + c.carats, 0)), unconfirmedFrom: exporters.join(','), confirmationCutoff: cutoff },
      numbers: list.map((c) => c.number).sort(),
      variant: 'unconfirmed',
      score: list.length / config.unconfirmedMedium,
      params: { count: list.length, carats: round(list.reduce((s, c) => s + c.carats, 0)), exporters: exporters.join(', '), days: config.confirmationDays, until: periodEnd },
    });
  }

  const findings: Finding[] = [];
  for (const [p, list] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
    const numbers = [...new Set(list.flatMap((x) => x.numbers))];
    findings.push({
      type: 'certificate_pattern',
      participant: p,
      period: String(input.year),
      severity: worst(list.map((x) => x.severity)),
      summary: `${list.map((x) => x.summary).join('; ')} (${input.year}).`,
      evidence: {
        rule: `own-origin certificates ≤ reported production × (1 + ${pct(config.tolerance)}) (excess at least ${fmt(config.minCarats)} ct); every partner a Participant on the day of issue; every certificate confirmed by the importer within ${config.confirmationDays} days`,
        figures: { ...Object.assign({}, ...list.map((x) => x.figures)), certificatesListed: Math.min(numbers.length, config.listed), certificatesInvolved: numbers.length },
        certificates: numbers.slice(0, config.listed),
        score: Math.min(99, round(Math.max(...list.map((x) => x.score)))),
        reason: { variant: list.map((x) => x.variant).join('+'), params: Object.assign({ participant: p, year: input.year }, ...list.map((x) => Object.fromEntries(Object.entries(x.params).map(([k, v]) => [`${x.variant}.${k}`, v])))) },
      },
    });
  }
  return findings;
}

/** Mirror discrepancies of the year still open or explained, not resolved, long after they were opened. */
export function discrepancyPersistence(input: MonitoringInput, config: DetectorConfig['discrepancyPersistence'] = DEFAULT_CONFIG.discrepancyPersistence): Finding[] {
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

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
