// The refusal of an action the policy table does not allow (403), in the five languages. The action is
// named by its code and the rule's "who" as the table writes it (in English: the table is documentation
// too); the sentence around them is the reader's.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  forbidden: {
    en: '{name} may not {action}: allowed to {who}.',
    fr: '{name} n’a pas le droit d’effectuer {action} : réservé à {who}.',
    pt: '{name} não pode efetuar {action}: reservado a {who}.',
    es: '{name} no puede efectuar {action}: reservado a {who}.',
    ru: '{name} не может выполнить {action}: разрешено {who}.',
  },
  forbiddenFor: {
    en: '{name} may not {action} for {scope}: allowed to {who}.',
    fr: '{name} n’a pas le droit d’effectuer {action} pour {scope} : réservé à {who}.',
    pt: '{name} não pode efetuar {action} por {scope}: reservado a {who}.',
    es: '{name} no puede efectuar {action} por {scope}: reservado a {who}.',
    ru: '{name} не может выполнить {action} для {scope}: разрешено {who}.',
  },
});
