// The messages of reviews's pages, in the five plenary languages (joined into i18n/*.ts).
import { defineMessages } from '../../i18n/define';

export const reviewMessages = defineMessages({ en: {}, fr: {}, pt: {}, es: {}, ru: {} });
