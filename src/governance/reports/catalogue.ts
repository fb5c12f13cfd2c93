// The server-side catalogue of the reports: headings and fixed sentences in the five plenary
// languages, and the localisation of figures, days and country names. Every language has exactly
// the keys of English (catalogue.test.ts checks).
import type { ReportLanguage } from './model.js';
import { GOVERNANCE_TEXTS } from './catalogue-governance.js';
import { PARTICIPATION_TEXTS } from './catalogue-participation.js';
import { RECORD_TEXTS } from './catalogue-records.js';
import { historicalName, namingDay } from '../../participants/names.js';

const en = {
  ...GOVERNANCE_TEXTS.en,
  ...RECORD_TEXTS.en,
  ...PARTICIPATION_TEXTS.en,
  'title.annual': 'Report of the Chair of the Kimberley Process Certification Scheme for {year}',
  'title.special.CI': "Special report on Côte d'Ivoire, {year}",
  subtitle: 'Generated on {date} from the records of the scheme. Passages quoted from the records and documents stand in their original language, followed by their source.',
  'h.introduction': 'Introduction',
  'p.introduction': '{chair}, in its capacity as the {year} Chair of the Kimberley Process Certification Scheme, submits this report on the implementation of the Kimberley Process in {year}.',
  'p.introductionNoChair': 'This report describes the implementation of the Kimberley Process Certification Scheme in {year}.',
  'h.statistics': 'Statistics',
  'p.statisticsReleased': '{reporters} Participants reported production and trade figures for {year}. The figures below are the summary released by the Working Group on Statistics.',
  'p.statisticsDraft': '{reporters} Participants reported production and trade figures for {year}. The figures below are a draft: the Working Group on Statistics has not released them yet.',
  'p.statisticsNone': 'No statistics have been submitted for {year}.',
  'fig.production': 'World production',
  'fig.exports': 'Exports',
  'fig.imports': 'Imports',
  'fig.certificates': 'Export certificates',
  'fig.carats': '{value} carats',
  'fig.usd': 'US$ {value}',
  'caption.topExporters': 'Largest exporters by value',
  'col.carats': 'Carats',
  'col.valueUsd': 'Value (US$)',
  'col.usdPerCarat': 'US$/carat',
  'h.challenges': 'Challenges',
  'p.measureEmbargo': '{target} is under a UN embargo on its rough diamonds since {from} ({basis}).',
  'p.measureSanctions': '{target} is under UN diamond sanctions since {from} ({basis}).',
  'p.highFindings': 'Findings of high severity on the statistics of {year}:',
  'p.highFindingsNone': 'No finding of high severity was raised on the statistics of {year}.',
  'col.finding': 'Finding',
  'col.period': 'Period',
  'col.summary': 'Summary',
  'col.findingStatus': 'Status',
  'p.habitual': 'Participants that habitually fail to submit their statistics: {list}.',
  'p.habitualNone': 'No Participant habitually fails to submit its statistics.',
  'h.wayForward': 'Way forward',
  'p.rotation': "On the expiry of the Chair's one-year term, the Vice-Chair, {vice}, becomes Chair for {next}.",
  'p.nextVice': 'The Plenary elected {nextVice} as Vice-Chair for {next}.',
  'h.measure': 'The UN measure',
  'p.moscow': "The Moscow Plenary of 2005 adopted a resolution on illicit production in Côte d'Ivoire: Participants watch rough diamonds from its neighbours and report shipments suspected of Ivorian origin.",
  'p.noMeasure': "No UN measure on Côte d'Ivoire was in force in {year}.",
  'h.neighbours': "Exports of Côte d'Ivoire's neighbours",
  'p.neighbours': "Exports and production reported by the neighbours of Côte d'Ivoire, {prev} and {year}. Exports that grow beyond production while Côte d'Ivoire is embargoed call for attention.",
  'p.neighboursNotParticipants': 'Not Participants in {year}, so without statistics: {list}.',
  'col.exportsYear': 'Exports {year} (ct)',
  'col.change': 'Change',
  'col.productionYear': 'Production {year} (ct)',
  'h.findings': 'Monitoring findings on the neighbours',
  'p.findingsNone': "No monitoring finding concerns Côte d'Ivoire or its neighbours for {year}.",
  'h.shipments': "Shipments suspected of Ivorian origin",
  'h.peerReview': 'Peer review',
  'name.EU': 'European Community',
  'name.TW': 'Chinese Taipei',
  none: 'none',
};

