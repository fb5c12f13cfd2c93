// What issuance tells a person who asked for a certificate the scheme does not allow, in the five
// languages: the standing of the countries named, the UN diamond measures on them, the refusal itself.
// Countries are named and days written in the reader's language (src/core/i18n.ts).
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
  // ---- standing of a country on the day ----
  'status.notParticipant': {
    en: '{country} is not a Participant',
    fr: "{country} n'est pas Participant",
    pt: '{country} não é Participante',
    es: '{country} no es Participante',
    ru: '{country} не является Участником',
  },
  'status.removed': {
    en: '{country} was removed from the Kimberley Process',
    fr: '{country} a été exclu du Processus de Kimberley',
    pt: '{country} foi excluído do Processo de Kimberley',
    es: '{country} fue excluido del Proceso de Kimberley',
    ru: '{country} исключён из Кимберлийского процесса',
  },
  'status.suspended': {
    en: '{country} is suspended',
    fr: '{country} est suspendu',
    pt: '{country} está suspenso',
    es: '{country} está suspendido',
    ru: 'участие {country} приостановлено',
  },
  'status.applicant': {
    en: '{country} is an applicant, not yet a Participant',
    fr: "{country} est candidat, pas encore Participant",
    pt: '{country} é candidato, ainda não Participante',
    es: '{country} es candidato, aún no Participante',
    ru: '{country} — кандидат, ещё не Участник',
  },
  'status.other': {
    en: '{country} has status {status}',
    fr: '{country} a le statut {status}',
    pt: '{country} tem o estatuto {status}',
    es: '{country} tiene el estatus {status}',
    ru: 'статус {country}: {status}',
  },

  // ---- the rules of issuance ----
  'rule.issuerStanding': {
    en: '{status} on {day}: its authority cannot issue certificates',
    fr: '{status} le {day} : son autorité ne peut pas délivrer de certificats',
    pt: '{status} em {day}: a sua autoridade não pode emitir certificados',
    es: '{status} el {day}: su autoridad no puede expedir certificados',
    ru: '{status} на {day}: его орган не может выдавать сертификаты',
  },
  'rule.exporterElsewhere': {
    en: '{country} belongs to {owner}, not to the issuing Participant {issuer}',
    fr: "{country} relève de {owner}, non du Participant émetteur {issuer}",
    pt: '{country} pertence a {owner}, não ao Participante emissor {issuer}',
    es: '{country} pertenece a {owner}, no al Participante emisor {issuer}',
    ru: '{country} относится к {owner}, а не к выдающему Участнику {issuer}',
  },
  'rule.exporterOwnParticipant': {
    en: '{country} is a Participant of its own, not the issuing Participant {issuer}',
    fr: "{country} est Participant à part entière, non le Participant émetteur {issuer}",
    pt: '{country} é Participante por si, não o Participante emissor {issuer}',
    es: '{country} es Participante por sí mismo, no el Participante emisor {issuer}',
    ru: '{country} — самостоятельный Участник, а не выдающий Участник {issuer}',
  },
  'rule.importerStanding': {
    en: '{status} on {day}: no trade in rough diamonds with it under the scheme',
    fr: '{status} le {day} : aucun commerce de diamants bruts avec lui dans le cadre du système',
    pt: '{status} em {day}: nenhum comércio de diamantes em bruto com ele no âmbito do sistema',
    es: '{status} el {day}: ningún comercio de diamantes en bruto con él en el marco del sistema',
    ru: '{status} на {day}: торговля необработанными алмазами с ним в рамках системы невозможна',
  },
  'rule.importerIsIssuer': {
    en: '{country} belongs to the issuing Participant {issuer}: a certificate accompanies an export to another Participant',
    fr: "{country} relève du Participant émetteur {issuer} : un certificat accompagne une exportation vers un autre Participant",
    pt: '{country} pertence ao Participante emissor {issuer}: um certificado acompanha uma exportação para outro Participante',
    es: '{country} pertenece al Participante emisor {issuer}: un certificado acompaña una exportación a otro Participante',
    ru: '{country} относится к выдающему Участнику {issuer}: сертификат сопровождает экспорт другому Участнику',
  },
  'rule.originMeasure': {
    en: 'the country of origin, {measure}: rough diamonds from it are refused',
    fr: "le pays d'origine, {measure} : les diamants bruts qui en proviennent sont refusés",
    pt: 'o país de origem, {measure}: os diamantes em bruto dele provenientes são recusados',
    es: 'el país de origen, {measure}: se rechazan los diamantes en bruto procedentes de él',
    ru: 'страна происхождения, {measure}: необработанные алмазы из неё не принимаются',
  },
  'rule.provenanceMeasure': {
    en: 'the country of provenance, {measure}: rough diamonds from it are refused',
    fr: 'le pays de provenance, {measure} : les diamants bruts qui en proviennent sont refusés',
    pt: 'o país de proveniência, {measure}: os diamantes em bruto dele provenientes são recusados',
    es: 'el país de procedencia, {measure}: se rechazan los diamantes en bruto procedentes de él',
    ru: 'страна отправления, {measure}: необработанные алмазы из неё не принимаются',
  },
  'rule.embargoExport': {
    en: 'embargo on the country of export: {measure}: no State may import its rough diamonds, so its authority cannot issue a certificate, whatever origin or provenance is declared',
    fr: "embargo sur le pays d'exportation : {measure} : aucun État ne peut importer ses diamants bruts, son autorité ne peut donc délivrer aucun certificat, quels que soient l'origine ou la provenance déclarées",
    pt: 'embargo sobre o país de exportação: {measure}: nenhum Estado pode importar os seus diamantes em bruto, pelo que a sua autoridade não pode emitir certificados, seja qual for a origem ou proveniência declarada',
    es: 'embargo sobre el país de exportación: {measure}: ningún Estado puede importar sus diamantes en bruto, por lo que su autoridad no puede expedir certificados, cualquiera que sea el origen o la procedencia declarados',
    ru: 'эмбарго на страну экспорта: {measure}: ни одно государство не может ввозить её необработанные алмазы, поэтому её орган не может выдать сертификат, каким бы ни было заявленное происхождение',
  },
  'rule.embargoImport': {
    en: 'embargo on the country of import: {measure}: no rough diamonds may be exported to it',
    fr: "embargo sur le pays d'importation : {measure} : aucun diamant brut ne peut y être exporté",
    pt: 'embargo sobre o país de importação: {measure}: nenhum diamante em bruto pode ser exportado para ele',
    es: 'embargo sobre el país de importación: {measure}: no se pueden exportar diamantes en bruto a él',
    ru: 'эмбарго на страну импорта: {measure}: экспорт необработанных алмазов в неё запрещён',
  },

  // ---- a UN measure, described ----
  'measure.embargo': {
    en: '{who} is under {basis}, a UN embargo in force on {day} (from {from}{until})',
    fr: "{who} est visé par {basis}, un embargo de l'ONU en vigueur le {day} (depuis le {from}{until})",
    pt: '{who} está sujeito a {basis}, um embargo da ONU em vigor em {day} (desde {from}{until})',
    es: '{who} está sujeto a {basis}, un embargo de la ONU en vigor el {day} (desde el {from}{until})',
    ru: 'в отношении {who} действует {basis}, эмбарго ООН, в силе на {day} (с {from}{until})',
  },
  'measure.sanctions': {
    en: '{who} is under {basis}, UN sanctions in force on {day} (from {from}{until})',
    fr: "{who} est visé par {basis}, des sanctions de l'ONU en vigueur le {day} (depuis le {from}{until})",
    pt: '{who} está sujeito a {basis}, sanções da ONU em vigor em {day} (desde {from}{until})',
    es: '{who} está sujeto a {basis}, sanciones de la ONU en vigor el {day} (desde el {from}{until})',
    ru: 'в отношении {who} действует {basis}, санкции ООН, в силе на {day} (с {from}{until})',
  },
  'measure.until': {
    en: ' until {to}',
    fr: " jusqu'au {to}",
    pt: ' até {to}',
    es: ' hasta el {to}',
    ru: ' по {to}',
  },
  'measure.resolution': {
    en: 'UN Security Council resolution {number} ({year})',
    fr: 'la résolution {number} ({year}) du Conseil de sécurité',
    pt: 'a resolução {number} ({year}) do Conselho de Segurança',
    es: 'la resolución {number} ({year}) del Consejo de Seguridad',
    ru: 'резолюция {number} ({year}) Совета Безопасности',
  },
  'measure.speaksFor': {
    en: '{country} (for which {participant} speaks)',
    fr: '{country} (représenté par {participant})',
    pt: '{country} (representado por {participant})',
    es: '{country} (representado por {participant})',
    ru: '{country} (от имени которой выступает {participant})',
  },

  // ---- the refusal ----
  'refusal.rules': {
    en: 'The certificate cannot be issued: {reasons}',
    fr: 'Le certificat ne peut pas être délivré : {reasons}',
    pt: 'O certificado não pode ser emitido: {reasons}',
    es: 'El certificado no puede expedirse: {reasons}',
    ru: 'Сертификат не может быть выдан: {reasons}',
  },

  // ---- what a verdict means (GET /api/verify/{number}, POST /api/verify: `summary`) ----
  'verdict.genuine': {
    en: 'Genuine: issued by the authority of {issuer}, not altered, recorded in the public log, valid until {until}.',
    fr: "Authentique : délivré par l'autorité de {issuer}, non modifié, inscrit au registre public, valable jusqu'au {until}.",
    pt: 'Autêntico: emitido pela autoridade de {issuer}, não alterado, inscrito no registo público, válido até {until}.',
    es: 'Auténtico: expedido por la autoridad de {issuer}, no alterado, inscrito en el registro público, válido hasta el {until}.',
    ru: 'Подлинный: выдан органом {issuer}, не изменён, внесён в публичный журнал, действителен до {until}.',
  },
  'verdict.genuineUndated': {
    en: 'Genuine: issued by the authority of {issuer}, not altered, recorded in the public log, neither cancelled nor expired.',
    fr: "Authentique : délivré par l'autorité de {issuer}, non modifié, inscrit au registre public, ni annulé ni expiré.",
    pt: 'Autêntico: emitido pela autoridade de {issuer}, não alterado, inscrito no registo público, nem anulado nem expirado.',
    es: 'Auténtico: expedido por la autoridad de {issuer}, no alterado, inscrito en el registro público, ni anulado ni caducado.',
    ru: 'Подлинный: выдан органом {issuer}, не изменён, внесён в публичный журнал, не аннулирован и не просрочен.',
  },
  'verdict.expiredUndated': {
    en: 'Expired: the certificate was genuine but no longer covers a shipment.',
    fr: 'Expiré : le certificat était authentique mais ne couvre plus aucune expédition.',
    pt: 'Expirado: o certificado era autêntico mas já não cobre nenhuma remessa.',
    es: 'Caducado: el certificado era auténtico pero ya no ampara ningún envío.',
    ru: 'Срок действия истёк: сертификат был подлинным, но больше не покрывает партию.',
  },
  'verdict.altered': {
    en: "Altered: the content does not match the authority's signature. Do not accept this certificate.",
    fr: "Modifié : le contenu ne correspond pas à la signature de l'autorité. N'acceptez pas ce certificat.",
    pt: 'Alterado: o conteúdo não corresponde à assinatura da autoridade. Não aceite este certificado.',
    es: 'Alterado: el contenido no coincide con la firma de la autoridad. No acepte este certificado.',
    ru: 'Изменён: содержание не соответствует подписи органа. Не принимайте этот сертификат.',
  },
  'verdict.unknown-key': {
    en: 'Unknown key: it was not signed with a key on the list of authority keys. Do not accept this certificate.',
    fr: "Clé inconnue : il n'a pas été signé avec une clé de la liste des clés des autorités. N'acceptez pas ce certificat.",
    pt: 'Chave desconhecida: não foi assinado com uma chave da lista de chaves das autoridades. Não aceite este certificado.',
    es: 'Clave desconocida: no fue firmado con una clave de la lista de claves de las autoridades. No acepte este certificado.',
    ru: 'Неизвестный ключ: сертификат подписан ключом, которого нет в списке ключей органов. Не принимайте этот сертификат.',
  },
  'verdict.revoked-key': {
    en: "Revoked key: the authority's key had been revoked when it was signed. Do not accept this certificate.",
    fr: "Clé révoquée : la clé de l'autorité avait été révoquée lorsqu'il a été signé. N'acceptez pas ce certificat.",
    pt: 'Chave revogada: a chave da autoridade tinha sido revogada quando foi assinado. Não aceite este certificado.',
    es: 'Clave revocada: la clave de la autoridad había sido revocada cuando se firmó. No acepte este certificado.',
    ru: 'Отозванный ключ: ключ органа был отозван до подписания. Не принимайте этот сертификат.',
  },
  'verdict.expired': {
    en: 'Expired on {until}: the certificate was genuine but no longer covers a shipment.',
    fr: 'Expiré le {until} : le certificat était authentique mais ne couvre plus aucune expédition.',
    pt: 'Expirou em {until}: o certificado era autêntico mas já não cobre nenhuma remessa.',
    es: 'Caducó el {until}: el certificado era auténtico pero ya no ampara ningún envío.',
    ru: 'Срок действия истёк {until}: сертификат был подлинным, но больше не покрывает партию.',
  },
  'verdict.cancelled': {
    en: 'Cancelled by the authority of {issuer}: it no longer covers a shipment.',
    fr: "Annulé par l'autorité de {issuer} : il ne couvre plus aucune expédition.",
    pt: 'Anulado pela autoridade de {issuer}: já não cobre nenhuma remessa.',
    es: 'Anulado por la autoridad de {issuer}: ya no ampara ningún envío.',
    ru: 'Аннулирован органом {issuer}: больше не покрывает партию.',
  },
  'verdict.replaced': {
    en: 'Cancelled by the authority of {issuer} and replaced by {replacedBy}: only that one covers the shipment.',
    fr: "Annulé par l'autorité de {issuer} et remplacé par {replacedBy} : seul ce dernier couvre l'expédition.",
    pt: 'Anulado pela autoridade de {issuer} e substituído por {replacedBy}: só este cobre a remessa.',
    es: 'Anulado por la autoridad de {issuer} y sustituido por {replacedBy}: solo este ampara el envío.',
    ru: 'Аннулирован органом {issuer} и заменён сертификатом {replacedBy}: партию покрывает только он.',
  },
  'verdict.not-in-log': {
    en: 'Not in the public log: no certificate with this number was issued under the scheme. Do not accept it.',
    fr: "Absent du registre public : aucun certificat portant ce numéro n'a été délivré dans le cadre du système. Ne l'acceptez pas.",
    pt: 'Ausente do registo público: nenhum certificado com este número foi emitido no âmbito do sistema. Não o aceite.',
    es: 'Ausente del registro público: ningún certificado con este número fue expedido en el marco del sistema. No lo acepte.',
    ru: 'Нет в публичном журнале: сертификат с этим номером в рамках системы не выдавался. Не принимайте его.',
  },
  'verdict.invalid-dates': {
    en: 'Impossible dates: issued in the future, valid longer than the scheme allows, or dated after the log that holds it. Do not accept this certificate.',
    fr: "Dates impossibles : délivré dans le futur, valable plus longtemps que le système ne le permet, ou daté après le registre qui le contient. N'acceptez pas ce certificat.",
    pt: 'Datas impossíveis: emitido no futuro, válido por mais tempo do que o sistema permite, ou datado depois do registo que o contém. Não aceite este certificado.',
    es: 'Fechas imposibles: expedido en el futuro, válido más tiempo del que el sistema permite, o fechado después del registro que lo contiene. No acepte este certificado.',
    ru: 'Невозможные даты: выдан в будущем, действителен дольше, чем допускает система, или датирован позже журнала, в котором он записан. Не принимайте этот сертификат.',
  },
});

