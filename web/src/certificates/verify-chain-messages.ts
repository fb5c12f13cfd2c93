// The messages of the re-export chain a verification shows an authority concerned (issue #21): the
// countries of origin and the import certificates drawn on, level by level. In the five plenary
// languages (joined into i18n/*.ts).
import { defineMessages } from '../i18n/define';

export const verifyChainMessages = defineMessages({
  en: {
    'verifyChain.origins': 'Countries of origin',
    'verifyChain.mixed': 'mixed: {countries}',
    'verifyChain.title': 'Drawn on import certificates',
    'verifyChain.link': '{carats} carats drawn; issued by {issuer} on {date}, exported from {country}; origin {origin}',
    'verifyChain.unknown': '{carats} carats drawn; issued by {issuer}, not kept in this register',
    'verifyChain.cancelled': 'cancelled',
  },
  fr: {
    'verifyChain.origins': 'Pays d’origine',
    'verifyChain.mixed': 'mixte : {countries}',
    'verifyChain.title': 'Imputé sur les certificats d’importation',
    'verifyChain.link': '{carats} carats imputés ; délivré par {issuer} le {date}, exporté de {country} ; origine {origin}',
    'verifyChain.unknown': '{carats} carats imputés ; délivré par {issuer}, absent de ce registre',
    'verifyChain.cancelled': 'annulé',
  },
  pt: {
    'verifyChain.origins': 'Países de origem',
    'verifyChain.mixed': 'mista: {countries}',
    'verifyChain.title': 'Imputado aos certificados de importação',
    'verifyChain.link': '{carats} quilates imputados; emitido por {issuer} em {date}, exportado de {country}; origem {origin}',
    'verifyChain.unknown': '{carats} quilates imputados; emitido por {issuer}, ausente deste registo',
    'verifyChain.cancelled': 'cancelado',
  },
  es: {
    'verifyChain.origins': 'Países de origen',
    'verifyChain.mixed': 'mixto: {countries}',
    'verifyChain.title': 'Imputado a los certificados de importación',
    'verifyChain.link': '{carats} quilates imputados; expedido por {issuer} el {date}, exportado desde {country}; origen {origin}',
    'verifyChain.unknown': '{carats} quilates imputados; expedido por {issuer}, ausente de este registro',
    'verifyChain.cancelled': 'anulado',
  },
  ru: {
    'verifyChain.origins': 'Страны происхождения',
    'verifyChain.mixed': 'смешанное: {countries}',
    'verifyChain.title': 'Списано с импортных сертификатов',
    'verifyChain.link': 'списано {carats} карат; выдан участником {issuer} {date}, экспорт из страны {country}; происхождение {origin}',
    'verifyChain.unknown': 'списано {carats} карат; выдан участником {issuer}, в этом реестре отсутствует',
    'verifyChain.cancelled': 'аннулирован',
  },
});
