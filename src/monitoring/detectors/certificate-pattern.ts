// certificate_pattern: do the certificates tell the same story as the statistics and the registry?
import { yearTotals } from '../totals.js';
import type { Finding, MonitoringInput, Severity } from '../model.js';
import { defineDetector, embargoedIn, fmt, pct, ratioSeverity, round } from './detector.js';

/** own origin beyond production × (1 + tolerance); confirmations expected within confirmationDays; unconfirmedMedium make it medium; at most `listed` numbers in the evidence */
export interface CertificatePatternConfig {
  tolerance: number;
  minCarats: number;
  confirmationDays: number;
  unconfirmedMedium: number;
  listed: number;
}

// own-origin certificates above reported production by 10 % (stock, timing); confirmation expected
// within 60 days of issue; 10 unconfirmed certificates make it medium; at most 200 numbers listed
const DEFAULTS: CertificatePatternConfig = { tolerance: 0.1, minCarats: 1000, confirmationDays: 60, unconfirmedMedium: 10, listed: 200 };

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const worst = (list: Severity[]): Severity => list.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'low');

/** The neighbours of `p` under a UN measure during the year: the route by which illicit goods can come in. */
function embargoedNeighbours(input: MonitoringInput, p: string): string[] {
  return embargoedIn(input).filter((t) => (input.neighbours[t] ?? []).includes(p) || (input.neighbours[p] ?? []).includes(t));
}

/**
 * Certificate patterns: own-origin certificates beyond reported production; certificates naming a
 * partner that was not a Participant on the day of issue; certificates never confirmed by the importer.
 */