type Key = keyof typeof en;
type Catalogue = Record<Key, string>;

const fr: Catalogue = {
  ...GOVERNANCE_TEXTS.fr,
  ...RECORD_TEXTS.fr,
  ...PARTICIPATION_TEXTS.fr,
  'title.annual': 'Rapport de la présidence du Système de certification du Processus de Kimberley pour {year}',
  'title.special.CI': "Rapport spécial sur la Côte d'Ivoire, {year}",
  subtitle: "Établi le {date} à partir des registres du Système. Les passages cités des registres et des documents figurent dans leur langue d'origine, suivis de leur source.",
  'h.introduction': 'Introduction',
  'p.introduction': '{chair}, en sa qualité de présidence {year} du Système de certification du Processus de Kimberley, présente ce rapport sur la mise en œuvre du Processus de Kimberley en {year}.',
  'p.introductionNoChair': 'Ce rapport décrit la mise en œuvre du Système de certification du Processus de Kimberley en {year}.',
  'h.statistics': 'Statistiques',
  'p.statisticsReleased': '{reporters} Participants ont déclaré leurs chiffres de production et de commerce pour {year}. Les chiffres ci-dessous sont le résumé publié par le Groupe de travail sur les statistiques.',
  'p.statisticsDraft': "{reporters} Participants ont déclaré leurs chiffres de production et de commerce pour {year}. Les chiffres ci-dessous sont provisoires : le Groupe de travail sur les statistiques ne les a pas encore publiés.",
  'p.statisticsNone': "Aucune statistique n'a été soumise pour {year}.",
  'fig.production': 'Production mondiale',
  'fig.exports': 'Exportations',
  'fig.imports': 'Importations',
  'fig.certificates': "Certificats d'exportation",
  'fig.carats': '{value} carats',
  'fig.usd': '{value} $ US',
  'caption.topExporters': 'Principaux exportateurs en valeur',
  'col.carats': 'Carats',
  'col.valueUsd': 'Valeur ($ US)',
  'col.usdPerCarat': '$ US/carat',
  'h.challenges': 'Défis',
  'p.measureEmbargo': '{target} : embargo des Nations Unies sur ses diamants bruts depuis le {from} ({basis}).',
  'p.measureSanctions': '{target} : sanctions des Nations Unies sur les diamants depuis le {from} ({basis}).',
  'p.highFindings': 'Constats de gravité élevée sur les statistiques de {year} :',
  'p.highFindingsNone': "Aucun constat de gravité élevée n'a été relevé sur les statistiques de {year}.",
  'col.finding': 'Constat',
  'col.period': 'Période',
  'col.summary': 'Résumé',
  'col.findingStatus': 'État',
  'p.habitual': 'Participants qui manquent habituellement de soumettre leurs statistiques : {list}.',
  'p.habitualNone': 'Aucun Participant ne manque habituellement de soumettre ses statistiques.',
  'h.wayForward': 'Perspectives',
  'p.rotation': "À l'expiration du mandat d'un an de la présidence, la vice-présidence, {vice}, assure la présidence pour {next}.",
  'p.nextVice': 'La Plénière a élu {nextVice} à la vice-présidence pour {next}.',
  'h.measure': 'La mesure des Nations Unies',
  'p.moscow': "La Plénière de Moscou de 2005 a adopté une résolution sur la production illicite en Côte d'Ivoire : les Participants surveillent les diamants bruts de ses voisins et signalent les expéditions soupçonnées d'origine ivoirienne.",
  'p.noMeasure': "Aucune mesure des Nations Unies sur la Côte d'Ivoire n'était en vigueur en {year}.",
  'h.neighbours': "Exportations des voisins de la Côte d'Ivoire",
  'p.neighbours': "Exportations et production déclarées par les voisins de la Côte d'Ivoire, {prev} et {year}. Des exportations qui croissent au-delà de la production pendant l'embargo sur la Côte d'Ivoire appellent l'attention.",
  'p.neighboursNotParticipants': 'Non Participants en {year}, donc sans statistiques : {list}.',
  'col.exportsYear': 'Exportations {year} (ct)',
  'col.change': 'Variation',
  'col.productionYear': 'Production {year} (ct)',
  'h.findings': 'Constats de suivi sur les voisins',
  'p.findingsNone': "Aucun constat de suivi ne concerne la Côte d'Ivoire ou ses voisins pour {year}.",
  'h.shipments': "Expéditions soupçonnées d'origine ivoirienne",
  'h.peerReview': 'Examen par les pairs',
  'name.EU': 'Communauté européenne',
  'name.TW': 'Taipei chinois',
  none: 'aucun',
};

