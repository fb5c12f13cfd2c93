// What monitoring tells a person in an alert, in the five languages: a finding assigned to them, a
// suspicious shipment reported, an enforcement action taken. Participants and countries are named, days
// and carats written in the reader's language (src/core/i18n.ts).
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  // ---- the words of a finding ----
  'severity.low': { en: 'low severity', fr: 'gravité faible', pt: 'gravidade baixa', es: 'gravedad baja', ru: 'низкая серьёзность' },
  'severity.medium': { en: 'medium severity', fr: 'gravité moyenne', pt: 'gravidade média', es: 'gravedad media', ru: 'средняя серьёзность' },
  'severity.high': { en: 'high severity', fr: 'gravité élevée', pt: 'gravidade elevada', es: 'gravedad alta', ru: 'высокая серьёзность' },

  'finding.assigned.subject': {
    en: 'Finding assigned to you: {type}, {participant}, {period}',
    fr: 'Constatation qui vous est attribuée : {type}, {participant}, {period}',
    pt: 'Constatação atribuída a si: {type}, {participant}, {period}',
    es: 'Hallazgo asignado a usted: {type}, {participant}, {period}',
    ru: 'Вам поручен результат мониторинга: {type}, {participant}, {period}',
  },
  'finding.assigned.body': {
    en: '{by} assigned you the monitoring finding "{summary}" ({severity}).',
    fr: '{by} vous a attribué la constatation de suivi « {summary} » ({severity}).',
    pt: '{by} atribuiu-lhe a constatação de monitorização «{summary}» ({severity}).',
    es: '{by} le asignó el hallazgo de seguimiento «{summary}» ({severity}).',
    ru: '{by} поручил(а) вам результат мониторинга «{summary}» ({severity}).',
  },

  // ---- a suspicious shipment ----
  'shipment.reported.subject': {
    en: 'Suspicious shipment reported by {participant}: {carats} ct, suspected origin {origin}',
    fr: 'Expédition suspecte signalée par {participant} : {carats} ct, origine soupçonnée : {origin}',
    pt: 'Remessa suspeita comunicada por {participant}: {carats} ct, origem suspeita: {origin}',
    es: 'Envío sospechoso notificado por {participant}: {carats} ct, origen sospechado: {origin}',
    ru: 'Сообщение о подозрительной партии ({participant}): {carats} кар., предполагаемое происхождение: {origin}',
  },
  'shipment.reported.body': {
    en: 'The authority of {participant} reported on {on} a shipment of {carats} ct{value} from {exporter}{exporterCountry}, suspected of {origin} origin{declared}. Certificate: {certificate}. {description}',
    fr: "L'autorité de {participant} a signalé le {on} une expédition de {carats} ct{value} de {exporter}{exporterCountry}, d'origine soupçonnée : {origin}{declared}. Certificat : {certificate}. {description}",
    pt: 'A autoridade de {participant} comunicou em {on} uma remessa de {carats} ct{value} de {exporter}{exporterCountry}, de origem suspeita: {origin}{declared}. Certificado: {certificate}. {description}',
    es: 'La autoridad de {participant} notificó el {on} un envío de {carats} ct{value} de {exporter}{exporterCountry}, de origen sospechado: {origin}{declared}. Certificado: {certificate}. {description}',
    ru: 'Орган Участника {participant} сообщил {on} о партии массой {carats} кар.{value} от {exporter}{exporterCountry}; предполагаемое происхождение: {origin}{declared}. Сертификат: {certificate}. {description}',
  },
  'shipment.value': { en: ' (US$ {usd})', fr: ' ({usd} $ US)', pt: ' (US$ {usd})', es: ' (US$ {usd})', ru: ' ({usd} долл. США)' },
  'shipment.exporterCountry': { en: ' ({country})', fr: ' ({country})', pt: ' ({country})', es: ' ({country})', ru: ' (страна: {country})' },
  'shipment.declared': { en: ', declared {country}', fr: ', déclarée : {country}', pt: ', declarada: {country}', es: ', declarado: {country}', ru: ', заявленное: {country}' },
  'shipment.certificate': { en: '{number} ({verdict})', fr: '{number} ({verdict})', pt: '{number} ({verdict})', es: '{number} ({verdict})', ru: '{number} (результат проверки: {verdict})' },
  'shipment.noCertificate': { en: 'none', fr: 'aucun', pt: 'nenhum', es: 'ninguno', ru: 'нет' },

  // ---- an enforcement action ----
  'kind.seizure': { en: 'seizure', fr: 'saisie', pt: 'apreensão', es: 'incautación', ru: 'изъятие' },
  'kind.prosecution': { en: 'prosecution', fr: 'poursuite', pt: 'ação penal', es: 'enjuiciamiento', ru: 'уголовное преследование' },
  'kind.other': { en: 'other action', fr: 'autre mesure', pt: 'outra medida', es: 'otra medida', ru: 'иная мера' },
  'enforcement.subject': {
    en: '{participant} reports a {kind} on {on} ({reference})',
    fr: '{participant} signale une mesure ({kind}) le {on} ({reference})',
    pt: '{participant} comunica uma medida ({kind}) em {on} ({reference})',
    es: '{participant} notifica una medida ({kind}) el {on} ({reference})',
    ru: '{participant} сообщает о мере ({kind}) от {on} ({reference})',
  },
  'enforcement.body': {
    en: '{participant} reports a {kind} taken on {on} against the shipment of {carats} ct suspected of {origin} origin: {outcome}{seized}{penalty}.',
    fr: "{participant} signale une mesure ({kind}) prise le {on} contre l'expédition de {carats} ct d'origine soupçonnée : {origin}. Résultat : {outcome}{seized}{penalty}.",
    pt: '{participant} comunica uma medida ({kind}) tomada em {on} contra a remessa de {carats} ct de origem suspeita: {origin}. Resultado: {outcome}{seized}{penalty}.',
    es: '{participant} notifica una medida ({kind}) adoptada el {on} contra el envío de {carats} ct de origen sospechado: {origin}. Resultado: {outcome}{seized}{penalty}.',
    ru: '{participant} сообщает о мере ({kind}), принятой {on} в отношении партии массой {carats} кар., предполагаемое происхождение: {origin}. Итог: {outcome}{seized}{penalty}.',
  },
  'enforcement.carats': { en: '; {carats} ct', fr: ' ; {carats} ct', pt: '; {carats} ct', es: '; {carats} ct', ru: '; {carats} кар.' },
  'enforcement.penalty': { en: '; penalty US$ {usd}', fr: ' ; amende de {usd} $ US', pt: '; multa de US$ {usd}', es: '; multa de US$ {usd}', ru: '; штраф {usd} долл. США' },

  // ---- what the regional view refuses ----
  'region.unknown': {
    en: 'No region {id}: one of {allowed}.',
    fr: 'Aucune région {id} : une valeur parmi {allowed}.',
    pt: 'Nenhuma região {id}: uma de {allowed}.',
    es: 'Ninguna región {id}: una de {allowed}.',
    ru: 'Региона {id} нет: допустимые значения — {allowed}.',
  },
  'region.unknownDetail': { en: 'unknown region', fr: 'région inconnue', pt: 'região desconhecida', es: 'región desconocida', ru: 'неизвестный регион' },
  'region.years': {
    en: 'The years run from {from} to {to}: at most forty, from before to.',
    fr: 'Les années vont de {from} à {to} : quarante au plus, de la première à la dernière.',
    pt: 'Os anos vão de {from} a {to}: no máximo quarenta, do primeiro ao último.',
    es: 'Los años van de {from} a {to}: como máximo cuarenta, del primero al último.',
    ru: 'Годы с {from} по {to}: не более сорока, от первого к последнему.',
  },
  // ---- capacity assessments ----
  'capacity.refused': {
    en: 'The capacity assessment is not valid: {problems}.',
    fr: 'L’évaluation de capacité n’est pas valide : {problems}.',
    pt: 'A avaliação de capacidade não é válida: {problems}.',
    es: 'La evaluación de capacidad no es válida: {problems}.',
    ru: 'Оценка мощностей недействительна: {problems}.',
  },
  'capacity.unknown': {
    en: 'No capacity assessment {id}.',
    fr: 'Aucune évaluation de capacité {id}.',
    pt: 'Nenhuma avaliação de capacidade {id}.',
    es: 'No hay ninguna evaluación de capacidad {id}.',
    ru: 'Оценки мощностей {id} нет.',
  },
  'capacity.participant': {
    en: 'an {standard} code of a Participant, e.g. {example}',
    fr: 'un code {standard} d’un Participant, par exemple {example}',
    pt: 'um código {standard} de um Participante, por exemplo {example}',
    es: 'un código {standard} de un Participante, por ejemplo {example}',
    ru: 'код участника по {standard}, например {example}',
  },
  'capacity.notInRegistry': {
    en: '{participant} is not in the registry',
    fr: '{participant} n’est pas dans le registre',
    pt: '{participant} não está no registo',
    es: '{participant} no está en el registro',
    ru: '{participant} нет в реестре',
  },
  'capacity.carats': {
    en: 'carats a year, zero or more, at most two decimals',
    fr: 'carats par an, zéro ou plus, au plus deux décimales',
    pt: 'quilates por ano, zero ou mais, no máximo duas casas decimais',
    es: 'quilates al año, cero o más, como máximo dos decimales',
    ru: 'караты в год, ноль или больше, не более двух знаков после запятой',
  },
  'capacity.usd': {
    en: '{currency} a year, zero or more, at most two decimals',
    fr: '{currency} par an, zéro ou plus, au plus deux décimales',
    pt: '{currency} por ano, zero ou mais, no máximo duas casas decimais',
    es: '{currency} al año, cero o más, como máximo dos decimales',
    ru: '{currency} в год, ноль или больше, не более двух знаков после запятой',
  },
  'capacity.belowMinimum': { en: 'below the minimum', fr: 'en dessous du minimum', pt: 'abaixo do mínimo', es: 'por debajo del mínimo', ru: 'меньше минимума' },
  'capacity.zero': {
    en: 'a capacity of zero carats is no assessment',
    fr: 'une capacité de zéro carat n’est pas une évaluation',
    pt: 'uma capacidade de zero quilates não é uma avaliação',
    es: 'una capacidad de cero quilates no es una evaluación',
    ru: 'мощность в ноль карат — не оценка',
  },
  'capacity.source': {
    en: 'say who assessed it (e.g. "review mission to Ghana, 2006")',
    fr: 'dites qui l’a évaluée (par exemple « mission d’examen au Ghana, 2006 »)',
    pt: 'diga quem a avaliou (por exemplo «missão de avaliação ao Gana, 2006»)',
    es: 'diga quién la evaluó (por ejemplo «misión de examen a Ghana, 2006»)',
    ru: 'укажите, кто провёл оценку (например, «обзорная миссия в Гану, 2006»)',
  },
  'capacity.areaEmpty': {
    en: 'empty: leave it out for the whole Participant',
    fr: 'vide : omettez-le pour l’ensemble du Participant',
    pt: 'vazio: omita-o para todo o Participante',
    es: 'vacío: omítalo para todo el Participante',
    ru: 'пусто: не указывайте, если оценка для всего участника',
  },
  // ---- findings ----
  'finding.unknown': {
    en: 'No finding {id}.',
    fr: 'Aucune constatation {id}.',
    pt: 'Nenhuma constatação {id}.',
    es: 'No hay ninguna constatación {id}.',
    ru: 'Выявления {id} нет.',
  },
  'finding.needsOutcome': {
    en: 'A finding is closed with its outcome: say what was found (e.g. "explained by stock sales", "referred to a review mission").',
    fr: 'Une constatation se clôt avec son issue : dites ce qui a été trouvé (par exemple « expliqué par des ventes de stock », « renvoyé à une mission d’examen »).',
    pt: 'Uma constatação é encerrada com o seu resultado: diga o que foi apurado (por exemplo «explicado por vendas de stock», «remetido a uma missão de avaliação»).',
    es: 'Una constatación se cierra con su resultado: diga qué se halló (por ejemplo «explicado por ventas de existencias», «remitido a una misión de examen»).',
    ru: 'Выявление закрывается с его итогом: укажите, что установлено (например, «объясняется продажей запасов», «передано обзорной миссии»).',
  },
  'finding.requiredToClose': { en: 'required to close', fr: 'requis pour clore', pt: 'obrigatório para encerrar', es: 'obligatorio para cerrar', ru: 'обязательно для закрытия' },
  'analysis.year': {
    en: 'year must be a whole year from {first}, got {year}',
    fr: 'l’année doit être une année entière à partir de {first}, reçu {year}',
    pt: 'o ano deve ser um ano inteiro a partir de {first}, recebido {year}',
    es: 'el año debe ser un año entero a partir de {first}, recibido {year}',
    ru: 'год должен быть целым, начиная с {first}, получено {year}',
  },
  'analysis.day': {
    en: 'The day of the analysis is written yyyy-mm-dd, got "{day}".',
    fr: 'Le jour de l’analyse s’écrit aaaa-mm-jj, reçu « {day} ».',
    pt: 'O dia da análise escreve-se aaaa-mm-dd, recebido «{day}».',
    es: 'El día del análisis se escribe aaaa-mm-dd, recibido «{day}».',
    ru: 'День анализа записывается как гггг-мм-дд, получено «{day}».',
  },
  'option.year': {
    en: '{option} must be a year, got "{value}"',
    fr: '{option} doit être une année, reçu « {value} »',
    pt: '{option} deve ser um ano, recebido «{value}»',
    es: '{option} debe ser un año, recibido «{value}»',
    ru: '{option} должно быть годом, получено «{value}»',
  },
});
