// What working groups refuse — groups, their members and chair, their meetings — in the five languages
// (src/core/i18n.ts). Group ids, codes and field names come in as parameters.
import { defineMessages, plural } from '../../core/i18n.js';

export const m = defineMessages({
  notFound: { en: 'No working group {id}.', fr: 'Aucun groupe de travail {id}.', pt: 'Nenhum grupo de trabalho {id}.', es: 'Ningún grupo de trabajo {id}.', ru: 'Рабочая группа {id} не найдена.' },
  'member.unknown': { en: 'unknown member', fr: 'membre inconnu', pt: 'membro desconhecido', es: 'miembro desconocido', ru: 'неизвестный член' },
  'days.written': { en: 'days are written yyyy-mm-dd', fr: 'les dates s’écrivent aaaa-mm-jj', pt: 'as datas escrevem-se aaaa-mm-dd', es: 'las fechas se escriben aaaa-mm-dd', ru: 'даты записываются в виде гггг-мм-дд' },
  'id.invalid': {
    en: 'a group id is 2 to 16 capitals, digits or dashes, e.g. {example}',
    fr: 'l’identifiant d’un groupe compte de 2 à 16 majuscules, chiffres ou tirets, par exemple {example}',
    pt: 'o identificador de um grupo tem de 2 a 16 maiúsculas, algarismos ou hífenes, por exemplo {example}',
    es: 'el identificador de un grupo tiene de 2 a 16 mayúsculas, cifras o guiones, por ejemplo {example}',
    ru: 'идентификатор группы — от 2 до 16 заглавных букв, цифр или дефисов, например {example}',
  },
  'id.detail': { en: 'invalid', fr: 'non valide', pt: 'inválido', es: 'no válido', ru: 'недопустимо' },
  exists: {
    en: 'The working group {id} exists already.',
    fr: 'Le groupe de travail {id} existe déjà.',
    pt: 'O grupo de trabalho {id} já existe.',
    es: 'El grupo de trabajo {id} ya existe.',
    ru: 'Рабочая группа {id} уже существует.',
  },
  'chair.notMember': {
    en: '{chair} is not a member of {id}: the chair is one of the group\'s members.',
    fr: '{chair} n’est pas membre de {id} : la présidence revient à l’un des membres du groupe.',
    pt: '{chair} não é membro de {id}: a presidência cabe a um dos membros do grupo.',
    es: '{chair} no es miembro de {id}: la presidencia corresponde a uno de los miembros del grupo.',
    ru: '{chair} не входит в {id}: председатель группы — один из её членов.',
  },
  'membership.order': {
    en: 'a membership ends after it begins',
    fr: 'une participation prend fin après avoir commencé',
    pt: 'uma participação termina depois de começar',
    es: 'una pertenencia termina después de empezar',
    ru: 'членство заканчивается после своего начала',
  },
  'membership.notAfter': { en: 'not after {since}', fr: 'pas après {since}', pt: 'não é posterior a {since}', es: 'no es posterior a {since}', ru: 'не позже {since}' },
  'member.chairs': {
    en: '{member} chairs {id}: give the group another chair first (or record the end of its membership with "{until}").',
    fr: '{member} préside {id} : donnez d’abord au groupe une autre présidence (ou enregistrez la fin de sa participation avec « {until} »).',
    pt: '{member} preside a {id}: dê primeiro ao grupo outra presidência (ou registe o fim da sua participação com «{until}»).',
    es: '{member} preside {id}: dé primero al grupo otra presidencia (o registre el fin de su pertenencia con «{until}»).',
    ru: '{member} возглавляет {id}: сначала назначьте группе другого председателя (или запишите окончание членства через «{until}»).',
  },
  'member.notMember': { en: '{member} is not a member of {id}.', fr: '{member} n’est pas membre de {id}.', pt: '{member} não é membro de {id}.', es: '{member} no es miembro de {id}.', ru: '{member} не входит в {id}.' },
  'meeting.problems': {
    en: plural('count', { one: 'The meeting has {count} problem', other: 'The meeting has {count} problems' }),
    fr: plural('count', { one: 'La réunion présente {count} problème', other: 'La réunion présente {count} problèmes' }),
    pt: plural('count', { one: 'A reunião tem {count} problema', other: 'A reunião tem {count} problemas' }),
    es: plural('count', { one: 'La reunión tiene {count} problema', other: 'La reunión tiene {count} problemas' }),
    ru: plural('count', { one: 'В записи о заседании {count} ошибка', few: 'В записи о заседании {count} ошибки', many: 'В записи о заседании {count} ошибок', other: 'В записи о заседании {count} ошибки' }),
  },
  'meeting.notFound': { en: 'No meeting {meeting} of {id}.', fr: 'Aucune réunion {meeting} de {id}.', pt: 'Nenhuma reunião {meeting} de {id}.', es: 'Ninguna reunión {meeting} de {id}.', ru: 'Заседание {meeting} группы {id} не найдено.' },
});
