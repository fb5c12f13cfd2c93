// The HTTP server: one Fastify app, every capability a plugin registered here, the web app's static
// files beside the API. Schemas (TypeBox) validate input and document the API at /docs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { detail, invalid, KpcsError, type ErrorDetail } from '../core/errors.js';
import type { Msg } from '../core/i18n.js';
import { m } from './messages.js';
import { readerLanguage } from '../interface/language.js';
import type { Store } from '../db/store.js';
import { serverSettings } from '../core/config.js';
import { registerAuth } from './auth.js';
import { localRateLimitStore, sharedRateLimitStore } from './rate-limit-store.js';
import { lazySchemas } from './lazy-schemas.js';
import { ErrorBody } from '../interface/schemas.js';
import { participantRoutes } from '../participants/routes.js';
import { authRoutes } from '../accounts/routes.js';
import { auditRoutes } from '../audit/routes.js';
import { monitoringRoutes } from '../monitoring/routes.js';
import { certificateRoutes } from '../certificates/routes.js';
import { ChainLink } from '../certificates/route-schemas.js';
import { credentialRoutes } from '../certificates/credential-routes.js';
import { statisticsRoutes } from '../statistics/routes.js';
import { statisticsReviewRoutes } from '../statistics/review-routes.js';
import { shipmentRoutes } from '../monitoring/shipments/routes.js';
import { footprintRoutes } from '../monitoring/footprints/routes.js';
import { governanceRoutes } from '../governance/routes.js';
import { notificationRoutes } from '../notifications/routes.js';
import { reminderRoutes } from '../statistics/reminder-routes.js';
import { companyRoutes } from '../companies/routes.js';
import { hubRoutes } from '../hub/routes.js';
import { stockRoutes } from '../companies/stock-routes.js';
import { importBalanceRoutes } from '../certificates/import-balance-routes.js';

