// A finding's evidence in the reader's language (en, fr, pt, es, ru): the reason the detector gave
// (evidence.reason: a variant of the type and its numbers), the rule, and the figures with their
// labels, numbers written as the language writes them. Pure; used by GET /api/findings/{id}?lang=.
import { countryName } from '../core/i18n.js';
import type { Finding } from './model.js';

export const EXPLAIN_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type ExplainLanguage = (typeof EXPLAIN_LANGUAGES)[number];

type Params = Record<string, number | string>;
type Template = (p: Params, f: Formatters) => string;
interface Formatters {
  n(x: unknown): string;
  pct(x: unknown): string;
  x(x: unknown): string;
  usd(x: unknown): string;
}

interface Texts {
  reasons: Record<string, Template>;
  rules: Record<string, string>;
  labels: Record<string, string>;
  score: string;
  basis: Record<string, string>;
}

const en: Texts = {
  reasons: {
    'balance.excess': (p, f) => `${p.participant} exported ${f.n(p.exports)} ct in ${p.year} but produced ${f.n(p.production)} ct and imported ${f.n(p.imports)} ct: ${f.n(p.excess)} ct (${f.pct(p.share)}) more than it can explain, beyond the ${f.pct(p.tolerance)} that stock changes and timing allow.`,
    'unit_value.high': (p, f) => `${p.participant}'s exports were declared at ${f.usd(p.exportUnit)}/ct in ${p.year}, ${f.x(p.ratio)} the ${f.usd(p.basisUnit)}/ct of what it had to export: the goods may come from elsewhere.`,
    'unit_value.low': (p, f) => `${p.participant}'s exports were declared at ${f.usd(p.exportUnit)}/ct in ${p.year}, ${f.x(p.ratio)} the ${f.usd(p.basisUnit)}/ct of what it had to export: value may be hidden.`,
    'unit_value.up': (p, f) => `${p.participant}'s exports were declared at ${f.x(p.ratio)} the unit value of what it had to export in ${p.year}, against ${f.x(p.ratioBefore)} the year before: the goods may come from elsewhere.`,
    'unit_value.down': (p, f) => `${p.participant}'s exports were declared at ${f.x(p.ratio)} the unit value of what it had to export in ${p.year}, against ${f.x(p.ratioBefore)} the year before: value may be hidden.`,
    'neighbour_surge.measure': (p, f) => `${p.participant}'s exports rose ${f.pct(p.growth)} beyond what its production and imports explain in ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct expected) while its neighbour ${p.neighbour} was under a UN measure.`,
    'neighbour_surge.production': (p, f) => `${p.participant}'s exports rose ${f.pct(p.growth)} beyond what its production and imports explain in ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct expected) while the production of its neighbour ${p.neighbour} fell by ${f.n(p.shortfall)} ct.`,
    'neighbour_surge.exports': (p, f) => `${p.participant}'s exports rose ${f.pct(p.growth)} beyond what its production and imports explain in ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct expected) while the exports of its neighbour ${p.neighbour} fell ${f.n(p.shortfall)} ct short of what its production explains.`,
    capacity: (p, f) => `${p.participant} produced ${f.n(p.production)} ct and exported ${f.n(p.netExports)} ct net of imports in ${p.year}, against an assessed capacity of at most ${f.n(p.capacity)} ct a year (${f.x(p.ratio)}).`,
    'certificate_pattern.ownOrigin': (p, f) => `certified ${f.n(p.certified)} ct as of its own origin against ${f.n(p.production)} ct produced (${f.n(p.excess)} ct more)`,
    'certificate_pattern.ownOriginRoute': (p, f) => `certified ${f.n(p.certified)} ct as of its own origin against ${f.n(p.production)} ct produced (${f.n(p.excess)} ct more), next to ${p.route} under a UN measure`,
    'certificate_pattern.nonParticipant': (p, f) => `issued ${f.n(p.count)} certificates (${f.n(p.carats)} ct) for ${p.partners}, not a Participant on the day of issue`,
    'certificate_pattern.unconfirmed': (p, f) => `never confirmed receipt of ${f.n(p.count)} certificates (${f.n(p.carats)} ct) issued to it by ${p.exporters}`,
    'discrepancy_persistence.unresolved': (p, f) => `${f.n(p.count)} mirror discrepancies of ${p.year} involving ${p.participant} are unresolved more than ${f.n(p.days)} days after opening; the oldest for ${f.n(p.oldest)} days.`,
  },
  rules: {
    balance: 'Exports may not exceed production + imports (with part of last year’s fall in production) by more than a tolerance that grows with the artisanal share of production.',
    unit_value: 'The unit value of exports stays within a band around the unit value of production at the mine gate and imports, and does not move far from the year before’s.',
    neighbour_surge: 'Exports do not rise well beyond what production and imports explain while a neighbour is under a UN measure or falls short.',
    capacity: 'Production, and exports net of imports, stay within the latest assessed production capacity.',
    certificate_pattern: 'Own-origin certificates stay within production; every partner is a Participant; every certificate is confirmed by the importer.',
    discrepancy_persistence: 'A mirror discrepancy is resolved within the set number of days.',
  },
  labels: {
    exportsCarats: 'Exports (ct)', productionCarats: 'Production (ct)', importsCarats: 'Imports (ct)', carriedOverCarats: 'Allowed from last year’s production (ct)', excessCarats: 'Unexplained (ct)', tolerance: 'Tolerance', artisanalShare: 'Artisanal share of production', ratio: 'Ratio',
    exportsUsdPerCarat: 'Exports (US$/ct)', basisUsdPerCarat: 'Production and imports (US$/ct)', basis: 'Compared with', ratioYearBefore: 'Ratio the year before', exportsUsd: 'Exports (US$)',
    neighbour: 'Neighbour', neighbourShortfall: 'What fell at the neighbour', neighbourShortfallCarats: 'Neighbour’s shortfall (ct)', exportsCaratsBefore: 'Exports the year before (ct)', expectedExportsCarats: 'Expected exports (ct)', growth: 'Rise beyond expectation', threshold: 'Threshold', measureInForceOn: 'UN measure in force on',
    capacityMaxCarats: 'Assessed capacity (ct)', capacityMaxUsd: 'Assessed capacity (US$)', productionUsd: 'Production (US$)', netExportsCarats: 'Exports net of imports (ct)', assessments: 'Assessments',
    ownOriginCarats: 'Certified as own origin (ct)', ownOriginCertificates: 'Own-origin certificates', embargoedNeighbours: 'Neighbours under a UN measure', nonParticipantCertificates: 'Certificates for non-Participants', nonParticipantCarats: 'Carats for non-Participants', nonParticipantPartners: 'Non-Participant partners', unconfirmedCertificates: 'Unconfirmed certificates', unconfirmedCarats: 'Unconfirmed carats', unconfirmedFrom: 'Issued by', confirmationCutoff: 'Issued on or before', certificatesListed: 'Certificates listed', certificatesInvolved: 'Certificates involved',
    unresolved: 'Unresolved discrepancies', oldestDays: 'Oldest (days)', open: 'Open', explained: 'Explained', discrepancies: 'Discrepancies', asOf: 'As of',
  },
  score: 'Score (1 = at the threshold)',
  basis: { production: 'production', imports: 'imports', exports: 'exports', measure: 'UN measure' },
};

