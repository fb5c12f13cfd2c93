// What the notifications themselves say to a person in the five languages: the greeting and the footer
// of an alert's e-mail (the alert's own text comes from the catalogue of the domain that raised it).
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  'mail.greeting': {
    en: 'Dear {name},',
    fr: 'Bonjour {name},',
    pt: 'Olá, {name},',
    es: 'Hola, {name}:',
    ru: 'Здравствуйте, {name}!',
  },
  'mail.footer': {
    en: 'Kimberley Process Certification Scheme (kpcs): this alert is also in your inbox.',
    fr: 'Système de certification du Processus de Kimberley (kpcs) : cette alerte figure aussi dans votre boîte de réception.',
    pt: 'Sistema de Certificação do Processo de Kimberley (kpcs): este alerta está também na sua caixa de entrada.',
    es: 'Sistema de Certificación del Proceso de Kimberley (kpcs): esta alerta figura también en su bandeja de entrada.',
    ru: 'Система сертификации Кимберлийского процесса: это оповещение есть и в вашем почтовом ящике на платформе.',
  },
});