export function certificatePatterns(input: MonitoringInput, config: CertificatePatternConfig = DEFAULTS): Finding[] {
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

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const certificatePatternDetector = defineDetector({
  type: 'certificate_pattern',
  key: 'certificatePattern',
  defaults: DEFAULTS,
  parts: true,
  run: (input, config) => certificatePatterns(input, config),
  texts: {
    en: {
      name: 'Unusual certificate pattern',
      rule: 'Own-origin certificates stay within production; every partner is a Participant; every certificate is confirmed by the importer.',
      reasons: {
        ownOrigin: (p, f) => `certified ${f.n(p.certified)} ct as of its own origin against ${f.n(p.production)} ct produced (${f.n(p.excess)} ct more)`,
        ownOriginRoute: (p, f) => `certified ${f.n(p.certified)} ct as of its own origin against ${f.n(p.production)} ct produced (${f.n(p.excess)} ct more), next to ${p.route} under a UN measure`,
        nonParticipant: (p, f) => `issued ${f.n(p.count)} certificates (${f.n(p.carats)} ct) for ${p.partners}, not a Participant on the day of issue`,
        unconfirmed: (p, f) => `never confirmed receipt of ${f.n(p.count)} certificates (${f.n(p.carats)} ct) issued to it by ${p.exporters}`,
      },
      labels: {
        ownOriginCarats: 'Certified as own origin (ct)',
        ownOriginCertificates: 'Own-origin certificates',
        embargoedNeighbours: 'Neighbours under a UN measure',
        nonParticipantCertificates: 'Certificates for non-Participants',
        nonParticipantCarats: 'Carats for non-Participants',
        nonParticipantPartners: 'Non-Participant partners',
        unconfirmedCertificates: 'Unconfirmed certificates',
        unconfirmedCarats: 'Unconfirmed carats',
        unconfirmedFrom: 'Issued by',
        confirmationCutoff: 'Issued on or before',
        certificatesListed: 'Certificates listed',
        certificatesInvolved: 'Certificates involved',
      },
    },
    fr: {
      name: 'Schéma de certificats inhabituel',
      rule: 'Les certificats d’origine propre restent dans la production ; chaque partenaire est un Participant ; chaque certificat est confirmé par l’importateur.',
      reasons: {
        ownOrigin: (p, f) => `a certifié ${f.n(p.certified)} ct comme de son origine pour ${f.n(p.production)} ct produits (${f.n(p.excess)} ct de plus)`,
        ownOriginRoute: (p, f) => `a certifié ${f.n(p.certified)} ct comme de son origine pour ${f.n(p.production)} ct produits (${f.n(p.excess)} ct de plus), à côté de ${p.route} sous une mesure des Nations Unies`,
        nonParticipant: (p, f) => `a délivré ${f.n(p.count)} certificats (${f.n(p.carats)} ct) pour ${p.partners}, non Participant le jour de la délivrance`,
        unconfirmed: (p, f) => `n’a jamais confirmé la réception de ${f.n(p.count)} certificats (${f.n(p.carats)} ct) délivrés par ${p.exporters}`,
      },
      labels: {
        ownOriginCarats: 'Certifié d’origine propre (ct)',
        ownOriginCertificates: 'Certificats d’origine propre',
        embargoedNeighbours: 'Voisins sous une mesure des Nations Unies',
        nonParticipantCertificates: 'Certificats pour des non-Participants',
        nonParticipantCarats: 'Carats pour des non-Participants',
        nonParticipantPartners: 'Partenaires non Participants',
        unconfirmedCertificates: 'Certificats non confirmés',
        unconfirmedCarats: 'Carats non confirmés',
        unconfirmedFrom: 'Délivrés par',
        confirmationCutoff: 'Délivrés au plus tard le',
        certificatesListed: 'Certificats listés',
        certificatesInvolved: 'Certificats concernés',
      },
    },
    pt: {
      name: 'Padrão de certificados invulgar',
      rule: 'Os certificados de origem própria ficam dentro da produção; cada parceiro é um Participante; cada certificado é confirmado pelo importador.',
      reasons: {
        ownOrigin: (p, f) => `certificou ${f.n(p.certified)} ct como de origem própria para ${f.n(p.production)} ct produzidos (${f.n(p.excess)} ct a mais)`,
        ownOriginRoute: (p, f) => `certificou ${f.n(p.certified)} ct como de origem própria para ${f.n(p.production)} ct produzidos (${f.n(p.excess)} ct a mais), ao lado de ${p.route} sob uma medida das Nações Unidas`,
        nonParticipant: (p, f) => `emitiu ${f.n(p.count)} certificados (${f.n(p.carats)} ct) para ${p.partners}, não Participante no dia da emissão`,
        unconfirmed: (p, f) => `nunca confirmou a receção de ${f.n(p.count)} certificados (${f.n(p.carats)} ct) emitidos por ${p.exporters}`,
      },
      labels: {
        ownOriginCarats: 'Certificado como origem própria (ct)',
        ownOriginCertificates: 'Certificados de origem própria',
        embargoedNeighbours: 'Vizinhos sob uma medida das Nações Unidas',
        nonParticipantCertificates: 'Certificados para não Participantes',
        nonParticipantCarats: 'Quilates para não Participantes',
        nonParticipantPartners: 'Parceiros não Participantes',
        unconfirmedCertificates: 'Certificados não confirmados',
        unconfirmedCarats: 'Quilates não confirmados',
        unconfirmedFrom: 'Emitidos por',
        confirmationCutoff: 'Emitidos até',
        certificatesListed: 'Certificados listados',
        certificatesInvolved: 'Certificados envolvidos',
      },
    },
    es: {
      name: 'Patrón de certificados inusual',
      rule: 'Los certificados de origen propio no superan la producción; cada socio es un Participante; cada certificado lo confirma el importador.',
      reasons: {
        ownOrigin: (p, f) => `certificó ${f.n(p.certified)} ct como de origen propio frente a ${f.n(p.production)} ct producidos (${f.n(p.excess)} ct más)`,
        ownOriginRoute: (p, f) => `certificó ${f.n(p.certified)} ct como de origen propio frente a ${f.n(p.production)} ct producidos (${f.n(p.excess)} ct más), junto a ${p.route} bajo una medida de las Naciones Unidas`,
        nonParticipant: (p, f) => `emitió ${f.n(p.count)} certificados (${f.n(p.carats)} ct) para ${p.partners}, que no era Participante el día de la emisión`,
        unconfirmed: (p, f) => `nunca confirmó la recepción de ${f.n(p.count)} certificados (${f.n(p.carats)} ct) emitidos por ${p.exporters}`,
      },
      labels: {
        ownOriginCarats: 'Certificado de origen propio (ct)',
        ownOriginCertificates: 'Certificados de origen propio',
        embargoedNeighbours: 'Vecinos bajo una medida de las Naciones Unidas',
        nonParticipantCertificates: 'Certificados para no Participantes',
        nonParticipantCarats: 'Quilates para no Participantes',
        nonParticipantPartners: 'Socios no Participantes',
        unconfirmedCertificates: 'Certificados no confirmados',
        unconfirmedCarats: 'Quilates no confirmados',
        unconfirmedFrom: 'Emitidos por',
        confirmationCutoff: 'Emitidos hasta el',
        certificatesListed: 'Certificados listados',
        certificatesInvolved: 'Certificados afectados',
      },
    },
    ru: {
      name: 'Необычная картина сертификатов',
      rule: 'Сертификаты собственного происхождения не превышают добычу; каждый партнёр — Участник; каждый сертификат подтверждён импортёром.',
      reasons: {
        ownOrigin: (p, f) => `сертифицировал ${f.n(p.certified)} кар. как собственного происхождения при добыче ${f.n(p.production)} кар. (на ${f.n(p.excess)} кар. больше)`,
        ownOriginRoute: (p, f) => `сертифицировал ${f.n(p.certified)} кар. как собственного происхождения при добыче ${f.n(p.production)} кар. (на ${f.n(p.excess)} кар. больше), рядом с ${p.route} под мерой ООН`,
        nonParticipant: (p, f) => `выдал ${f.n(p.count)} сертификатов (${f.n(p.carats)} кар.) для ${p.partners}, не являвшегося Участником в день выдачи`,
        unconfirmed: (p, f) => `так и не подтвердил получение ${f.n(p.count)} сертификатов (${f.n(p.carats)} кар.), выданных ему ${p.exporters}`,
      },
      labels: {
        ownOriginCarats: 'Сертифицировано как собственное (кар.)',
        ownOriginCertificates: 'Сертификаты собственного происхождения',
        embargoedNeighbours: 'Соседи под мерой ООН',
        nonParticipantCertificates: 'Сертификаты для не-Участников',
        nonParticipantCarats: 'Караты для не-Участников',
        nonParticipantPartners: 'Партнёры, не являющиеся Участниками',
        unconfirmedCertificates: 'Неподтверждённые сертификаты',
        unconfirmedCarats: 'Неподтверждённые караты',
        unconfirmedFrom: 'Выданы',
        confirmationCutoff: 'Выданы не позднее',
        certificatesListed: 'Перечислено сертификатов',
        certificatesInvolved: 'Затронуто сертификатов',
      },
    },
  },
});
