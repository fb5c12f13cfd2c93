// What the notifications themselves say to a person in the five languages: the greeting and the footer
// of an alert's e-mail (the alert's own text comes from the catalogue of the domain that raised it),
// and what the inbox and the mail command refuse.
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

// ---- the inbox and the mail command: what they refuse ----
export const r = defineMessages({
  'inbox.notYours': {
    en: 'A user reads only their own inbox.',
    fr: 'Un utilisateur ne lit que sa propre boîte de réception.',
    pt: 'Um utilizador só lê a sua própria caixa de entrada.',
    es: 'Un usuario solo lee su propia bandeja de entrada.',
    ru: 'Пользователь читает только свой почтовый ящик.',
  },
  'inbox.notYours.detail': { en: 'not you', fr: 'pas vous', pt: 'não é você', es: 'no es usted', ru: 'это не вы' },
  'inbox.whose': {
    en: 'Name the user whose inbox to open ({option}).',
    fr: 'Nommez l’utilisateur dont il faut ouvrir la boîte de réception ({option}).',
    pt: 'Indique o utilizador cuja caixa de entrada deve ser aberta ({option}).',
    es: 'Indique el usuario cuya bandeja de entrada debe abrirse ({option}).',
    ru: 'Укажите пользователя, чей почтовый ящик открыть ({option}).',
  },
  'user.unknown': { en: 'No user {login}.', fr: 'Aucun utilisateur {login}.', pt: 'Nenhum utilizador {login}.', es: 'Ningún usuario {login}.', ru: 'Пользователь {login} не найден.' },
  'limit.range': {
    en: '{name} is a whole number from 1 to 1000.',
    fr: '{name} est un nombre entier de 1 à 1000.',
    pt: '{name} é um número inteiro de 1 a 1000.',
    es: '{name} es un número entero de 1 a 1000.',
    ru: '{name} — целое число от 1 до 1000.',
  },
  'notification.unknown': {
    en: 'No notification {id} in your inbox.',
    fr: 'Aucune notification {id} dans votre boîte de réception.',
    pt: 'Nenhuma notificação {id} na sua caixa de entrada.',
    es: 'Ninguna notificación {id} en su bandeja de entrada.',
    ru: 'В вашем почтовом ящике нет уведомления {id}.',
  },
  'mail.unconfigured': {
    en: 'E-mail is not configured: set {url} (e.g. {example}) and {from}.',
    fr: 'La messagerie n’est pas configurée : définissez {url} (par exemple {example}) et {from}.',
    pt: 'O correio eletrónico não está configurado: defina {url} (por exemplo {example}) e {from}.',
    es: 'El correo electrónico no está configurado: defina {url} (por ejemplo {example}) y {from}.',
    ru: 'Электронная почта не настроена: задайте {url} (например, {example}) и {from}.',
  },
});
