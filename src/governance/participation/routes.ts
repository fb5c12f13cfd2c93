// HTTP routes of participation: applications and their checklist, the Chair's status decisions, the
// chair rotation.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, errorResponses, ParticipantCode } from '../../interface/schemas.js';
import { DECISION_KINDS, REQUIREMENT_IDS } from './model.js';
import * as service from './service.js';
import * as status from './status.js';
import * as certificates from '../../certificates/service.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([Type.Null(), t]);
const Str = Type.String();

const ChecklistItem = Type.Object({
  requirement: Str,
  text: Str,
  evidence: Nullable(Str),
  evidenceAt: Nullable(Str),
  review: Type.Union([Type.Literal('met'), Type.Literal('not_met'), Type.Null()]),
  comment: Nullable(Str),
  reviewedBy: Nullable(Str),
  reviewedAt: Nullable(Str),
});
const Application = Type.Object({
  id: Str,
  applicant: Str,
  applicantName: Str,
  registryStatus: Nullable(Str),
  status: Type.Union([Type.Literal('submitted'), Type.Literal('admitted'), Type.Literal('refused')]),
  submittedOn: Str,
  note: Nullable(Str),
  decidedOn: Nullable(Str),
  decisionReason: Nullable(Str),
  decidedBy: Nullable(Str),
  met: Type.Integer(),
  total: Type.Integer(),
});
const ApplicationDetail = Type.Object({ ...Application.properties, checklist: Type.Array(ChecklistItem) });
const Decision = Type.Object({ id: Str, participant: Str, kind: Type.Enum(DECISION_KINDS), effectiveOn: Str, reason: Str, basis: Str, decidedBy: Str, createdAt: Str });
const Chair = Type.Object({ year: Type.Integer(), chair: Str, viceChair: Nullable(Str) });
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const IdReq = Type.Object({ id: Type.String({ format: 'uuid' }), requirement: Type.Union(REQUIREMENT_IDS.map((r) => Type.Literal(r))) });
const Year = Type.Integer({ minimum: 2003, maximum: 2100 });
const tags = ['governance: participation'];
const withConflict = { ...errorResponses, 409: Type.Ref('Error') };