const pt: Catalogue = {
  ...GOVERNANCE_TEXTS.pt,
  ...RECORD_TEXTS.pt,
  ...PARTICIPATION_TEXTS.pt,
  'title.annual': 'Relatório da Presidência do Sistema de Certificação do Processo de Kimberley para {year}',
  'title.special.CI': 'Relatório especial sobre a Costa do Marfim, {year}',
  subtitle: 'Gerado em {date} a partir dos registos do Sistema. As passagens citadas dos registos e documentos figuram na sua língua original, seguidas da sua fonte.',
  'h.introduction': 'Introdução',
  'p.introduction': '{chair}, na qualidade de Presidência de {year} do Sistema de Certificação do Processo de Kimberley, apresenta este relatório sobre a aplicação do Processo de Kimberley em {year}.',
  'p.introductionNoChair': 'Este relatório descreve a aplicação do Sistema de Certificação do Processo de Kimberley em {year}.',
  'h.statistics': 'Estatísticas',
  'p.statisticsReleased': '{reporters} Participantes declararam os números de produção e comércio de {year}. Os números abaixo são o resumo publicado pelo Grupo de Trabalho de Estatísticas.',
  'p.statisticsDraft': '{reporters} Participantes declararam os números de produção e comércio de {year}. Os números abaixo são provisórios: o Grupo de Trabalho de Estatísticas ainda não os publicou.',
  'p.statisticsNone': 'Não foram apresentadas estatísticas para {year}.',
  'fig.production': 'Produção mundial',
  'fig.exports': 'Exportações',
  'fig.imports': 'Importações',
  'fig.certificates': 'Certificados de exportação',
  'fig.carats': '{value} quilates',
  'fig.usd': 'US$ {value}',
  'caption.topExporters': 'Maiores exportadores em valor',
  'col.carats': 'Quilates',
  'col.valueUsd': 'Valor (US$)',
  'col.usdPerCarat': 'US$/quilate',
  'h.challenges': 'Desafios',
  'p.measureEmbargo': '{target}: embargo das Nações Unidas sobre os seus diamantes em bruto desde {from} ({basis}).',
  'p.measureSanctions': '{target}: sanções das Nações Unidas sobre os diamantes desde {from} ({basis}).',
  'p.highFindings': 'Constatações de gravidade elevada sobre as estatísticas de {year}:',
  'p.highFindingsNone': 'Não foi registada nenhuma constatação de gravidade elevada sobre as estatísticas de {year}.',
  'col.finding': 'Constatação',
  'col.period': 'Período',
  'col.summary': 'Resumo',
  'col.findingStatus': 'Estado',
  'p.habitual': 'Participantes que habitualmente não apresentam as suas estatísticas: {list}.',
  'p.habitualNone': 'Nenhum Participante deixa habitualmente de apresentar as suas estatísticas.',
  'h.wayForward': 'Perspetivas',
  'p.rotation': 'No termo do mandato de um ano da Presidência, a Vice-Presidência, {vice}, assume a Presidência para {next}.',
  'p.nextVice': 'A Plenária elegeu {nextVice} para a Vice-Presidência de {next}.',
  'h.measure': 'A medida das Nações Unidas',
  'p.moscow': 'A Plenária de Moscovo de 2005 adotou uma resolução sobre a produção ilícita na Costa do Marfim: os Participantes vigiam os diamantes em bruto dos seus vizinhos e comunicam as remessas suspeitas de origem marfinense.',
  'p.noMeasure': 'Nenhuma medida das Nações Unidas sobre a Costa do Marfim estava em vigor em {year}.',
  'h.neighbours': 'Exportações dos vizinhos da Costa do Marfim',
  'p.neighbours': 'Exportações e produção declaradas pelos vizinhos da Costa do Marfim, {prev} e {year}. Exportações que crescem além da produção durante o embargo à Costa do Marfim merecem atenção.',
  'p.neighboursNotParticipants': 'Não Participantes em {year}, portanto sem estatísticas: {list}.',
  'col.exportsYear': 'Exportações {year} (ct)',
  'col.change': 'Variação',
  'col.productionYear': 'Produção {year} (ct)',
  'h.findings': 'Constatações de monitorização sobre os vizinhos',
  'p.findingsNone': 'Nenhuma constatação de monitorização diz respeito à Costa do Marfim ou aos seus vizinhos em {year}.',
  'h.shipments': 'Remessas suspeitas de origem marfinense',
  'h.peerReview': 'Avaliação pelos pares',
  'name.EU': 'Comunidade Europeia',
  'name.TW': 'Taipé Chinês',
  none: 'nenhum',
};

