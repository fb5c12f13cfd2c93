// What a report of a suspicious shipment and an enforcement action taken on it are refused for, in the
// five languages (src/core/i18n.ts). Codes, numbers, examples and days come in as parameters.
import { defineMessages } from '../../core/i18n.js';

export const m = defineMessages({
  'report.refused': {
    en: 'The report is not valid: {problems}.',
    fr: 'Le signalement n’est pas valide : {problems}.',
    pt: 'A comunicação não é válida: {problems}.',
    es: 'El informe no es válido: {problems}.',
    ru: 'Сообщение недействительно: {problems}.',
  },
  'enforcement.refused': {
    en: 'The enforcement action is not valid: {problems}.',
    fr: 'La mesure d’exécution n’est pas valide : {problems}.',
    pt: 'A medida de execução não é válida: {problems}.',
    es: 'La medida de ejecución no es válida: {problems}.',
    ru: 'Мера принуждения недействительна: {problems}.',
  },
  'report.noParticipant': {
    en: '{name} reports for no Participant: a suspicious shipment is reported by the authority that met it.',
    fr: '{name} ne signale pour aucun Participant : une expédition suspecte est signalée par l’autorité qui l’a rencontrée.',
    pt: '{name} não comunica por nenhum Participante: uma remessa suspeita é comunicada pela autoridade que a encontrou.',
    es: '{name} no informa por ningún Participante: un envío sospechoso lo informa la autoridad que lo encontró.',
    ru: '{name} не сообщает ни от какого участника: о подозрительной партии сообщает орган, который её обнаружил.',
  },
  'report.unknown': {
    en: 'No suspicious shipment report {id}.',
    fr: 'Aucun signalement d’expédition suspecte {id}.',
    pt: 'Nenhuma comunicação de remessa suspeita {id}.',
    es: 'No hay ningún informe de envío sospechoso {id}.',
    ru: 'Сообщения о подозрительной партии {id} нет.',
  },
  'finding.unknownDetail': { en: 'no such finding', fr: 'constatation inexistante', pt: 'constatação inexistente', es: 'constatación inexistente', ru: 'такого выявления нет' },
  'option.notNumber': {
    en: '{option} must be a number, got "{value}"',
    fr: '{option} doit être un nombre, reçu « {value} »',
    pt: '{option} deve ser um número, recebido «{value}»',
    es: '{option} debe ser un número, recibido «{value}»',
    ru: '{option} должно быть числом, получено «{value}»',
  },
  // ---- a report's fields ----
  'field.code': {
    en: 'an {standard} code, e.g. {example}',
    fr: 'un code {standard}, par exemple {example}',
    pt: 'um código {standard}, por exemplo {example}',
    es: 'un código {standard}, por ejemplo {example}',
    ru: 'код {standard}, например {example}',
  },
  'field.codeOrMixed': {
    en: 'an {standard} code or "{mixed}"',
    fr: 'un code {standard} ou « {mixed} »',
    pt: 'um código {standard} ou «{mixed}»',
    es: 'un código {standard} o «{mixed}»',
    ru: 'код {standard} или «{mixed}»',
  },
  'field.codeOnly': { en: 'an {standard} code', fr: 'un code {standard}', pt: 'um código {standard}', es: 'un código {standard}', ru: 'код {standard}' },
  'field.certificateNumber': {
    en: 'not a certificate number (like {example}); leave it out if the shipment had none',
    fr: 'pas un numéro de certificat (comme {example}) ; omettez-le si l’expédition n’en avait pas',
    pt: 'não é um número de certificado (como {example}); omita-o se a remessa não tinha nenhum',
    es: 'no es un número de certificado (como {example}); omítalo si el envío no tenía ninguno',
    ru: 'не номер сертификата (вида {example}); не указывайте его, если у партии сертификата не было',
  },
  'field.positive': {
    en: 'more than zero, at most two decimals',
    fr: 'plus que zéro, au plus deux décimales',
    pt: 'mais que zero, no máximo duas casas decimais',
    es: 'más de cero, como máximo dos decimales',
    ru: 'больше нуля, не более двух знаков после запятой',
  },
  'field.amount': {
    en: 'zero or more, at most two decimals',
    fr: 'zéro ou plus, au plus deux décimales',
    pt: 'zero ou mais, no máximo duas casas decimais',
    es: 'cero o más, como máximo dos decimales',
    ru: 'ноль или больше, не более двух знаков после запятой',
  },
  'field.exporter': {
    en: 'name the exporter (or "unknown")',
    fr: 'nommez l’exportateur (ou « inconnu »)',
    pt: 'indique o exportador (ou «desconhecido»)',
    es: 'nombre al exportador (o «desconocido»)',
    ru: 'назовите экспортёра (или «неизвестен»)',
  },
  'field.description': {
    en: 'say what was met and why it is suspected',
    fr: 'dites ce qui a été rencontré et pourquoi c’est suspect',
    pt: 'diga o que foi encontrado e porque é suspeito',
    es: 'diga qué se encontró y por qué se sospecha',
    ru: 'опишите, что обнаружено и почему это подозрительно',
  },
  'field.beforeReport': {
    en: 'before the shipment was reported ({day})',
    fr: 'avant le signalement de l’expédition ({day})',
    pt: 'antes da comunicação da remessa ({day})',
    es: 'antes de que se informara del envío ({day})',
    ru: 'раньше сообщения о партии ({day})',
  },
  'field.outcome': {
    en: 'say what came of it (e.g. "goods seized, exporter charged")',
    fr: 'dites ce qu’il en est résulté (par exemple « marchandises saisies, exportateur poursuivi »)',
    pt: 'diga o que resultou (por exemplo «mercadorias apreendidas, exportador acusado»)',
    es: 'diga qué resultó (por ejemplo «mercancías incautadas, exportador acusado»)',
    ru: 'укажите, чем это закончилось (например, «товар изъят, экспортёру предъявлено обвинение»)',
  },
});
