// The messages of notifications's pages, in the five plenary languages (joined into i18n/*.ts).
import { defineMessages } from '../i18n/define';

export const notificationMessages = defineMessages({ en: {}, fr: {}, pt: {}, es: {}, ru: {} });
