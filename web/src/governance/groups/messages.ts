// The messages of groups's pages, in the five plenary languages (joined into i18n/*.ts).
import { defineMessages } from '../../i18n/define';

export const groupMessages = defineMessages({ en: {}, fr: {}, pt: {}, es: {}, ru: {} });
