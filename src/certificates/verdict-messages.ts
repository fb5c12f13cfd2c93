// What a verdict on a certificate means, in the five languages: the `summary` of GET /api/verify/{number}
// and POST /api/verify (verdict-summary.ts), beside the technical `reason`.
import { defineMessages } from '../core/i18n.js';

export const m = defineMessages({
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
