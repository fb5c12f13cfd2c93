// The words governance's refusals share across its parts (a required field, a day, a year, a Participant
// or organisation of the registry), in the five languages (src/core/i18n.ts). Codes, paths and days come
// in as parameters. Each part's own refusals live beside it (decisions/messages.ts, reviews/messages.ts …).
import { defineMessages } from '../core/i18n.js';

export const common = defineMessages({
  isRequired: { en: 'is required', fr: 'est obligatoire', pt: 'é obrigatório', es: 'es obligatorio', ru: 'обязательно' },
  dayWritten: { en: 'a day written yyyy-mm-dd', fr: 'une date écrite aaaa-mm-jj', pt: 'uma data escrita aaaa-mm-dd', es: 'una fecha escrita aaaa-mm-dd', ru: 'дата в виде гггг-мм-дд' },
  notADay: { en: 'not a day', fr: 'pas une date', pt: 'não é uma data', es: 'no es una fecha', ru: 'не дата' },
  notAValidDay: { en: 'not a valid day', fr: 'pas une date valide', pt: 'não é uma data válida', es: 'no es una fecha válida', ru: 'недопустимая дата' },
  notADayParen: { en: 'not a day (yyyy-mm-dd)', fr: 'pas une date (aaaa-mm-jj)', pt: 'não é uma data (aaaa-mm-dd)', es: 'no es una fecha (aaaa-mm-dd)', ru: 'не дата (гггг-мм-дд)' },
  mustBeOneOf: { en: 'must be one of {allowed}', fr: 'doit être une valeur parmi {allowed}', pt: 'deve ser um de {allowed}', es: 'debe ser uno de {allowed}', ru: 'должно быть одним из значений: {allowed}' },
  dayExpected: {
    en: '{path} must be a day written yyyy-mm-dd, got "{value}"',
    fr: '{path} doit être une date écrite aaaa-mm-jj ; reçu « {value} »',
    pt: '{path} deve ser uma data escrita aaaa-mm-dd; recebido «{value}»',
    es: '{path} debe ser una fecha escrita aaaa-mm-dd; se recibió «{value}»',
    ru: '{path} должно быть датой в виде гггг-мм-дд; получено «{value}»',
  },
  yearFrom2003: {
    en: 'year must be a whole year from 2003, got {year}',
    fr: 'l’année doit être une année entière à partir de 2003 ; reçu {year}',
    pt: 'o ano deve ser um ano inteiro a partir de 2003; recebido {year}',
    es: 'el año debe ser un año entero a partir de 2003; se recibió {year}',
    ru: 'год должен быть целым, начиная с 2003; получено {year}',
  },
  noParticipant: {
    en: 'No Participant with code {code}.',
    fr: 'Aucun Participant n’a le code {code}.',
    pt: 'Nenhum Participante tem o código {code}.',
    es: 'Ningún Participante tiene el código {code}.',
    ru: 'Нет участника с кодом {code}.',
  },
  notAParticipant: {
    en: '{code} is not a Participant of the registry',
    fr: '{code} n’est pas un Participant du registre',
    pt: '{code} não é um Participante do registo',
    es: '{code} no es un Participante del registro',
    ru: '{code} — не участник из реестра',
  },
  neitherParticipantNorOrganisation: {
    en: '{code} is neither a Participant nor an organisation of the registry',
    fr: '{code} n’est ni un Participant ni une organisation du registre',
    pt: '{code} não é nem um Participante nem uma organização do registo',
    es: '{code} no es ni un Participante ni una organización del registro',
    ru: '{code} — не участник и не организация из реестра',
  },
  none: { en: '(none)', fr: '(aucun)', pt: '(nenhum)', es: '(ninguno)', ru: '(нет)' },
  cannotRead: {
    en: 'Cannot read {file}: {reason}',
    fr: 'Impossible de lire {file} : {reason}',
    pt: 'Não é possível ler {file}: {reason}',
    es: 'No se puede leer {file}: {reason}',
    ru: 'Не удаётся прочитать {file}: {reason}',
  },
  /** a field and what is wrong with it, in a sentence that lists the problems */
  atPath: { en: '{path} {problem}', fr: '{path} {problem}', pt: '{path} {problem}', es: '{path} {problem}', ru: '{path} {problem}' },
  beforeTheStart: { en: 'before the start', fr: 'avant le début', pt: 'antes do início', es: 'antes del inicio', ru: 'раньше начала' },
});
