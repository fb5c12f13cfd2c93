// HTTP routes of certificates: issue, read, list, confirm, cancel, border checks, the PDF, public
// verification, the trust list and the authority keys; the transparency log's are log-routes.ts.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, ParticipantCode, errorResponses } from '../interface/schemas.js';
import { HS_CODES, LIMITS } from './model.js';
import { BORDER_CHECK_KINDS, CANCEL_REASONS, type BorderCheckKind, type CancelReason } from './receipt-rules.js';
import type { Verdict } from './verification.js';
import { Any, Application, AwaitingCertificate, BorderChecked, Bundle, Cancelled, CertificateRow, CertificateView, Code, Confirmed, Document, LookUp, Number_, Request, TrustList, Verification } from './route-schemas.js';
import { verdictSummary } from './verdict-summary.js';
import { readerLanguage } from '../interface/language.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PDF_LANGUAGES, renderPdf } from './pdf.js';
import * as applications from './applications.js';
import { codeForPdf, lookUp, renewVerificationCode } from './lookup.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';
import { CODE_EXAMPLE } from './verification-code.js';
import { awaitingConfirmation } from './awaiting.js';
import { onReplica } from '../db/read-replica.js';
import { etagMatches } from '../interface/etag.js';

// public reads answered from the read replica (KPCS_READ_DATABASE_URL) unless it does not know the certificate as genuine: a certificate issued, or a key made, a moment ago may not be there yet
const notGenuine = (v: { verdict: string }) => v.verdict !== 'genuine';
/** Seconds a cache may keep the trust list before it asks again (If-None-Match: 304 while unchanged). */
export const TRUST_LIST_MAX_AGE = 30;
import { amendmentRoutes } from './amendment-routes.js';
import { logRoutes } from './log-routes.js';

const Params = Type.Object({ number: Number_ });

/** A verification with what its verdict means in the reader's language. */
function summarised<V extends { verdict: Verdict; issuer?: string; expiresAt?: string; replacedBy?: string }>(req: FastifyRequest, reply: FastifyReply, v: V): V & { summary: string } {
  const lang = readerLanguage(req);
  reply.header('content-language', lang);
  return { ...v, summary: verdictSummary(v).render(lang) };
}
/** the issuing response carries the code in this header: the body stays the signed document, byte for byte what the holder keeps */
export const CODE_HEADER = 'kpcs-verification-code';
const codeHeader = { [CODE_HEADER]: { type: 'string', description: `the certificate's verification code, e.g. ${CODE_EXAMPLE}: shown this once (the store keeps only its hash); print it with the PDF (?code=) or give it to the holder` } };

