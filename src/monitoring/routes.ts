// HTTP routes of monitoring findings.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../http/schemas.js';
import { FINDING_TYPES } from './model.js';
import * as service from './service.js';

const Finding = Type.Object({
  id: Type.String(),
  type: Type.String(),
  participant: Type.String(),
  period: Type.String(),
  severity: Type.String(),
  summary: Type.String(),
  evidence: Type.Object({ rule: Type.String(), figures: Type.Record(Type.String(), Type.Unknown()), certificates: Type.Optional(Type.Array(Type.String())) }),
  status: Type.String(),
  assignee: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union([Type.String(), Type.Null()]),
  firstSeen: Type.String(),
  lastSeen: Type.String(),
});
const Year = Type.Integer({ minimum: 2003, maximum: 2100 });
const FindingWithComments = Type.Object({ ...Finding.properties, comments: Type.Array(Type.Object({ id: Type.String(), at: Type.String(), author: Type.String(), text: Type.String() })) });

export const monitoringRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/findings', {
    config: { action: 'findings.read' },
    schema: {
      summary: 'Monitoring findings kept so far, filtered by year, Participant, type, status or severity',
      tags: ['monitoring'],
      querystring: Type.Object({
        year: Type.Optional(Year),
        participant: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
        type: Type.Optional(Type.Union(FINDING_TYPES.map((t) => Type.Literal(t)))),
        status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('acknowledged'), Type.Literal('closed')])),
        severity: Type.Optional(Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')])),
      }),
      response: { 200: Type.Object({ findings: Type.Array(Finding) }), ...errorResponses },
    },
  }, async (req) => ({ findings: await service.list(app.store.db, req.actor, req.query) }));

  app.post('/api/findings/analysis', {
    config: { action: 'findings.run' },
    schema: {
      summary: "Run every detector on a year's statistics and keep what they find (known findings keep their status)",
      tags: ['monitoring'],
      body: Type.Object({ year: Year }, { additionalProperties: false }),
      response: { 200: Type.Object({ year: Type.Integer(), new: Type.Integer(), findings: Type.Array(Finding) }), ...errorResponses },
    },
  }, async (req) => service.run(app.store.db, req.actor, req.body.year));

  app.get('/api/findings/:id', {
    config: { action: 'findings.read' },
    schema: {
      summary: 'One finding with its comments',
      tags: ['monitoring'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      response: { 200: FindingWithComments, ...errorResponses },
    },
  }, async (req) => service.get(app.store.db, req.actor, req.params.id));

  app.patch('/api/findings/:id', {
    config: { action: 'findings.manage' },
    schema: {
      summary: 'Acknowledge, assign, comment, or close a finding with its outcome',
      tags: ['monitoring'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Object(
        {
          status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('acknowledged'), Type.Literal('closed')])),
          assignee: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
          outcome: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
          comment: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
        },
        { additionalProperties: false },
      ),
      response: { 200: FindingWithComments, ...errorResponses },
    },
  }, async (req) => service.change(app.store.db, req.actor, req.params.id, req.body));
};
