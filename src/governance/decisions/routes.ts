// HTTP routes of plenary decisions (with their translations and formal adoption) and of the
// three-year review's recommendations and priority issues.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, errorResponses } from '../../interface/schemas.js';
import { RECOMMENDATION_STATUSES, TRANSLATED_LANGUAGES } from './model.js';
import * as service from './service.js';
import * as recommendations from './recommendations.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([Type.Null(), t]);
const Uuid = Type.String({ format: 'uuid' });
const Lang = Type.String({ enum: ['en', 'fr', 'pt', 'es', 'ru'] });

const Plenary = Type.Object({ id: Type.String(), name: Type.String(), place: Type.String(), startsOn: Type.String(), endsOn: Type.String(), decisions: Type.Optional(Type.Integer()) });
const Translation = Type.Object({
  language: Type.String(),
  status: Type.String({ enum: ['requested', 'provided', 'checked'] }),
  text: Nullable(Type.String()),
  title: Type.Optional(Nullable(Type.String({ description: "the decision's title in the language (null until provided)" }))),
  requestedOn: Type.String(),
  providedOn: Nullable(Type.String()),
  checkedOn: Nullable(Type.String()),
  checkedBy: Nullable(Type.String()),
});
const Decision = Type.Object({
  id: Type.String(),
  plenaryId: Type.String(),
  plenary: Type.String(),
  number: Type.Integer(),
  title: Type.String(),
  text: Type.String({ description: 'the decision in English' }),
  source: Nullable(Type.String()),
  formallyAdoptedOn: Nullable(Type.String()),
  documentId: Nullable(Type.String()),
  translations: Type.Array(Translation),
  adoption: Type.Object({ available: Type.Array(Lang), missing: Type.Array(Lang), complete: Type.Boolean(), completeOn: Nullable(Type.String()) }),
});
const Status = Type.Union(RECOMMENDATION_STATUSES.map((s) => Type.Literal(s)));
const Recommendation = Type.Object({
  id: Type.String(),
  reviewId: Type.String(),
  number: Type.Union([Type.Null(), Type.Integer()]),
  source: Type.String(),
  text: Type.String(),
  owner: Nullable(Type.String()),
  status: Status,
  updatedAt: Type.String(),
  priorityIssues: Type.Array(Type.String()),
});
const PriorityIssue = Type.Object({ id: Type.String(), reviewId: Type.String(), number: Type.Integer(), title: Type.String(), recommendations: Type.Array(Type.String()) });
const Review = Type.Object({ id: Type.String(), title: Type.String(), adoptedOn: Type.String(), recommendationsAdopted: Type.Integer(), documentId: Nullable(Type.String()) });
const RecommendationDetail = Type.Object({
  ...Recommendation.properties,
  updates: Type.Array(Type.Object({ id: Type.String(), at: Type.String(), author: Type.String(), from: Type.String(), to: Type.String(), evidence: Type.String() })),
});

