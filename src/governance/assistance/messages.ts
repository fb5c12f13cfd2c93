// What technical assistance refuses — needs, offers, the coordinator and the programmes it proposes —
// in the five languages (src/core/i18n.ts). Codes, ids, statuses and areas come in as parameters.
import { defineMessages } from '../../core/i18n.js';

export const m = defineMessages({
  'text.title': { en: 'name it', fr: 'donnez-lui un titre', pt: 'dê-lhe um título', es: 'póngale un título', ru: 'укажите название' },
  'text.description': { en: 'describe it', fr: 'décrivez-le', pt: 'descreva-o', es: 'descríbalo', ru: 'опишите' },
  'need.cannotDeclare': { en: 'The need cannot be declared.', fr: 'Le besoin ne peut pas être déclaré.', pt: 'A necessidade não pode ser declarada.', es: 'La necesidad no puede declararse.', ru: 'Потребность нельзя заявить.' },
  'offer.forOwn': {
    en: '{actor} offers for {own} only, not {donor}.',
    fr: '{actor} ne fait d’offres que pour {own}, non pour {donor}.',
    pt: '{actor} só faz ofertas por {own}, não por {donor}.',
    es: '{actor} solo hace ofertas por {own}, no por {donor}.',
    ru: '{actor} делает предложения только от имени {own}, но не {donor}.',
  },
  'offer.cannotDeclare': { en: 'The offer cannot be declared.', fr: 'L’offre ne peut pas être déclarée.', pt: 'A oferta não pode ser declarada.', es: 'La oferta no puede declararse.', ru: 'Предложение нельзя заявить.' },
  'coordinator.cannotDesignate': {
    en: 'The coordinator cannot be designated.',
    fr: 'Le coordinateur ne peut pas être désigné.',
    pt: 'O coordenador não pode ser designado.',
    es: 'El coordinador no puede designarse.',
    ru: 'Координатора нельзя назначить.',
  },
  'coordinator.noneDesignated': { en: 'none designated', fr: 'aucun désigné', pt: 'nenhum designado', es: 'ninguno designado', ru: 'не назначен' },
  'coordinator.only': {
    en: '{actor} does not act for the coordinator of technical assistance ({designated}): only its working-group members and the Chair match needs with offers.',
    fr: '{actor} n’agit pas pour le coordinateur de l’assistance technique ({designated}) : seuls les membres de son groupe de travail et la présidence rapprochent besoins et offres.',
    pt: '{actor} não age pelo coordenador da assistência técnica ({designated}): só os membros do seu grupo de trabalho e a Presidência associam necessidades a ofertas.',
    es: '{actor} no actúa por el coordinador de la asistencia técnica ({designated}): solo los miembros de su grupo de trabajo y la Presidencia emparejan necesidades con ofertas.',
    ru: '{actor} не действует от имени координатора технической помощи ({designated}): сопоставляют потребности с предложениями только члены его рабочей группы и Председатель.',
  },
  'need.notFound': { en: 'No need {id}.', fr: 'Aucun besoin {id}.', pt: 'Nenhuma necessidade {id}.', es: 'Ninguna necesidad {id}.', ru: 'Потребность {id} не найдена.' },
  'offer.notFound': { en: 'No offer {id}.', fr: 'Aucune offre {id}.', pt: 'Nenhuma oferta {id}.', es: 'Ninguna oferta {id}.', ru: 'Предложение {id} не найдено.' },
  'need.notOpen': { en: 'The need is {status}.', fr: 'Le besoin est au statut {status}.', pt: 'A necessidade está no estado {status}.', es: 'La necesidad está en estado {status}.', ru: 'Потребность в статусе {status}.' },
  'offer.notOpen': { en: 'The offer is {status}.', fr: 'L’offre est au statut {status}.', pt: 'A oferta está no estado {status}.', es: 'La oferta está en estado {status}.', ru: 'Предложение в статусе {status}.' },
  'match.itself': {
    en: 'A Participant does not assist itself.',
    fr: 'Un Participant ne s’assiste pas lui-même.',
    pt: 'Um Participante não se presta assistência a si próprio.',
    es: 'Un Participante no se presta asistencia a sí mismo.',
    ru: 'Участник не оказывает помощь самому себе.',
  },
  'match.ownOffer': { en: 'the offer is {code}\'s own', fr: 'l’offre est celle de {code}', pt: 'a oferta é do próprio {code}', es: 'la oferta es del propio {code}', ru: 'это предложение самого {code}' },
  'programme.cannotPropose': { en: 'The programme cannot be proposed.', fr: 'Le programme ne peut pas être proposé.', pt: 'O programa não pode ser proposto.', es: 'El programa no puede proponerse.', ru: 'Программу нельзя предложить.' },
  'programme.notFound': { en: 'No programme {id}.', fr: 'Aucun programme {id}.', pt: 'Nenhum programa {id}.', es: 'Ningún programa {id}.', ru: 'Программа {id} не найдена.' },
  'programme.cannotMove': {
    en: 'A programme {from} cannot become {to}.',
    fr: 'Un programme au statut {from} ne peut pas passer au statut {to}.',
    pt: 'Um programa no estado {from} não pode passar a {to}.',
    es: 'Un programa en estado {from} no puede pasar a {to}.',
    ru: 'Программу в статусе {from} нельзя перевести в статус {to}.',
  },
  'programme.firstDay': {
    en: 'the first day is required to run it',
    fr: 'le premier jour est obligatoire pour le mettre en œuvre',
    pt: 'o primeiro dia é obrigatório para o executar',
    es: 'el primer día es obligatorio para ejecutarlo',
    ru: 'для запуска нужен первый день',
  },
  'programme.cannotBecome': {
    en: 'The programme cannot become {to}.',
    fr: 'Le programme ne peut pas passer au statut {to}.',
    pt: 'O programa não pode passar a {to}.',
    es: 'El programa no puede pasar a {to}.',
    ru: 'Программу нельзя перевести в статус {to}.',
  },
});
