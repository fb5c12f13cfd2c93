// The messages of annual-reports's pages, in the five plenary languages (joined into i18n/*.ts).
import { defineMessages } from '../../i18n/define';

export const annualReportMessages = defineMessages({ en: {}, fr: {}, pt: {}, es: {}, ru: {} });