const fr: Texts = {
  reasons: {
    'balance.excess': (p, f) => `${p.participant} a exporté ${f.n(p.exports)} ct en ${p.year} mais a produit ${f.n(p.production)} ct et importé ${f.n(p.imports)} ct : ${f.n(p.excess)} ct (${f.pct(p.share)}) de plus qu’il ne peut l’expliquer, au-delà des ${f.pct(p.tolerance)} que permettent les variations de stock et les délais.`,
    'unit_value.high': (p, f) => `Les exportations de ${p.participant} ont été déclarées à ${f.usd(p.exportUnit)}/ct en ${p.year}, ${f.x(p.ratio)} les ${f.usd(p.basisUnit)}/ct de ce qu’il avait à exporter : les marchandises pourraient venir d’ailleurs.`,
    'unit_value.low': (p, f) => `Les exportations de ${p.participant} ont été déclarées à ${f.usd(p.exportUnit)}/ct en ${p.year}, ${f.x(p.ratio)} les ${f.usd(p.basisUnit)}/ct de ce qu’il avait à exporter : de la valeur pourrait être dissimulée.`,
    'unit_value.up': (p, f) => `Les exportations de ${p.participant} ont été déclarées à ${f.x(p.ratio)} la valeur unitaire de ce qu’il avait à exporter en ${p.year}, contre ${f.x(p.ratioBefore)} l’année précédente : les marchandises pourraient venir d’ailleurs.`,
    'unit_value.down': (p, f) => `Les exportations de ${p.participant} ont été déclarées à ${f.x(p.ratio)} la valeur unitaire de ce qu’il avait à exporter en ${p.year}, contre ${f.x(p.ratioBefore)} l’année précédente : de la valeur pourrait être dissimulée.`,
    'neighbour_surge.measure': (p, f) => `Les exportations de ${p.participant} ont augmenté de ${f.pct(p.growth)} au-delà de ce qu’expliquent sa production et ses importations en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct attendus) alors que son voisin ${p.neighbour} était sous une mesure des Nations Unies.`,
    'neighbour_surge.production': (p, f) => `Les exportations de ${p.participant} ont augmenté de ${f.pct(p.growth)} au-delà de ce qu’expliquent sa production et ses importations en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct attendus) alors que la production de son voisin ${p.neighbour} a baissé de ${f.n(p.shortfall)} ct.`,
    'neighbour_surge.exports': (p, f) => `Les exportations de ${p.participant} ont augmenté de ${f.pct(p.growth)} au-delà de ce qu’expliquent sa production et ses importations en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct attendus) alors que les exportations de son voisin ${p.neighbour} sont restées ${f.n(p.shortfall)} ct en deçà de ce qu’explique sa production.`,
    capacity: (p, f) => `${p.participant} a produit ${f.n(p.production)} ct et exporté ${f.n(p.netExports)} ct nets des importations en ${p.year}, pour une capacité évaluée d’au plus ${f.n(p.capacity)} ct par an (${f.x(p.ratio)}).`,
    'certificate_pattern.ownOrigin': (p, f) => `a certifié ${f.n(p.certified)} ct comme de son origine pour ${f.n(p.production)} ct produits (${f.n(p.excess)} ct de plus)`,
    'certificate_pattern.ownOriginRoute': (p, f) => `a certifié ${f.n(p.certified)} ct comme de son origine pour ${f.n(p.production)} ct produits (${f.n(p.excess)} ct de plus), à côté de ${p.route} sous une mesure des Nations Unies`,
    'certificate_pattern.nonParticipant': (p, f) => `a délivré ${f.n(p.count)} certificats (${f.n(p.carats)} ct) pour ${p.partners}, non Participant le jour de la délivrance`,
    'certificate_pattern.unconfirmed': (p, f) => `n’a jamais confirmé la réception de ${f.n(p.count)} certificats (${f.n(p.carats)} ct) délivrés par ${p.exporters}`,
    'discrepancy_persistence.unresolved': (p, f) => `${f.n(p.count)} écarts miroirs de ${p.year} concernant ${p.participant} ne sont pas résolus plus de ${f.n(p.days)} jours après leur ouverture ; le plus ancien depuis ${f.n(p.oldest)} jours.`,
  },
  rules: {
    balance: 'Les exportations ne peuvent dépasser la production + les importations (avec une part de la baisse de production de l’année précédente) de plus d’une tolérance qui croît avec la part artisanale de la production.',
    unit_value: 'La valeur unitaire des exportations reste dans une bande autour de celle de la production au carreau de la mine et des importations, et ne s’écarte pas beaucoup de celle de l’année précédente.',
    neighbour_surge: 'Les exportations ne montent pas bien au-delà de ce qu’expliquent production et importations pendant qu’un voisin est sous une mesure des Nations Unies ou accuse un manque.',
    capacity: 'La production, et les exportations nettes des importations, restent dans la dernière capacité de production évaluée.',
    certificate_pattern: 'Les certificats d’origine propre restent dans la production ; chaque partenaire est un Participant ; chaque certificat est confirmé par l’importateur.',
    discrepancy_persistence: 'Un écart miroir est résolu dans le nombre de jours fixé.',
  },
  labels: {
    exportsCarats: 'Exportations (ct)', productionCarats: 'Production (ct)', importsCarats: 'Importations (ct)', carriedOverCarats: 'Admis de la production de l’année précédente (ct)', excessCarats: 'Non expliqué (ct)', tolerance: 'Tolérance', artisanalShare: 'Part artisanale de la production', ratio: 'Rapport',
    exportsUsdPerCarat: 'Exportations (US$/ct)', basisUsdPerCarat: 'Production et importations (US$/ct)', basis: 'Comparé à', ratioYearBefore: 'Rapport l’année précédente', exportsUsd: 'Exportations (US$)',
    neighbour: 'Voisin', neighbourShortfall: 'Ce qui a baissé chez le voisin', neighbourShortfallCarats: 'Manque du voisin (ct)', exportsCaratsBefore: 'Exportations l’année précédente (ct)', expectedExportsCarats: 'Exportations attendues (ct)', growth: 'Hausse au-delà de l’attendu', threshold: 'Seuil', measureInForceOn: 'Mesure des Nations Unies en vigueur le',
    capacityMaxCarats: 'Capacité évaluée (ct)', capacityMaxUsd: 'Capacité évaluée (US$)', productionUsd: 'Production (US$)', netExportsCarats: 'Exportations nettes des importations (ct)', assessments: 'Évaluations',
    ownOriginCarats: 'Certifié d’origine propre (ct)', ownOriginCertificates: 'Certificats d’origine propre', embargoedNeighbours: 'Voisins sous une mesure des Nations Unies', nonParticipantCertificates: 'Certificats pour des non-Participants', nonParticipantCarats: 'Carats pour des non-Participants', nonParticipantPartners: 'Partenaires non Participants', unconfirmedCertificates: 'Certificats non confirmés', unconfirmedCarats: 'Carats non confirmés', unconfirmedFrom: 'Délivrés par', confirmationCutoff: 'Délivrés au plus tard le', certificatesListed: 'Certificats listés', certificatesInvolved: 'Certificats concernés',
    unresolved: 'Écarts non résolus', oldestDays: 'Le plus ancien (jours)', open: 'Ouverts', explained: 'Expliqués', discrepancies: 'Écarts', asOf: 'À la date du',
  },
  score: 'Score (1 = au seuil)',
  basis: { production: 'production', imports: 'importations', exports: 'exportations', measure: 'mesure des Nations Unies' },
};