const es: Catalogue = {
  ...GOVERNANCE_TEXTS.es,
  ...RECORD_TEXTS.es,
  ...PARTICIPATION_TEXTS.es,
  'title.annual': 'Informe de la Presidencia del Sistema de Certificación del Proceso de Kimberley para {year}',
  'title.special.CI': "Informe especial sobre Côte d'Ivoire, {year}",
  subtitle: 'Generado el {date} a partir de los registros del Sistema. Los pasajes citados de los registros y documentos figuran en su idioma original, seguidos de su fuente.',
  'h.introduction': 'Introducción',
  'p.introduction': '{chair}, en su calidad de Presidencia de {year} del Sistema de Certificación del Proceso de Kimberley, presenta este informe sobre la aplicación del Proceso de Kimberley en {year}.',
  'p.introductionNoChair': 'Este informe describe la aplicación del Sistema de Certificación del Proceso de Kimberley en {year}.',
  'h.statistics': 'Estadísticas',
  'p.statisticsReleased': '{reporters} Participantes declararon sus cifras de producción y comercio de {year}. Las cifras siguientes son el resumen publicado por el Grupo de Trabajo de Estadísticas.',
  'p.statisticsDraft': '{reporters} Participantes declararon sus cifras de producción y comercio de {year}. Las cifras siguientes son provisionales: el Grupo de Trabajo de Estadísticas aún no las ha publicado.',
  'p.statisticsNone': 'No se han presentado estadísticas para {year}.',
  'fig.production': 'Producción mundial',
  'fig.exports': 'Exportaciones',
  'fig.imports': 'Importaciones',
  'fig.certificates': 'Certificados de exportación',
  'fig.carats': '{value} quilates',
  'fig.usd': 'US$ {value}',
  'caption.topExporters': 'Principales exportadores por valor',
  'col.carats': 'Quilates',
  'col.valueUsd': 'Valor (US$)',
  'col.usdPerCarat': 'US$/quilate',
  'h.challenges': 'Desafíos',
  'p.measureEmbargo': '{target}: embargo de las Naciones Unidas sobre sus diamantes en bruto desde el {from} ({basis}).',
  'p.measureSanctions': '{target}: sanciones de las Naciones Unidas sobre los diamantes desde el {from} ({basis}).',
  'p.highFindings': 'Constataciones de gravedad alta sobre las estadísticas de {year}:',
  'p.highFindingsNone': 'No se registró ninguna constatación de gravedad alta sobre las estadísticas de {year}.',
  'col.finding': 'Constatación',
  'col.period': 'Período',
  'col.summary': 'Resumen',
  'col.findingStatus': 'Estado',
  'p.habitual': 'Participantes que habitualmente no presentan sus estadísticas: {list}.',
  'p.habitualNone': 'Ningún Participante deja habitualmente de presentar sus estadísticas.',
  'h.wayForward': 'Perspectivas',
  'p.rotation': 'Al expirar el mandato de un año de la Presidencia, la Vicepresidencia, {vice}, asume la Presidencia para {next}.',
  'p.nextVice': 'La Plenaria eligió a {nextVice} para la Vicepresidencia de {next}.',
  'h.measure': 'La medida de las Naciones Unidas',
  'p.moscow': "La Plenaria de Moscú de 2005 adoptó una resolución sobre la producción ilícita en Côte d'Ivoire: los Participantes vigilan los diamantes en bruto de sus vecinos y notifican los envíos sospechosos de origen marfileño.",
  'p.noMeasure': "Ninguna medida de las Naciones Unidas sobre Côte d'Ivoire estaba en vigor en {year}.",
  'h.neighbours': "Exportaciones de los vecinos de Côte d'Ivoire",
  'p.neighbours': "Exportaciones y producción declaradas por los vecinos de Côte d'Ivoire, {prev} y {year}. Las exportaciones que crecen más allá de la producción durante el embargo a Côte d'Ivoire merecen atención.",
  'p.neighboursNotParticipants': 'No Participantes en {year}, por tanto sin estadísticas: {list}.',
  'col.exportsYear': 'Exportaciones {year} (ct)',
  'col.change': 'Variación',
  'col.productionYear': 'Producción {year} (ct)',
  'h.findings': 'Constataciones de vigilancia sobre los vecinos',
  'p.findingsNone': "Ninguna constatación de vigilancia se refiere a Côte d'Ivoire o a sus vecinos en {year}.",
  'h.shipments': 'Envíos sospechosos de origen marfileño',
  'h.peerReview': 'Examen entre pares',
  'name.EU': 'Comunidad Europea',
  'name.TW': 'Taipéi Chino',
  none: 'ninguno',
};