export const certificateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // the public verify routes: a customs desk checks a handful a minute; a scraper or a guesser many more
  const s = app.store;
  await app.register(amendmentRoutes);
  await app.register(logRoutes);

  app.post('/api/certificates', {
    config: { action: 'certificates.issue' },
    schema: {
      summary: "Issue a certificate now (the exporting Participant's authority officers): every rule is checked, the certificate is numbered, signed and logged",
      description:
        `Send an \`Idempotency-Key\` header (a UUID, say) to make a retry safe: a request with a key this user of this Participant used in the last ${service.IDEMPOTENCY_HOURS} hours ` +
        'issues nothing and answers the certificate that key issued (201, the same body, `idempotent-replayed: true`, and no verification code: it was shown once and the store keeps only its hash; ' +
        'the issuing authority can make a new one). Two retries arriving together, on one server or several, issue one certificate. ' +
        `The same key with a different request is refused: 422 \`idempotency_key_reused\`. Keys are forgotten after ${service.IDEMPOTENCY_HOURS} hours.`,
      tags: ['certificates'],
      headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'makes a retry safe: the same key (per user and Participant, for 24 hours) answers the same certificate' })) }),
      body: Request,
      response: {
        201: { ...Document, headers: { ...codeHeader, 'idempotent-replayed': { type: 'string', description: 'true when this answers an earlier request with the same Idempotency-Key (nothing issued)' } } },
        ...errorResponses,
        422: Type.Ref('Error'),
      },
    },
  }, async (req, reply) => {
    const key = service.idempotencyKey(req.actor, req.headers['idempotency-key'], req.body);
    const issued = key ? await service.issueOnce(s, req.actor, req.body, key) : await service.issueWithCode(s, req.actor, req.body);
    if (issued.verificationCode === null) return reply.status(201).header('idempotent-replayed', 'true').send(issued.certificate);
    return reply.status(201).header(CODE_HEADER, issued.verificationCode).send(issued.certificate);
  });

  app.post('/api/certificates/batch', {
    config: { action: 'certificates.issue' },
    bodyLimit: 4 * 1024 * 1024,
    schema: {
      summary: "Issue up to 1,000 certificates at once, all or nothing (the exporting Participant's authority officers, e.g. a national system sending its day's certificates)",
      tags: ['certificates'],
      body: Type.Object({ requests: Type.Array(Request, { minItems: 1, maxItems: 1000 }) }, { additionalProperties: false }),
      response: {
        201: Type.Object({
          certificates: Type.Array(Document),
          verificationCodes: Type.Record(Type.String(), Type.String(), { description: "each certificate's verification code by number: shown this once (the store keeps only their hashes)" }),
        }),
        ...errorResponses,
      },
    },
  }, async (req, reply) => {
    const issued = await service.issueAllWithCodes(s, req.actor, req.body.requests);
    return reply.status(201).send({ certificates: issued.map((i) => i.certificate), verificationCodes: Object.fromEntries(issued.map((i) => [i.certificate.number, i.verificationCode])) });
  });

  app.get('/api/certificates', {
    config: { action: 'certificates.read' },
    schema: {
      summary: "The caller's Participant's certificates, issued by it or addressed to it, newest first",
      tags: ['certificates'],
      querystring: Type.Object({
        role: Type.Optional(Type.Union([Type.Literal('issued'), Type.Literal('received')])),
        year: Type.Optional(Type.Integer({ minimum: 2003, maximum: 2100 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        before: Type.Optional(Type.String({ format: 'date-time' })),
      }),
      response: { 200: Type.Object({ certificates: Type.Array(CertificateRow) }), ...errorResponses },
    },
  }, async (req) => ({ certificates: await service.list(s, req.actor, req.query) }));

  app.get('/api/certificates/awaiting-confirmation', {
    config: { action: 'certificates.awaiting.read' },
    schema: {
      summary: "The queue of certificates addressed to the caller's Participant that await its confirmation of receipt (its authority officers and customs), soonest expiry first",
      tags: ['certificates'],
      querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }),
      response: { 200: Type.Object({ participant: Type.String(), certificates: Type.Array(AwaitingCertificate) }), ...errorResponses },
    },
  }, async (req) => awaitingConfirmation(s.db, req.actor, { limit: req.query.limit }));

  app.get('/api/certificates/:number', {
    config: { action: 'certificates.read' },
    schema: {
      summary: 'One certificate with its status: cancellation, import confirmation, border checks and log entries (issuing and importing Participant only)',
      tags: ['certificates'],
      params: Params,
      response: { 200: CertificateView, ...errorResponses },
    },
  }, async (req) => service.get(s, req.actor, req.params.number));

  app.get('/api/certificates/:number/bundle', {
    config: { action: 'certificates.read' },
    schema: {
      summary: "The certificate's offline bundle (issuing and importing Participant): the document, a checkpoint signed by the log (C2SP tlog-checkpoint) covering it, the inclusion proof in that checkpoint's tree; with consistencyFrom, the consistency proof from that size",
      tags: ['certificates'],
      params: Params,
      querystring: Type.Object({ consistencyFrom: Type.Optional(Type.Integer({ minimum: 1, description: 'the tree size of a checkpoint the verifier holds' })) }),
      response: { 200: Bundle, ...errorResponses },
    },
  }, async (req) => service.bundle(s, req.actor, req.params.number, { consistencyFrom: req.query.consistencyFrom }));

  app.get('/api/certificates/:number/pdf', {
    config: { action: 'certificates.read' },
    schema: {
      summary: "The printable certificate (PDF, English beside the issuing Participant's language, QR code of the verify address); with ?code= its verification code printed beside the QR code and carried in it (checked: only the certificate's own); with ?lang= the labels beside the English in another language",
      tags: ['certificates'],
      params: Params,
      querystring: Type.Object({
        code: Type.Optional(Code),
        lang: Type.Optional(
          Type.Union(
            PDF_LANGUAGES.map((l) => Type.Literal(l)),
            { description: "the language of the labels beside the English: by default the issuing Participant's, as the certificate that travels with the goods is printed; a reader may print a copy in its own" },
          ),
        ),
      }),
    },
  }, async (req, reply) => {
    const { doc, cancelled } = await service.document(s, req.actor, req.params.number);
    const code = await codeForPdf(s, doc.number, req.query.code, 'querystring.code');
    const pdf = await renderPdf(doc, { verifyUrl: service.verifyAddress(s, doc.number, code), verificationCode: code, language: req.query.lang ?? (await service.languageOf(s, doc.issuer.participant)), cancelled });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${doc.number}.pdf"`).send(pdf);
  });

  app.post('/api/certificates/:number/confirmation', {
    config: { action: 'certificates.confirm' },
    schema: {
      summary: "Confirm receipt of the shipment (the importing Participant's authority officers); a mismatch is recorded and flagged; once per certificate. The exporting Participant's officers are alerted. A day of receipt before the day of issue, after today or after the day of expiry is refused (invalid_input naming which)",
      tags: ['certificates'],
      params: Params,
      body: Type.Object(
        {
          parcels: Type.Integer({ minimum: 0, maximum: LIMITS.parcels }),
          carats: Type.Number({ minimum: 0, maximum: LIMITS.carats }),
          sealsIntact: Type.Boolean(),
          receivedOn: Type.Optional(Day),
          note: Type.Optional(Type.String({ maxLength: 2000 })),
          valueUsd: Type.Optional(Type.Number({ minimum: 0, maximum: LIMITS.valueUsd, description: 'the US$ value declared on receipt, if the importer states it' })),
          goods: Type.Optional(Type.Array(
            Type.Object({ hsCode: Type.Union(Object.keys(HS_CODES).map((c) => Type.Literal(c))), carats: Type.Number({ minimum: 0, maximum: LIMITS.carats }), valueUsd: Type.Number({ minimum: 0, maximum: LIMITS.valueUsd }) }, { additionalProperties: false }),
            { minItems: 1, maxItems: 3, description: 'the lines by HS code received, if the importer states them' },
          )),
        },
        { additionalProperties: false },
      ),
      response: { 201: Confirmed, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req, reply) => reply.status(201).send(await service.confirm(s, req.actor, req.params.number, req.body)));

  app.post('/api/certificates/:number/cancellation', {
    config: { action: 'certificates.cancel' },
    schema: {
      summary: "Cancel a certificate (the issuing Participant's authority officers): lost, void, replaced or issued in error",
      tags: ['certificates'],
      params: Params,
      body: Type.Object(
        { reason: Type.Union(CANCEL_REASONS.map((r) => Type.Literal(r))), note: Type.Optional(Type.String({ maxLength: 2000 })), replacedBy: Type.Optional(Number_) },
        { additionalProperties: false },
      ),
      response: { 201: Cancelled, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req, reply) => reply.status(201).send(await service.cancel(s, req.actor, req.params.number, { ...req.body, reason: req.body.reason as CancelReason })));

  app.post('/api/certificates/:number/border-checks', {
    config: { action: 'certificates.border-check' },
    schema: {
      summary: "Record a customs check at the caller's border against a number (export, import, or transit: seals checked, unopened)",
      tags: ['certificates'],
      params: Params,
      body: Type.Object(
        { kind: Type.Union(BORDER_CHECK_KINDS.map((k) => Type.Literal(k))), sealsIntact: Type.Optional(Type.Boolean()), unopened: Type.Optional(Type.Boolean()), note: Type.Optional(Type.String({ maxLength: 2000 })) },
        { additionalProperties: false },
      ),
      response: { 201: BorderChecked, ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await service.borderCheck(s, req.actor, req.params.number, { ...req.body, kind: req.body.kind as BorderCheckKind })));

  app.post('/api/certificate-applications', {
    config: { action: 'certificates.apply' },
    schema: {
      summary: "Apply for a certificate (the exporting Participant's licensed exporters): checked against every rule now, issued when an officer approves",
      tags: ['certificates'],
      body: Request,
      response: { 201: Application, ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await applications.submit(s, req.actor, req.body)));

  app.get('/api/certificate-applications', {
    config: { action: 'certificates.applications.read' },
    schema: {
      summary: "Certificate applications of the caller's Participant (officers: all; companies: their own), newest first",
      tags: ['certificates'],
      querystring: Type.Object({ status: Type.Optional(Type.Union(['pending', 'approving', 'approved', 'refused'].map((x) => Type.Literal(x)))), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }),
      response: { 200: Type.Object({ applications: Type.Array(Application) }), ...errorResponses },
    },
  }, async (req) => ({ applications: await applications.list(s, req.actor, req.query) }));

  const ApplicationParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
  app.post('/api/certificate-applications/:id/approval', {
    config: { action: 'certificates.applications.decide' },
    schema: {
      summary: "Approve an application (the exporting Participant's authority officers): the certificate is issued now, re-checked against today's registry",
      tags: ['certificates'],
      params: ApplicationParams,
      response: { 201: { ...Document, headers: codeHeader }, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req, reply) => {
    const issued = await applications.approve(s, req.actor, req.params.id);
    return reply.status(201).header(CODE_HEADER, issued.verificationCode).send(issued.certificate);
  });

  app.post('/api/certificates/:number/verification-code', {
    config: { action: 'certificates.verification-code.renew' },
    schema: {
      summary: "A new verification code for a certificate (the issuing Participant's authority officers): for one issued before codes existed, or whose code was lost or leaked; the old code stops working. Shown this once",
      tags: ['certificates'],
      params: Params,
      response: { 201: Type.Object({ number: Type.String(), verificationCode: Type.String(), verifyUrl: Type.String(), replaced: Type.Boolean() }), ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await renewVerificationCode(s, req.actor, req.params.number)));

  app.post('/api/certificate-applications/:id/refusal', {
    config: { action: 'certificates.applications.decide' },
    schema: {
      summary: "Refuse an application with a reason (the exporting Participant's authority officers)",
      tags: ['certificates'],
      params: ApplicationParams,
      body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
      response: { 201: Application, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req, reply) => reply.status(201).send(await applications.refuse(s, req.actor, req.params.id, req.body.reason)));

  app.get('/api/verify/:number', {
    config: { action: 'certificates.verify', limit: 'lookup' },
    schema: {
      summary: 'Verify a certificate by its number (public): the verdict (genuine, altered, unknown key, revoked key, expired, cancelled or not in log) and the issuing Participant; with ?code= (the verification code printed beside the QR code) its dates, countries, parcels, carats and receipt; the authorities concerned, signed in, see all. A wrong code is refused (403)',
      tags: ['verify'],
      security: [],
      params: Type.Object({ number: Type.String({ maxLength: 32 }) }),
      querystring: Type.Object({ code: Type.Optional(Code) }),
      response: { 200: LookUp, ...errorResponses },
    },
  }, async (req, reply) => summarised(req, reply, await onReplica(s, () => lookUp(s, req.actor, req.params.number, { code: req.query.code }), notGenuine)));

  app.post('/api/verify', {
    config: { action: 'certificates.verify', limit: 'lookup' },
    schema: {
      summary: 'Verify a certificate document (public): its signature, key, log position, cancellation and expiry against this register',
      tags: ['verify'],
      security: [],
      body: Any,
      response: { 200: Type.Object({ ...Verification.properties, number: Type.Optional(Type.String()) }), ...errorResponses },
    },
  }, async (req, reply) => summarised(req, reply, { ...(await onReplica(s, () => onlineVerification.verifyDocument(s, req.body), notGenuine)), checkedAt: new Date().toISOString() }));

  app.get('/api/trust-list', {
    // limited like the verification look-ups; signed once and served again until what it lists changes
    config: { action: 'certificates.trust-list.read', limit: 'lookup' },
    schema: {
      summary: "The signed list of authority keys (and the log's keys and witnesses, and cancelled numbers), for offline verification. Limited per client like verification; the same signed list (the same bytes and strong ETag from every server) is served until a key, a revocation, a witness, the Chair or a cancellation changes. If-None-Match with the current ETag: 304, no body",
      tags: ['verify'],
      security: [],
      headers: Type.Object({ 'if-none-match': Type.Optional(Type.String()) }),
      response: { 200: TrustList, 304: Type.Null({ description: 'unchanged since the ETag named in If-None-Match' }) },
    },
  }, async (req, reply) => {
    const served = await onReplica(s, () => service.servedTrustList(s));
    // the same bytes and ETag from every process until what the list carries changes; a cache may keep
    // it a short while, then must ask again (a revocation or cancellation shows within TRUST_LIST_MAX_AGE)
    reply.header('etag', served.etag).header('cache-control', `public, max-age=${TRUST_LIST_MAX_AGE}, must-revalidate`);
    // no body at all (nor a length of one): a client reads none after a 304
    if (etagMatches(req.headers['if-none-match'], served.etag)) return reply.status(304).send(undefined as unknown as null);
    // the kept bytes as they are (a string is sent unserialized)
    return reply.type('application/json; charset=utf-8').send(served.body as never);
  });

  app.post('/api/participants/:code/keys/rotation', {
    config: { action: 'certificates.keys.manage', participantParam: 'code' },
    schema: {
      summary: "Rotate the Participant's authority key: the key in service is retired (what it signed stays valid) and a new one takes over",
      tags: ['certificates'],
      params: Type.Object({ code: ParticipantCode }),
      response: { 201: Any, ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await service.rotateKey(s, req.actor, req.params.code)));

  app.post('/api/keys/:keyId/revocation', {
    config: { action: 'certificates.keys.manage' },
    schema: {
      summary: 'Revoke an authority key from a moment on (default now): certificates it signed before stay valid, those dated after do not',
      tags: ['certificates'],
      params: Type.Object({ keyId: Type.String({ pattern: '^[A-Z]{2}-[0-9a-f]{16}$' }) }),
      body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }), at: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
      response: { 201: Any, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req, reply) => reply.status(201).send(await service.revokeKey(s, req.actor, req.params.keyId, req.body)));
};
