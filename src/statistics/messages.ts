// What statistics tells a person in the five languages: alerts (a questionnaire on an anomaly, a
// discrepancy opened between two Participants' figures, statistics due or overdue) and each problem of
// an imported row (its column named beside it, never in the sentence) with the answer to a refused file.
// Participants are named in the reader's language (with the code a file must carry), days and figures
// written as the language writes them (src/core/i18n.ts).
import { defineMessages } from '../core/i18n.js';

/** "a|b|c" → "a" or "b" or "c", quoted as the language quotes */
const quoted = (list: string, open: string, close: string, or: string) => list.split('|').map((c) => `${open}${c}${close}`).join(or);
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
const ruPlural = (n: number, one: string, few: string, many: string) => {
  const r10 = n % 10;
  const r100 = n % 100;
  return r10 === 1 && r100 !== 11 ? one : r10 >= 2 && r10 <= 4 && (r100 < 12 || r100 > 14) ? few : many;
};

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

  // imported rows and files
  'field.required': { en: 'is required', fr: 'est obligatoire', pt: 'é obrigatório', es: 'es obligatorio', ru: 'обязательное поле' },
  'period.trade.form': {
    en: 'must be a quarter written like {example}, got "{text}"',
    fr: 'doit être un trimestre écrit comme {example}, reçu « {text} »',
    pt: 'deve ser um trimestre escrito como {example}, recebido "{text}"',
    es: 'debe ser un trimestre escrito como {example}, se recibió «{text}»',
    ru: 'должен быть квартал в виде {example}, получено «{text}»',
  },
  'period.production.form': {
    en: 'must be a half year written like {example}, or a year like {year}, got "{text}"',
    fr: 'doit être un semestre écrit comme {example}, ou une année comme {year}, reçu « {text} »',
    pt: 'deve ser um semestre escrito como {example}, ou um ano como {year}, recebido "{text}"',
    es: 'debe ser un semestre escrito como {example}, o un año como {year}, se recibió «{text}»',
    ru: 'должно быть полугодие в виде {example} или год в виде {year}, получено «{text}»',
  },
  'period.beforeFirst': {
    en: '{text} is before {first}',
    fr: '{text} est antérieur à {first}',
    pt: '{text} é anterior a {first}',
    es: '{text} es anterior a {first}',
    ru: '{text} раньше {first} года',
  },
  'period.future': {
    en: '{text} is in the future',
    fr: '{text} est dans le futur',
    pt: '{text} está no futuro',
    es: '{text} está en el futuro',
    ru: '{text} ещё не наступил',
  },
  'period.notEnded': {
    en: '{text} has not ended yet (it ends on {end})',
    fr: "{text} n'est pas encore terminé (il se termine le {end})",
    pt: '{text} ainda não terminou (termina em {end})',
    es: '{text} aún no ha terminado (termina el {end})',
    ru: '{text} ещё не закончился (он заканчивается {end})',
  },
  'code.form': {
    en: 'unknown code "{code}" ({standard}, upper case, or {eu})',
    fr: 'code inconnu « {code} » ({standard}, en majuscules, ou {eu})',
    pt: 'código desconhecido "{code}" ({standard}, em maiúsculas, ou {eu})',
    es: 'código desconocido «{code}» ({standard}, en mayúsculas, o {eu})',
    ru: 'неизвестный код «{code}» ({standard}, заглавными буквами, или {eu})',
  },
  'code.unknown': {
    en: 'unknown code {code}: not in the registry',
    fr: 'code inconnu {code} : absent du registre',
    pt: 'código desconhecido {code}: não consta do registo',
    es: 'código desconocido {code}: no figura en el registro',
    ru: 'неизвестный код {code}: его нет в реестре',
  },
  'reporter.memberState': {
    en: '{name} ({code}) reports through {through}: write {throughCode} as the reporter',
    fr: '{name} ({code}) déclare par l’intermédiaire de {through} : indiquez {throughCode} comme déclarant',
    pt: '{name} ({code}) declara através de {through}: indique {throughCode} como declarante',
    es: '{name} ({code}) declara a través de {through}: indique {throughCode} como declarante',
    ru: '{name} ({code}) отчитывается через {through}: укажите {throughCode} как отчитывающегося',
  },
  'reporter.notParticipant': {
    en: '{name} ({code}) was not a Participant during {period} (status: {status})',
    fr: "{name} ({code}) n'était pas Participant pendant {period} (statut : {status})",
    pt: '{name} ({code}) não era Participante durante {period} (estatuto: {status})',
    es: '{name} ({code}) no era Participante durante {period} (condición: {status})',
    ru: '{name} ({code}) не был Участником в период {period} (статус: {status})',
  },
  'partner.notInGoodStanding': {
    en: '{name} ({code}) was not a Participant in good standing during {period} ({status}); trade with it is not allowed under the scheme',
    fr: "{name} ({code}) n'était pas un Participant en règle pendant {period} ({status}) ; le commerce avec lui n'est pas permis par le système",
    pt: '{name} ({code}) não era um Participante em situação regular durante {period} ({status}); o comércio com ele não é permitido pelo sistema',
    es: '{name} ({code}) no era un Participante en regla durante {period} ({status}); el comercio con él no está permitido por el sistema',
    ru: '{name} ({code}) не был Участником с надлежащим статусом в период {period} ({status}); торговля с ним по системе не допускается',
  },
  'partner.statusOf': { en: '{participant}: {status}', fr: '{participant} : {status}', pt: '{participant}: {status}', es: '{participant}: {status}', ru: '{participant}: {status}' },
  'partner.itself': {
    en: '{name} ({code}) is {reporter} itself: trade within a Participant is not reported',
    fr: '{name} ({code}) est {reporter} lui-même : le commerce à l’intérieur d’un Participant ne se déclare pas',
    pt: '{name} ({code}) é o próprio {reporter}: o comércio dentro de um Participante não é declarado',
    es: '{name} ({code}) es el propio {reporter}: el comercio dentro de un Participante no se declara',
    ru: '{name} ({code}) — это сам {reporter}: торговля внутри Участника не отражается в отчётах',
  },
  'partner.memberStateItself': {
    en: '{name} ({code}) is {reporter} itself (a member state of {reporter}): trade within a Participant is not reported',
    fr: '{name} ({code}) est {reporter} lui-même (un État membre de {reporter}) : le commerce à l’intérieur d’un Participant ne se déclare pas',
    pt: '{name} ({code}) é o próprio {reporter} (um Estado-Membro de {reporter}): o comércio dentro de um Participante não é declarado',
    es: '{name} ({code}) es el propio {reporter} (un Estado miembro de {reporter}): el comercio dentro de un Participante no se declara',
    ru: '{name} ({code}) — это сам {reporter} (государство — член {reporter}): торговля внутри Участника не отражается в отчётах',
  },
  'choice.oneOf': {
    en: (p) => `must be ${quoted(p.choices!, '"', '"', ' or ')}, got "${p.text}"`,
    fr: (p) => `doit être ${quoted(p.choices!, '« ', ' »', ' ou ')}, reçu « ${p.text} »`,
    pt: (p) => `deve ser ${quoted(p.choices!, '"', '"', ' ou ')}, recebido "${p.text}"`,
    es: (p) => `debe ser ${quoted(p.choices!, '«', '»', ' o ')}, se recibió «${p.text}»`,
    ru: (p) => `должно быть ${quoted(p.choices!, '«', '»', ' или ')}, получено «${p.text}»`,
  },
  'amount.negative': { en: 'must not be negative, got {text}', fr: 'ne doit pas être négatif, reçu {text}', pt: 'não pode ser negativo, recebido {text}', es: 'no puede ser negativo, se recibió {text}', ru: 'не может быть отрицательным, получено {text}' },
  'amount.notNumber': { en: 'is not a number, got "{text}"', fr: "n'est pas un nombre, reçu « {text} »", pt: 'não é um número, recebido "{text}"', es: 'no es un número, se recibió «{text}»', ru: 'не является числом, получено «{text}»' },
  'amount.notNumberComma': {
    en: 'is not a number (use a dot as the decimal separator), got "{text}"',
    fr: "n'est pas un nombre (le séparateur décimal est le point), reçu « {text} »",
    pt: 'não é um número (o separador decimal é o ponto), recebido "{text}"',
    es: 'no es un número (el separador decimal es el punto), se recibió «{text}»',
    ru: 'не является числом (десятичный разделитель — точка), получено «{text}»',
  },
  'amount.decimals': { en: 'has more than 2 decimals, got {text}', fr: 'a plus de 2 décimales, reçu {text}', pt: 'tem mais de 2 casas decimais, recebido {text}', es: 'tiene más de 2 decimales, se recibió {text}', ru: 'больше 2 знаков после точки, получено {text}' },
  'amount.tooLarge': {
    en: 'is too large (at most {digits} digits before the decimal point), got {text}',
    fr: 'est trop grand (au plus {digits} chiffres avant le point décimal), reçu {text}',
    pt: 'é demasiado grande (no máximo {digits} algarismos antes do ponto decimal), recebido {text}',
    es: 'es demasiado grande (como máximo {digits} cifras antes del punto decimal), se recibió {text}',
    ru: 'слишком большое (не более {digits} цифр до точки), получено {text}',
  },
  'count.notWhole': { en: 'must be a whole number, got "{text}"', fr: 'doit être un nombre entier, reçu « {text} »', pt: 'deve ser um número inteiro, recebido "{text}"', es: 'debe ser un número entero, se recibió «{text}»', ru: 'должно быть целым числом, получено «{text}»' },
  'count.tooLarge': { en: 'is too large, got {text}', fr: 'est trop grand, reçu {text}', pt: 'é demasiado grande, recebido {text}', es: 'es demasiado grande, se recibió {text}', ru: 'слишком большое, получено {text}' },
  'amount.valueWithoutCarats': {
    en: 'a value of US${value} with no carats: report the carats the value is for',
    fr: 'une valeur de {value} USD sans carats : déclarez les carats auxquels la valeur correspond',
    pt: 'um valor de {value} USD sem quilates: declare os quilates a que o valor corresponde',
    es: 'un valor de {value} USD sin quilates: declare los quilates a los que corresponde el valor',
    ru: 'стоимость {value} долл. США без каратов: укажите караты, к которым относится стоимость',
  },
  'trade.duplicate': {
    en: 'duplicate of row {first}: one row per reporter, period, flow, partner and HS code',
    fr: 'doublon de la ligne {first} : une ligne par déclarant, période, flux, partenaire et code SH',
    pt: 'duplicado da linha {first}: uma linha por declarante, período, fluxo, parceiro e código SH',
    es: 'duplicado de la fila {first}: una fila por declarante, período, flujo, socio y código SA',
    ru: 'повтор строки {first}: одна строка на отчитывающегося, период, поток, партнёра и код ТН ВЭД',
  },
  'trade.duplicateVia': {
    en: 'duplicate of row {first}: one row per reporter, period, flow, partner and HS code ({code} is counted under {participant})',
    fr: 'doublon de la ligne {first} : une ligne par déclarant, période, flux, partenaire et code SH ({code} est compté sous {participant})',
    pt: 'duplicado da linha {first}: uma linha por declarante, período, fluxo, parceiro e código SH ({code} é contado em {participant})',
    es: 'duplicado de la fila {first}: una fila por declarante, período, flujo, socio y código SA ({code} se cuenta bajo {participant})',
    ru: 'повтор строки {first}: одна строка на отчитывающегося, период, поток, партнёра и код ТН ВЭД ({code} учитывается в составе {participant})',
  },
  'production.duplicate': {
    en: 'duplicate of row {first}: one row per reporter, period and mining',
    fr: "doublon de la ligne {first} : une ligne par déclarant, période et type d'exploitation",
    pt: 'duplicado da linha {first}: uma linha por declarante, período e tipo de mineração',
    es: 'duplicado de la fila {first}: una fila por declarante, período y tipo de minería',
    ru: 'повтор строки {first}: одна строка на отчитывающегося, период и вид добычи',
  },
  'production.yearAndHalves': {
    en: '{reporter} reports {year} {how} already ({where}): a year and its halves would count the same production twice',
    fr: '{reporter} déclare déjà {year} {how} ({where}) : une année et ses semestres compteraient deux fois la même production',
    pt: '{reporter} já declara {year} {how} ({where}): um ano e os seus semestres contariam a mesma produção duas vezes',
    es: '{reporter} ya declara {year} {how} ({where}): un año y sus semestres contarían dos veces la misma producción',
    ru: '{reporter} уже отчитывается за {year} {how} ({where}): год и его полугодия учли бы одну и ту же добычу дважды',
  },
  'production.byHalf': { en: 'by half year', fr: 'par semestre', pt: 'por semestre', es: 'por semestre', ru: 'по полугодиям' },
  'production.asWhole': { en: 'as a whole year', fr: 'pour l’année entière', pt: 'como ano inteiro', es: 'como año completo', ru: 'за год целиком' },
  'production.row': { en: 'row {row}', fr: 'ligne {row}', pt: 'linha {row}', es: 'fila {row}', ru: 'строка {row}' },
  'production.submission': { en: 'submission {period}', fr: 'soumission {period}', pt: 'submissão {period}', es: 'presentación {period}', ru: 'представленные данные за {period}' },
  'nil.productionYear': {
    en: 'a nil return of production is for a half year, written like {example}',
    fr: 'une déclaration néant de production porte sur un semestre, écrit comme {example}',
    pt: 'uma declaração nula de produção refere-se a um semestre, escrito como {example}',
    es: 'una declaración nula de producción corresponde a un semestre, escrito como {example}',
    ru: 'нулевой отчёт о добыче подаётся за полугодие, в виде {example}',
  },
  'header.unknown': {
    en: 'unknown column "{name}" (a {kind} file has exactly: {columns})',
    fr: 'colonne inconnue « {name} » (un fichier {kind} a exactement : {columns})',
    pt: 'coluna desconhecida "{name}" (um ficheiro {kind} tem exatamente: {columns})',
    es: 'columna desconocida «{name}» (un archivo {kind} tiene exactamente: {columns})',
    ru: 'неизвестный столбец «{name}» (в файле {kind} ровно эти столбцы: {columns})',
  },
  'header.twice': { en: 'column "{name}" appears twice', fr: 'la colonne « {name} » figure deux fois', pt: 'a coluna "{name}" aparece duas vezes', es: 'la columna «{name}» aparece dos veces', ru: 'столбец «{name}» встречается дважды' },
  'header.missing': { en: 'missing column "{name}"', fr: 'colonne « {name} » manquante', pt: 'falta a coluna "{name}"', es: 'falta la columna «{name}»', ru: 'нет столбца «{name}»' },
  'import.columns': {
    en: (_p, n) => `${n.count} ${plural(n.count!, 'problem', 'problems')} with the columns of the rows. Nothing was imported.`,
    fr: (_p, n) => `${n.count} ${plural(n.count!, 'problème', 'problèmes')} dans les colonnes des lignes. Rien n'a été importé.`,
    pt: (_p, n) => `${n.count} ${plural(n.count!, 'problema', 'problemas')} nas colunas das linhas. Nada foi importado.`,
    es: (_p, n) => `${n.count} ${plural(n.count!, 'problema', 'problemas')} en las columnas de las filas. No se importó nada.`,
    ru: (_p, n) => `${n.count} ${ruPlural(n.count!, 'ошибка', 'ошибки', 'ошибок')} в столбцах строк. Ничего не импортировано.`,
  },
  'import.rows': {
    en: (p, n) => `${p.bad} of ${p.total} ${plural(n.total!, 'row has', 'rows have')} problems (${p.count} in all). Nothing was imported.`,
    fr: (p, n) => `${p.bad} ${plural(n.bad!, 'ligne', 'lignes')} sur ${p.total} ${plural(n.bad!, 'a', 'ont')} des problèmes (${p.count} en tout). Rien n'a été importé.`,
    pt: (p, n) => `${p.bad} de ${p.total} ${plural(n.total!, 'linha tem', 'linhas têm')} problemas (${p.count} ao todo). Nada foi importado.`,
    es: (p, n) => `${p.bad} de ${p.total} ${plural(n.total!, 'fila tiene', 'filas tienen')} problemas (${p.count} en total). No se importó nada.`,
    ru: (p, n) => `В ${p.bad} ${ruPlural(n.bad!, 'строке', 'строках', 'строках')} из ${p.total} есть ошибки (всего ${p.count}). Ничего не импортировано.`,
  },
  'import.empty': {
    en: 'There are no {kind} rows to import.',
    fr: "Il n'y a aucune ligne {kind} à importer.",
    pt: 'Não há linhas {kind} para importar.',
    es: 'No hay filas {kind} que importar.',
    ru: 'Нет строк {kind} для импорта.',
  },
  'nil.refused': {
    en: 'The nil return of {reporter} for {period} cannot be recorded: {problems}.',
    fr: 'La déclaration néant de {reporter} pour {period} ne peut pas être enregistrée : {problems}.',
    pt: 'A declaração nula de {reporter} para {period} não pode ser registada: {problems}.',
    es: 'La declaración nula de {reporter} para {period} no puede registrarse: {problems}.',
    ru: 'Нулевой отчёт {reporter} за {period} не может быть записан: {problems}.',
  },
  'import.foreign': {
    en: (p, n) => `${p.user} may submit only the figures of ${p.own}, not those of ${p.others} (${p.count} ${plural(n.count!, 'row', 'rows')}). Nothing was imported.`,
    fr: (p, n) => `${p.user} ne peut soumettre que les chiffres de ${p.own}, pas ceux de ${p.others} (${p.count} ${plural(n.count!, 'ligne', 'lignes')}). Rien n'a été importé.`,
    pt: (p, n) => `${p.user} só pode submeter os números de ${p.own}, não os de ${p.others} (${p.count} ${plural(n.count!, 'linha', 'linhas')}). Nada foi importado.`,
    es: (p, n) => `${p.user} solo puede presentar las cifras de ${p.own}, no las de ${p.others} (${p.count} ${plural(n.count!, 'fila', 'filas')}). No se importó nada.`,
    ru: (p, n) => `${p.user} может представлять только данные ${p.own}, а не ${p.others} (${p.count} ${ruPlural(n.count!, 'строка', 'строки', 'строк')}). Ничего не импортировано.`,
  },
  'import.foreignRow': {
    en: "{code} is not {own}: you may submit only your own Participant's figures",
    fr: "{code} n'est pas {own} : vous ne pouvez soumettre que les chiffres de votre propre Participant",
    pt: '{code} não é {own}: só pode submeter os números do seu próprio Participante',
    es: '{code} no es {own}: solo puede presentar las cifras de su propio Participante',
    ru: '{code} — это не {own}: вы можете представлять только данные своего Участника',
  },
  'import.ownParticipant': { en: 'your Participant', fr: 'votre Participant', pt: 'o seu Participante', es: 'su Participante', ru: 'ваш Участник' },
});
