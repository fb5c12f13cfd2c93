// What the register of licensed companies refuses, in the five languages: a registration, a suspension,
// and the exporter or importer a certificate names. Participant codes, licences, company names and days
// come in as parameters (the tests and clients read them as the register writes them).
import { defineMessages, verbatim, type Msg } from '../core/i18n.js';
import type { ErrorDetail } from '../core/errors.js';

export const r = defineMessages({
  problem: { en: '{path}: {message}', fr: '{path} : {message}', pt: '{path}: {message}', es: '{path}: {message}', ru: '{path}: {message}' },
  'participant.which': {
    en: "Say which Participant's register.",
    fr: 'Indiquez le registre de quel Participant.',
    pt: 'Indique o registo de que Participante.',
    es: 'Indique el registro de qué Participante.',
    ru: 'Укажите, реестр какого участника.',
  },
  'participant.code': {
    en: 'a Participant code, e.g. {example}',
    fr: 'un code de Participant, par exemple {example}',
    pt: 'um código de Participante, por exemplo {example}',
    es: 'un código de Participante, por ejemplo {example}',
    ru: 'код участника, например {example}',
  },
  'licence.pattern': {
    en: 'a licence number of 2 to 40 capital letters, digits, dots, slashes or dashes, e.g. {example}',
    fr: 'un numéro de licence de 2 à 40 lettres majuscules, chiffres, points, barres obliques ou tirets, par exemple {example}',
    pt: 'um número de licença de 2 a 40 letras maiúsculas, algarismos, pontos, barras ou hífenes, por exemplo {example}',
    es: 'un número de licencia de 2 a 40 letras mayúsculas, cifras, puntos, barras o guiones, por ejemplo {example}',
    ru: 'номер лицензии из 2–40 заглавных букв, цифр, точек, косых черт или дефисов, например {example}',
  },
  'name.required': {
    en: 'the company name is required',
    fr: 'le nom de l’entreprise est obligatoire',
    pt: 'o nome da empresa é obrigatório',
    es: 'el nombre de la empresa es obligatorio',
    ru: 'нужно название компании',
  },
  'day.written': { en: 'a day written yyyy-mm-dd', fr: 'une date écrite aaaa-mm-jj', pt: 'uma data escrita aaaa-mm-dd', es: 'una fecha escrita aaaa-mm-dd', ru: 'дата в виде гггг-мм-дд' },
  'validTo.beforeFrom': {
    en: 'the licence ends on {to}, before it starts on {from}',
    fr: 'la licence prend fin le {to}, avant de commencer le {from}',
    pt: 'a licença termina em {to}, antes de começar em {from}',
    es: 'la licencia termina el {to}, antes de empezar el {from}',
    ru: 'лицензия заканчивается {to}, раньше, чем начинается ({from})',
  },
  'add.refused': {
    en: 'The company cannot be registered: {problems}',
    fr: 'L’entreprise ne peut pas être enregistrée : {problems}',
    pt: 'A empresa não pode ser registada: {problems}',
    es: 'La empresa no puede registrarse: {problems}',
    ru: 'Компанию нельзя зарегистрировать: {problems}',
  },
  'name.taken': {
    en: '{participant} already registers a company named "{name}": one licence per company name.',
    fr: '{participant} a déjà enregistré une entreprise nommée « {name} » : une licence par nom d’entreprise.',
    pt: '{participant} já regista uma empresa chamada «{name}»: uma licença por nome de empresa.',
    es: '{participant} ya registra una empresa llamada «{name}»: una licencia por nombre de empresa.',
    ru: '{participant} уже зарегистрировал компанию «{name}»: одна лицензия на одно название компании.',
  },
  'licence.taken': {
    en: '{participant} already registers the licence {licence}.',
    fr: '{participant} a déjà enregistré la licence {licence}.',
    pt: '{participant} já regista a licença {licence}.',
    es: '{participant} ya registra la licencia {licence}.',
    ru: '{participant} уже зарегистрировал лицензию {licence}.',
  },
  'reason.required': {
    en: 'Say why the licence is suspended.',
    fr: 'Indiquez pourquoi la licence est suspendue.',
    pt: 'Indique porque é suspensa a licença.',
    es: 'Indique por qué se suspende la licencia.',
    ru: 'Укажите, почему лицензия приостановлена.',
  },
  'licence.unknown': {
    en: '{participant} registers no licence {licence}.',
    fr: '{participant} n’a enregistré aucune licence {licence}.',
    pt: '{participant} não regista nenhuma licença {licence}.',
    es: '{participant} no registra ninguna licencia {licence}.',
    ru: 'В реестре {participant} нет лицензии {licence}.',
  },
  'licence.suspendedAlready': {
    en: 'The licence {licence} of {participant} is already suspended.',
    fr: 'La licence {licence} de {participant} est déjà suspendue.',
    pt: 'A licença {licence} de {participant} já está suspensa.',
    es: 'La licencia {licence} de {participant} ya está suspendida.',
    ru: 'Лицензия {licence} участника {participant} уже приостановлена.',
  },
  'why.notYet': {
    en: 'its licence {licence} is valid from {from}',
    fr: 'sa licence {licence} est valable à partir du {from}',
    pt: 'a sua licença {licence} é válida a partir de {from}',
    es: 'su licencia {licence} es válida a partir del {from}',
    ru: 'её лицензия {licence} действует с {from}',
  },
  'why.expired': {
    en: 'its licence {licence} expired on {to}',
    fr: 'sa licence {licence} a expiré le {to}',
    pt: 'a sua licença {licence} expirou em {to}',
    es: 'su licencia {licence} expiró el {to}',
    ru: 'срок её лицензии {licence} истёк {to}',
  },
  'why.suspended': {
    en: 'its licence {licence} was suspended on {at} ({reason})',
    fr: 'sa licence {licence} a été suspendue le {at} ({reason})',
    pt: 'a sua licença {licence} foi suspensa em {at} ({reason})',
    es: 'su licencia {licence} fue suspendida el {at} ({reason})',
    ru: 'её лицензия {licence} приостановлена {at} ({reason})',
  },
  'exporter.otherCompany': {
    en: '{user} acts for {company} (licence {licence}) and applies only in its name, not in the name of "{exporter}"',
    fr: '{user} agit pour {company} (licence {licence}) et ne fait de demande qu’en son nom, non au nom de « {exporter} »',
    pt: '{user} atua por {company} (licença {licence}) e só requer em seu nome, não em nome de «{exporter}»',
    es: '{user} actúa por {company} (licencia {licence}) y solo solicita en su nombre, no en nombre de «{exporter}»',
    ru: '{user} действует от имени {company} (лицензия {licence}) и подаёт заявки только от её имени, а не от имени «{exporter}»',
  },
  'exporter.untied': {
    en: "{user} is not tied to a company of {participant}'s register: an officer ties a company user to its licence ({command})",
    fr: '{user} n’est rattaché à aucune entreprise du registre de {participant} : un agent rattache un utilisateur d’entreprise à sa licence ({command})',
    pt: '{user} não está ligado a nenhuma empresa do registo de {participant}: um funcionário liga um utilizador de empresa à sua licença ({command})',
    es: '{user} no está vinculado a ninguna empresa del registro de {participant}: un funcionario vincula a un usuario de empresa con su licencia ({command})',
    ru: '{user} не привязан ни к одной компании реестра {participant}: сотрудник органа привязывает пользователя компании к её лицензии ({command})',
  },
  'exporter.unlicensed': {
    en: '"{exporter}" is not a company licensed by {participant}: its certificates name only the companies of its register',
    fr: '« {exporter} » n’est pas une entreprise agréée par {participant} : ses certificats ne nomment que les entreprises de son registre',
    pt: '«{exporter}» não é uma empresa licenciada por {participant}: os seus certificados só nomeiam as empresas do seu registo',
    es: '«{exporter}» no es una empresa con licencia de {participant}: sus certificados solo nombran a las empresas de su registro',
    ru: '«{exporter}» — не компания с лицензией {participant}: его сертификаты называют только компании его реестра',
  },
  notLicensedOn: {
    en: '{company} is not licensed on {on}: {why}',
    fr: '{company} n’est pas agréée le {on} : {why}',
    pt: '{company} não está licenciada em {on}: {why}',
    es: '{company} no tiene licencia el {on}: {why}',
    ru: 'у {company} нет действующей лицензии на {on}: {why}',
  },
  'importer.unlicensed': {
    en: 'the importer "{importer}" is not a company licensed by {participant}',
    fr: 'l’importateur « {importer} » n’est pas une entreprise agréée par {participant}',
    pt: 'o importador «{importer}» não é uma empresa licenciada por {participant}',
    es: 'el importador «{importer}» no es una empresa con licencia de {participant}',
    ru: 'импортёр «{importer}» — не компания с лицензией {participant}',
  },
  'importer.notLicensedOn': {
    en: 'the importer {company} is not licensed on {on}: {why}',
    fr: 'l’importateur {company} n’est pas agréé le {on} : {why}',
    pt: 'o importador {company} não está licenciado em {on}: {why}',
    es: 'el importador {company} no tiene licencia el {on}: {why}',
    ru: 'у импортёра {company} нет действующей лицензии на {on}: {why}',
  },
});

/** The problems of a refusal as its sentence lists them: each "path: message", in the reader's language. */
export const pathed = (problems: readonly ErrorDetail[]): Msg[] => problems.map((p) => r('problem', { path: p.path ?? '', message: p.msg ?? verbatim(p.message) }));