const pt: Texts = {
  reasons: {
    'balance.excess': (p, f) => `${p.participant} exportou ${f.n(p.exports)} ct em ${p.year}, mas produziu ${f.n(p.production)} ct e importou ${f.n(p.imports)} ct: ${f.n(p.excess)} ct (${f.pct(p.share)}) a mais do que pode explicar, além dos ${f.pct(p.tolerance)} que as variações de estoque e os prazos permitem.`,
    'unit_value.high': (p, f) => `As exportações de ${p.participant} foram declaradas a ${f.usd(p.exportUnit)}/ct em ${p.year}, ${f.x(p.ratio)} os ${f.usd(p.basisUnit)}/ct do que tinha para exportar: as mercadorias podem vir de outro lugar.`,
    'unit_value.low': (p, f) => `As exportações de ${p.participant} foram declaradas a ${f.usd(p.exportUnit)}/ct em ${p.year}, ${f.x(p.ratio)} os ${f.usd(p.basisUnit)}/ct do que tinha para exportar: pode haver valor oculto.`,
    'unit_value.up': (p, f) => `As exportações de ${p.participant} foram declaradas a ${f.x(p.ratio)} o valor unitário do que tinha para exportar em ${p.year}, contra ${f.x(p.ratioBefore)} no ano anterior: as mercadorias podem vir de outro lugar.`,
    'unit_value.down': (p, f) => `As exportações de ${p.participant} foram declaradas a ${f.x(p.ratio)} o valor unitário do que tinha para exportar em ${p.year}, contra ${f.x(p.ratioBefore)} no ano anterior: pode haver valor oculto.`,
    'neighbour_surge.measure': (p, f) => `As exportações de ${p.participant} subiram ${f.pct(p.growth)} além do que a sua produção e importações explicam em ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) enquanto o seu vizinho ${p.neighbour} estava sob uma medida das Nações Unidas.`,
    'neighbour_surge.production': (p, f) => `As exportações de ${p.participant} subiram ${f.pct(p.growth)} além do que a sua produção e importações explicam em ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) enquanto a produção do seu vizinho ${p.neighbour} caiu ${f.n(p.shortfall)} ct.`,
    'neighbour_surge.exports': (p, f) => `As exportações de ${p.participant} subiram ${f.pct(p.growth)} além do que a sua produção e importações explicam em ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) enquanto as exportações do seu vizinho ${p.neighbour} ficaram ${f.n(p.shortfall)} ct abaixo do que a sua produção explica.`,
    capacity: (p, f) => `${p.participant} produziu ${f.n(p.production)} ct e exportou ${f.n(p.netExports)} ct líquidos de importações em ${p.year}, para uma capacidade avaliada de no máximo ${f.n(p.capacity)} ct por ano (${f.x(p.ratio)}).`,
    'certificate_pattern.ownOrigin': (p, f) => `certificou ${f.n(p.certified)} ct como de origem própria para ${f.n(p.production)} ct produzidos (${f.n(p.excess)} ct a mais)`,
    'certificate_pattern.ownOriginRoute': (p, f) => `certificou ${f.n(p.certified)} ct como de origem própria para ${f.n(p.production)} ct produzidos (${f.n(p.excess)} ct a mais), ao lado de ${p.route} sob uma medida das Nações Unidas`,
    'certificate_pattern.nonParticipant': (p, f) => `emitiu ${f.n(p.count)} certificados (${f.n(p.carats)} ct) para ${p.partners}, não Participante no dia da emissão`,
    'certificate_pattern.unconfirmed': (p, f) => `nunca confirmou a receção de ${f.n(p.count)} certificados (${f.n(p.carats)} ct) emitidos por ${p.exporters}`,
    'discrepancy_persistence.unresolved': (p, f) => `${f.n(p.count)} discrepâncias espelho de ${p.year} envolvendo ${p.participant} continuam por resolver mais de ${f.n(p.days)} dias após a abertura; a mais antiga há ${f.n(p.oldest)} dias.`,
  },
  rules: {
    balance: 'As exportações não podem exceder a produção + as importações (com parte da queda de produção do ano anterior) mais do que uma tolerância que cresce com a parte artesanal da produção.',
    unit_value: 'O valor unitário das exportações fica numa faixa em torno do da produção à boca da mina e das importações, e não se afasta muito do do ano anterior.',
    neighbour_surge: 'As exportações não sobem muito além do que a produção e as importações explicam enquanto um vizinho está sob uma medida das Nações Unidas ou apresenta uma falta.',
    capacity: 'A produção, e as exportações líquidas de importações, ficam dentro da última capacidade de produção avaliada.',
    certificate_pattern: 'Os certificados de origem própria ficam dentro da produção; cada parceiro é um Participante; cada certificado é confirmado pelo importador.',
    discrepancy_persistence: 'Uma discrepância espelho é resolvida no número de dias fixado.',
  },
  labels: {
    exportsCarats: 'Exportações (ct)', productionCarats: 'Produção (ct)', importsCarats: 'Importações (ct)', carriedOverCarats: 'Admitido da produção do ano anterior (ct)', excessCarats: 'Não explicado (ct)', tolerance: 'Tolerância', artisanalShare: 'Parte artesanal da produção', ratio: 'Razão',
    exportsUsdPerCarat: 'Exportações (US$/ct)', basisUsdPerCarat: 'Produção e importações (US$/ct)', basis: 'Comparado com', ratioYearBefore: 'Razão no ano anterior', exportsUsd: 'Exportações (US$)',
    neighbour: 'Vizinho', neighbourShortfall: 'O que caiu no vizinho', neighbourShortfallCarats: 'Falta do vizinho (ct)', exportsCaratsBefore: 'Exportações no ano anterior (ct)', expectedExportsCarats: 'Exportações esperadas (ct)', growth: 'Subida além do esperado', threshold: 'Limiar', measureInForceOn: 'Medida das Nações Unidas em vigor em',
    capacityMaxCarats: 'Capacidade avaliada (ct)', capacityMaxUsd: 'Capacidade avaliada (US$)', productionUsd: 'Produção (US$)', netExportsCarats: 'Exportações líquidas de importações (ct)', assessments: 'Avaliações',
    ownOriginCarats: 'Certificado como origem própria (ct)', ownOriginCertificates: 'Certificados de origem própria', embargoedNeighbours: 'Vizinhos sob uma medida das Nações Unidas', nonParticipantCertificates: 'Certificados para não Participantes', nonParticipantCarats: 'Quilates para não Participantes', nonParticipantPartners: 'Parceiros não Participantes', unconfirmedCertificates: 'Certificados não confirmados', unconfirmedCarats: 'Quilates não confirmados', unconfirmedFrom: 'Emitidos por', confirmationCutoff: 'Emitidos até', certificatesListed: 'Certificados listados', certificatesInvolved: 'Certificados envolvidos',
    unresolved: 'Discrepâncias por resolver', oldestDays: 'A mais antiga (dias)', open: 'Abertas', explained: 'Explicadas', discrepancies: 'Discrepâncias', asOf: 'Em',
  },
  score: 'Pontuação (1 = no limiar)',
  basis: { production: 'produção', imports: 'importações', exports: 'exportações', measure: 'medida das Nações Unidas' },
};

