// What the audit log refuses, in the five languages (src/core/i18n.ts): a chain that no longer holds.
// The places it breaks (entry numbers and what is wrong there) come in as a parameter.
import { defineMessages, plural } from '../core/i18n.js';

export const m = defineMessages({
  'chain.broken': {
    en: plural('count', { one: 'The audit chain is broken at {count} place:\n{places}', other: 'The audit chain is broken at {count} places:\n{places}' }),
    fr: plural('count', { one: 'La chaîne d’audit est rompue en {count} endroit :\n{places}', other: 'La chaîne d’audit est rompue en {count} endroits :\n{places}' }),
    pt: plural('count', { one: 'A cadeia de auditoria está quebrada em {count} local:\n{places}', other: 'A cadeia de auditoria está quebrada em {count} locais:\n{places}' }),
    es: plural('count', { one: 'La cadena de auditoría está rota en {count} lugar:\n{places}', other: 'La cadena de auditoría está rota en {count} lugares:\n{places}' }),
    ru: plural('count', {
      one: 'Цепочка аудита нарушена в {count} месте:\n{places}',
      few: 'Цепочка аудита нарушена в {count} местах:\n{places}',
      many: 'Цепочка аудита нарушена в {count} местах:\n{places}',
      other: 'Цепочка аудита нарушена в {count} места:\n{places}',
    }),
  },
});