const ru: Catalogue = {
  ...GOVERNANCE_TEXTS.ru,
  ...RECORD_TEXTS.ru,
  ...PARTICIPATION_TEXTS.ru,
  'title.annual': 'Доклад Председателя Системы сертификации Кимберлийского процесса за {year} год',
  'title.special.CI': "Специальный доклад о Кот-д'Ивуаре, {year} год",
  subtitle: 'Составлен {date} по данным учёта Системы. Цитаты из учётных записей и документов приводятся на языке оригинала с указанием источника.',
  'h.introduction': 'Введение',
  'p.introduction': '{chair}, в качестве Председателя Системы сертификации Кимберлийского процесса в {year} году, представляет настоящий доклад об осуществлении Кимберлийского процесса в {year} году.',
  'p.introductionNoChair': 'Настоящий доклад описывает осуществление Системы сертификации Кимберлийского процесса в {year} году.',
  'h.statistics': 'Статистика',
  'p.statisticsReleased': '{reporters} Участников представили данные о добыче и торговле за {year} год. Ниже приведена сводка, опубликованная Рабочей группой по статистике.',
  'p.statisticsDraft': '{reporters} Участников представили данные о добыче и торговле за {year} год. Ниже приведены предварительные данные: Рабочая группа по статистике их ещё не опубликовала.',
  'p.statisticsNone': 'Статистические данные за {year} год не представлены.',
  'fig.production': 'Мировая добыча',
  'fig.exports': 'Экспорт',
  'fig.imports': 'Импорт',
  'fig.certificates': 'Экспортные сертификаты',
  'fig.carats': '{value} карат',
  'fig.usd': '{value} долл. США',
  'caption.topExporters': 'Крупнейшие экспортёры по стоимости',
  'col.carats': 'Караты',
  'col.valueUsd': 'Стоимость (долл. США)',
  'col.usdPerCarat': 'Долл. США/карат',
  'h.challenges': 'Проблемы',
  'p.measureEmbargo': '{target}: с {from} действует эмбарго ООН на необработанные алмазы ({basis}).',
  'p.measureSanctions': '{target}: с {from} действуют санкции ООН в отношении алмазов ({basis}).',
  'p.highFindings': 'Выводы высокой степени серьёзности по статистике {year} года:',
  'p.highFindingsNone': 'Выводов высокой степени серьёзности по статистике {year} года не было.',
  'col.finding': 'Вывод',
  'col.period': 'Период',
  'col.summary': 'Содержание',
  'col.findingStatus': 'Состояние',
  'p.habitual': 'Участники, систематически не представляющие статистику: {list}.',
  'p.habitualNone': 'Участников, систематически не представляющих статистику, нет.',
  'h.wayForward': 'Дальнейшие шаги',
  'p.rotation': 'По истечении годичного срока полномочий Председателя заместитель Председателя, {vice}, становится Председателем на {next} год.',
  'p.nextVice': 'Пленарное заседание избрало {nextVice} заместителем Председателя на {next} год.',
  'h.measure': 'Мера ООН',
  'p.moscow': "Московское пленарное заседание 2005 года приняло резолюцию о незаконной добыче в Кот-д'Ивуаре: Участники следят за необработанными алмазами из соседних стран и сообщают о партиях, подозреваемых в ивуарийском происхождении.",
  'p.noMeasure': "В {year} году меры ООН в отношении Кот-д'Ивуара не действовали.",
  'h.neighbours': "Экспорт соседей Кот-д'Ивуара",
  'p.neighbours': "Экспорт и добыча, заявленные соседями Кот-д'Ивуара, за {prev} и {year} годы. Рост экспорта сверх добычи во время эмбарго в отношении Кот-д'Ивуара требует внимания.",
  'p.neighboursNotParticipants': 'Не являлись Участниками в {year} году, поэтому статистики нет: {list}.',
  'col.exportsYear': 'Экспорт {year} (кар.)',
  'col.change': 'Изменение',
  'col.productionYear': 'Добыча {year} (кар.)',
  'h.findings': 'Выводы мониторинга по соседним странам',
  'p.findingsNone': "За {year} год выводов мониторинга по Кот-д'Ивуару и соседним странам нет.",
  'h.shipments': 'Партии, подозреваемые в ивуарийском происхождении',
  'h.peerReview': 'Коллегиальный обзор',
  'name.EU': 'Европейское сообщество',
  'name.TW': 'Китайский Тайбэй',
  none: 'нет',
};