const es: Texts = {
  reasons: {
    'balance.excess': (p, f) => `${p.participant} exportó ${f.n(p.exports)} ct en ${p.year} pero produjo ${f.n(p.production)} ct e importó ${f.n(p.imports)} ct: ${f.n(p.excess)} ct (${f.pct(p.share)}) más de lo que puede explicar, por encima del ${f.pct(p.tolerance)} que permiten las variaciones de existencias y los plazos.`,
    'unit_value.high': (p, f) => `Las exportaciones de ${p.participant} se declararon a ${f.usd(p.exportUnit)}/ct en ${p.year}, ${f.x(p.ratio)} los ${f.usd(p.basisUnit)}/ct de lo que tenía para exportar: la mercancía podría venir de otro lugar.`,
    'unit_value.low': (p, f) => `Las exportaciones de ${p.participant} se declararon a ${f.usd(p.exportUnit)}/ct en ${p.year}, ${f.x(p.ratio)} los ${f.usd(p.basisUnit)}/ct de lo que tenía para exportar: podría ocultarse valor.`,
    'unit_value.up': (p, f) => `Las exportaciones de ${p.participant} se declararon a ${f.x(p.ratio)} el valor unitario de lo que tenía para exportar en ${p.year}, frente a ${f.x(p.ratioBefore)} el año anterior: la mercancía podría venir de otro lugar.`,
    'unit_value.down': (p, f) => `Las exportaciones de ${p.participant} se declararon a ${f.x(p.ratio)} el valor unitario de lo que tenía para exportar en ${p.year}, frente a ${f.x(p.ratioBefore)} el año anterior: podría ocultarse valor.`,
    'neighbour_surge.measure': (p, f) => `Las exportaciones de ${p.participant} subieron un ${f.pct(p.growth)} más de lo que explican su producción e importaciones en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) mientras su vecino ${p.neighbour} estaba bajo una medida de las Naciones Unidas.`,
    'neighbour_surge.production': (p, f) => `Las exportaciones de ${p.participant} subieron un ${f.pct(p.growth)} más de lo que explican su producción e importaciones en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) mientras la producción de su vecino ${p.neighbour} bajó ${f.n(p.shortfall)} ct.`,
    'neighbour_surge.exports': (p, f) => `Las exportaciones de ${p.participant} subieron un ${f.pct(p.growth)} más de lo que explican su producción e importaciones en ${p.year} (${f.n(p.before)} → ${f.n(p.exports)} ct, ${f.n(p.expected)} ct esperados) mientras las exportaciones de su vecino ${p.neighbour} quedaron ${f.n(p.shortfall)} ct por debajo de lo que explica su producción.`,
    capacity: (p, f) => `${p.participant} produjo ${f.n(p.production)} ct y exportó ${f.n(p.netExports)} ct netos de importaciones en ${p.year}, frente a una capacidad evaluada de como máximo ${f.n(p.capacity)} ct al año (${f.x(p.ratio)}).`,
    'certificate_pattern.ownOrigin': (p, f) => `certificó ${f.n(p.certified)} ct como de origen propio frente a ${f.n(p.production)} ct producidos (${f.n(p.excess)} ct más)`,
    'certificate_pattern.ownOriginRoute': (p, f) => `certificó ${f.n(p.certified)} ct como de origen propio frente a ${f.n(p.production)} ct producidos (${f.n(p.excess)} ct más), junto a ${p.route} bajo una medida de las Naciones Unidas`,
    'certificate_pattern.nonParticipant': (p, f) => `emitió ${f.n(p.count)} certificados (${f.n(p.carats)} ct) para ${p.partners}, que no era Participante el día de la emisión`,
    'certificate_pattern.unconfirmed': (p, f) => `nunca confirmó la recepción de ${f.n(p.count)} certificados (${f.n(p.carats)} ct) emitidos por ${p.exporters}`,
    'discrepancy_persistence.unresolved': (p, f) => `${f.n(p.count)} discrepancias espejo de ${p.year} que afectan a ${p.participant} siguen sin resolver más de ${f.n(p.days)} días después de abrirse; la más antigua desde hace ${f.n(p.oldest)} días.`,
  },
  rules: {
    balance: 'Las exportaciones no pueden superar la producción + las importaciones (con parte de la caída de producción del año anterior) en más de una tolerancia que crece con la parte artesanal de la producción.',
    unit_value: 'El valor unitario de las exportaciones se mantiene en una banda en torno al de la producción a boca de mina y las importaciones, y no se aleja mucho del del año anterior.',
    neighbour_surge: 'Las exportaciones no suben muy por encima de lo que explican la producción y las importaciones mientras un vecino está bajo una medida de las Naciones Unidas o sufre una merma.',
    capacity: 'La producción, y las exportaciones netas de importaciones, se mantienen dentro de la última capacidad de producción evaluada.',
    certificate_pattern: 'Los certificados de origen propio no superan la producción; cada socio es un Participante; cada certificado lo confirma el importador.',
    discrepancy_persistence: 'Una discrepancia espejo se resuelve en el número de días fijado.',
  },
  labels: {
    exportsCarats: 'Exportaciones (ct)', productionCarats: 'Producción (ct)', importsCarats: 'Importaciones (ct)', carriedOverCarats: 'Admitido de la producción del año anterior (ct)', excessCarats: 'Sin explicar (ct)', tolerance: 'Tolerancia', artisanalShare: 'Parte artesanal de la producción', ratio: 'Razón',
    exportsUsdPerCarat: 'Exportaciones (US$/ct)', basisUsdPerCarat: 'Producción e importaciones (US$/ct)', basis: 'Comparado con', ratioYearBefore: 'Razón el año anterior', exportsUsd: 'Exportaciones (US$)',
    neighbour: 'Vecino', neighbourShortfall: 'Lo que bajó en el vecino', neighbourShortfallCarats: 'Merma del vecino (ct)', exportsCaratsBefore: 'Exportaciones el año anterior (ct)', expectedExportsCarats: 'Exportaciones esperadas (ct)', growth: 'Subida por encima de lo esperado', threshold: 'Umbral', measureInForceOn: 'Medida de las Naciones Unidas en vigor el',
    capacityMaxCarats: 'Capacidad evaluada (ct)', capacityMaxUsd: 'Capacidad evaluada (US$)', productionUsd: 'Producción (US$)', netExportsCarats: 'Exportaciones netas de importaciones (ct)', assessments: 'Evaluaciones',
    ownOriginCarats: 'Certificado de origen propio (ct)', ownOriginCertificates: 'Certificados de origen propio', embargoedNeighbours: 'Vecinos bajo una medida de las Naciones Unidas', nonParticipantCertificates: 'Certificados para no Participantes', nonParticipantCarats: 'Quilates para no Participantes', nonParticipantPartners: 'Socios no Participantes', unconfirmedCertificates: 'Certificados no confirmados', unconfirmedCarats: 'Quilates no confirmados', unconfirmedFrom: 'Emitidos por', confirmationCutoff: 'Emitidos hasta el', certificatesListed: 'Certificados listados', certificatesInvolved: 'Certificados afectados',
    unresolved: 'Discrepancias sin resolver', oldestDays: 'La más antigua (días)', open: 'Abiertas', explained: 'Explicadas', discrepancies: 'Discrepancias', asOf: 'A fecha de',
  },
  score: 'Puntuación (1 = en el umbral)',
  basis: { production: 'producción', imports: 'importaciones', exports: 'exportaciones', measure: 'medida de las Naciones Unidas' },
};

