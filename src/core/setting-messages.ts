// What the settings (KPCS_*) refuse, in the five languages: the setting's name, the value given and
// the units come in as parameters.
import { defineMessages } from './i18n.js';

export const m = defineMessages({
  'size.invalid': {
    en: '{setting} must be a size from {min} to {max}, written like {example} ({units}); it is "{value}".',
    fr: '{setting} doit être une taille de {min} à {max}, écrite comme {example} ({units}) ; elle vaut « {value} ».',
    pt: '{setting} deve ser um tamanho de {min} a {max}, escrito como {example} ({units}); o valor é «{value}».',
    es: '{setting} debe ser un tamaño de {min} a {max}, escrito como {example} ({units}); vale «{value}».',
    ru: '{setting} должен быть размером от {min} до {max}, записанным как {example} ({units}); сейчас «{value}».',
  },
  'onOff.invalid': {
    en: '{setting} must be {on} or {off}, got {value}.',
    fr: '{setting} doit valoir {on} ou {off}, reçu {value}.',
    pt: '{setting} deve ser {on} ou {off}, recebido {value}.',
    es: '{setting} debe ser {on} u {off}, recibido {value}.',
    ru: '{setting} должен быть {on} или {off}, получено {value}.',
  },
});
