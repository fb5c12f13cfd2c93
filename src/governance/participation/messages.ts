// What participation refuses — applications and their checklist, status decisions of the Chair, the
// Chair and Vice-Chair of a year — in the five languages (src/core/i18n.ts). Codes, ids, statuses and
// days come in as parameters: the Russian texts carry no Latin word.
import { defineMessages, plural } from '../../core/i18n.js';

export const m = defineMessages({
  'list.or': { en: '{a} or {b}', fr: '{a} ou {b}', pt: '{a} ou {b}', es: '{a} o {b}', ru: '{a} или {b}' },
  notInRegistry: { en: 'not in the registry', fr: 'absent du registre', pt: 'ausente do registo', es: 'ausente del registro', ru: 'нет в реестре' },

  // ---- applications ----
  'application.none': { en: '{code} has no application', fr: '{code} n’a aucune demande', pt: '{code} não tem candidatura', es: '{code} no tiene solicitud', ru: 'у {code} нет заявки' },
  'requirement.notFound': {
    en: 'No minimum requirement "{requirement}"; the checklist has {allowed}.',
    fr: 'Aucune exigence minimale « {requirement} » ; la liste de contrôle comprend {allowed}.',
    pt: 'Nenhum requisito mínimo «{requirement}»; a lista de verificação tem {allowed}.',
    es: 'Ningún requisito mínimo «{requirement}»; la lista de comprobación tiene {allowed}.',
    ru: 'Минимального требования «{requirement}» нет; в контрольном списке: {allowed}.',
  },
  'application.denied': {
    en: '{actor} may read its own applications only.',
    fr: '{actor} ne peut lire que ses propres demandes.',
    pt: '{actor} só pode ler as suas próprias candidaturas.',
    es: '{actor} solo puede leer sus propias solicitudes.',
    ru: '{actor} может читать только собственные заявки.',
  },
  'application.notFound': { en: 'No application {id}.', fr: 'Aucune demande {id}.', pt: 'Nenhuma candidatura {id}.', es: 'Ninguna solicitud {id}.', ru: 'Заявка {id} не найдена.' },
  'application.future': {
    en: 'submittedOn {on} is in the future',
    fr: 'la date de dépôt ({on}) est dans le futur',
    pt: 'a data de apresentação ({on}) está no futuro',
    es: 'la fecha de presentación ({on}) está en el futuro',
    ru: 'дата подачи ({on}) — в будущем',
  },
  'registry.notFound': {
    en: 'No registry entry with code {code}.',
    fr: 'Aucune entrée du registre n’a le code {code}.',
    pt: 'Nenhuma entrada do registo tem o código {code}.',
    es: 'Ninguna entrada del registro tiene el código {code}.',
    ru: 'В реестре нет записи с кодом {code}.',
  },
  'application.readmission': {
    en: '{code} is {status}: it returns by readmission (a status decision of the Chair).',
    fr: '{code} est au statut {status} : il revient par une réadmission (une décision de statut de la présidence).',
    pt: '{code} está no estado {status}: regressa por readmissão (uma decisão de estatuto da Presidência).',
    es: '{code} está en estado {status}: vuelve mediante readmisión (una decisión de estatus de la Presidencia).',
    ru: '{code} в статусе {status}: возвращение — через повторный приём (решение Председателя о статусе).',
  },
  'application.cannotApply': {
    en: '{code} is {status}: it cannot apply for participation.',
    fr: '{code} est au statut {status} : il ne peut pas demander à participer.',
    pt: '{code} está no estado {status}: não pode candidatar-se à participação.',
    es: '{code} está en estado {status}: no puede solicitar la participación.',
    ru: '{code} в статусе {status}: подать заявку на участие нельзя.',
  },
  'application.pending': {
    en: '{code} already has an application pending with the Participation Committee.',
    fr: '{code} a déjà une demande en cours d’examen par le Comité de participation.',
    pt: '{code} já tem uma candidatura pendente no Comité de Participação.',
    es: '{code} ya tiene una solicitud pendiente ante el Comité de Participación.',
    ru: 'У {code} уже есть заявка на рассмотрении Комитета по участию.',
  },
  'application.closed': {
    en: 'The application of {applicant} was {status} on {on}: it is closed.',
    fr: 'La demande de {applicant} a reçu le statut {status} le {on} : elle est close.',
    pt: 'A candidatura de {applicant} passou ao estado {status} em {on}: está encerrada.',
    es: 'La solicitud de {applicant} pasó al estado {status} el {on}: está cerrada.',
    ru: 'Заявка {applicant} получила статус {status} {on}: она закрыта.',
  },
  'evidence.empty': { en: 'evidence must not be empty', fr: 'les preuves ne doivent pas être vides', pt: 'as provas não podem estar vazias', es: 'las pruebas no pueden estar vacías', ru: 'подтверждение не может быть пустым' },
  'review.commentNeeded': {
    en: 'a requirement reviewed as not met needs a comment saying what is missing',
    fr: 'une exigence jugée non remplie demande un commentaire disant ce qui manque',
    pt: 'um requisito avaliado como não cumprido precisa de um comentário que diga o que falta',
    es: 'un requisito evaluado como no cumplido necesita un comentario que diga qué falta',
    ru: 'для требования, признанного невыполненным, нужен комментарий о том, чего не хватает',
  },
  'review.requiredWhenNotMet': { en: 'required when not met', fr: 'obligatoire si non remplie', pt: 'obrigatório se não cumprido', es: 'obligatorio si no se cumple', ru: 'обязательно, если не выполнено' },
  'refusal.reasonNeeded': { en: 'a refusal needs a reason', fr: 'un refus demande un motif', pt: 'uma recusa precisa de um motivo', es: 'un rechazo necesita un motivo', ru: 'для отказа нужна причина' },
  'decision.beforeApplication': {
    en: 'the decision ({on}) cannot come before the application ({submittedOn})',
    fr: 'la décision ({on}) ne peut pas précéder la demande ({submittedOn})',
    pt: 'a decisão ({on}) não pode ser anterior à candidatura ({submittedOn})',
    es: 'la decisión ({on}) no puede ser anterior a la solicitud ({submittedOn})',
    ru: 'решение ({on}) не может предшествовать заявке ({submittedOn})',
  },
  'decision.beforeApplicationDetail': { en: 'before the application', fr: 'avant la demande', pt: 'antes da candidatura', es: 'antes de la solicitud', ru: 'раньше заявки' },
  'admission.blocked': {
    en: '{applicant} cannot be admitted: {count} of {total} minimum requirements are not reviewed as met',
    fr: '{applicant} ne peut pas être admis : {count} exigences minimales sur {total} ne sont pas jugées remplies',
    pt: '{applicant} não pode ser admitido: {count} de {total} requisitos mínimos não estão avaliados como cumpridos',
    es: '{applicant} no puede ser admitido: {count} de {total} requisitos mínimos no están evaluados como cumplidos',
    ru: '{applicant} нельзя принять: минимальных требований, не признанных выполненными, — {count} из {total}',
  },
  'checklist.notMet': { en: 'reviewed as not met', fr: 'jugée non remplie', pt: 'avaliado como não cumprido', es: 'evaluado como no cumplido', ru: 'признано невыполненным' },
  'checklist.notReviewed': { en: 'not reviewed yet', fr: 'pas encore examinée', pt: 'ainda não avaliado', es: 'aún no evaluado', ru: 'ещё не рассмотрено' },

  // ---- status decisions ----
  'status.basisRequired': {
    en: 'required: the requirement or decision it rests on',
    fr: 'obligatoire : l’exigence ou la décision sur laquelle elle repose',
    pt: 'obrigatório: o requisito ou a decisão em que assenta',
    es: 'obligatorio: el requisito o la decisión en que se basa',
    ru: 'обязательно: требование или решение, на котором оно основано',
  },
  'status.problems': {
    en: plural('count', { one: 'The status decision has {count} problem', other: 'The status decision has {count} problems' }),
    fr: plural('count', { one: 'La décision de statut présente {count} problème', other: 'La décision de statut présente {count} problèmes' }),
    pt: plural('count', { one: 'A decisão de estatuto tem {count} problema', other: 'A decisão de estatuto tem {count} problemas' }),
    es: plural('count', { one: 'La decisión de estatus tiene {count} problema', other: 'La decisión de estatus tiene {count} problemas' }),
    ru: plural('count', { one: 'В решении о статусе {count} ошибка', few: 'В решении о статусе {count} ошибки', many: 'В решении о статусе {count} ошибок', other: 'В решении о статусе {count} ошибки' }),
  },
  'status.refused': {
    en: '{kind} applies to a Participant that is {from}; {code} is {status}',
    fr: '{kind} : s’applique à un Participant au statut {from} ; {code} est au statut {status}',
    pt: '{kind}: aplica-se a um Participante no estado {from}; {code} está no estado {status}',
    es: '{kind}: se aplica a un Participante en estado {from}; {code} está en estado {status}',
    ru: '{kind}: применяется к участнику в статусе {from}; статус {code} — {status}',
  },
  'status.refusedOn': { en: '{refusal} on {on}.', fr: '{refusal} le {on}.', pt: '{refusal} em {on}.', es: '{refusal} el {on}.', ru: '{refusal} на {on}.' },

  // ---- the Chair and the Vice-Chair ----
  'chair.noneRotate': {
    en: 'No chair is recorded for {year}: rotate the year before first (the Vice-Chair of {previous} becomes Chair of {year}).',
    fr: 'Aucune présidence n’est enregistrée pour {year} : faites d’abord la passation de l’année précédente (la vice-présidence de {previous} devient présidence de {year}).',
    pt: 'Nenhuma Presidência está registada para {year}: faça primeiro a passagem do ano anterior (a Vice-Presidência de {previous} passa a Presidência de {year}).',
    es: 'No hay Presidencia registrada para {year}: haga primero el relevo del año anterior (la Vicepresidencia de {previous} pasa a ser Presidencia de {year}).',
    ru: 'Председатель на {year} год не записан: сначала проведите смену за предыдущий год (заместитель Председателя {previous} года становится Председателем {year} года).',
  },
  'chair.none': { en: 'No chair is recorded for {year}.', fr: 'Aucune présidence n’est enregistrée pour {year}.', pt: 'Nenhuma Presidência está registada para {year}.', es: 'No hay Presidencia registrada para {year}.', ru: 'Председатель на {year} год не записан.' },
  'vice.taken': {
    en: '{vice} is already Vice-Chair for {year}: a year has one Vice-Chair.',
    fr: '{vice} assure déjà la vice-présidence pour {year} : une année a une seule vice-présidence.',
    pt: '{vice} já é Vice-Presidência para {year}: um ano tem uma só Vice-Presidência.',
    es: '{vice} ya ejerce la Vicepresidencia para {year}: un año tiene una sola Vicepresidencia.',
    ru: '{vice} уже заместитель Председателя на {year} год: в году один заместитель Председателя.',
  },
  'vice.isChair': {
    en: '{code} is the Chair of {year}; the Vice-Chair is another Participant.',
    fr: '{code} assure la présidence de {year} ; la vice-présidence revient à un autre Participant.',
    pt: '{code} é a Presidência de {year}; a Vice-Presidência é outro Participante.',
    es: '{code} ejerce la Presidencia de {year}; la Vicepresidencia es otro Participante.',
    ru: '{code} — Председатель {year} года; заместителем Председателя становится другой участник.',
  },
  'vice.notParticipant': {
    en: '{code} is {status} on {on}: only a Participant can be elected Vice-Chair.',
    fr: '{code} est au statut {status} le {on} : seul un Participant peut être élu à la vice-présidence.',
    pt: '{code} está no estado {status} em {on}: só um Participante pode ser eleito Vice-Presidência.',
    es: '{code} está en estado {status} el {on}: solo un Participante puede ser elegido para la Vicepresidencia.',
    ru: 'статус {code} на {on} — {status}: заместителем Председателя можно избрать только участника.',
  },
  'vice.none': {
    en: '{year} has no Vice-Chair: the plenary elects one before the rotation.',
    fr: '{year} n’a pas de vice-présidence : la plénière en élit une avant la passation.',
    pt: '{year} não tem Vice-Presidência: a plenária elege uma antes da passagem.',
    es: '{year} no tiene Vicepresidencia: el plenario elige una antes del relevo.',
    ru: 'На {year} год нет заместителя Председателя: пленарное заседание избирает его до смены.',
  },
  'chair.rotated': {
    en: 'The chair of {next} is already recorded: {year} has rotated.',
    fr: 'La présidence de {next} est déjà enregistrée : la passation de {year} a eu lieu.',
    pt: 'A Presidência de {next} já está registada: a passagem de {year} já ocorreu.',
    es: 'La Presidencia de {next} ya está registrada: el relevo de {year} ya se hizo.',
    ru: 'Председатель на {next} год уже записан: смена {year} года состоялась.',
  },
});