export interface ServerOptions {
  store: Store;
  /** the built web app; defaults to dist/web when it exists */
  webDir?: string | null;
  logLevel?: string;
  /** where the log lines go (default: standard output); tests capture it */
  logStream?: NodeJS.WritableStream;
  /** sign-in attempts per minute and client (default KPCS_LOGIN_RATE_LIMIT or 20) */
  loginRateLimit?: number;
  /** public look-ups (verification, log proofs and entries) per minute and client (default KPCS_VERIFY_RATE_LIMIT or 300) */
  verifyRateLimit?: number;
  /** proxies whose X-Forwarded-For/-Proto are believed: addresses or CIDR ranges (default KPCS_TRUST_PROXY, else none) */
  trustProxy?: string[];
  /** largest request body in bytes (imports set their own, larger, limits) */
  bodyLimit?: number;
}

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const settings = serverSettings();
  const trustProxy = options.trustProxy ?? settings.trustProxy;
  const limits = { lookup: options.verifyRateLimit ?? settings.verifyRateLimit, 'sign-in': options.loginRateLimit ?? settings.loginRateLimit };
  // each route's schemas compiled at its first request (lazy-schemas.ts); app.compileSchemas() builds them all
  const schemas = lazySchemas();
  const app = Fastify({
    // behind a reverse proxy: the client's address and scheme come from X-Forwarded-For/-Proto, believed
    // only from these proxies (so rate limits count real clients and the session cookie is Secure)
    trustProxy: trustProxy.length ? trustProxy : false,
    logger: {
      level: options.logLevel ?? process.env.KPCS_LOG_LEVEL ?? 'warn',
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', 'res.headers["kpcs-verification-code"]'],
      // a certificate's verification code travels in the address (?code=, the QR code's): never logged
      serializers: { req: (req: { method: string; url: string; hostname?: string; ip?: string; socket?: { remotePort?: number } }) => ({ method: req.method, url: withoutCode(req.url), host: req.hostname, remoteAddress: req.ip, remotePort: req.socket?.remotePort }) },
      ...(options.logStream && { stream: options.logStream }),
    },
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
    schemaController: { compilersFactory: schemas.compilersFactory },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('store', options.store);
  app.decorate('compileSchemas', schemas.compileAll);
  app.addSchema(ErrorBody);
  app.addSchema(ChainLink);

  // the security headers of every answer (CSP, HSTS, nosniff, frame options…) as helmet sets them: its
  // middleware run once, at start, on a recorder, and what it did done again on every answer (the same
  // headers, without its thirteen functions a request; @fastify/helmet even parsed its directives each time)
  const securityHeaders = recordHeaders(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of securityHeaders) {
      if (value === undefined) reply.raw.removeHeader(name);
      else reply.raw.setHeader(name, value);
    }
    done();
  });
  await app.register(cookie);
  // a route says which limit it takes (config.limit); turned here into the rate-limit plugin's config,
  // before the plugin reads it (its onRoute hook runs after this one)
  app.addHook('onRoute', (route) => {
    const limit = route.config?.limit;
    if (limit) route.config = { ...route.config, rateLimit: { max: limits[limit], timeWindow: '1 minute' } } as typeof route.config;
  });
  // counted in the store: several processes on one PostgreSQL count a client together (rate-limit-store.ts)
  // (the embedded store serves one process: counted in that process, exact, with no write per request)
  const rateStore = options.store.engine === 'pglite' ? localRateLimitStore(options.store.db) : sharedRateLimitStore(options.store.db);
  await app.register(rateLimit, { global: false, store: rateStore as unknown as FastifyRateLimitStoreCtor });
  await app.register(swagger, {
    openapi: {
      info: { title: 'kpcs — Kimberley Process Certification Scheme API', version: '0.1.0', description: 'Authenticate with `Authorization: Bearer TOKEN` (tokens from `kpcs user add`) or the web session cookie.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true }, staticCSP: true });

  registerAuth(app);
  // PostgreSQL text cannot hold the NUL character: refuse it at the door (400, naming the field)
  // rather than fail in the store with a 500
  app.addHook('preValidation', async (req) => {
    const found = [nulAt(req.body, 'body'), nulAt(req.query, 'querystring'), nulAt(req.params, 'params')].find((p) => p !== undefined);
    if (found) throw invalid(m('text.nul', { char: '\\u0000' }), [detail(found, m('text.nul.detail'))]);
  });
  app.setErrorHandler((error: FastifyError | KpcsError, req, reply) => {
    if (error instanceof KpcsError) {
      if (error.code === 'overloaded') reply.header('retry-after', '1');
      // in the reader's language where a catalogue wrote the message; the field paths stay in details
      const lang = readerLanguage(req);
      const { message, details } = error.localized(lang);
      if (error.msg || error.details.some((d) => d.msg)) reply.header('content-language', lang);
      return reply.status(error.status).send({ code: error.code, message, ...(details.length && { details }) });
    }
    const fe = error as FastifyError;
    if (fe.validation) {
      const all = validationDetails(fe.validation, fe.validationContext ?? 'body');
      const error = invalid(m('request.invalid', { count: all.length }), all);
      const lang = readerLanguage(req);
      const { message, details } = error.localized(lang);
      return reply.status(400).header('content-language', lang).send({ code: 'invalid_input', message, details });
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = req.routeOptions.bodyLimit ?? options.bodyLimit ?? 1024 * 1024;
      const lang = readerLanguage(req);
      const mib = Number((limit / 2 ** 20).toFixed(limit % 2 ** 20 ? 1 : 0));
      return reply.status(413).header('content-language', lang).send({ code: 'payload_too_large', message: m('body.tooLarge', { mib, bytes: limit }).render(lang) });
    }
    if (fe.statusCode === 429) return reply.status(429).send({ code: 'rate_limited', message: fe.message });
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return reply.status(fe.statusCode).send({ code: 'invalid_input', message: fe.message });
    req.log.error(error);
    const lang = readerLanguage(req);
    return reply.status(500).header('content-language', lang).send({ code: 'internal', message: m('internal').render(lang) });
  });

  app.get('/api/health', { config: { action: 'health.read' }, schema: { hide: true } }, async () => ({ ok: true, engine: options.store.engine }));
  await app.register(authRoutes);
  await app.register(participantRoutes);
  await app.register(auditRoutes);
  await app.register(monitoringRoutes);
  await app.register(certificateRoutes);
  await app.register(credentialRoutes);
  await app.register(statisticsRoutes);
  await app.register(statisticsReviewRoutes);
  await app.register(shipmentRoutes);
  await app.register(footprintRoutes);
  await app.register(governanceRoutes);
  await app.register(notificationRoutes);
  await app.register(reminderRoutes);
  await app.register(companyRoutes);
  await app.register(hubRoutes);
  await app.register(stockRoutes);
  await app.register(importBalanceRoutes);

  const webDir = options.webDir === undefined ? DEFAULT_WEB_DIR : options.webDir;
  const hasWeb = webDir !== null && existsSync(`${webDir}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      const lang = readerLanguage(req);
      return reply.status(404).header('content-language', lang).send({ code: 'not_found', message: m('route.unknown', { method: req.method, path: req.url.split('?')[0]!.slice(0, 200) }).render(lang) });
    }
    // the web app routes on the client: every other page is index.html
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}

/** An address with the value of its `code` parameter (a certificate's verification code) left out. */
export function withoutCode(url: string): string {
  return url.replace(/([?&]code=)[^&#]*/gi, '$1[redacted]');
}

/** The path of the first string holding a NUL character, in the services' path style. */
function nulAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || depth > 64) return undefined;
  for (const [k, v] of Object.entries(value)) {
    if (k.includes('\u0000')) return path;
    const inner = nulAt(v, Array.isArray(value) ? `${path}[${k}]` : path === 'body' ? k : `${path}.${k}`, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/**
 * Schema errors in the services' own path style (`goods[0].carats`, `querystring.at`), with a choice
 * among constants said once ("must be one of …") instead of once per constant.
 */
export function validationDetails(errors: AjvError[], context: string): ErrorDetail[] {
  const pathOf = (instancePath: string) => {
    const field = instancePath
      .split('/')
      .filter(Boolean)
      .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i ? '.' : ''}${part}`))
      .join('');
    if (context === 'body') return field || 'body';
    return field ? `${context}.${field}` : context;
  };
  const choices = new Map<string, unknown[]>();
  for (const e of errors) if (e.keyword === 'const') choices.set(e.instancePath, [...(choices.get(e.instancePath) ?? []), e.params.allowedValue]);
  const out: ErrorDetail[] = [];
  const said = new Set<string>();
  for (const e of errors) {
    const path = pathOf(e.instancePath);
    const allowed = choices.get(e.instancePath) ?? (e.keyword === 'enum' ? (e.params.allowedValues as unknown[]) : undefined);
    if (allowed && (e.keyword === 'const' || e.keyword === 'anyOf' || e.keyword === 'enum')) {
      if (said.has(path)) continue;
      said.add(path);
      out.push(detail(path, m('field.oneOf', { values: allowed.join(', ') })));
      continue;
    }
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
    if (missing) out.push(detail(path === 'body' ? missing : `${path}.${missing}`, m('field.required')));
    else if (e.keyword === 'additionalProperties') out.push(detail(path === 'body' ? String(e.params.additionalProperty) : `${path}.${String(e.params.additionalProperty)}`, m('field.unknown')));
    else out.push(detail(path, fieldProblem(e)));
  }
  return out;
}

/** What is wrong with a field, as a message (Ajv's keyword and parameters). */
function fieldProblem(e: AjvError): Msg {
  const limit = Number(e.params.limit);
  switch (e.keyword) {
    case 'type': {
      const type = String(e.params.type).split(',')[0];
      return ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'].includes(type!) ? m(`field.type.${type as 'string'}`) : m('field.invalid');
    }
    case 'minimum':
    case 'maximum':
      return m(e.params.comparison === '>' ? 'field.exclusiveMinimum' : e.params.comparison === '<' ? 'field.exclusiveMaximum' : `field.${e.keyword}`, { limit });
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return m(`field.${e.keyword}`, { limit, count: limit });
    case 'pattern':
      return m('field.pattern');
    case 'format': {
      const format = String(e.params.format);
      return format === 'date-time' ? m('field.format.date-time', { example: '2006-11-09T12:00:00Z' }) : format === 'date' || format === 'email' ? m(`field.format.${format}`) : m('field.format.other', { format });
    }
    default:
      return m('field.invalid');
  }
}

/**
 * What a middleware that only sets headers does to an answer (helmet's, whose headers depend on nothing
 * of the request), recorded once: each header set (a value) or removed (undefined), in order.
 */
function recordHeaders(middleware: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void): [string, string | number | readonly string[] | undefined][] {
  const done: [string, string | number | readonly string[] | undefined][] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void done.push([name, value]),
    removeHeader: (name: string) => void done.push([name, undefined]),
  };
  let finished = false;
  let failed: unknown;
  middleware({ headers: {}, method: 'GET', url: '/' } as IncomingMessage, recorder as unknown as ServerResponse, (err) => {
    finished = true;
    failed = err;
  });
  // a middleware that waits for something, or fails, is not one to record
  if (!finished || failed) throw failed ?? new Error('the security headers middleware did not finish at once');
  return done;
}
