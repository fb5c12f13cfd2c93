// What shared documents refuse — who may read and publish them, their access, their language versions
// and their size — in the five languages (src/core/i18n.ts). Ids, codes, group ids, field names, sizes
// and language codes come in as parameters.
import { defineMessages } from '../../core/i18n.js';

export const m = defineMessages({
  hidden: {
    en: 'No document {id} (or it is not shared with you).',
    fr: 'Aucun document {id} (ou il ne vous est pas communiqué).',
    pt: 'Nenhum documento {id} (ou não é partilhado consigo).',
    es: 'Ningún documento {id} (o no se comparte con usted).',
    ru: 'Документ {id} не найден (или он вам не доступен).',
  },
  noVersion: {
    en: 'Document {id} has no {language} version; it is available in {available}.',
    fr: 'Le document {id} n’a pas de version {language} ; il est disponible en {available}.',
    pt: 'O documento {id} não tem versão {language}; está disponível em {available}.',
    es: 'El documento {id} no tiene versión {language}; está disponible en {available}.',
    ru: 'У документа {id} нет версии {language}; доступные версии: {available}.',
  },
  notFound: { en: 'No document {id}.', fr: 'Aucun document {id}.', pt: 'Nenhum documento {id}.', es: 'Ningún documento {id}.', ru: 'Документ {id} не найден.' },
  unknown: { en: 'unknown document', fr: 'document inconnu', pt: 'documento desconhecido', es: 'documento desconocido', ru: 'неизвестный документ' },

  // ---- access ----
  'access.groupNamed': {
    en: 'a document for a working group names the group ({examples})',
    fr: 'un document destiné à un groupe de travail nomme le groupe ({examples})',
    pt: 'um documento para um grupo de trabalho indica o grupo ({examples})',
    es: 'un documento para un grupo de trabajo indica el grupo ({examples})',
    ru: 'в документе для рабочей группы указывается группа ({examples})',
  },
  'access.groupOnly': {
    en: 'only a document for a working group names one (access is {access})',
    fr: 'seul un document destiné à un groupe de travail en nomme un (l’accès est {access})',
    pt: 'só um documento para um grupo de trabalho indica um grupo (o acesso é {access})',
    es: 'solo un documento para un grupo de trabajo indica un grupo (el acceso es {access})',
    ru: 'группа указывается только в документе для рабочей группы (доступ: {access})',
  },
  'access.unNamed': {
    en: 'a document for selected UN bodies names them (e.g. {example})',
    fr: 'un document destiné à certains organes des Nations Unies les nomme (par exemple {example})',
    pt: 'um documento para órgãos selecionados das Nações Unidas indica-os (por exemplo {example})',
    es: 'un documento para órganos seleccionados de las Naciones Unidas los indica (por ejemplo {example})',
    ru: 'в документе для выбранных органов ООН они указываются (например, {example})',
  },
  'access.unOnly': {
    en: 'only a document for selected UN bodies names organisations (access is {access})',
    fr: 'seul un document destiné à certains organes des Nations Unies nomme des organisations (l’accès est {access})',
    pt: 'só um documento para órgãos selecionados das Nações Unidas indica organizações (o acesso é {access})',
    es: 'solo un documento para órganos seleccionados de las Naciones Unidas indica organizaciones (el acceso es {access})',
    ru: 'организации указываются только в документе для выбранных органов ООН (доступ: {access})',
  },

  // ---- language versions ----
  'version.either': {
    en: 'give either the text or a file ({field}), one of them',
    fr: 'donnez soit le texte, soit un fichier ({field}), l’un des deux',
    pt: 'indique o texto ou um ficheiro ({field}), um dos dois',
    es: 'indique el texto o un archivo ({field}), uno de los dos',
    ru: 'укажите либо текст, либо файл ({field}) — что-то одно',
  },
  'version.notBase64': { en: 'is not {format}', fr: 'n’est pas du {format}', pt: 'não é {format}', es: 'no es {format}', ru: 'не в формате {format}' },
  'version.empty': { en: 'is empty', fr: 'est vide', pt: 'está vazio', es: 'está vacío', ru: 'пусто' },
  'version.tooLarge': {
    en: 'is {size} ({bytes} bytes); a version may hold at most {max} ({maxBytes} bytes)',
    fr: 'fait {size} ({bytes} octets) ; une version peut contenir au plus {max} ({maxBytes} octets)',
    pt: 'tem {size} ({bytes} bytes); uma versão pode ter no máximo {max} ({maxBytes} bytes)',
    es: 'ocupa {size} ({bytes} bytes); una versión puede contener como máximo {max} ({maxBytes} bytes)',
    ru: 'размер {size} ({bytes} байт); версия может занимать не более {max} ({maxBytes} байт)',
  },
  'version.filename': {
    en: 'may not contain {characters} or line breaks',
    fr: 'ne peut pas contenir {characters} ni de saut de ligne',
    pt: 'não pode conter {characters} nem quebras de linha',
    es: 'no puede contener {characters} ni saltos de línea',
    ru: 'не может содержать {characters} и переносы строк',
  },
  'version.twice': { en: '{language} is given twice', fr: '{language} est donnée deux fois', pt: '{language} é indicada duas vezes', es: '{language} se indica dos veces', ru: '{language} указан дважды' },
  'version.tooLargeAll': {
    en: 'A document version may hold at most {max}: {problems}.',
    fr: 'Une version de document peut contenir au plus {max} : {problems}.',
    pt: 'Uma versão de documento pode ter no máximo {max}: {problems}.',
    es: 'Una versión de documento puede contener como máximo {max}: {problems}.',
    ru: 'Версия документа может занимать не более {max}: {problems}.',
  },
  'version.invalid': { en: 'The language version is not valid.', fr: 'La version linguistique n’est pas valide.', pt: 'A versão linguística não é válida.', es: 'La versión lingüística no es válida.', ru: 'Языковая версия указана неверно.' },
  'versions.required': {
    en: 'at least one language version is required',
    fr: 'au moins une version linguistique est obligatoire',
    pt: 'é obrigatória pelo menos uma versão linguística',
    es: 'se requiere al menos una versión lingüística',
    ru: 'нужна хотя бы одна языковая версия',
  },
  invalid: { en: 'The document is not valid.', fr: 'Le document n’est pas valide.', pt: 'O documento não é válido.', es: 'El documento no es válido.', ru: 'Документ указан неверно.' },

  // ---- who publishes ----
  'publish.owner': {
    en: '{actor} publishes the documents {participant} owns: name {participant} as the owner.',
    fr: '{actor} publie les documents dont {participant} est propriétaire : indiquez {participant} comme propriétaire.',
    pt: '{actor} publica os documentos de que {participant} é titular: indique {participant} como titular.',
    es: '{actor} publica los documentos cuyo titular es {participant}: indique {participant} como titular.',
    ru: '{actor} публикует документы, принадлежащие {participant}: укажите {participant} как владельца.',
  },
  'publish.noGroup': { en: 'No working group {group}.', fr: 'Aucun groupe de travail {group}.', pt: 'Nenhum grupo de trabalho {group}.', es: 'Ningún grupo de trabajo {group}.', ru: 'Рабочая группа {group} не найдена.' },
  'publish.unknownGroup': { en: 'unknown working group', fr: 'groupe de travail inconnu', pt: 'grupo de trabalho desconhecido', es: 'grupo de trabajo desconocido', ru: 'неизвестная рабочая группа' },
  'publish.it': { en: 'it', fr: 'il', pt: 'ele', es: 'él', ru: 'он' },
  'publish.notMember': {
    en: '{actor} may not publish for the working group {group}: {member} is not a member of {group} today.',
    fr: '{actor} ne peut pas publier pour le groupe de travail {group} : {member} n’est pas membre de {group} à ce jour.',
    pt: '{actor} não pode publicar pelo grupo de trabalho {group}: {member} não é membro de {group} hoje.',
    es: '{actor} no puede publicar por el grupo de trabajo {group}: {member} no es miembro de {group} hoy.',
    ru: '{actor} не может публиковать от имени рабочей группы {group}: {member} сегодня не входит в {group}.',
  },
  'publish.notAuthor': {
    en: '{actor} may change only the {group} documents it published: "{title}" was published by {author}; only the group\'s chair ({chair}), the Chair and administrators change another member\'s document.',
    fr: '{actor} ne peut modifier que les documents de {group} qu’il a publiés : « {title} » a été publié par {author} ; seuls la présidence du groupe ({chair}), la présidence et les administrateurs modifient le document d’un autre membre.',
    pt: '{actor} só pode alterar os documentos de {group} que publicou: «{title}» foi publicado por {author}; só a presidência do grupo ({chair}), a Presidência e os administradores alteram o documento de outro membro.',
    es: '{actor} solo puede modificar los documentos de {group} que publicó: «{title}» lo publicó {author}; solo la presidencia del grupo ({chair}), la Presidencia y los administradores modifican el documento de otro miembro.',
    ru: '{actor} может изменять только опубликованные им документы {group}: «{title}» опубликовал(а) {author}; документ другого члена изменяют только председатель группы ({chair}), Председатель и администраторы.',
  },

  // ---- the command line ----
  'cli.content': {
    en: 'Give the content with {file} or {text}.',
    fr: 'Donnez le contenu avec {file} ou {text}.',
    pt: 'Indique o conteúdo com {file} ou {text}.',
    es: 'Indique el contenido con {file} o {text}.',
    ru: 'Укажите содержимое с помощью {file} или {text}.',
  },

  // ---- what a version's bytes are (media.ts): formats, signatures, media types and parts as parameters ----
  'media.accepted': {
    en: '{formats}, or {encoding} text ({types}) without {nul} characters',
    fr: '{formats}, ou du texte {encoding} ({types}) sans caractères {nul}',
    pt: '{formats}, ou texto {encoding} ({types}) sem caracteres {nul}',
    es: '{formats}, o texto {encoding} ({types}) sin caracteres {nul}',
    ru: '{formats} или текст в кодировке {encoding} ({types}) без символов {nul}',
  },
  'media.noneAccepted': {
    en: 'is none of the accepted kinds of file ({accepted})',
    fr: 'n’est d’aucun des types de fichier acceptés ({accepted})',
    pt: 'não é de nenhum dos tipos de ficheiro aceites ({accepted})',
    es: 'no es de ninguno de los tipos de archivo aceptados ({accepted})',
    ru: 'не относится ни к одному из допустимых видов файлов ({accepted})',
  },
  'media.notAccepted': {
    en: '{type} is not accepted; a version is {accepted}',
    fr: '{type} n’est pas accepté ; une version est {accepted}',
    pt: '{type} não é aceite; uma versão é {accepted}',
    es: '{type} no se acepta; una versión es {accepted}',
    ru: '{type} не допускается; версия может быть: {accepted}',
  },
  'media.mismatch': {
    en: 'says {declared} but the content {expected}',
    fr: 'indique {declared} mais le contenu {expected}',
    pt: 'indica {declared} mas o conteúdo {expected}',
    es: 'indica {declared} pero el contenido {expected}',
    ru: 'указано {declared}, но содержимое {expected}',
  },
  'media.mismatchSeen': {
    en: 'says {declared} but the content {expected} (it looks like {seen}, {type})',
    fr: 'indique {declared} mais le contenu {expected} (il ressemble à {seen}, {type})',
    pt: 'indica {declared} mas o conteúdo {expected} (parece {seen}, {type})',
    es: 'indica {declared} pero el contenido {expected} (parece {seen}, {type})',
    ru: 'указано {declared}, но содержимое {expected} (похоже на {seen}, {type})',
  },
  'expected.start': { en: 'does not start with {signature}', fr: 'ne commence pas par {signature}', pt: 'não começa por {signature}', es: 'no empieza por {signature}', ru: 'не начинается с {signature}' },
  'expected.signature': {
    en: 'does not start with the {format} signature ({bytes})',
    fr: 'ne commence pas par la signature {format} ({bytes})',
    pt: 'não começa pela assinatura {format} ({bytes})',
    es: 'no empieza por la firma {format} ({bytes})',
    ru: 'не начинается с сигнатуры {format} ({bytes})',
  },
  'expected.package': {
    en: 'is not a {zip} package holding {part}',
    fr: 'n’est pas un paquet {zip} contenant {part}',
    pt: 'não é um pacote {zip} que contenha {part}',
    es: 'no es un paquete {zip} que contenga {part}',
    ru: 'не является пакетом {zip}, содержащим {part}',
  },
  'expected.text': {
    en: 'is not {encoding} text without {nul} characters',
    fr: 'n’est pas du texte {encoding} sans caractères {nul}',
    pt: 'não é texto {encoding} sem caracteres {nul}',
    es: 'no es texto {encoding} sin caracteres {nul}',
    ru: 'не является текстом в кодировке {encoding} без символов {nul}',
  },
  'seen.document': { en: 'a {format}', fr: 'un {format}', pt: 'um {format}', es: 'un {format}', ru: 'документ {format}' },
  'seen.image': { en: 'a {format} image', fr: 'une image {format}', pt: 'uma imagem {format}', es: 'una imagen {format}', ru: 'изображение {format}' },
  'seen.word': { en: 'a {app} document ({format})', fr: 'un document {app} ({format})', pt: 'um documento {app} ({format})', es: 'un documento de {app} ({format})', ru: 'документ {app} ({format})' },
  'seen.workbook': { en: 'an {app} workbook ({format})', fr: 'un classeur {app} ({format})', pt: 'um livro {app} ({format})', es: 'un libro de {app} ({format})', ru: 'книгу {app} ({format})' },
  'seen.presentation': { en: 'a {app} presentation ({format})', fr: 'une présentation {app} ({format})', pt: 'uma apresentação {app} ({format})', es: 'una presentación de {app} ({format})', ru: 'презентацию {app} ({format})' },
  'seen.archive': { en: 'a {format} archive', fr: 'une archive {format}', pt: 'um arquivo {format}', es: 'un archivo {format}', ru: 'архив {format}' },
  'seen.text': { en: 'text', fr: 'du texte', pt: 'texto', es: 'texto', ru: 'текст' },
});
