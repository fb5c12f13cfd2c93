// HTTP routes of suspicious shipment reports and their enforcement actions.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, errorResponses, ParticipantCode } from '../../interface/schemas.js';
import { ENFORCEMENT_KINDS } from './model.js';
import * as service from './service.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([Type.Null(), t]);
const Amount = Type.Number({ minimum: 0, maximum: 1e13 });

/** a report as listed (also in a region's dashboard, monitoring/routes.ts) */
export const Report = Type.Object({
  id: Type.String(),
  participant: Type.String(),
  reportedOn: Type.String(),
  suspectedOrigin: Type.String(),
  declaredOrigin: Nullable(Type.String()),
  certificateNumber: Nullable(Type.String()),
  certificateVerdict: Nullable(Type.String()),
  carats: Type.Number(),
  valueUsd: Type.Union([Type.Null(), Type.Number()]),
  exporter: Type.String(),
  exporterCountry: Nullable(Type.String()),
  description: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  reportedBy: Type.String(),
  createdAt: Type.String(),
});
const Enforcement = Type.Object({
  id: Type.String(),
  kind: Type.Enum(ENFORCEMENT_KINDS),
  takenOn: Type.String(),
  outcome: Type.String(),
  carats: Type.Union([Type.Null(), Type.Number()]),
  valueUsd: Type.Union([Type.Null(), Type.Number()]),
  penaltyUsd: Type.Union([Type.Null(), Type.Number()]),
  note: Nullable(Type.String()),
  reportedBy: Type.String(),
  createdAt: Type.String(),
});
const Detail = Type.Object({
  ...Report.properties,
  findings: Type.Array(Type.Object({ id: Type.String(), participant: Type.String(), type: Type.String(), period: Type.String(), summary: Type.String() })),
  enforcement: Type.Array(Enforcement),
});
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const shipmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/shipments', {
    config: { action: 'shipments.report' },
    schema: {
      summary: 'Report an incoming shipment suspected of embargoed (e.g. Ivorian) origin; the Chair and the working group on monitoring are alerted',
      tags: ['shipments'],
      body: Type.Object(
        {
          reportedOn: Type.Optional(Day),
          suspectedOrigin: ParticipantCode,
          declaredOrigin: Type.Optional(Nullable(Type.String({ pattern: '^([A-Z]{2}|mixed)$' }))),
          certificateNumber: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
          carats: Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }),
          valueUsd: Type.Optional(Type.Union([Type.Null(), Amount])),
          exporter: Type.String({ minLength: 1, maxLength: 200 }),
          exporterCountry: Type.Optional(Nullable(ParticipantCode)),
          description: Type.String({ minLength: 1, maxLength: 4000 }),
        },
        { additionalProperties: false },
      ),
      response: { 201: Detail, ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await service.report(app.store, req.actor, req.body)));

  app.get('/api/shipments', {
    config: { action: 'shipments.read' },
    schema: {
      summary: "Suspicious shipment reports: all of them for the Chair and the monitoring group, a Participant's own for its officers",
      tags: ['shipments'],
      querystring: Type.Object({
        participant: Type.Optional(ParticipantCode),
        suspectedOrigin: Type.Optional(ParticipantCode),
        year: Type.Optional(Type.Integer({ minimum: 2003, maximum: 2100 })),
      }),
      response: { 200: Type.Object({ shipments: Type.Array(Report) }), ...errorResponses },
    },
  }, async (req) => ({ shipments: await service.list(app.store, req.actor, req.query) }));

  app.get('/api/shipments/:id', {
    config: { action: 'shipments.read' },
    schema: { summary: 'One report with its linked findings and enforcement actions', tags: ['shipments'], params: Id, response: { 200: Detail, ...errorResponses } },
  }, async (req) => service.get(app.store, req.actor, req.params.id));

  app.post('/api/shipments/:id/findings', {
    config: { action: 'shipments.link' },
    schema: {
      summary: 'Link a report to a monitoring finding',
      tags: ['shipments'],
      params: Id,
      body: Type.Object({ findingId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      response: { 200: Detail, ...errorResponses },
    },
  }, async (req) => service.linkFinding(app.store, req.actor, req.params.id, req.body.findingId));

  app.post('/api/shipments/:id/enforcement', {
    config: { action: 'shipments.enforcement.report' },
    schema: {
      summary: 'Report an enforcement action (seizure, prosecution, other) taken on a reported shipment; the Chair is alerted',
      tags: ['shipments'],
      params: Id,
      body: Type.Object(
        {
          kind: Type.Union(ENFORCEMENT_KINDS.map((k) => Type.Literal(k))),
          takenOn: Day,
          outcome: Type.String({ minLength: 1, maxLength: 4000 }),
          carats: Type.Optional(Type.Union([Type.Null(), Amount])),
          valueUsd: Type.Optional(Type.Union([Type.Null(), Amount])),
          penaltyUsd: Type.Optional(Type.Union([Type.Null(), Amount])),
          note: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
        },
        { additionalProperties: false },
      ),
      response: { 201: Detail, ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await service.reportEnforcement(app.store, req.actor, req.params.id, req.body)));
};
