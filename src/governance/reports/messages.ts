// What the Chair's reports refuse — a year or a language they are not made for, a special report on a
// subject there is none on — in the five languages (src/core/i18n.ts). The report's own texts are in
// catalogue.ts; years, language codes and subjects come in as parameters.
import { defineMessages } from '../../core/i18n.js';

export const m = defineMessages({
  'year.range': {
    en: 'a year from 2003 (the scheme\'s start), got {year}',
    fr: 'une année à partir de 2003 (le début du système) ; reçu {year}',
    pt: 'um ano a partir de 2003 (o início do sistema); recebido {year}',
    es: 'un año a partir de 2003 (el inicio del sistema); se recibió {year}',
    ru: 'год начиная с 2003 (начало системы); получено {year}',
  },
  'lang.oneOf': {
    en: 'one of {allowed}, got "{lang}"',
    fr: 'une valeur parmi {allowed} ; reçu « {lang} »',
    pt: 'um de {allowed}; recebido «{lang}»',
    es: 'uno de {allowed}; se recibió «{lang}»',
    ru: 'одно из значений: {allowed}; получено «{lang}»',
  },
  refused: {
    en: 'The report cannot be made: {problems}.',
    fr: 'Le rapport ne peut pas être établi : {problems}.',
    pt: 'O relatório não pode ser elaborado: {problems}.',
    es: 'El informe no puede elaborarse: {problems}.',
    ru: 'Доклад нельзя составить: {problems}.',
  },
  'special.none': {
    en: 'There is no special report on {subject}; special reports: {allowed}.',
    fr: 'Il n’existe pas de rapport spécial sur {subject} ; rapports spéciaux : {allowed}.',
    pt: 'Não existe relatório especial sobre {subject}; relatórios especiais: {allowed}.',
    es: 'No existe informe especial sobre {subject}; informes especiales: {allowed}.',
    ru: 'Специального доклада по теме {subject} нет; специальные доклады: {allowed}.',
  },
  'cli.year': {
    en: '{option} must be written yyyy, got "{value}"',
    fr: '{option} doit s’écrire aaaa ; reçu « {value} »',
    pt: '{option} deve escrever-se aaaa; recebido «{value}»',
    es: '{option} debe escribirse aaaa; se recibió «{value}»',
    ru: '{option} записывается в виде гггг; получено «{value}»',
  },
});
