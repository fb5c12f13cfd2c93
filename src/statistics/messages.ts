// What statistics tells a person in an alert, in the five languages: a questionnaire on an anomaly, a
// discrepancy opened between two Participants' figures, statistics due or overdue. Participants are
// named, days and figures written in the reader's language (src/core/i18n.ts).
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  'measure.exports_carats': { en: 'exports in carats', fr: 'exportations en carats', pt: 'exportações em quilates', es: 'exportaciones en quilates', ru: 'экспорт в каратах' },
  'measure.exports_usd': { en: 'exports in US$', fr: 'exportations en $ US', pt: 'exportações em US$', es: 'exportaciones en US$', ru: 'экспорт в долларах США' },
  'measure.imports_carats': { en: 'imports in carats', fr: 'importations en carats', pt: 'importações em quilates', es: 'importaciones en quilates', ru: 'импорт в каратах' },
  'measure.imports_usd': { en: 'imports in US$', fr: 'importations en $ US', pt: 'importações em US$', es: 'importaciones en US$', ru: 'импорт в долларах США' },
  'measure.production_carats': { en: 'production in carats', fr: 'production en carats', pt: 'produção em quilates', es: 'producción en quilates', ru: 'добыча в каратах' },
  'measure.production_usd': { en: 'production in US$', fr: 'production en $ US', pt: 'produção em US$', es: 'producción en US$', ru: 'добыча в долларах США' },

  'questionnaire.subject': {
    en: '{participant}: questionnaire on {measure}, {period}, from the working group on statistics',
    fr: '{participant} : questionnaire sur {measure}, {period}, du groupe de travail sur les statistiques',
    pt: '{participant}: questionário sobre {measure}, {period}, do grupo de trabalho sobre estatísticas',
    es: '{participant}: cuestionario sobre {measure}, {period}, del grupo de trabajo sobre estadísticas',
    ru: '{participant}: вопросник рабочей группы по статистике ({measure}, {period})',
  },
  'questionnaire.body': {
    en: 'Your {measure} went from {previous} in {previousPeriod} to {current} in {period} ({sign}{change} %). Please explain the change (new mines or closures, stockpiles, large single shipments, corrections of earlier figures).\nPlease answer it in the statistics pages.',
    fr: 'Vos {measure} sont passées de {previous} en {previousPeriod} à {current} en {period} ({sign}{change} %). Veuillez expliquer cette variation (nouvelles mines ou fermetures, stocks, grosses expéditions isolées, corrections de chiffres antérieurs).\nRépondez dans les pages des statistiques.',
    pt: 'As suas {measure} passaram de {previous} em {previousPeriod} para {current} em {period} ({sign}{change} %). Explique a variação (novas minas ou encerramentos, existências, grandes remessas isoladas, correções de valores anteriores).\nResponda nas páginas de estatísticas.',
    es: 'Sus {measure} pasaron de {previous} en {previousPeriod} a {current} en {period} ({sign}{change} %). Explique la variación (nuevas minas o cierres, existencias, grandes envíos aislados, correcciones de cifras anteriores).\nResponda en las páginas de estadísticas.',
    ru: 'Показатель «{measure}» изменился с {previous} за {previousPeriod} до {current} за {period} ({sign}{change} %). Объясните изменение (новые рудники или закрытия, запасы, крупные разовые партии, исправления прежних данных).\nОтветьте на страницах статистики.',
  },

  'discrepancy.subject': {
    en: 'Discrepancy opened: {exporter} → {importer}, {period}',
    fr: 'Écart ouvert : {exporter} → {importer}, {period}',
    pt: 'Divergência aberta: {exporter} → {importer}, {period}',
    es: 'Discrepancia abierta: {exporter} → {importer}, {period}',
    ru: 'Открыто расхождение: {exporter} → {importer}, {period}',
  },
  'discrepancy.body': {
    en: 'The working group on statistics opened a discrepancy on the trade {exporter} → {importer} in {period}: {exporter} reported exports of {exports} ct, {importer} imports of {imports} ct. Both authorities are asked to explain it (bilateral reconciliation).',
    fr: "Le groupe de travail sur les statistiques a ouvert un écart sur le commerce {exporter} → {importer} en {period} : {exporter} a déclaré des exportations de {exports} ct, {importer} des importations de {imports} ct. Les deux autorités sont invitées à l'expliquer (rapprochement bilatéral).",
    pt: 'O grupo de trabalho sobre estatísticas abriu uma divergência sobre o comércio {exporter} → {importer} em {period}: {exporter} declarou exportações de {exports} ct, {importer} importações de {imports} ct. Pede-se às duas autoridades que a expliquem (reconciliação bilateral).',
    es: 'El grupo de trabajo sobre estadísticas abrió una discrepancia sobre el comercio {exporter} → {importer} en {period}: {exporter} declaró exportaciones de {exports} ct, {importer} importaciones de {imports} ct. Se pide a ambas autoridades que la expliquen (conciliación bilateral).',
    ru: 'Рабочая группа по статистике открыла расхождение по торговле {exporter} → {importer} за {period}: экспорт по данным Участника {exporter} — {exports} кар., импорт по данным Участника {importer} — {imports} кар. Оба органа должны его объяснить (двустороннее согласование).',
  },

  'kind.trade': { en: 'trade statistics', fr: 'statistiques du commerce', pt: 'estatísticas do comércio', es: 'estadísticas del comercio', ru: 'статистика торговли' },
  'kind.production': { en: 'production statistics', fr: 'statistiques de production', pt: 'estatísticas de produção', es: 'estadísticas de producción', ru: 'статистика добычи' },
  'due.subject': {
    en: '{participant}: {what} for {period} are due on {due}',
    fr: '{participant} : {what} de {period} à remettre le {due}',
    pt: '{participant}: {what} de {period} a apresentar até {due}',
    es: '{participant}: {what} de {period} deben presentarse el {due}',
    ru: '{participant}: {what} за {period} — срок сдачи {due}',
  },
  'due.body': {
    en: 'The {what} of {participant} for {period} are due on {due}. Please submit them to the working group on statistics by that day.',
    fr: 'Les {what} de {participant} pour {period} sont à remettre le {due}. Veuillez les soumettre au groupe de travail sur les statistiques au plus tard ce jour-là.',
    pt: 'As {what} de {participant} relativas a {period} devem ser apresentadas até {due}. Submeta-as ao grupo de trabalho sobre estatísticas até esse dia.',
    es: 'Las {what} de {participant} de {period} deben presentarse el {due}. Preséntelas al grupo de trabajo sobre estadísticas a más tardar ese día.',
    ru: 'Данные ({what}) Участника {participant} за {period}: срок сдачи — {due}. Представьте данные рабочей группе по статистике не позднее этого дня.',
  },
  'overdue.subject': {
    en: '{participant}: {what} for {period} are overdue (due {due})',
    fr: '{participant} : {what} de {period} en retard (à remettre le {due})',
    pt: '{participant}: {what} de {period} em atraso (prazo: {due})',
    es: '{participant}: {what} de {period} atrasadas (plazo: {due})',
    ru: '{participant}: {what} за {period} просрочена (срок сдачи — {due})',
  },
  'overdue.body': {
    en: 'The {what} of {participant} for {period} were due on {due} and have not been submitted. Please submit them to the working group on statistics as soon as possible: Participants that habitually fail to submit are named publicly.',
    fr: "Les {what} de {participant} pour {period} étaient à remettre le {due} et n'ont pas été soumises. Veuillez les soumettre au groupe de travail sur les statistiques dès que possible : les Participants qui omettent habituellement de les soumettre sont nommés publiquement.",
    pt: 'As {what} de {participant} relativas a {period} deviam ter sido apresentadas até {due} e não o foram. Submeta-as ao grupo de trabalho sobre estatísticas o mais depressa possível: os Participantes que habitualmente não as apresentam são nomeados publicamente.',
    es: 'Las {what} de {participant} de {period} debían presentarse el {due} y no se han presentado. Preséntelas al grupo de trabajo sobre estadísticas cuanto antes: los Participantes que habitualmente no las presentan se nombran públicamente.',
    ru: 'Данные ({what}) Участника {participant} за {period} нужно было сдать до {due}, но они не представлены. Представьте данные рабочей группе по статистике как можно скорее: Участники, систематически не представляющие данные, называются публично.',
  },
});