const ru: Texts = {
  reasons: {
    'balance.excess': (p, f) => `${p.participant} экспортировал ${f.n(p.exports)} кар. в ${p.year} г., но добыл ${f.n(p.production)} кар. и импортировал ${f.n(p.imports)} кар.: на ${f.n(p.excess)} кар. (${f.pct(p.share)}) больше, чем он может объяснить, сверх ${f.pct(p.tolerance)}, допускаемых изменением запасов и сроками.`,
    'unit_value.high': (p, f) => `Экспорт ${p.participant} был заявлен по ${f.usd(p.exportUnit)}/кар. в ${p.year} г., ${f.x(p.ratio)} от ${f.usd(p.basisUnit)}/кар. того, что он мог экспортировать: товар может быть иного происхождения.`,
    'unit_value.low': (p, f) => `Экспорт ${p.participant} был заявлен по ${f.usd(p.exportUnit)}/кар. в ${p.year} г., ${f.x(p.ratio)} от ${f.usd(p.basisUnit)}/кар. того, что он мог экспортировать: стоимость может быть скрыта.`,
    'unit_value.up': (p, f) => `Экспорт ${p.participant} был заявлен по ${f.x(p.ratio)} от удельной стоимости того, что он мог экспортировать в ${p.year} г., против ${f.x(p.ratioBefore)} годом ранее: товар может быть иного происхождения.`,
    'unit_value.down': (p, f) => `Экспорт ${p.participant} был заявлен по ${f.x(p.ratio)} от удельной стоимости того, что он мог экспортировать в ${p.year} г., против ${f.x(p.ratioBefore)} годом ранее: стоимость может быть скрыта.`,
    'neighbour_surge.measure': (p, f) => `Экспорт ${p.participant} вырос на ${f.pct(p.growth)} сверх того, что объясняют его добыча и импорт в ${p.year} г. (${f.n(p.before)} → ${f.n(p.exports)} кар., ожидалось ${f.n(p.expected)} кар.), когда его сосед ${p.neighbour} находился под мерой ООН.`,
    'neighbour_surge.production': (p, f) => `Экспорт ${p.participant} вырос на ${f.pct(p.growth)} сверх того, что объясняют его добыча и импорт в ${p.year} г. (${f.n(p.before)} → ${f.n(p.exports)} кар., ожидалось ${f.n(p.expected)} кар.), когда добыча его соседа ${p.neighbour} упала на ${f.n(p.shortfall)} кар.`,
    'neighbour_surge.exports': (p, f) => `Экспорт ${p.participant} вырос на ${f.pct(p.growth)} сверх того, что объясняют его добыча и импорт в ${p.year} г. (${f.n(p.before)} → ${f.n(p.exports)} кар., ожидалось ${f.n(p.expected)} кар.), когда экспорт его соседа ${p.neighbour} оказался на ${f.n(p.shortfall)} кар. ниже того, что объясняет его добыча.`,
    capacity: (p, f) => `${p.participant} добыл ${f.n(p.production)} кар. и экспортировал ${f.n(p.netExports)} кар. за вычетом импорта в ${p.year} г. при оценённой мощности не более ${f.n(p.capacity)} кар. в год (${f.x(p.ratio)}).`,
    'certificate_pattern.ownOrigin': (p, f) => `сертифицировал ${f.n(p.certified)} кар. как собственного происхождения при добыче ${f.n(p.production)} кар. (на ${f.n(p.excess)} кар. больше)`,
    'certificate_pattern.ownOriginRoute': (p, f) => `сертифицировал ${f.n(p.certified)} кар. как собственного происхождения при добыче ${f.n(p.production)} кар. (на ${f.n(p.excess)} кар. больше), рядом с ${p.route} под мерой ООН`,
    'certificate_pattern.nonParticipant': (p, f) => `выдал ${f.n(p.count)} сертификатов (${f.n(p.carats)} кар.) для ${p.partners}, не являвшегося Участником в день выдачи`,
    'certificate_pattern.unconfirmed': (p, f) => `так и не подтвердил получение ${f.n(p.count)} сертификатов (${f.n(p.carats)} кар.), выданных ему ${p.exporters}`,
    'discrepancy_persistence.unresolved': (p, f) => `${f.n(p.count)} зеркальных расхождений за ${p.year} г. с участием ${p.participant} не урегулированы более ${f.n(p.days)} дней после открытия; самое давнее — ${f.n(p.oldest)} дней.`,
  },
  rules: {
    balance: 'Экспорт не может превышать добычу + импорт (с частью прошлогоднего снижения добычи) больше чем на допуск, растущий с долей кустарной добычи.',
    unit_value: 'Удельная стоимость экспорта остаётся в полосе вокруг удельной стоимости добычи на выходе из рудника и импорта и не уходит далеко от прошлогодней.',
    neighbour_surge: 'Экспорт не растёт намного сверх того, что объясняют добыча и импорт, когда сосед находится под мерой ООН или недосчитывается товара.',
    capacity: 'Добыча и экспорт за вычетом импорта остаются в пределах последней оценённой производственной мощности.',
    certificate_pattern: 'Сертификаты собственного происхождения не превышают добычу; каждый партнёр — Участник; каждый сертификат подтверждён импортёром.',
    discrepancy_persistence: 'Зеркальное расхождение урегулируется в установленное число дней.',
  },
  labels: {
    exportsCarats: 'Экспорт (кар.)', productionCarats: 'Добыча (кар.)', importsCarats: 'Импорт (кар.)', carriedOverCarats: 'Допущено из прошлогодней добычи (кар.)', excessCarats: 'Не объяснено (кар.)', tolerance: 'Допуск', artisanalShare: 'Доля кустарной добычи', ratio: 'Отношение',
    exportsUsdPerCarat: 'Экспорт (долл. США/кар.)', basisUsdPerCarat: 'Добыча и импорт (долл. США/кар.)', basis: 'По сравнению с', ratioYearBefore: 'Отношение годом ранее', exportsUsd: 'Экспорт (долл. США)',
    neighbour: 'Сосед', neighbourShortfall: 'Что снизилось у соседа', neighbourShortfallCarats: 'Недостача соседа (кар.)', exportsCaratsBefore: 'Экспорт годом ранее (кар.)', expectedExportsCarats: 'Ожидаемый экспорт (кар.)', growth: 'Рост сверх ожидаемого', threshold: 'Порог', measureInForceOn: 'Мера ООН действует на',
    capacityMaxCarats: 'Оценённая мощность (кар.)', capacityMaxUsd: 'Оценённая мощность (долл. США)', productionUsd: 'Добыча (долл. США)', netExportsCarats: 'Экспорт за вычетом импорта (кар.)', assessments: 'Оценки',
    ownOriginCarats: 'Сертифицировано как собственное (кар.)', ownOriginCertificates: 'Сертификаты собственного происхождения', embargoedNeighbours: 'Соседи под мерой ООН', nonParticipantCertificates: 'Сертификаты для не-Участников', nonParticipantCarats: 'Караты для не-Участников', nonParticipantPartners: 'Партнёры, не являющиеся Участниками', unconfirmedCertificates: 'Неподтверждённые сертификаты', unconfirmedCarats: 'Неподтверждённые караты', unconfirmedFrom: 'Выданы', confirmationCutoff: 'Выданы не позднее', certificatesListed: 'Перечислено сертификатов', certificatesInvolved: 'Затронуто сертификатов',
    unresolved: 'Неурегулированные расхождения', oldestDays: 'Самое давнее (дней)', open: 'Открытые', explained: 'Объяснённые', discrepancies: 'Расхождения', asOf: 'На дату',
  },
  score: 'Оценка (1 = на пороге)',
  basis: { production: 'добыча', imports: 'импорт', exports: 'экспорт', measure: 'мера ООН' },
};

