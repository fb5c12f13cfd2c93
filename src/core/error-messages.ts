// The refusals every domain shares, in the five languages.
import { defineMessages } from './i18n.js';

export const m = defineMessages({
  /** a problem named by its field, where a sentence lists them for a reader of the command line */
  pathed: { en: '{path} {message}', fr: '{path} {message}', pt: '{path} {message}', es: '{path} {message}', ru: '{path} {message}' },
  unauthenticated: {
    en: 'Sign in or send an API token ({header}).',
    fr: 'Connectez-vous ou envoyez un jeton d’accès ({header}).',
    pt: 'Entre ou envie um token de acesso ({header}).',
    es: 'Inicie sesión o envíe un token de acceso ({header}).',
    ru: 'Войдите или отправьте токен доступа ({header}).',
  },
  'file.private': {
    en: 'Cannot make {path} readable by its owner only (mode {mode}): {reason}',
    fr: 'Impossible de rendre {path} lisible par son seul propriétaire (mode {mode}) : {reason}',
    pt: 'Não é possível tornar {path} legível apenas pelo seu proprietário (modo {mode}): {reason}',
    es: 'No se puede hacer que {path} sea legible solo por su propietario (modo {mode}): {reason}',
    ru: 'Не удаётся сделать {path} доступным для чтения только владельцу (режим {mode}): {reason}',
  },
});