export const decisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['governance: decisions'];

  app.get('/api/plenaries', {
    config: { action: 'decisions.read' },
    schema: { summary: 'Plenary meetings with their number of decisions', tags, response: { 200: Type.Object({ plenaries: Type.Array(Plenary) }), ...errorResponses } },
  }, async (req) => ({ plenaries: await service.listPlenaries(app.store.db, req.actor) }));

  app.post('/api/plenaries', {
    config: { action: 'decisions.manage' },
    schema: {
      summary: 'Record a plenary meeting (name, place, dates)',
      tags,
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), place: Type.String({ minLength: 1, maxLength: 200 }), startsOn: Day, endsOn: Day }, { additionalProperties: false }),
      response: { 200: Plenary, ...errorResponses },
    },
  }, async (req) => service.createPlenary(app.store.db, req.actor, req.body));

  app.get('/api/decisions', {
    config: { action: 'decisions.read' },
    schema: {
      summary: 'Plenary decisions with their translations and where each stands towards formal adoption',
      tags,
      querystring: Type.Object({ plenary: Type.Optional(Uuid), adopted: Type.Optional(Type.Boolean()) }),
      response: { 200: Type.Object({ decisions: Type.Array(Decision) }), ...errorResponses },
    },
  }, async (req) => ({ decisions: await service.list(app.store.db, req.actor, req.query) }));

  app.post('/api/decisions', {
    config: { action: 'decisions.manage' },
    schema: {
      summary: 'Record a decision adopted by consensus at a plenary (English text); its four translations are requested',
      tags,
      body: Type.Object(
        { plenary: Uuid, title: Type.String({ minLength: 1, maxLength: 300 }), text: Type.String({ minLength: 1, maxLength: 20000 }), source: Type.Optional(Type.String({ maxLength: 300 })), documentId: Type.Optional(Nullable(Uuid)) },
        { additionalProperties: false },
      ),
      response: { 200: Decision, ...errorResponses },
    },
  }, async (req) => service.create(app.store.db, req.actor, req.body));

  app.get('/api/decisions/:id', {
    config: { action: 'decisions.read' },
    schema: { summary: 'One decision with its translations', tags, params: Type.Object({ id: Uuid }), response: { 200: Decision, ...errorResponses } },
  }, async (req) => service.get(app.store.db, req.actor, req.params.id));

  app.patch('/api/decisions/:id', {
    config: { action: 'decisions.manage' },
    schema: {
      summary: 'Link the decision to the document that publishes it (null removes the link)',
      tags,
      params: Type.Object({ id: Uuid }),
      body: Type.Object({ documentId: Nullable(Uuid) }, { additionalProperties: false }),
      response: { 200: Decision, ...errorResponses },
    },
  }, async (req) => service.linkDocument(app.store.db, req.actor, req.params.id, req.body.documentId));

  app.put('/api/decisions/:id/translations/:language', {
    config: { action: 'decisions.manage' },
    schema: {
      summary: "Record a step of one language's translation: its text provided (or corrected), or checked; the fifth language available adopts the decision formally",
      tags,
      params: Type.Object({ id: Uuid, language: Type.String({ enum: [...TRANSLATED_LANGUAGES] }) }),
      body: Type.Object(
        { step: Type.Union([Type.Literal('provide'), Type.Literal('check')]), text: Type.Optional(Type.String({ maxLength: 20000 })), title: Type.Optional(Type.String({ maxLength: 500 })), on: Type.Optional(Day) },
        { additionalProperties: false },
      ),
      response: { 200: Decision, ...errorResponses },
    },
  }, async (req) => service.translate(app.store.db, req.actor, req.params.id, req.params.language, req.body));

  app.post('/api/decisions/:id/adoption', {
    config: { action: 'decisions.manage' },
    schema: {
      summary: 'Mark the decision formally adopted (Rule 26); refused, naming the missing languages, until all five plenary languages are available',
      tags,
      params: Type.Object({ id: Uuid }),
      response: { 200: Decision, ...errorResponses },
    },
  }, async (req) => service.adopt(app.store.db, req.actor, req.params.id));

  app.get('/api/scheme-reviews/recommendations', {
    config: { action: 'recommendations.read' },
    schema: {
      summary: 'The three-year review: its recommendations with owner and status, how many are recorded and implemented, and the priority issues',
      tags,
      querystring: Type.Object({ status: Type.Optional(Status), owner: Type.Optional(Type.String({ maxLength: 40 })) }),
      response: {
        200: Type.Object({
          reviews: Type.Array(Type.Object({ ...Review.properties, recorded: Type.Integer(), byStatus: Type.Object({ 'not-started': Type.Integer(), 'in-progress': Type.Integer(), implemented: Type.Integer(), dropped: Type.Integer() }) })),
          recommendations: Type.Array(Recommendation),
          priorityIssues: Type.Array(PriorityIssue),
        }),
        ...errorResponses,
      },
    },
  }, async (req) => recommendations.overview(app.store.db, req.actor, req.query));

  app.post('/api/scheme-reviews/recommendations', {
    config: { action: 'recommendations.manage' },
    schema: {
      summary: "Enter a recommendation of a review, quoted from its source, with its owner",
      tags,
      body: Type.Object(
        { review: Type.String({ minLength: 1, maxLength: 80 }), number: Type.Optional(Type.Union([Type.Null(), Type.Integer({ minimum: 1 })])), source: Type.String({ minLength: 1, maxLength: 300 }), text: Type.String({ minLength: 1, maxLength: 20000 }), owner: Type.Optional(Nullable(Type.String({ maxLength: 40 }))) },
        { additionalProperties: false },
      ),
      response: { 200: RecommendationDetail, ...errorResponses },
    },
  }, async (req) => recommendations.create(app.store.db, req.actor, req.body));

  app.get('/api/scheme-reviews/recommendations/:id', {
    config: { action: 'recommendations.read' },
    schema: { summary: 'One recommendation with the history of its status and the evidence', tags, params: Type.Object({ id: Uuid }), response: { 200: RecommendationDetail, ...errorResponses } },
  }, async (req) => recommendations.get(app.store.db, req.actor, req.params.id));

  app.patch('/api/scheme-reviews/recommendations/:id', {
    config: { action: 'recommendations.update' },
    schema: {
      summary: 'Move the status of a recommendation with the evidence of implementation, or change its owner (the Chair)',
      tags,
      params: Type.Object({ id: Uuid }),
      body: Type.Object({ status: Type.Optional(Status), evidence: Type.Optional(Type.String({ maxLength: 4000 })), owner: Type.Optional(Nullable(Type.String({ maxLength: 40 }))) }, { additionalProperties: false }),
      response: { 200: RecommendationDetail, ...errorResponses },
    },
  }, async (req) => recommendations.change(app.store.db, req.actor, req.params.id, req.body));

  for (const method of ['put', 'delete'] as const) {
    app[method]('/api/scheme-reviews/priority-issues/:id/recommendations/:recommendation', {
      config: { action: 'recommendations.manage' },
      schema: {
        summary: method === 'put' ? 'Link a recommendation to a priority issue' : 'Unlink a recommendation from a priority issue',
        tags,
        params: Type.Object({ id: Uuid, recommendation: Uuid }),
        response: { 200: PriorityIssue, ...errorResponses },
      },
    }, async (req) => recommendations.linkIssue(app.store.db, req.actor, req.params.id, req.params.recommendation, method === 'put'));
  }

  app.patch('/api/scheme-reviews/:id', {
    config: { action: 'recommendations.manage' },
    schema: {
      summary: 'Link a review of the scheme to the document that publishes its report',
      tags,
      params: Type.Object({ id: Type.String({ maxLength: 80 }) }),
      body: Type.Object({ documentId: Nullable(Uuid) }, { additionalProperties: false }),
      response: { 200: Review, ...errorResponses },
    },
  }, async (req) => recommendations.linkReviewDocument(app.store.db, req.actor, req.params.id, req.body.documentId));
};
