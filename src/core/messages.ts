// The details every domain gives about a field (required, not a day, out of range, …), in the five
// languages: one message for one meaning, so that a reader meets the same words on every form.
// A domain's own refusals live in its own catalogue (src/<domain>/messages.ts).
import { defineMessages, plural } from './i18n.js';

export const field = defineMessages({
  required: { en: 'required', fr: 'obligatoire', pt: 'obrigatório', es: 'obligatorio', ru: 'обязательно' },
  empty: { en: 'empty', fr: 'vide', pt: 'vazio', es: 'vacío', ru: 'пусто' },
  notADay: { en: 'not a day written yyyy-mm-dd', fr: 'pas une date écrite aaaa-mm-jj', pt: 'não é uma data escrita aaaa-mm-dd', es: 'no es una fecha escrita aaaa-mm-dd', ru: 'не дата в виде гггг-мм-дд' },
  notAYear: { en: 'not a year (yyyy)', fr: 'pas une année (aaaa)', pt: 'não é um ano (aaaa)', es: 'no es un año (aaaa)', ru: 'не год (гггг)' },
  notAQuarter: { en: 'not a quarter (e.g. {example})', fr: 'pas un trimestre (par exemple {example})', pt: 'não é um trimestre (por exemplo {example})', es: 'no es un trimestre (por ejemplo {example})', ru: 'не квартал (например, {example})' },
  notANumber: { en: 'not a number', fr: 'pas un nombre', pt: 'não é um número', es: 'no es un número', ru: 'не число' },
  negative: { en: 'must not be negative', fr: 'ne doit pas être négatif', pt: 'não pode ser negativo', es: 'no puede ser negativo', ru: 'не может быть отрицательным' },
  outOfRange: { en: 'out of range', fr: 'hors limites', pt: 'fora dos limites', es: 'fuera de rango', ru: 'вне допустимых пределов' },
  between: { en: 'from {min} to {max}', fr: 'de {min} à {max}', pt: 'de {min} a {max}', es: 'de {min} a {max}', ru: 'от {min} до {max}' },
  inTheFuture: { en: 'in the future', fr: 'dans le futur', pt: 'no futuro', es: 'en el futuro', ru: 'в будущем' },
  unknownField: { en: 'unknown field', fr: 'champ inconnu', pt: 'campo desconhecido', es: 'campo desconocido', ru: 'неизвестное поле' },
  unknown: { en: 'unknown', fr: 'inconnu', pt: 'desconhecido', es: 'desconocido', ru: 'неизвестно' },
  invalid: { en: 'not valid', fr: 'non valide', pt: 'inválido', es: 'no válido', ru: 'недопустимо' },
  unreadable: { en: 'unreadable', fr: 'illisible', pt: 'ilegível', es: 'ilegible', ru: 'не читается' },
  notJson: { en: 'not {format}', fr: 'pas du {format}', pt: 'não é {format}', es: 'no es {format}', ru: 'не {format}' },
  notUtf8: { en: 'not {encoding} text', fr: 'pas du texte {encoding}', pt: 'não é texto {encoding}', es: 'no es texto {encoding}', ru: 'не текст в кодировке {encoding}' },
  oneOf: { en: 'one of {allowed}', fr: 'une valeur parmi {allowed}', pt: 'um de {allowed}', es: 'uno de {allowed}', ru: 'одно из значений: {allowed}' },
  notACountry: { en: 'not a country code ({standard})', fr: 'pas un code de pays ({standard})', pt: 'não é um código de país ({standard})', es: 'no es un código de país ({standard})', ru: 'не код страны ({standard})' },
  tooLong: {
    en: plural('max', { one: 'at most {max} character', other: 'at most {max} characters' }),
    fr: plural('max', { one: 'au plus {max} caractère', other: 'au plus {max} caractères' }),
    pt: plural('max', { one: 'no máximo {max} carácter', other: 'no máximo {max} caracteres' }),
    es: plural('max', { one: 'como máximo {max} carácter', other: 'como máximo {max} caracteres' }),
    ru: plural('max', { one: 'не более {max} символа', few: 'не более {max} символов', many: 'не более {max} символов', other: 'не более {max} символа' }),
  },
  carats: {
    en: 'a non-negative carat weight with at most two decimals',
    fr: 'un poids en carats positif ou nul, au plus deux décimales',
    pt: 'um peso em quilates não negativo, no máximo duas casas decimais',
    es: 'un peso en quilates no negativo, como máximo dos decimales',
    ru: 'неотрицательный вес в каратах, не более двух знаков после запятой',
  },
  valueUsd: {
    en: 'a non-negative US$ value with at most two decimals',
    fr: 'une valeur en dollars des États-Unis positive ou nulle, au plus deux décimales',
    pt: 'um valor em dólares dos Estados Unidos não negativo, no máximo duas casas decimais',
    es: 'un valor en dólares estadounidenses no negativo, como máximo dos decimales',
    ru: 'неотрицательная стоимость в долларах США, не более двух знаков после запятой',
  },
});

/** The detail of a field that is not UTF-8 text. */
export const notUtf8 = () => field('notUtf8', { encoding: 'UTF-8' });
/** The detail of a field that is not a country's code. */
export const notACountry = () => field('notACountry', { standard: 'ISO 3166-1 alpha-2' });
/** The detail of a field that is not a quarter. */
export const notAQuarter = () => field('notAQuarter', { example: '2006-Q1' });
/** The detail of a field or a file that is not JSON. */
export const notJson = () => field('notJson', { format: 'JSON' });
