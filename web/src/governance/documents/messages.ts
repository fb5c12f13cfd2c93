// The messages of documents's pages, in the five plenary languages (joined into i18n/*.ts).
import { defineMessages } from '../../i18n/define';

export const documentMessages = defineMessages({ en: {}, fr: {}, pt: {}, es: {}, ru: {} });
