// What the register of companies tells a person in the five languages: the withholding of issuance while
// a company's stock report is overdue. Participants are named and days written in the reader's language
// (src/core/i18n.ts).
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  'stock.withheld': {
    en: "No certificate may be issued for {company} (licence {licence}): {participant} withholds issuance while the company's stock report for {from} to {to} is overdue (it was due on {due}).",
    fr: "Aucun certificat ne peut être délivré pour {company} (licence {licence}) : {participant} suspend la délivrance tant que le rapport de stock de l'entreprise pour la période du {from} au {to} est en retard (il était dû le {due}).",
    pt: 'Nenhum certificado pode ser emitido para {company} (licença {licence}): {participant} retém a emissão enquanto o relatório de existências da empresa de {from} a {to} estiver em atraso (era devido em {due}).',
    es: 'No puede expedirse ningún certificado para {company} (licencia {licence}): {participant} retiene la expedición mientras el informe de existencias de la empresa del {from} al {to} esté atrasado (debía presentarse el {due}).',
    ru: 'Сертификаты для {company} (лицензия {licence}) не выдаются: {participant} приостанавливает выдачу, пока отчёт компании о запасах за период с {from} по {to} просрочен (срок сдачи — {due}).',
  },
  'stock.withheld.detail': {
    en: 'the stock report of {company} for {from} to {to} was due on {due} and has not been filed',
    fr: "le rapport de stock de {company} pour la période du {from} au {to} était dû le {due} et n'a pas été déposé",
    pt: 'o relatório de existências de {company} de {from} a {to} era devido em {due} e não foi apresentado',
    es: 'el informe de existencias de {company} del {from} al {to} debía presentarse el {due} y no se ha presentado',
    ru: 'отчёт {company} о запасах за период с {from} по {to} нужно было сдать до {due}, он не сдан',
  },
});

