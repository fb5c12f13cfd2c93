// The messages of footprints's pages, in the five plenary languages (joined into i18n/*.ts).
import { defineMessages } from '../../i18n/define';

export const footprintMessages = defineMessages({ en: {}, fr: {}, pt: {}, es: {}, ru: {} });
