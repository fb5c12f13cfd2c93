// What the HTTP layer itself tells a person, in the five languages: a request whose shape the route's
// schema refuses (each field's problem, in `details` with its path; the sentence names no path), a body
// too large, an unknown route, an internal error. Numbers are written the reader's way (src/core/i18n.ts).
import { defineMessages, type Language, pluralOf } from '../core/i18n.js';

const plural = (forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) => (p: Record<string, string>, n: Record<string, number>, lang: Language) =>
  (forms[pluralOf(n.count ?? 0, lang)] ?? forms.other).replace(/\{(\w+)\}/g, (w, k: string) => p[k] ?? w);

export const m = defineMessages({
  'request.invalid': {
    en: plural({ one: 'The request was refused: one field to correct.', other: 'The request was refused: {count} fields to correct.' }),
    fr: plural({ one: 'La demande a été refusée : un champ à corriger.', other: 'La demande a été refusée : {count} champs à corriger.' }),
    pt: plural({ one: 'O pedido foi recusado: um campo a corrigir.', other: 'O pedido foi recusado: {count} campos a corrigir.' }),
    es: plural({ one: 'La solicitud fue rechazada: un campo que corregir.', other: 'La solicitud fue rechazada: {count} campos que corregir.' }),
    ru: plural({
      one: 'Запрос отклонён: нужно исправить {count} поле.',
      few: 'Запрос отклонён: нужно исправить {count} поля.',
      many: 'Запрос отклонён: нужно исправить {count} полей.',
      other: 'Запрос отклонён: нужно исправить {count} поля.',
    }),
  },
  'field.required': { en: 'is required', fr: 'est obligatoire', pt: 'é obrigatório', es: 'es obligatorio', ru: 'обязательно' },
  'field.unknown': { en: 'is not a known field', fr: "n'est pas un champ connu", pt: 'não é um campo conhecido', es: 'no es un campo conocido', ru: 'неизвестное поле' },
  'field.oneOf': { en: 'must be one of {values}', fr: "doit être l'une des valeurs {values}", pt: 'deve ser um de {values}', es: 'debe ser uno de {values}', ru: 'должно быть одним из значений: {values}' },
  'field.type.string': { en: 'must be a text', fr: 'doit être un texte', pt: 'deve ser um texto', es: 'debe ser un texto', ru: 'должно быть текстом' },
  'field.type.number': { en: 'must be a number', fr: 'doit être un nombre', pt: 'deve ser um número', es: 'debe ser un número', ru: 'должно быть числом' },
  'field.type.integer': { en: 'must be a whole number', fr: 'doit être un nombre entier', pt: 'deve ser um número inteiro', es: 'debe ser un número entero', ru: 'должно быть целым числом' },
  'field.type.boolean': { en: 'must be true or false', fr: 'doit être vrai ou faux (true/false)', pt: 'deve ser verdadeiro ou falso (true/false)', es: 'debe ser verdadero o falso (true/false)', ru: 'должно быть логическим значением: истина или ложь' },
  'field.type.array': { en: 'must be a list', fr: 'doit être une liste', pt: 'deve ser uma lista', es: 'debe ser una lista', ru: 'должно быть списком' },
  'field.type.object': { en: 'must be an object with fields', fr: 'doit être un objet avec des champs', pt: 'deve ser um objeto com campos', es: 'debe ser un objeto con campos', ru: 'должно быть объектом с полями' },
  'field.type.null': { en: 'must be empty (null)', fr: 'doit être vide (null)', pt: 'deve estar vazio (null)', es: 'debe estar vacío (null)', ru: 'должно быть пустым' },
  'field.minimum': { en: 'must be at least {limit}', fr: 'doit être au moins {limit}', pt: 'deve ser pelo menos {limit}', es: 'debe ser al menos {limit}', ru: 'должно быть не меньше {limit}' },
  'field.maximum': { en: 'must be at most {limit}', fr: 'doit être au plus {limit}', pt: 'deve ser no máximo {limit}', es: 'debe ser como máximo {limit}', ru: 'должно быть не больше {limit}' },
  'field.exclusiveMinimum': { en: 'must be more than {limit}', fr: 'doit être supérieur à {limit}', pt: 'deve ser maior que {limit}', es: 'debe ser mayor que {limit}', ru: 'должно быть больше {limit}' },
  'field.exclusiveMaximum': { en: 'must be less than {limit}', fr: 'doit être inférieur à {limit}', pt: 'deve ser menor que {limit}', es: 'debe ser menor que {limit}', ru: 'должно быть меньше {limit}' },
  'field.minLength': {
    en: plural({ one: 'must have at least {limit} character', other: 'must have at least {limit} characters' }),
    fr: plural({ one: 'doit avoir au moins {limit} caractère', other: 'doit avoir au moins {limit} caractères' }),
    pt: plural({ one: 'deve ter pelo menos {limit} carácter', other: 'deve ter pelo menos {limit} caracteres' }),
    es: plural({ one: 'debe tener al menos {limit} carácter', other: 'debe tener al menos {limit} caracteres' }),
    ru: plural({ one: 'должно содержать не меньше {limit} символа', other: 'должно содержать не меньше {limit} символов' }),
  },
  'field.maxLength': {
    en: plural({ one: 'must have at most {limit} character', other: 'must have at most {limit} characters' }),
    fr: plural({ one: 'doit avoir au plus {limit} caractère', other: 'doit avoir au plus {limit} caractères' }),
    pt: plural({ one: 'deve ter no máximo {limit} carácter', other: 'deve ter no máximo {limit} caracteres' }),
    es: plural({ one: 'debe tener como máximo {limit} carácter', other: 'debe tener como máximo {limit} caracteres' }),
    ru: plural({ one: 'должно содержать не больше {limit} символа', other: 'должно содержать не больше {limit} символов' }),
  },
  'field.minItems': {
    en: plural({ one: 'must list at least {limit} item', other: 'must list at least {limit} items' }),
    fr: plural({ one: 'doit contenir au moins {limit} élément', other: 'doit contenir au moins {limit} éléments' }),
    pt: plural({ one: 'deve ter pelo menos {limit} elemento', other: 'deve ter pelo menos {limit} elementos' }),
    es: plural({ one: 'debe tener al menos {limit} elemento', other: 'debe tener al menos {limit} elementos' }),
    ru: plural({ one: 'должно содержать не меньше {limit} элемента', other: 'должно содержать не меньше {limit} элементов' }),
  },
  'field.maxItems': {
    en: plural({ one: 'must list at most {limit} item', other: 'must list at most {limit} items' }),
    fr: plural({ one: 'doit contenir au plus {limit} élément', other: 'doit contenir au plus {limit} éléments' }),
    pt: plural({ one: 'deve ter no máximo {limit} elemento', other: 'deve ter no máximo {limit} elementos' }),
    es: plural({ one: 'debe tener como máximo {limit} elemento', other: 'debe tener como máximo {limit} elementos' }),
    ru: plural({ one: 'должно содержать не больше {limit} элемента', other: 'должно содержать не больше {limit} элементов' }),
  },
  'field.pattern': { en: 'is not in the expected form', fr: "n'a pas la forme attendue", pt: 'não tem a forma esperada', es: 'no tiene la forma esperada', ru: 'имеет неверный формат' },
  'field.format.date': { en: 'must be a day written YYYY-MM-DD', fr: 'doit être un jour écrit AAAA-MM-JJ', pt: 'deve ser um dia escrito AAAA-MM-DD', es: 'debe ser un día escrito AAAA-MM-DD', ru: 'должно быть датой в виде ГГГГ-ММ-ДД' },
  'field.format.date-time': { en: 'must be a moment written as in {example}', fr: 'doit être un instant écrit comme {example}', pt: 'deve ser um instante escrito como {example}', es: 'debe ser un instante escrito como {example}', ru: 'должно быть моментом времени в виде {example}' },
  'field.format.email': { en: 'must be an e-mail address', fr: 'doit être une adresse électronique', pt: 'deve ser um endereço de correio eletrónico', es: 'debe ser una dirección de correo electrónico', ru: 'должно быть адресом электронной почты' },
  'field.format.other': { en: 'is not in the expected form ({format})', fr: "n'a pas la forme attendue ({format})", pt: 'não tem a forma esperada ({format})', es: 'no tiene la forma esperada ({format})', ru: 'имеет неверный формат ({format})' },
  'field.invalid': { en: 'is not valid', fr: "n'est pas valide", pt: 'não é válido', es: 'no es válido', ru: 'недопустимое значение' },
  'body.tooLarge': {
    en: 'The request body is larger than this route accepts: at most {mib} MiB ({bytes} bytes).',
    fr: 'Le corps de la demande dépasse ce que cette adresse accepte : au plus {mib} Mio ({bytes} octets).',
    pt: 'O corpo do pedido é maior do que este endereço aceita: no máximo {mib} MiB ({bytes} bytes).',
    es: 'El cuerpo de la solicitud supera lo que acepta esta dirección: como máximo {mib} MiB ({bytes} bytes).',
    ru: 'Тело запроса больше, чем принимает этот адрес: не более {mib} МиБ ({bytes} байт).',
  },
  'route.unknown': {
    en: 'No route {method} {path}.',
    fr: "Aucune adresse {method} {path} n'existe.",
    pt: 'Não existe o endereço {method} {path}.',
    es: 'No existe la dirección {method} {path}.',
    ru: 'Адреса {method} {path} не существует.',
  },
  internal: {
    en: 'Internal error; it has been logged.',
    fr: 'Erreur interne ; elle a été consignée.',
    pt: 'Erro interno; foi registado.',
    es: 'Error interno; ha quedado registrado.',
    ru: 'Внутренняя ошибка; она записана в журнал.',
  },
});