// ---- company users: tying a user of the role company to a company of the register (issue #21) ----
export const u = defineMessages({
  'users.participant.required': {
    en: "Say which Participant's company (participant).",
    fr: 'Indiquez de quel Participant relève l’entreprise (participant).',
    pt: 'Indique de que Participante é a empresa (participant).',
    es: 'Indique de qué Participante es la empresa (participant).',
    ru: 'Укажите, к какому участнику относится компания.',
  },
  'users.licence.unknown': {
    en: '{participant} registers no licence {licence}: register the company first (kpcs company add).',
    fr: '{participant} n’a enregistré aucune licence {licence} : enregistrez d’abord l’entreprise (kpcs company add).',
    pt: '{participant} não regista nenhuma licença {licence}: registe primeiro a empresa (kpcs company add).',
    es: '{participant} no registra ninguna licencia {licence}: registre primero la empresa (kpcs company add).',
    ru: 'В реестре {participant} нет лицензии {licence}: сначала зарегистрируйте компанию.',
  },
  'users.licence.unknown.detail': {
    en: 'unknown licence',
    fr: 'licence inconnue',
    pt: 'licença desconhecida',
    es: 'licencia desconocida',
    ru: 'неизвестная лицензия',
  },
  'users.role.company': {
    en: 'Only a user of the role company is tied to a company: {login} has the roles {roles}.',
    fr: 'Seul un utilisateur du rôle company est rattaché à une entreprise : {login} a les rôles {roles}.',
    pt: 'Só um utilizador com o papel company é ligado a uma empresa: {login} tem os papéis {roles}.',
    es: 'Solo un usuario con el rol company se vincula a una empresa: {login} tiene los roles {roles}.',
    ru: 'К компании привязывается только пользователь с ролью компании, а у {login} роли: {roles}.',
  },
  'users.create.role': {
    en: 'A company (--company, company) ties a company user to its licence: give the role company.',
    fr: 'Une entreprise (--company, company) rattache un utilisateur d’entreprise à sa licence : donnez le rôle company.',
    pt: 'Uma empresa (--company, company) liga um utilizador de empresa à sua licença: dê o papel company.',
    es: 'Una empresa (--company, company) vincula a un usuario de empresa con su licencia: dé el rol company.',
    ru: 'Компания указывается только для пользователя компании: дайте ему роль компании.',
  },
  'users.role.company.detail': {
    en: 'only a user of the role company',
    fr: 'seulement un utilisateur du rôle company',
    pt: 'apenas um utilizador com o papel company',
    es: 'solo un usuario con el rol company',
    ru: 'только пользователь с ролью компании',
  },
  'users.unknown': {
    en: 'No user {user}.',
    fr: 'Aucun utilisateur {user}.',
    pt: 'Nenhum utilizador {user}.',
    es: 'Ningún usuario {user}.',
    ru: 'Пользователь {user} не найден.',
  },
  'users.otherParticipant': {
    en: 'The user {user} does not act for {participant}: an authority ties only its own company users to the companies of its register.',
    fr: 'L’utilisateur {user} n’agit pas pour {participant} : une autorité ne rattache que ses propres utilisateurs d’entreprise aux entreprises de son registre.',
    pt: 'O utilizador {user} não atua por {participant}: uma autoridade só liga os seus próprios utilizadores de empresa às empresas do seu registo.',
    es: 'El usuario {user} no actúa por {participant}: una autoridad solo vincula a sus propios usuarios de empresa con las empresas de su registro.',
    ru: 'Пользователь {user} не действует от имени {participant}: орган привязывает к компаниям своего реестра только своих пользователей компаний.',
  },
  'users.otherParticipant.detail': {
    en: 'a user of another Participant',
    fr: 'un utilisateur d’un autre Participant',
    pt: 'um utilizador de outro Participante',
    es: 'un usuario de otro Participante',
    ru: 'пользователь другого участника',
  },
  'users.tiedElsewhere': {
    en: '{login} is already tied to {company} (licence {licence}): untie it there first.',
    fr: '{login} est déjà rattaché à {company} (licence {licence}) : détachez-le d’abord.',
    pt: '{login} já está ligado a {company} (licença {licence}): desligue-o primeiro.',
    es: '{login} ya está vinculado a {company} (licencia {licence}): desvincúlelo primero.',
    ru: '{login} уже привязан к {company} (лицензия {licence}): сначала отвяжите его там.',
  },
  'users.tiedElsewhere.detail': {
    en: 'already tied to licence {licence}',
    fr: 'déjà rattaché à la licence {licence}',
    pt: 'já ligado à licença {licence}',
    es: 'ya vinculado a la licencia {licence}',
    ru: 'уже привязан к лицензии {licence}',
  },
  'users.notTied': {
    en: '{login} is not tied to {company} (licence {licence}).',
    fr: '{login} n’est pas rattaché à {company} (licence {licence}).',
    pt: '{login} não está ligado a {company} (licença {licence}).',
    es: '{login} no está vinculado a {company} (licencia {licence}).',
    ru: '{login} не привязан к {company} (лицензия {licence}).',
  },
  'users.company.participant': {
    en: 'A company user acts for the Participant of its company: give the Participant that registers the licence {licence}.',
    fr: 'Un utilisateur d’entreprise agit pour le Participant de son entreprise : indiquez le Participant qui a enregistré la licence {licence}.',
    pt: 'Um utilizador de empresa atua pelo Participante da sua empresa: indique o Participante que regista a licença {licence}.',
    es: 'Un usuario de empresa actúa por el Participante de su empresa: indique el Participante que registra la licencia {licence}.',
    ru: 'Пользователь компании действует от имени участника своей компании: укажите участника, в реестре которого лицензия {licence}.',
  },
  'users.company.participant.detail': {
    en: 'required for a company',
    fr: 'requis pour une entreprise',
    pt: 'obrigatório para uma empresa',
    es: 'obligatorio para una empresa',
    ru: 'обязательно для компании',
  },
});
