// What annual reports refuse — a Participant's report for a year and the working group's assessment —
// in the five languages (src/core/i18n.ts). Codes, ids, years and outcomes come in as parameters.
import { defineMessages, plural } from '../../core/i18n.js';

export const m = defineMessages({
  'read.own': {
    en: '{actor} may read its own Participant\'s annual reports only.',
    fr: '{actor} ne peut lire que les rapports annuels de son propre Participant.',
    pt: '{actor} só pode ler os relatórios anuais do seu próprio Participante.',
    es: '{actor} solo puede leer los informes anuales de su propio Participante.',
    ru: '{actor} может читать только годовые доклады своего участника.',
  },
  notFound: { en: 'No annual report {id}.', fr: 'Aucun rapport annuel {id}.', pt: 'Nenhum relatório anual {id}.', es: 'Ningún informe anual {id}.', ru: 'Годовой доклад {id} не найден.' },
  'body.empty': { en: 'the report text is empty', fr: 'le texte du rapport est vide', pt: 'o texto do relatório está vazio', es: 'el texto del informe está vacío', ru: 'текст доклада пуст' },
  'year.begun': {
    en: 'a report covers a year that has begun (now {now})',
    fr: 'un rapport porte sur une année commencée (nous sommes en {now})',
    pt: 'um relatório abrange um ano já começado (estamos em {now})',
    es: 'un informe abarca un año ya comenzado (estamos en {now})',
    ru: 'доклад охватывает уже начавшийся год (сейчас {now})',
  },
  'attachment.pair': {
    en: 'an attachment needs its name, and a name its attachment',
    fr: 'une pièce jointe demande son nom, et un nom sa pièce jointe',
    pt: 'um anexo precisa do seu nome, e um nome do seu anexo',
    es: 'un adjunto necesita su nombre, y un nombre su adjunto',
    ru: 'вложению нужно имя, а имени — вложение',
  },
  'attachment.kind': {
    en: 'a text ({txt}) or markdown ({md}) file',
    fr: 'un fichier texte ({txt}) ou markdown ({md})',
    pt: 'um ficheiro de texto ({txt}) ou markdown ({md})',
    es: 'un archivo de texto ({txt}) o markdown ({md})',
    ru: 'текстовый файл ({txt}) или файл разметки ({md})',
  },
  problems: {
    en: plural('count', { one: 'The annual report has {count} problem', other: 'The annual report has {count} problems' }),
    fr: plural('count', { one: 'Le rapport annuel présente {count} problème', other: 'Le rapport annuel présente {count} problèmes' }),
    pt: plural('count', { one: 'O relatório anual tem {count} problema', other: 'O relatório anual tem {count} problemas' }),
    es: plural('count', { one: 'El informe anual tiene {count} problema', other: 'El informe anual tiene {count} problemas' }),
    ru: plural('count', { one: 'В годовом докладе {count} ошибка', few: 'В годовом докладе {count} ошибки', many: 'В годовом докладе {count} ошибок', other: 'В годовом докладе {count} ошибки' }),
  },
  assessed: {
    en: '{participant}\'s annual report for {year} has been assessed ({outcome}): it can no longer be replaced.',
    fr: 'Le rapport annuel de {participant} pour {year} a été évalué ({outcome}) : il ne peut plus être remplacé.',
    pt: 'O relatório anual de {participant} de {year} já foi avaliado ({outcome}): já não pode ser substituído.',
    es: 'El informe anual de {participant} de {year} ya se evaluó ({outcome}): ya no puede sustituirse.',
    ru: 'Годовой доклад ({participant}, {year} год) уже оценён ({outcome}): заменить его больше нельзя.',
  },
  'outcome.needed': { en: 'an assessed report needs its outcome', fr: 'un rapport évalué demande son résultat', pt: 'um relatório avaliado precisa do seu resultado', es: 'un informe evaluado necesita su resultado', ru: 'для оценённого доклада нужен итог' },
  'outcome.closes': {
    en: 'an outcome closes the assessment: set status {status}',
    fr: 'un résultat clôt l’évaluation : mettez le statut {status}',
    pt: 'um resultado encerra a avaliação: defina o estado {status}',
    es: 'un resultado cierra la evaluación: ponga el estado {status}',
    ru: 'итог завершает оценку: установите статус {status}',
  },
  'outcome.closesDetail': {
    en: 'must be {status} with an outcome',
    fr: 'doit être {status} avec un résultat',
    pt: 'deve ser {status} com um resultado',
    es: 'debe ser {status} con un resultado',
    ru: 'при наличии итога должно быть {status}',
  },
});
