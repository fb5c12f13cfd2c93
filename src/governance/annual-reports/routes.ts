// HTTP routes of annual reports.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses, ParticipantCode } from '../../interface/schemas.js';
import * as service from './service.js';

const Str = Type.String();
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([Type.Null(), t]);
const Year = Type.Integer({ minimum: 2003, maximum: 2100 });
const Status = Type.Union([Type.Literal('submitted'), Type.Literal('assessed')]);
const Outcome = Type.Union([Type.Literal('satisfactory'), Type.Literal('follow_up'), Type.Literal('unsatisfactory')]);
const Report = Type.Object({
  id: Str,
  participant: Str,
  year: Type.Integer(),
  attachmentName: Nullable(Str),
  submittedAt: Str,
  submittedBy: Str,
  status: Status,
  outcome: Type.Union([Type.Null(), Outcome]),
  comments: Nullable(Str),
  assessedBy: Nullable(Str),
  assessedAt: Nullable(Str),
});
const ReportDetail = Type.Object({ ...Report.properties, body: Str, attachment: Nullable(Str) });
const tags = ['governance: annual reports'];
const withConflict = { ...errorResponses, 409: Type.Ref('Error') };

export const annualReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/annual-reports', {
    config: { action: 'annual-reports.read' },
    schema: {
      summary: "Annual reports by year, Participant or status (an authority sees its own Participant's)",
      tags,
      querystring: Type.Object({ year: Type.Optional(Year), participant: Type.Optional(ParticipantCode), status: Type.Optional(Status) }),
      response: { 200: Type.Object({ reports: Type.Array(Report) }), ...errorResponses },
    },
  }, async (req) => ({ reports: await service.list(app.store.db, req.actor, req.query) }));

  app.post('/api/annual-reports', {
    config: { action: 'annual-reports.submit' },
    schema: {
      summary: "Submit a Participant's annual report for a year (replaces the previous one until it is assessed); the working group on monitoring is told",
      tags,
      body: Type.Object(
        {
          participant: ParticipantCode,
          year: Year,
          body: Type.String({ minLength: 1, maxLength: 200_000 }),
          attachmentName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          attachment: Type.Optional(Nullable(Type.String({ maxLength: 500_000, description: 'text or markdown' }))),
        },
        { additionalProperties: false },
      ),
      response: { 201: ReportDetail, ...withConflict },
    },
  }, async (req, reply) => reply.code(201).send(await service.submit(app.store.db, req.actor, req.body)));

  app.get('/api/annual-reports/missing', {
    config: { action: 'annual-reports.missing.read' },
    schema: {
      summary: 'Participants (in good standing at the end of the year) with no annual report for the year',
      tags,
      querystring: Type.Object({ year: Year }),
      response: { 200: Type.Object({ year: Type.Integer(), missing: Type.Array(Type.Object({ code: Str, name: Str })) }), ...errorResponses },
    },
  }, async (req) => ({ year: req.query.year, missing: await service.missing(app.store.db, req.actor, req.query.year) }));

  app.get('/api/annual-reports/:id', {
    config: { action: 'annual-reports.read' },
    schema: { summary: 'One annual report with its text, attachment and assessment', tags, params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: ReportDetail, ...errorResponses } },
  }, async (req) => service.get(app.store.db, req.actor, req.params.id));

  app.patch('/api/annual-reports/:id/assessment', {
    config: { action: 'annual-reports.assess' },
    schema: {
      summary: "The working group on monitoring's assessment: comments, and the outcome once assessed",
      tags,
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Object({ status: Status, outcome: Type.Optional(Type.Union([Type.Null(), Outcome])), comments: Type.Optional(Nullable(Type.String({ maxLength: 20000 }))) }, { additionalProperties: false }),
      response: { 200: ReportDetail, ...errorResponses },
    },
  }, async (req) => service.assess(app.store.db, req.actor, req.params.id, req.body));
};
