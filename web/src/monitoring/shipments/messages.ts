// The messages of monitoring of origin's pages (suspicious shipments, capacity, the regional view),
// in the five plenary languages, joined into i18n/*.ts; kept in ../messages.ts beside the pages.
import { originMessages } from '../messages';

export const shipmentMessages = originMessages;
