// What the audit log says, in the five languages (src/core/i18n.ts): a chain that no longer holds, and
// what is wrong at each place it breaks (entry numbers, hashes and days come in as parameters).
import { defineMessages, plural } from '../core/i18n.js';

export const m = defineMessages({
  'chain.broken': {
    en: plural('count', { one: 'The audit chain is broken at {count} place:\n{places}', other: 'The audit chain is broken at {count} places:\n{places}' }),
    fr: plural('count', { one: 'La chaîne d’audit est rompue en {count} endroit :\n{places}', other: 'La chaîne d’audit est rompue en {count} endroits :\n{places}' }),
    pt: plural('count', { one: 'A cadeia de auditoria está quebrada em {count} local:\n{places}', other: 'A cadeia de auditoria está quebrada em {count} locais:\n{places}' }),
    es: plural('count', { one: 'La cadena de auditoría está rota en {count} lugar:\n{places}', other: 'La cadena de auditoría está rota en {count} lugares:\n{places}' }),
    ru: plural('count', {
      one: 'Цепочка аудита нарушена в {count} месте:\n{places}',
      few: 'Цепочка аудита нарушена в {count} местах:\n{places}',
      many: 'Цепочка аудита нарушена в {count} местах:\n{places}',
      other: 'Цепочка аудита нарушена в {count} места:\n{places}',
    }),
  },
  'problem.sequence': {
    en: 'expected entry {expected}, found {found} (an entry was deleted or inserted)',
    fr: 'entrée {expected} attendue, entrée {found} trouvée (une entrée a été supprimée ou insérée)',
    pt: 'esperava-se a entrada {expected}, encontrou-se a {found} (uma entrada foi apagada ou inserida)',
    es: 'se esperaba la entrada {expected} y se encontró la {found} (se borró o insertó una entrada)',
    ru: 'ожидалась запись {expected}, найдена {found} (запись удалена или вставлена)',
  },
  'problem.link': {
    en: 'does not chain onto the entry before it',
    fr: 'ne s’enchaîne pas à l’entrée qui la précède',
    pt: 'não se encadeia na entrada anterior',
    es: 'no se encadena con la entrada anterior',
    ru: 'не связана с предыдущей записью',
  },
  'problem.hash': {
    en: 'content does not match its hash (the entry was altered)',
    fr: 'le contenu ne correspond pas à son empreinte (l’entrée a été modifiée)',
    pt: 'o conteúdo não corresponde ao seu hash (a entrada foi alterada)',
    es: 'el contenido no coincide con su hash (la entrada fue alterada)',
    ru: 'содержимое не совпадает со своим хешем (запись изменена)',
  },
  'problem.checkpointHash': {
    en: 'its hash is {hash}, but the log checkpoint{of} recorded {head} for entry {entry}: entries up to it were edited, removed or re-hashed since',
    fr: 'son empreinte est {hash}, mais le point de contrôle du journal{of} a enregistré {head} pour l’entrée {entry} : des entrées jusqu’à celle-ci ont depuis été modifiées, supprimées ou recalculées',
    pt: 'o seu hash é {hash}, mas o ponto de controlo do registo{of} registou {head} para a entrada {entry}: entradas até ela foram desde então editadas, removidas ou recalculadas',
    es: 'su hash es {hash}, pero el punto de control del registro{of} anotó {head} para la entrada {entry}: desde entonces se editaron, eliminaron o recalcularon entradas hasta ella',
    ru: 'её хеш {hash}, но контрольная точка журнала{of} записала {head} для записи {entry}: записи до неё с тех пор изменены, удалены или пересчитаны',
  },
  'problem.checkpointOf': { en: ' of {at}', fr: ' du {at}', pt: ' de {at}', es: ' del {at}', ru: ' от {at}' },
  'problem.gap': {
    en: 'entries after a gap are not reachable from the chain',
    fr: 'des entrées après une lacune ne sont pas atteignables depuis la chaîne',
    pt: 'entradas após uma lacuna não são alcançáveis a partir da cadeia',
    es: 'las entradas tras un hueco no son alcanzables desde la cadena',
    ru: 'записи после пропуска недостижимы из цепочки',
  },
  'problem.cutOff': {
    en: plural('cut', { one: 'the log checkpoint{of} saw {saw} entries, the chain ends at entry {highest}: {cut} entry was cut off the end', other: 'the log checkpoint{of} saw {saw} entries, the chain ends at entry {highest}: {cut} entries were cut off the end' }),
    fr: plural('cut', { one: 'le point de contrôle du journal{of} a vu {saw} entrées, la chaîne s’arrête à l’entrée {highest} : {cut} entrée a été retranchée de la fin', other: 'le point de contrôle du journal{of} a vu {saw} entrées, la chaîne s’arrête à l’entrée {highest} : {cut} entrées ont été retranchées de la fin' }),
    pt: plural('cut', { one: 'o ponto de controlo do registo{of} viu {saw} entradas, a cadeia termina na entrada {highest}: {cut} entrada foi cortada do fim', other: 'o ponto de controlo do registo{of} viu {saw} entradas, a cadeia termina na entrada {highest}: {cut} entradas foram cortadas do fim' }),
    es: plural('cut', { one: 'el punto de control del registro{of} vio {saw} entradas, la cadena termina en la entrada {highest}: se cortó {cut} entrada del final', other: 'el punto de control del registro{of} vio {saw} entradas, la cadena termina en la entrada {highest}: se cortaron {cut} entradas del final' }),
    ru: plural('cut', {
      one: 'контрольная точка журнала{of} видела записей: {saw}, цепочка кончается на записи {highest}: с конца отрезана {cut} запись',
      few: 'контрольная точка журнала{of} видела записей: {saw}, цепочка кончается на записи {highest}: с конца отрезаны {cut} записи',
      many: 'контрольная точка журнала{of} видела записей: {saw}, цепочка кончается на записи {highest}: с конца отрезано {cut} записей',
      other: 'контрольная точка журнала{of} видела записей: {saw}, цепочка кончается на записи {highest}: с конца отрезано {cut} записи',
    }),
  },
  'problem.emptyHead': {
    en: 'the log checkpoint records an empty chain with a head hash other than the genesis hash',
    fr: 'le point de contrôle du journal enregistre une chaîne vide dont l’empreinte de tête n’est pas celle de l’origine',
    pt: 'o ponto de controlo do registo regista uma cadeia vazia com um hash de topo diferente do hash de génese',
    es: 'el punto de control del registro anota una cadena vacía con un hash de cabeza distinto del hash génesis',
    ru: 'контрольная точка журнала записывает пустую цепочку с хешем вершины, отличным от начального',
  },
});