export const CATALOGUE: Record<ReportLanguage, Catalogue> = { en, fr, pt, es, ru };
export type MessageKey = Key;

/** The sentence in the language, with {name} placeholders filled. */
export function t(lang: ReportLanguage, key: Key, params: Record<string, string | number> = {}): string {
  return CATALOGUE[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A number in the language's way (1,234.5 / 1 234,5 …), with at most `digits` decimals. */
export function num(lang: ReportLanguage, value: number, digits = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function percent(lang: ReportLanguage, ratio: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(ratio);
}

/** A day written the language's way (30 November 2006 / 30 ноября 2006 г.). */
export function day(lang: ReportLanguage, iso: string): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/**
 * A country's or Participant's name in the language as it was in the year reported on (Swaziland in
 * 2006, Eswatini in 2019: participants/names.ts), else the locale's name; the scheme's own names for
 * EU and TW.
 */
export function country(lang: ReportLanguage, year: number, code: string, fallback?: string): string {
  if (code === 'EU') return t(lang, 'name.EU');
  if (code === 'TW') return t(lang, 'name.TW');
  const historical = historicalName(code, lang, namingDay(year));
  if (historical) return historical;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // not a region code
  }
  return fallback ?? code;
}

/** A list joined the language's way ("A, B and C"). */
export function list(lang: ReportLanguage, items: string[]): string {
  return items.length ? new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items) : t(lang, 'none');
}

/** Languages named in the language, joined its way ("French, Portuguese and Russian" / "français, portugais et russe"). */
export function languages(lang: ReportLanguage, codes: string[]): string {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return list(lang, codes.map((c) => names.of(c) ?? c));
}
