// The messages of participation's pages, in the five plenary languages (joined into i18n/*.ts).
import { defineMessages } from '../../i18n/define';

export const participationMessages = defineMessages({ en: {}, fr: {}, pt: {}, es: {}, ru: {} });