export const participationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/participation/applications', {
    config: { action: 'participation.applications.read' },
    schema: {
      summary: 'Applications for participation with how many minimum requirements are reviewed as met (an applicant sees its own)',
      tags,
      querystring: Type.Object({ status: Type.Optional(Type.Union([Type.Literal('submitted'), Type.Literal('admitted'), Type.Literal('refused')])), applicant: Type.Optional(ParticipantCode) }),
      response: { 200: Type.Object({ applications: Type.Array(Application) }), ...errorResponses },
    },
  }, async (req) => ({ applications: await service.list(app.store.db, req.actor, req.query) }));

  app.post('/api/participation/applications', {
    config: { action: 'participation.applications.submit' },
    schema: {
      summary: "Apply for participation (the applicant's authority); the checklist of minimum requirements opens empty",
      tags,
      body: Type.Object({ applicant: ParticipantCode, submittedOn: Type.Optional(Day), note: Type.Optional(Type.String({ maxLength: 4000 })) }, { additionalProperties: false }),
      response: { 201: ApplicationDetail, ...withConflict },
    },
  }, async (req, reply) => reply.code(201).send(await service.apply(app.store.db, req.actor, req.body)));

  app.get('/api/participation/applications/:id', {
    config: { action: 'participation.applications.read' },
    schema: { summary: 'One application with its checklist: evidence and review per minimum requirement', tags, params: Id, response: { 200: ApplicationDetail, ...errorResponses } },
  }, async (req) => service.get(app.store.db, req.actor, req.params.id));

  app.put('/api/participation/applications/:id/checklist/:requirement/evidence', {
    config: { action: 'participation.applications.submit' },
    schema: {
      summary: "The applicant's evidence for one minimum requirement (replaces the previous)",
      tags,
      params: IdReq,
      body: Type.Object({ evidence: Type.String({ minLength: 1, maxLength: 20000 }) }, { additionalProperties: false }),
      response: { 200: ApplicationDetail, ...withConflict },
    },
  }, async (req) => service.putEvidence(app.store.db, req.actor, req.params.id, req.params.requirement, req.body.evidence));

  app.put('/api/participation/applications/:id/checklist/:requirement/review', {
    config: { action: 'participation.applications.review' },
    schema: {
      summary: "The Participation Committee's review of one minimum requirement: met or not met, with a comment (required when not met)",
      tags,
      params: IdReq,
      body: Type.Object({ review: Type.Union([Type.Literal('met'), Type.Literal('not_met')]), comment: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))) }, { additionalProperties: false }),
      response: { 200: ApplicationDetail, ...withConflict },
    },
  }, async (req) => service.review(app.store.db, req.actor, req.params.id, req.params.requirement, req.body));

  app.post('/api/participation/applications/:id/decision', {
    config: { action: 'participation.applications.decide' },
    schema: {
      summary: "The Participation Committee's decision: admit from a day (every requirement met; the registry's history changes) or refuse with a reason",
      tags,
      params: Id,
      body: Type.Union([
        Type.Object({ decision: Type.Literal('admit'), admittedOn: Day }, { additionalProperties: false }),
        Type.Object({ decision: Type.Literal('refuse'), reason: Type.String({ minLength: 1, maxLength: 4000 }), on: Type.Optional(Day) }, { additionalProperties: false }),
      ]),
      response: { 200: ApplicationDetail, ...withConflict },
    },
  }, async (req) => service.decide(app.store.db, req.actor, req.params.id, req.body));

  app.get('/api/participation/decisions', {
    config: { action: 'participation.decisions.read' },
    schema: {
      summary: "The Chair's status decisions (interim measures, suspension, removal, readmission), newest first",
      tags,
      querystring: Type.Object({ participant: Type.Optional(ParticipantCode) }),
      response: { 200: Type.Object({ decisions: Type.Array(Decision) }), ...errorResponses },
    },
  }, async (req) => ({ decisions: await status.decisions(app.store.db, req.actor, req.query.participant) }));

  app.post('/api/participation/decisions', {
    config: { action: 'participation.status.decide' },
    schema: {
      summary: "A status decision of the Chair with its effective day, reason and basis; written into the registry's history (certificates judge trade by it)",
      tags,
      body: Type.Object(
        {
          participant: ParticipantCode,
          kind: Type.Union(DECISION_KINDS.map((k) => Type.Literal(k))),
          effectiveOn: Day,
          reason: Type.String({ minLength: 1, maxLength: 4000 }),
          basis: Type.String({ minLength: 1, maxLength: 4000 }),
        },
        { additionalProperties: false },
      ),
      response: { 201: Decision, ...withConflict },
    },
  }, async (req, reply) => reply.code(201).send(await status.decideStatus(app.store.db, req.actor, req.body)));

  app.get('/api/participation/chairs', {
    config: { action: 'registry.read' },
    schema: { summary: 'The Chair and Vice-Chair of every year (the record of the rotation)', tags, response: { 200: Type.Object({ chairs: Type.Array(Chair) }), ...errorResponses } },
  }, async () => ({ chairs: await status.chairs(app.store.db) }));

  app.post('/api/participation/chairs/:year/vice-chair', {
    config: { action: 'participation.chair.manage' },
    schema: {
      summary: "Record the plenary's election of the Vice-Chair of a year (a Participant; one per year)",
      tags,
      params: Type.Object({ year: Year }),
      body: Type.Object({ participant: ParticipantCode }, { additionalProperties: false }),
      response: { 200: Chair, ...withConflict },
    },
  }, async (req) => status.electViceChair(app.store.db, req.actor, req.params.year, req.body.participant));

  app.post('/api/participation/chairs/:year/rotation', {
    config: { action: 'participation.chair.manage' },
    schema: {
      summary: "The end of a year's term: its Vice-Chair becomes Chair of the next year",
      tags,
      params: Type.Object({ year: Year }),
      response: { 200: Chair, ...withConflict },
    },
  }, async (req) => {
    const next = await status.rotate(app.store.db, req.actor, req.params.year);
    await certificates.onChairChanged(app.store, req.actor); // the new Chair's key, endorsed by the outgoing one
    return next;
  });
};
