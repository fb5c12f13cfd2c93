// What governance tells a person in an alert, in the five languages: reviews and their action plans,
// technical assistance, annual reports, decisions, participation (applications, status decisions, the
// chair) and shared documents. Participants are named, days and numbers written in the reader's
// language (src/core/i18n.ts); titles, reasons and comments stay as their authors wrote them.
import { defineMessages, plural } from '../core/i18n.js';

export const m = defineMessages({
  // ---- words ----
  'review.visit': { en: 'review visit', fr: "visite d'examen", pt: 'visita de avaliação', es: 'visita de examen', ru: 'обзорный визит' },
  'review.mission': { en: 'review mission', fr: "mission d'examen", pt: 'missão de avaliação', es: 'misión de examen', ru: 'обзорная миссия' },
  'reviewStatus.invited': { en: 'invited', fr: 'invitée', pt: 'convidada', es: 'invitada', ru: 'приглашение направлено' },
  'reviewStatus.scheduled': { en: 'scheduled', fr: 'programmée', pt: 'agendada', es: 'programada', ru: 'запланирован(а)' },
  'reviewStatus.done': { en: 'carried out', fr: 'effectuée', pt: 'realizada', es: 'realizada', ru: 'проведён(а)' },
  'reviewStatus.cancelled': { en: 'cancelled', fr: 'annulée', pt: 'cancelada', es: 'cancelada', ru: 'отменён(а)' },
  'outcome.satisfactory': { en: 'satisfactory', fr: 'satisfaisant', pt: 'satisfatório', es: 'satisfactorio', ru: 'удовлетворительно' },
  'outcome.follow_up': { en: 'follow-up needed', fr: 'suivi nécessaire', pt: 'acompanhamento necessário', es: 'requiere seguimiento', ru: 'требуются последующие меры' },
  'outcome.unsatisfactory': { en: 'unsatisfactory', fr: 'insatisfaisant', pt: 'insatisfatório', es: 'insatisfactorio', ru: 'неудовлетворительно' },
  'decisionKind.interim_measures': { en: 'interim measures', fr: 'mesures provisoires', pt: 'medidas provisórias', es: 'medidas provisionales', ru: 'временные меры' },
  'decisionKind.suspension': { en: 'suspension', fr: 'suspension', pt: 'suspensão', es: 'suspensión', ru: 'приостановление участия' },
  'decisionKind.removal': { en: 'removal', fr: 'exclusion', pt: 'exclusão', es: 'exclusión', ru: 'исключение' },
  'decisionKind.readmission': { en: 'readmission', fr: 'réadmission', pt: 'readmissão', es: 'readmisión', ru: 'повторный приём' },

  'participantStatus.participant': { en: 'Participant', fr: 'Participant', pt: 'Participante', es: 'Participante', ru: 'Участник' },
  'participantStatus.suspended': { en: 'suspended', fr: 'suspendu', pt: 'suspenso', es: 'suspendido', ru: 'участие приостановлено' },
  'participantStatus.removed': { en: 'removed', fr: 'exclu', pt: 'excluído', es: 'excluido', ru: 'исключён' },
  'category.plenary': { en: 'plenary', fr: 'plénière', pt: 'plenária', es: 'plenario', ru: 'пленарное заседание' },
  'category.decision': { en: 'decision', fr: 'décision', pt: 'decisão', es: 'decisión', ru: 'решение' },
  'category.review': { en: 'review', fr: 'examen', pt: 'avaliação', es: 'examen', ru: 'обзор' },
  'category.peer-review': { en: 'peer review', fr: 'examen par les pairs', pt: 'avaliação pelos pares', es: 'examen entre pares', ru: 'взаимная оценка' },
  'category.working-group': { en: 'working group', fr: 'groupe de travail', pt: 'grupo de trabalho', es: 'grupo de trabajo', ru: 'рабочая группа' },
  'category.statistics': { en: 'statistics', fr: 'statistiques', pt: 'estatísticas', es: 'estadísticas', ru: 'статистика' },
  'category.annual-report': { en: 'annual report', fr: 'rapport annuel', pt: 'relatório anual', es: 'informe anual', ru: 'годовой доклад' },
  'category.administrative': { en: 'administrative', fr: 'administratif', pt: 'administrativo', es: 'administrativo', ru: 'административный документ' },
  'category.other': { en: 'other', fr: 'autre', pt: 'outro', es: 'otro', ru: 'прочее' },

  // ---- reviews ----
  'review.shared.subject': {
    en: 'Review report shared: {kind} to {participant}',
    fr: "Rapport d'examen communiqué : {kind} chez {participant}",
    pt: 'Relatório de avaliação partilhado: {kind} a {participant}',
    es: 'Informe de examen compartido: {kind} a {participant}',
    ru: 'Доклад об обзоре передан: {kind}, {participant}',
  },
  'review.shared.body': {
    en: 'The Chair shared the report of the {kind} to {participant} ({purpose}) with UN bodies.',
    fr: 'La présidence a communiqué aux organes des Nations Unies le rapport de la {kind} chez {participant} ({purpose}).',
    pt: 'A Presidência partilhou com os órgãos das Nações Unidas o relatório da {kind} a {participant} ({purpose}).',
    es: 'La Presidencia compartió con los órganos de las Naciones Unidas el informe de la {kind} a {participant} ({purpose}).',
    ru: 'Председатель передал органам ООН доклад ({kind}; {participant}; цель: {purpose}).',
  },
  'item.due.subject': {
    en: 'Due soon: action item of {participant} owned by {owner}',
    fr: "Échéance proche : point d'action de {participant} confié à {owner}",
    pt: 'Prazo próximo: ponto de ação de {participant} a cargo de {owner}',
    es: 'Vence pronto: punto de acción de {participant} a cargo de {owner}',
    ru: 'Скоро срок: пункт плана действий ({participant}), ответственный — {owner}',
  },
  'item.overdue.subject': {
    en: 'Overdue: action item of {participant} owned by {owner}',
    fr: "En retard : point d'action de {participant} confié à {owner}",
    pt: 'Em atraso: ponto de ação de {participant} a cargo de {owner}',
    es: 'Vencido: punto de acción de {participant} a cargo de {owner}',
    ru: 'Просрочено: пункт плана действий ({participant}), ответственный — {owner}',
  },
  'item.due.body': {
    en: plural('days', {
      one: '"{description}" ({plan}) is due on {deadline} (in {days} day). The owner marks it done with the evidence; the working group on monitoring follows it up.',
      other: '"{description}" ({plan}) is due on {deadline} (in {days} days). The owner marks it done with the evidence; the working group on monitoring follows it up.',
    }),
    fr: '« {description} » ({plan}) arrive à échéance le {deadline} (dans {days} j). Le responsable le marque comme accompli avec les preuves ; le groupe de travail sur le suivi en assure le suivi.',
    pt: '«{description}» ({plan}) tem prazo em {deadline} (dentro de {days} d). O responsável marca-o como concluído com as provas; o grupo de trabalho de monitorização acompanha-o.',
    es: '«{description}» ({plan}) vence el {deadline} (dentro de {days} d). El responsable lo marca como realizado con las pruebas; el grupo de trabajo de vigilancia le da seguimiento.',
    ru: '«{description}» ({plan}): срок — {deadline} (осталось дней: {days}). Ответственный отмечает выполнение с подтверждением; рабочая группа по мониторингу следит за исполнением.',
  },
  'item.overdue.body': {
    en: plural('days', {
      one: '"{description}" ({plan}) was due on {deadline} ({days} day overdue). The owner marks it done with the evidence; the working group on monitoring follows it up.',
      other: '"{description}" ({plan}) was due on {deadline} ({days} days overdue). The owner marks it done with the evidence; the working group on monitoring follows it up.',
    }),
    fr: '« {description} » ({plan}) était à échéance le {deadline} (en retard de {days} j). Le responsable le marque comme accompli avec les preuves ; le groupe de travail sur le suivi en assure le suivi.',
    pt: '«{description}» ({plan}) tinha prazo em {deadline} ({days} d de atraso). O responsável marca-o como concluído com as provas; o grupo de trabalho de monitorização acompanha-o.',
    es: '«{description}» ({plan}) vencía el {deadline} ({days} d de retraso). El responsable lo marca como realizado con las pruebas; el grupo de trabajo de vigilancia le da seguimiento.',
    ru: '«{description}» ({plan}): срок истёк {deadline} (просрочено дней: {days}). Ответственный отмечает выполнение с подтверждением; рабочая группа по мониторингу следит за исполнением.',
  },
  'reviewDue.subject': {
    en: 'Due soon: {kind} to {participant}',
    fr: 'Échéance proche : {kind} chez {participant}',
    pt: 'Prazo próximo: {kind} a {participant}',
    es: 'Vence pronto: {kind} a {participant}',
    ru: 'Скоро срок: {kind}, {participant}',
  },
  'reviewOverdue.subject': {
    en: 'Overdue: {kind} to {participant}',
    fr: 'En retard : {kind} chez {participant}',
    pt: 'Em atraso: {kind} a {participant}',
    es: 'Vencida: {kind} a {participant}',
    ru: 'Просрочено: {kind}, {participant}',
  },
  'reviewDue.body': {
    en: 'The {kind} to {participant} ({purpose}) is due by {dueBy} (in {days} days) and is still {status}. The working group on monitoring schedules it or records it as carried out.',
    fr: 'La {kind} chez {participant} ({purpose}) doit avoir lieu au plus tard le {dueBy} (dans {days} j) et son état est toujours : {status}. Le groupe de travail sur le suivi la programme ou l’enregistre comme effectuée.',
    pt: 'A {kind} a {participant} ({purpose}) deve realizar-se até {dueBy} (dentro de {days} d) e o seu estado continua: {status}. O grupo de trabalho de monitorização agenda-a ou regista-a como realizada.',
    es: 'La {kind} a {participant} ({purpose}) debe realizarse a más tardar el {dueBy} (dentro de {days} d) y su estado sigue siendo: {status}. El grupo de trabajo de vigilancia la programa o la registra como realizada.',
    ru: '{kind} ({participant}; цель: {purpose}) должен(на) состояться не позднее {dueBy} (осталось дней: {days}); состояние: {status}. Рабочая группа по мониторингу планирует его(её) или отмечает проведение.',
  },
  'reviewOverdue.body': {
    en: 'The {kind} to {participant} ({purpose}) was due by {dueBy} ({days} days ago) and is still {status}. The working group on monitoring schedules it or records it as carried out.',
    fr: 'La {kind} chez {participant} ({purpose}) devait avoir lieu au plus tard le {dueBy} (il y a {days} j) et son état est toujours : {status}. Le groupe de travail sur le suivi la programme ou l’enregistre comme effectuée.',
    pt: 'A {kind} a {participant} ({purpose}) devia realizar-se até {dueBy} (há {days} d) e o seu estado continua: {status}. O grupo de trabalho de monitorização agenda-a ou regista-a como realizada.',
    es: 'La {kind} a {participant} ({purpose}) debía realizarse a más tardar el {dueBy} (hace {days} d) y su estado sigue siendo: {status}. El grupo de trabajo de vigilancia la programa o la registra como realizada.',
    ru: '{kind} ({participant}; цель: {purpose}) должен(на) был(а) состояться не позднее {dueBy} (дней назад: {days}); состояние: {status}. Рабочая группа по мониторингу планирует его(её) или отмечает проведение.',
  },

  // ---- technical assistance ----
  'assistance.subject': {
    en: 'Technical assistance proposed to {participant}: {title}',
    fr: 'Assistance technique proposée à {participant} : {title}',
    pt: 'Assistência técnica proposta a {participant}: {title}',
    es: 'Asistencia técnica propuesta a {participant}: {title}',
    ru: 'Предложена техническая помощь ({participant}): {title}',
  },
  'assistance.body': {
    en: 'The coordinator matched the need "{need}" with the offer of {donor} ("{offer}"). The programme is proposed; agree it with the donor.',
    fr: "Le coordinateur a rapproché le besoin « {need} » de l'offre de {donor} (« {offer} »). Le programme est proposé ; convenez-en avec le donateur.",
    pt: 'O coordenador associou a necessidade «{need}» à oferta de {donor} («{offer}»). O programa está proposto; acorde-o com o doador.',
    es: 'El coordinador emparejó la necesidad «{need}» con la oferta de {donor} («{offer}»). El programa está propuesto; acuérdelo con el donante.',
    ru: 'Координатор сопоставил потребность «{need}» с предложением донора {donor} («{offer}»). Программа предложена; согласуйте её с донором.',
  },

  // ---- annual reports ----
  'annualReport.submitted.subject': {
    en: '{participant} submitted its annual report for {year}',
    fr: '{participant} a soumis son rapport annuel pour {year}',
    pt: '{participant} apresentou o seu relatório anual de {year}',
    es: '{participant} presentó su informe anual de {year}',
    ru: '{participant}: представлен годовой доклад за {year} год',
  },
  'annualReport.replaced.subject': {
    en: '{participant} submitted its annual report for {year} (replaced)',
    fr: '{participant} a soumis son rapport annuel pour {year} (remplacé)',
    pt: '{participant} apresentou o seu relatório anual de {year} (substituído)',
    es: '{participant} presentó su informe anual de {year} (sustituido)',
    ru: '{participant}: представлен годовой доклад за {year} год (заменён)',
  },
  'annualReport.submitted.body': {
    en: 'The annual report of {participant} for {year} awaits the assessment of the working group on monitoring.',
    fr: "Le rapport annuel de {participant} pour {year} attend l'évaluation du groupe de travail sur le suivi.",
    pt: 'O relatório anual de {participant} de {year} aguarda a avaliação do grupo de trabalho de monitorização.',
    es: 'El informe anual de {participant} de {year} espera la evaluación del grupo de trabajo de vigilancia.',
    ru: 'Годовой доклад ({participant}, {year} год) ожидает оценки рабочей группы по мониторингу.',
  },
  'annualReport.assessed.subject': {
    en: 'Annual report {year} of {participant}: assessed {outcome}',
    fr: 'Rapport annuel {year} de {participant} : évalué, {outcome}',
    pt: 'Relatório anual {year} de {participant}: avaliado, {outcome}',
    es: 'Informe anual {year} de {participant}: evaluado, {outcome}',
    ru: 'Годовой доклад за {year} год ({participant}): оценка — {outcome}',
  },
  'annualReport.assessed.body': {
    en: 'The working group on monitoring assessed the annual report of {participant} for {year}: {outcome}.{comments}',
    fr: 'Le groupe de travail sur le suivi a évalué le rapport annuel de {participant} pour {year} : {outcome}.{comments}',
    pt: 'O grupo de trabalho de monitorização avaliou o relatório anual de {participant} de {year}: {outcome}.{comments}',
    es: 'El grupo de trabajo de vigilancia evaluó el informe anual de {participant} de {year}: {outcome}.{comments}',
    ru: 'Рабочая группа по мониторингу оценила годовой доклад ({participant}, {year} год): {outcome}.{comments}',
  },

  // ---- decisions ----
  'decision.adopted.subject': {
    en: 'Decision formally adopted: {title}',
    fr: 'Décision formellement adoptée : {title}',
    pt: 'Decisão formalmente adotada: {title}',
    es: 'Decisión adoptada formalmente: {title}',
    ru: 'Решение официально принято: {title}',
  },
  'decision.adopted.body': {
    en: '{plenary}, decision {number} ("{title}") is formally adopted on {on}: it is available in English, French, Portuguese, Spanish and Russian.',
    fr: '{plenary}, décision {number} (« {title} ») : formellement adoptée le {on}, elle est disponible en anglais, français, portugais, espagnol et russe.',
    pt: '{plenary}, decisão {number} («{title}»): formalmente adotada em {on}, está disponível em inglês, francês, português, espanhol e russo.',
    es: '{plenary}, decisión {number} («{title}»): adoptada formalmente el {on}, está disponible en inglés, francés, portugués, español y ruso.',
    ru: '{plenary}, решение {number} («{title}») официально принято {on}: оно доступно на английском, французском, португальском, испанском и русском языках.',
  },

  // ---- participation ----
  'application.submitted.subject': {
    en: '{applicant} applies for participation in the Kimberley Process',
    fr: '{applicant} demande à participer au Processus de Kimberley',
    pt: '{applicant} candidata-se à participação no Processo de Kimberley',
    es: '{applicant} solicita participar en el Proceso de Kimberley',
    ru: '{applicant}: заявка на участие в Кимберлийском процессе',
  },
  'application.submitted.body': {
    en: '{applicant} has applied for participation (submitted {on}). The Participation Committee reviews its evidence against each minimum requirement.',
    fr: '{applicant} a demandé à participer (demande soumise le {on}). Le Comité de participation examine ses preuves au regard de chaque exigence minimale.',
    pt: '{applicant} candidatou-se à participação (candidatura apresentada em {on}). O Comité de Participação examina as suas provas face a cada requisito mínimo.',
    es: '{applicant} ha solicitado participar (solicitud presentada el {on}). El Comité de Participación examina sus pruebas respecto de cada requisito mínimo.',
    ru: '{applicant}: подана заявка на участие ({on}). Комитет по участию рассматривает представленные подтверждения по каждому минимальному требованию.',
  },
  'application.admitted.subject': {
    en: 'Application of {applicant}: admitted',
    fr: 'Demande de {applicant} : admise',
    pt: 'Candidatura de {applicant}: admitida',
    es: 'Solicitud de {applicant}: admitida',
    ru: 'Заявка ({applicant}): принята',
  },
  'application.refused.subject': {
    en: 'Application of {applicant}: refused',
    fr: 'Demande de {applicant} : refusée',
    pt: 'Candidatura de {applicant}: recusada',
    es: 'Solicitud de {applicant}: rechazada',
    ru: 'Заявка ({applicant}): отклонена',
  },
  'application.admitted.body': {
    en: 'The Participation Committee decided on the application of {applicant}: admitted as a Participant from {on}.',
    fr: 'Le Comité de participation a statué sur la demande de {applicant} : admis comme Participant à compter du {on}.',
    pt: 'O Comité de Participação decidiu sobre a candidatura de {applicant}: admitido como Participante a partir de {on}.',
    es: 'El Comité de Participación decidió sobre la solicitud de {applicant}: admitido como Participante a partir del {on}.',
    ru: 'Комитет по участию принял решение по заявке ({applicant}): принят в Участники с {on}.',
  },
  'application.refused.body': {
    en: 'The Participation Committee decided on the application of {applicant}: refused on {on}: {reason}.',
    fr: 'Le Comité de participation a statué sur la demande de {applicant} : refusée le {on} : {reason}.',
    pt: 'O Comité de Participação decidiu sobre a candidatura de {applicant}: recusada em {on}: {reason}.',
    es: 'El Comité de Participación decidió sobre la solicitud de {applicant}: rechazada el {on}: {reason}.',
    ru: 'Комитет по участию принял решение по заявке ({applicant}): отклонена {on}: {reason}.',
  },
  'status.decided.subject': {
    en: '{participant}: {decision} from {on}',
    fr: '{participant} : {decision} à compter du {on}',
    pt: '{participant}: {decision} a partir de {on}',
    es: '{participant}: {decision} a partir del {on}',
    ru: '{participant}: {decision} с {on}',
  },
  'status.decided.body': {
    en: 'The Chair decided {decision} of {participant} from {on} (status {status}). Reason: {reason}. Basis: {basis}.',
    fr: 'La présidence a décidé : {decision} de {participant} à compter du {on} (statut : {status}). Motif : {reason}. Fondement : {basis}.',
    pt: 'A Presidência decidiu: {decision} de {participant} a partir de {on} (estatuto: {status}). Motivo: {reason}. Fundamento: {basis}.',
    es: 'La Presidencia decidió: {decision} de {participant} a partir del {on} (estatus: {status}). Motivo: {reason}. Fundamento: {basis}.',
    ru: 'Председатель принял решение: {decision} ({participant}) с {on} (статус: {status}). Причина: {reason}. Основание: {basis}.',
  },
  'chair.rotated.subject': {
    en: '{chair} is Chair of the Kimberley Process for {year}',
    fr: '{chair} assure la présidence du Processus de Kimberley en {year}',
    pt: '{chair} preside ao Processo de Kimberley em {year}',
    es: '{chair} preside el Proceso de Kimberley en {year}',
    ru: '{chair} — Председатель Кимберлийского процесса в {year} году',
  },
  'chair.rotated.body': {
    en: 'At the end of {previousYear}, the Vice-Chair {chair} becomes Chair for {year}, succeeding {previous}. The plenary elects a Vice-Chair for {year}.',
    fr: 'À la fin de {previousYear}, la vice-présidence, {chair}, prend la présidence pour {year}, succédant à {previous}. La plénière élit une vice-présidence pour {year}.',
    pt: 'No fim de {previousYear}, a Vice-Presidência, {chair}, assume a Presidência em {year}, sucedendo a {previous}. A plenária elege uma Vice-Presidência para {year}.',
    es: 'Al final de {previousYear}, la Vicepresidencia, {chair}, asume la Presidencia para {year}, sucediendo a {previous}. El plenario elige una Vicepresidencia para {year}.',
    ru: 'В конце {previousYear} года заместитель Председателя ({chair}) становится Председателем на {year} год, сменяя предыдущего Председателя ({previous}). Пленарное заседание избирает заместителя Председателя на {year} год.',
  },

  // ---- documents ----
  'document.shared.subject': {
    en: 'New {group} document: {title}',
    fr: 'Nouveau document du groupe {group} : {title}',
    pt: 'Novo documento do grupo {group}: {title}',
    es: 'Nuevo documento del grupo {group}: {title}',
    ru: 'Новый документ группы {group}: {title}',
  },
  'document.shared.body': {
    en: '{by} published "{title}" ({category}, {on}) for the working group {group}.',
    fr: '{by} a publié « {title} » ({category}, {on}) pour le groupe de travail {group}.',
    pt: '{by} publicou «{title}» ({category}, {on}) para o grupo de trabalho {group}.',
    es: '{by} publicó «{title}» ({category}, {on}) para el grupo de trabajo {group}.',
    ru: '{by} опубликовал(а) «{title}» ({category}, {on}) для рабочей группы {group}.',
  },
});
