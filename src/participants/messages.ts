// What the Participant registry refuses, in the five languages (src/core/i18n.ts): a day it is asked
// about, an unknown code, an authority's settings, a status change out of order. Codes, statuses and
// field names are parameters: the Russian texts carry no Latin word.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  'at.invalid': {
    en: '"{name}" must be a day written yyyy-mm-dd, got "{value}"',
    fr: '« {name} » doit être une date écrite aaaa-mm-jj, reçu « {value} »',
    pt: '«{name}» deve ser uma data escrita aaaa-mm-dd, recebido «{value}»',
    es: '«{name}» debe ser una fecha escrita aaaa-mm-dd, recibido «{value}»',
    ru: '«{name}» должно быть датой в виде гггг-мм-дд, получено «{value}»',
  },
  'day.invalid': { en: 'not a valid day', fr: 'pas une date valide', pt: 'não é uma data válida', es: 'no es una fecha válida', ru: 'недопустимая дата' },
  'entry.unknown': {
    en: 'No Participant or registry entry with code {code}.',
    fr: 'Aucun Participant ni aucune entrée du registre avec le code {code}.',
    pt: 'Nenhum Participante nem entrada do registo com o código {code}.',
    es: 'Ningún Participante ni entrada del registro con el código {code}.',
    ru: 'Нет участника или записи реестра с кодом {code}.',
  },
  'participant.unknown': {
    en: 'No Participant with code {code}.',
    fr: 'Aucun Participant avec le code {code}.',
    pt: 'Nenhum Participante com o código {code}.',
    es: 'Ningún Participante con el código {code}.',
    ru: 'Нет участника с кодом {code}.',
  },
  'validity.range': {
    en: '{name} must be a whole number of days from 1 to 366',
    fr: '{name} doit être un nombre entier de jours de 1 à 366',
    pt: '{name} deve ser um número inteiro de dias de 1 a 366',
    es: '{name} debe ser un número entero de días de 1 a 366',
    ru: '{name} должно быть целым числом дней от 1 до 366',
  },
  'effectiveOn.invalid': {
    en: 'the effective day must be written yyyy-mm-dd, got "{value}"',
    fr: 'la date d’effet doit être écrite aaaa-mm-jj, reçu « {value} »',
    pt: 'a data de efeito deve ser escrita aaaa-mm-dd, recebido «{value}»',
    es: 'la fecha de efecto debe escribirse aaaa-mm-dd, recibido «{value}»',
    ru: 'дата вступления в силу должна быть в виде гггг-мм-дд, получено «{value}»',
  },
  'status.noHistory': {
    en: '{code} has no status history to continue.',
    fr: '{code} n’a aucun historique de statut à poursuivre.',
    pt: '{code} não tem histórico de estatuto a continuar.',
    es: '{code} no tiene historial de estatus que continuar.',
    ru: 'У {code} нет истории статусов для продолжения.',
  },
  'status.ended': {
    en: "{code}'s latest status ({status}) ended on {on}: its history has no period in force to follow.",
    fr: 'Le dernier statut de {code} ({status}) a pris fin le {on} : son historique n’a aucune période en vigueur à suivre.',
    pt: 'O último estatuto de {code} ({status}) terminou em {on}: o seu histórico não tem período em vigor a seguir.',
    es: 'El último estatus de {code} ({status}) terminó el {on}: su historial no tiene periodo en vigor que seguir.',
    ru: 'Последний статус {code} ({status}) закончился {on}: в истории нет действующего периода, за которым можно продолжить.',
  },
  'status.notAfter': {
    en: '{code} is {status} since {since}: a new status must take effect after that day, not on {on}.',
    fr: '{code} a le statut {status} depuis le {since} : un nouveau statut doit prendre effet après ce jour, non le {on}.',
    pt: '{code} tem o estatuto {status} desde {since}: um novo estatuto deve produzir efeito depois desse dia, não em {on}.',
    es: '{code} tiene el estatus {status} desde el {since}: un nuevo estatus debe surtir efecto después de ese día, no el {on}.',
    ru: '{code} имеет статус {status} с {since}: новый статус должен вступать в силу после этого дня, а не {on}.',
  },

  // ---- a status of the registry, as a word in a sentence ----
  'word.applicant': { en: 'applicant', fr: 'candidat', pt: 'candidato', es: 'candidato', ru: 'кандидат' },
  'word.participant': { en: 'participant', fr: 'participant', pt: 'participante', es: 'participante', ru: 'участник' },
  'word.trading_entity': { en: 'trading entity', fr: 'entité commerciale', pt: 'entidade comercial', es: 'entidad comercial', ru: 'торговое образование' },
  'word.suspended': { en: 'suspended', fr: 'suspendu', pt: 'suspenso', es: 'suspendido', ru: 'приостановлен' },
  'word.removed': { en: 'removed', fr: 'exclu', pt: 'excluído', es: 'excluido', ru: 'исключён' },
  'word.withdrawn': { en: 'withdrawn', fr: 'retiré', pt: 'retirado', es: 'retirado', ru: 'вышел' },
  'word.non_participant': { en: 'non-participant', fr: 'non participant', pt: 'não participante', es: 'no participante', ru: 'не участник' },
  'word.none': { en: 'none', fr: 'aucun', pt: 'nenhum', es: 'ninguno', ru: 'нет' },
  'word.notParticipant': { en: 'not a Participant', fr: 'pas un Participant', pt: 'não é Participante', es: 'no es Participante', ru: 'не Участник' },
});