export const TEXTS: Record<ExplainLanguage, Texts> = { en, fr, pt, es, ru };

const LOCALES: Record<ExplainLanguage, string> = { en: 'en-GB', fr: 'fr-FR', pt: 'pt-PT', es: 'es-ES', ru: 'ru-RU' };

function formatters(lang: ExplainLanguage): Formatters {
  const locale = LOCALES[lang];
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const asNumber = (x: unknown) => (typeof x === 'number' ? x : Number(x));
  return {
    n: (x) => num.format(asNumber(x)),
    pct: (x) => percent.format(asNumber(x)),
    x: (x) => `${two.format(asNumber(x))} ×`,
    usd: (x) => `US$${two.format(asNumber(x))}`,
  };
}

export interface Explained {
  lang: ExplainLanguage;
  /** the reason, in the language; null when the finding was stored before reasons were kept */
  reason: string | null;
  rule: string;
  score: number | null;
  figures: { key: string; label: string; value: string }[];
}

/** The finding's reason, rule and figures in one of the five languages. */
export function explain(f: Pick<Finding, 'type' | 'participant' | 'period' | 'evidence'>, lang: ExplainLanguage): Explained {
  const t = TEXTS[lang];
  const fmt = formatters(lang);
  const reason = f.evidence.reason && { ...f.evidence.reason, params: namedCountries(f.evidence.reason.params, lang) };
  let text: string | null = null;
  if (reason) {
    if (f.type === 'certificate_pattern') {
      const parts = reason.variant.split('+').map((v) => {
        const params = Object.fromEntries(Object.entries(reason.params).filter(([k]) => k.startsWith(`${v}.`)).map(([k, x]) => [k.slice(v.length + 1), x]));
        return t.reasons[`certificate_pattern.${v}`]?.(params, fmt);
      });
      text = parts.every(Boolean) ? `${countryName(f.participant, lang)}: ${parts.join('; ')} (${reason.params.year ?? f.period}).` : null;
    } else {
      const tpl = t.reasons[`${f.type}.${reason.variant.split('.')[0]}`] ?? t.reasons[f.type];
      text = tpl ? tpl(reason.params, fmt) : null;
    }
  }
  const figures = Object.entries(f.evidence.figures).map(([key, v]) => ({
    key,
    label: t.labels[key] ?? key,
    value: v === null ? '—' : typeof v === 'string' && COUNTRY_PARAMS.test(key) ? (namedCountries({ [key]: v }, lang)[key] as string) : typeof v === 'number' ? (Number.isInteger(v) || Math.abs(v) >= 100 ? fmt.n(v) : new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(v)) : (t.basis[v] ?? v),
  }));
  const score = typeof f.evidence.score === 'number' ? f.evidence.score : null;
  if (score !== null) figures.unshift({ key: 'score', label: t.score, value: new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(score) });
  return { lang, reason: text, rule: t.rules[f.type] ?? f.evidence.rule, score, figures };
}

/** Participants in a reason's figures named as the reader's language names them (lists of codes: each one). */
const COUNTRY_PARAMS = /(^|\.)(participant|neighbour|partners|exporters|route)$/;
function namedCountries(params: Params, lang: ExplainLanguage): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = typeof v === 'string' && COUNTRY_PARAMS.test(k) ? v.replace(/\b[A-Z]{2}\b/g, (code) => countryName(code, lang)) : v;
  }
  return out;
}
