// The language of the reader of a response: what the request asks for (Accept-Language; the web app
// sends the language it shows), else the signed-in user's setting, else English.
import type { FastifyRequest } from 'fastify';
import { fromAcceptLanguage, type Language } from '../core/i18n.js';

export function readerLanguage(req: FastifyRequest): Language {
  return fromAcceptLanguage(req.headers['accept-language']) ?? req.actor?.language ?? 'en';
}
