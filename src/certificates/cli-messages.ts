// What the command line of certificates, keys, the log and witnesses refuses — files it cannot read,
// options it cannot use, servers it cannot reach, proofs that fail — in the five languages
// (src/core/i18n.ts). File names, option names, addresses and reasons come in as parameters.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  // ---- what a file holds (a parameter of the messages below) ----
  'what.request': { en: 'request', fr: 'demande', pt: 'pedido', es: 'solicitud', ru: 'запрос' },
  'what.certificate': { en: 'certificate', fr: 'certificat', pt: 'certificado', es: 'certificado', ru: 'сертификат' },
  'what.trustList': { en: 'trust list', fr: 'liste de confiance', pt: 'lista de confiança', es: 'lista de confianza', ru: 'список доверия' },
  'what.consistencyProof': { en: 'consistency proof', fr: 'preuve de cohérence', pt: 'prova de consistência', es: 'prueba de consistencia', ru: 'доказательство согласованности' },
  'what.statusList': { en: 'status list', fr: 'liste de statuts', pt: 'lista de estados', es: 'lista de estados', ru: 'список статусов' },
  'what.changes': { en: 'changes', fr: 'modifications', pt: 'alterações', es: 'cambios', ru: 'изменения' },

  // ---- files ----
  'file.unreadable': {
    en: 'Cannot read the {what} {file}: {reason}',
    fr: 'Impossible de lire le fichier {file} ({what}) : {reason}',
    pt: 'Não é possível ler o ficheiro {file} ({what}): {reason}',
    es: 'No se puede leer el archivo {file} ({what}): {reason}',
    ru: 'Не удаётся прочитать файл {file} ({what}): {reason}',
  },
  'file.notJson': {
    en: 'The {what} {file} is not valid {format}: {reason}',
    fr: 'Le fichier {file} ({what}) n’est pas du {format} valide : {reason}',
    pt: 'O ficheiro {file} ({what}) não é {format} válido: {reason}',
    es: 'El archivo {file} ({what}) no es {format} válido: {reason}',
    ru: 'Файл {file} ({what}) не является допустимым документом формата {format}: {reason}',
  },
  'file.unreadableJson': {
    en: 'Cannot read the {what} {file} as {format}: {reason}',
    fr: 'Impossible de lire le fichier {file} ({what}) comme du {format} : {reason}',
    pt: 'Não é possível ler o ficheiro {file} ({what}) como {format}: {reason}',
    es: 'No se puede leer el archivo {file} ({what}) como {format}: {reason}',
    ru: 'Не удаётся прочитать файл {file} ({what}) как документ формата {format}: {reason}',
  },
  'file.unreadableJson.detail': { en: 'unreadable or not {format}', fr: 'illisible ou pas du {format}', pt: 'ilegível ou não é {format}', es: 'ilegible o no es {format}', ru: 'не читается или не {format}' },
  'file.changes': {
    en: 'Cannot read the changes {file}: {reason}',
    fr: 'Impossible de lire les modifications {file} : {reason}',
    pt: 'Não é possível ler as alterações {file}: {reason}',
    es: 'No se pueden leer los cambios {file}: {reason}',
    ru: 'Не удаётся прочитать изменения {file}: {reason}',
  },

  // ---- options ----
  'option.notANumber': {
    en: '{option} must be a number, got "{value}"',
    fr: '{option} doit être un nombre, reçu « {value} »',
    pt: '{option} deve ser um número, recebido «{value}»',
    es: '{option} debe ser un número, recibido «{value}»',
    ru: '{option} должно быть числом, получено «{value}»',
  },
  'option.notACount': {
    en: '{option} must be a whole number, got "{value}"',
    fr: '{option} doit être un nombre entier, reçu « {value} »',
    pt: '{option} deve ser um número inteiro, recebido «{value}»',
    es: '{option} debe ser un número entero, recibido «{value}»',
    ru: '{option} должно быть целым числом, получено «{value}»',
  },
  'option.notACount.detail': { en: 'not a count', fr: 'pas un nombre entier', pt: 'não é uma contagem', es: 'no es un recuento', ru: 'не количество' },
  'option.notATime': {
    en: '{option} must be a day (yyyy-mm-dd) or an ISO time, got "{value}"',
    fr: '{option} doit être un jour (aaaa-mm-jj) ou une heure ISO, reçu « {value} »',
    pt: '{option} deve ser um dia (aaaa-mm-dd) ou uma hora ISO, recebido «{value}»',
    es: '{option} debe ser un día (aaaa-mm-dd) o una hora ISO, recibido «{value}»',
    ru: '{option} должно быть днём (гггг-мм-дд) или временем по стандарту ИСО, получено «{value}»',
  },
  'option.notATime.detail': { en: 'not a time', fr: 'pas une heure', pt: 'não é uma hora', es: 'no es una hora', ru: 'не время' },
  'option.goods': {
    en: '{option} is HS:CARATS:VALUE, e.g. {example}, got "{value}"',
    fr: '{option} s’écrit SH:CARATS:VALEUR, par exemple {example}, reçu « {value} »',
    pt: '{option} escreve-se SH:QUILATES:VALOR, por exemplo {example}, recebido «{value}»',
    es: '{option} se escribe SA:QUILATES:VALOR, por ejemplo {example}, recibido «{value}»',
    ru: '{option} записывается как ТН:КАРАТЫ:СТОИМОСТЬ, например {example}, получено «{value}»',
  },
  'option.goods.detail': { en: 'HS:CARATS:VALUE', fr: 'SH:CARATS:VALEUR', pt: 'SH:QUILATES:VALOR', es: 'SA:QUILATES:VALOR', ru: 'ТН:КАРАТЫ:СТОИМОСТЬ' },
  'option.statusList': {
    en: 'The status list is a whole number (0, 1, …), got "{value}".',
    fr: 'La liste de statuts est un nombre entier (0, 1, …), reçu « {value} ».',
    pt: 'A lista de estados é um número inteiro (0, 1, …), recebido «{value}».',
    es: 'La lista de estados es un número entero (0, 1, …), recibido «{value}».',
    ru: 'Список статусов — целое число (0, 1, …), получено «{value}».',
  },
  'option.statusList.detail': { en: 'not a whole number', fr: 'pas un nombre entier', pt: 'não é um número inteiro', es: 'no es un número entero', ru: 'не целое число' },
  'option.as': {
    en: 'Say whose key to rotate with {option}.',
    fr: 'Indiquez avec {option} de qui la clé doit être renouvelée.',
    pt: 'Indique com {option} de quem é a chave a renovar.',
    es: 'Indique con {option} de quién es la clave que se renueva.',
    ru: 'Укажите с помощью {option}, чей ключ заменить.',
  },
  'option.indexOrNumber': {
    en: 'Give {index} or {number}.',
    fr: 'Donnez {index} ou {number}.',
    pt: 'Indique {index} ou {number}.',
    es: 'Indique {index} o {number}.',
    ru: 'Укажите {index} или {number}.',
  },
  'option.urlOrCheckpoint': {
    en: 'Give {url}, or {checkpoint} (and {proof} after the first).',
    fr: 'Donnez {url}, ou {checkpoint} (et {proof} après le premier).',
    pt: 'Indique {url}, ou {checkpoint} (e {proof} depois do primeiro).',
    es: 'Indique {url}, o {checkpoint} (y {proof} después del primero).',
    ru: 'Укажите {url} или {checkpoint} (и {proof} после первого).',
  },
  'option.trustList': {
    en: 'Give {option}: the log keys the checkpoint must be signed by.',
    fr: 'Donnez {option} : les clés du journal qui doivent avoir signé le point de contrôle.',
    pt: 'Indique {option}: as chaves do registo com que o ponto de controlo deve estar assinado.',
    es: 'Indique {option}: las claves del registro con las que debe estar firmado el punto de control.',
    ru: 'Укажите {option}: ключи журнала, которыми должна быть подписана контрольная точка.',
  },

  // ---- trust list, proofs, servers ----
  'trustList.unusable': {
    en: 'The trust list cannot be used: {reason}',
    fr: 'La liste de confiance ne peut pas être utilisée : {reason}',
    pt: 'A lista de confiança não pode ser utilizada: {reason}',
    es: 'La lista de confianza no puede utilizarse: {reason}',
    ru: 'Список доверия нельзя использовать: {reason}',
  },
  'proof.inclusion': {
    en: 'The inclusion proof does not verify: the log is damaged.',
    fr: 'La preuve d’inclusion ne se vérifie pas : le journal est endommagé.',
    pt: 'A prova de inclusão não se verifica: o registo está danificado.',
    es: 'La prueba de inclusión no se verifica: el registro está dañado.',
    ru: 'Доказательство включения не проходит проверку: журнал повреждён.',
  },
  'proof.inclusion.detail': { en: 'inclusion proof fails', fr: 'la preuve d’inclusion échoue', pt: 'a prova de inclusão falha', es: 'la prueba de inclusión falla', ru: 'доказательство включения не проходит' },
  'proof.consistency': {
    en: 'The log of {second} entries does not extend the one of {first} with root {root}: its history was rewritten.',
    fr: 'Le journal de {second} entrées ne prolonge pas celui de {first} entrées de racine {root} : son historique a été réécrit.',
    pt: 'O registo de {second} entradas não prolonga o de {first} entradas com a raiz {root}: o seu histórico foi reescrito.',
    es: 'El registro de {second} entradas no prolonga el de {first} entradas con la raíz {root}: su historial fue reescrito.',
    ru: 'Журнал из {second} записей не продолжает журнал из {first} записей с корнем {root}: его история переписана.',
  },
  'proof.consistency.detail': { en: 'not consistent', fr: 'incohérent', pt: 'inconsistente', es: 'inconsistente', ru: 'не согласуется' },
  'server.unreachable': {
    en: 'Cannot reach {url}: {reason}',
    fr: 'Impossible de joindre {url} : {reason}',
    pt: 'Não é possível contactar {url}: {reason}',
    es: 'No se puede contactar con {url}: {reason}',
    ru: 'Не удаётся связаться с {url}: {reason}',
  },
  'server.unreachable.detail': { en: 'unreachable', fr: 'injoignable', pt: 'inacessível', es: 'inaccesible', ru: 'недоступен' },
  'server.answered': {
    en: '{url} answered {status}: {reason}',
    fr: '{url} a répondu {status} : {reason}',
    pt: '{url} respondeu {status}: {reason}',
    es: '{url} respondió {status}: {reason}',
    ru: '{url} ответил {status}: {reason}',
  },
  'server.answered.detail': { en: '{protocol} {status}', fr: '{protocol} {status}', pt: '{protocol} {status}', es: '{protocol} {status}', ru: '{protocol} {status}' },
});
