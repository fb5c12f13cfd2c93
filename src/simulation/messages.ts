// What the simulation command refuses, in the five languages (src/core/i18n.ts). Options and the
// values given are parameters: the Russian texts carry no Latin word.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  years: {
    en: '{from} and {to} must be years from 2003 with {from} ≤ {to}, got {fromValue} and {toValue}',
    fr: '{from} et {to} doivent être des années à partir de 2003 avec {from} ≤ {to}, reçu {fromValue} et {toValue}',
    pt: '{from} e {to} devem ser anos a partir de 2003 com {from} ≤ {to}, recebido {fromValue} e {toValue}',
    es: '{from} y {to} deben ser años a partir de 2003 con {from} ≤ {to}, recibido {fromValue} y {toValue}',
    ru: '{from} и {to} должны быть годами начиная с 2003, причём {from} ≤ {to}; получено {fromValue} и {toValue}',
  },
  seed: {
    en: '{option} must be a whole number, got {value}',
    fr: '{option} doit être un nombre entier, reçu {value}',
    pt: '{option} deve ser um número inteiro, recebido {value}',
    es: '{option} debe ser un número entero, recibido {value}',
    ru: '{option} должно быть целым числом, получено {value}',
  },
  certificateLimit: {
    en: '{option} must be a whole number of certificates, got {value}',
    fr: '{option} doit être un nombre entier de certificats, reçu {value}',
    pt: '{option} deve ser um número inteiro de certificados, recebido {value}',
    es: '{option} debe ser un número entero de certificados, recibido {value}',
    ru: '{option} должно быть целым числом сертификатов, получено {value}',
  },
});
