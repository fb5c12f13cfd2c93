// The refusals every domain shares, in the five languages.
import { defineMessages } from './i18n.js';

export const m = defineMessages({
  unauthenticated: {
    en: 'Sign in or send an API token ({header}).',
    fr: 'Connectez-vous ou envoyez un jeton d’accès ({header}).',
    pt: 'Entre ou envie um token de acesso ({header}).',
    es: 'Inicie sesión o envíe un token de acceso ({header}).',
    ru: 'Войдите или отправьте токен доступа ({header}).',
  },
});
