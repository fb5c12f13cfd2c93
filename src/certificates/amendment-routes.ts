// POST /api/certificates/{number}/amendment: the replacement issued and the original cancelled as
// replaced, in one transaction (amendment.ts).
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../interface/schemas.js';
import { HS_CODES, LIMITS } from './model.js';
import { NUMBER_PATTERN } from './numbering.js';
import { amend, REASON_MAX } from './amendment.js';
import { Document } from './route-schemas.js';
import { requestProperties } from './fields.js';

const PartyChange = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.nameLength })),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.addressLength })),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
  },
  { additionalProperties: false },
);

// the simple fields (fields.ts) in their places, each optional
const Amendment = Type.Object(
  requestProperties({
    reason: Type.String({ minLength: 1, maxLength: REASON_MAX, description: 'why the certificate is amended (kept as the cancellation note of the original)' }),
    exporter: Type.Optional(PartyChange),
    importer: Type.Optional(PartyChange),
    goods: Type.Optional(Type.Array(
      Type.Object(
        {
          hsCode: Type.Union(Object.keys(HS_CODES).map((c) => Type.Literal(c))),
          carats: Type.Number({ exclusiveMinimum: 0, maximum: LIMITS.carats }),
          valueUsd: Type.Number({ exclusiveMinimum: 0, maximum: LIMITS.valueUsd }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 3, description: 'the lines by HS code (all of them: the list replaces the original one)' },
    )),
  }, { amendment: true }),
  { additionalProperties: false },
);

export const amendmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.store;
  app.post('/api/certificates/:number/amendment', {
    config: { action: 'certificates.amend' },
    schema: {
      summary: "Amend a certificate not yet confirmed (the issuing Participant's authority officers): the replacement, with a new number, is issued and the original cancelled as replaced by it, together; same exporting and importing Participants; the reason is required",
      tags: ['certificates'],
      params: Type.Object({ number: Type.String({ pattern: NUMBER_PATTERN, maxLength: 32 }) }),
      body: Amendment,
      response: {
        201: Type.Object({ replaced: Type.String({ description: 'the number of the certificate cancelled as replaced' }), reason: Type.String(), changed: Type.Array(Type.String()), cancelledAt: Type.String(), certificate: Document }),
        ...errorResponses,
        409: Type.Ref('Error'),
      },
    },
  }, async (req, reply) => {
    const done = await amend(s, req.actor, req.params.number, req.body);
    return reply.status(201).header('kpcs-verification-code', done.verificationCode).send({ replaced: done.replaced, reason: done.reason, changed: done.changed, cancelledAt: done.cancelledAt, certificate: done.certificate });
  });
};
