// HTTP routes of peer review: reviews and their documents, action plans, deadlines and coverage.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, ParticipantCode, errorResponses } from '../../interface/schemas.js';
import * as service from './service.js';
import { dueItems, dueReviews, sweepDeadlines } from './alerts.js';
import { coverageFigures } from './coverage.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([Type.Null(), t]);
const Str = Type.String();
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Kind = Type.Union([Type.Literal('visit'), Type.Literal('mission')]);
const Status = Type.Union([Type.Literal('invited'), Type.Literal('scheduled'), Type.Literal('done'), Type.Literal('cancelled')]);
const Member = Type.String({ pattern: '^[A-Z][A-Z0-9-]{1,15}$', description: 'a Participant code or an observer organisation id (WDC, GW, PAC…)' });
const TeamMember = Type.Object({ member: Member, person: Type.String({ minLength: 1, maxLength: 200 }), leader: Type.Boolean() }, { additionalProperties: false });
const REPORT_STATUSES = [Type.Literal('submitted'), Type.Literal('adopted')];

const Review = Type.Object({
  id: Str,
  participant: Str,
  kind: Kind,
  status: Status,
  purpose: Str,
  basis: Nullable(Str),
  invitedOn: Str,
  dueBy: Nullable(Str),
  scheduledFrom: Nullable(Str),
  scheduledTo: Nullable(Str),
  doneOn: Nullable(Str),
  cancelledReason: Nullable(Str),
  team: Type.Array(Type.Object({ member: Str, person: Str, leader: Type.Boolean() })),
  reportStatus: Type.Union([Type.Null(), ...REPORT_STATUSES]),
  sharedWithUn: Type.Boolean(),
  sharedBy: Nullable(Str),
  sharedAt: Nullable(Str),
  createdAt: Str,
  documentsVisible: Type.Boolean({ description: 'whether the caller may read the report, recommendations and action plans' }),
});

const Item = Type.Object({
  id: Str,
  participant: Str,
  planId: Str,
  description: Str,
  owner: Str,
  deadline: Str,
  status: Type.Union([Type.Literal('open'), Type.Literal('done')]),
  evidence: Nullable(Str),
  doneOn: Nullable(Str),
  doneBy: Nullable(Str),
  urgency: Type.Union([Type.Literal('due'), Type.Literal('overdue'), Type.Null()]),
});
const Plan = Type.Object({ id: Str, participant: Str, reviewId: Nullable(Str), title: Str, basis: Nullable(Str), createdAt: Str, items: Type.Array(Item) });
const ReviewDetail = Type.Object({
  ...Review.properties,
  report: Type.Union([Type.Null(), Type.Object({ text: Str, status: Type.Union(REPORT_STATUSES), submittedAt: Nullable(Str), submittedBy: Nullable(Str), adoptedAt: Nullable(Str), adoptedBy: Nullable(Str) })]),
  recommendations: Type.Array(Type.Object({ id: Str, position: Type.Integer(), text: Str })),
  plans: Type.Array(Plan),
});
const DueItem = Type.Object({ ...Item.properties, daysLeft: Type.Integer(), planTitle: Str, reviewId: Nullable(Str) });
const DueReview = Type.Object({ id: Str, participant: Str, kind: Kind, status: Status, purpose: Str, dueBy: Str, urgency: Type.Union([Type.Literal('due'), Type.Literal('overdue')]), daysLeft: Type.Integer() });
const NewItem = Type.Object({ description: Type.String({ minLength: 1, maxLength: 2000 }), owner: ParticipantCode, deadline: Day }, { additionalProperties: false });

const tags = ['peer review'];

export const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.store.db;

  app.get('/api/reviews', {
    config: { action: 'reviews.read' },
    schema: {
      summary: 'Review visits and missions: the reviewed Participant, status, dates and team (the documents: see one review)',
      tags,
      querystring: Type.Object({ participant: Type.Optional(ParticipantCode), status: Type.Optional(Status), kind: Type.Optional(Kind) }),
      response: { 200: Type.Object({ reviews: Type.Array(Review) }), ...errorResponses },
    },
  }, async (req) => ({ reviews: await service.list(db(), req.actor, req.query) }));

  app.post('/api/reviews', {
    config: { action: 'reviews.manage' },
    schema: {
      summary: 'Record a review visit or mission invited (or decided), optionally with its team',
      tags,
      body: Type.Object({
        participant: ParticipantCode,
        kind: Kind,
        purpose: Type.String({ minLength: 1, maxLength: 2000 }),
        basis: Type.Optional(Type.String({ maxLength: 2000 })),
        invitedOn: Day,
        dueBy: Type.Optional(Day),
        team: Type.Optional(Type.Array(TeamMember, { maxItems: 30 })),
      }, { additionalProperties: false }),
      response: { 200: ReviewDetail, ...errorResponses },
    },
  }, async (req) => service.create(db(), req.actor, req.body));

  app.get('/api/reviews/coverage', {
    config: { action: 'reviews.coverage.read' },
    schema: {
      summary: 'Coverage of peer review per year (visits done, invited, not yet invited, second round), computed from the records, with the reported baseline',
      tags,
      querystring: Type.Object({ from: Type.Optional(Type.Integer({ minimum: 2003, maximum: 2100 })), to: Type.Optional(Type.Integer({ minimum: 2003, maximum: 2100 })) }),
      response: {
        200: Type.Object({
          years: Type.Array(Type.Object({
            year: Type.Integer(), visitsDone: Type.Integer(), missionsDone: Type.Integer(), visitsInvited: Type.Integer(), secondRound: Type.Integer(),
            participantsVisited: Type.Integer(), participantsInvited: Type.Integer(), participantsNotYetInvited: Type.Integer(), participants: Type.Integer(), notYetInvited: Type.Array(Str),
          })),
          baselines: Type.Array(Type.Object({ year: Type.Integer(), participantsVisited: Type.Integer(), participantsVisitedOrInvited: Type.Integer(), source: Str })),
        }),
        ...errorResponses,
      },
    },
  }, async (req) => coverageFigures(db(), req.actor, req.query));

  app.get('/api/reviews/alerts', {
    config: { action: 'reviews.alerts' },
    schema: {
      summary: 'Action items of every Participant, and reviews not yet carried out, due within 14 days or overdue on a day (default today)',
      tags,
      querystring: Type.Object({ on: Type.Optional(Day) }),
      response: { 200: Type.Object({ on: Str, items: Type.Array(DueItem), reviews: Type.Array(DueReview) }), ...errorResponses },
    },
  }, async (req) => {
    const on = req.query.on ?? new Date().toISOString().slice(0, 10);
    return { on, items: await dueItems(db(), req.actor, on), reviews: await dueReviews(db(), req.actor, on) };
  });

  app.post('/api/reviews/alerts/sweep', {
    config: { action: 'reviews.alerts' },
    schema: {
      summary: "Alert the owners' officers, the working group on monitoring and the Chair about items due or overdue now (an alert already given is not repeated)",
      tags,
      body: Type.Optional(Type.Object({}, { additionalProperties: false })),
      response: { 200: Type.Object({ on: Str, delivered: Type.Integer(), items: Type.Array(DueItem), reviews: Type.Array(DueReview) }), ...errorResponses },
    },
  }, async (req) => sweepDeadlines(db(), new Date(), req.actor));

  app.get('/api/reviews/:id', {
    config: { action: 'reviews.read' },
    schema: {
      summary: 'One review; its report, recommendations and action plans only for those who may read them',
      tags,
      params: Id,
      response: { 200: ReviewDetail, ...errorResponses },
    },
  }, async (req) => service.get(db(), req.actor, req.params.id));

  app.put('/api/reviews/:id/team', {
    config: { action: 'reviews.manage' },
    schema: {
      summary: 'Set the review team: members from Participants and observer organisations, one leader (never the reviewed Participant)',
      tags,
      params: Id,
      body: Type.Object({ team: Type.Array(TeamMember, { maxItems: 30 }) }, { additionalProperties: false }),
      response: { 200: ReviewDetail, ...errorResponses },
    },
  }, async (req) => service.setTeam(db(), req.actor, req.params.id, req.body.team));

  app.post('/api/reviews/:id/status', {
    config: { action: 'reviews.manage' },
    schema: {
      summary: 'Move a review: invited → scheduled (dates) → done (last day), or cancelled (reason)',
      tags,
      params: Id,
      body: Type.Object({ status: Status, scheduledFrom: Type.Optional(Day), scheduledTo: Type.Optional(Day), doneOn: Type.Optional(Day), reason: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
      response: { 200: ReviewDetail, ...errorResponses },
    },
  }, async (req) => service.move(db(), req.actor, req.params.id, req.body));

  app.post('/api/reviews/:id/report', {
    config: { action: 'reviews.report.submit' },
    schema: {
      summary: 'Submit (or resubmit before adoption) the report of a review done, with its recommendations',
      tags,
      params: Id,
      body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 200_000 }), recommendations: Type.Array(Type.String({ minLength: 1, maxLength: 4000 }), { maxItems: 200 }) }, { additionalProperties: false }),
      response: { 200: ReviewDetail, ...errorResponses },
    },
  }, async (req) => service.submitReport(db(), req.actor, req.params.id, req.body));

  app.post('/api/reviews/:id/report/adoption', {
    config: { action: 'reviews.report.adopt' },
    schema: { summary: 'Adopt the submitted report', tags, params: Id, response: { 200: ReviewDetail, ...errorResponses } },
  }, async (req) => service.adoptReport(db(), req.actor, req.params.id));

  app.put('/api/reviews/:id/report/share', {
    config: { action: 'reviews.report.share' },
    schema: {
      summary: 'Share the report with UN bodies (or withdraw the share); who and when are kept',
      tags,
      params: Id,
      body: Type.Object({ shared: Type.Boolean() }, { additionalProperties: false }),
      response: { 200: ReviewDetail, ...errorResponses },
    },
  }, async (req) => service.shareReport(db(), req.actor, req.params.id, req.body.shared));

  app.post('/api/reviews/:id/plans', {
    config: { action: 'reviews.manage' },
    schema: {
      summary: 'Record a follow-up action plan of the reviewed Participant with its items (owner, deadline)',
      tags,
      params: Id,
      body: Type.Object({ title: Type.String({ minLength: 1, maxLength: 500 }), basis: Type.Optional(Type.String({ maxLength: 2000 })), items: Type.Array(NewItem, { maxItems: 100 }) }, { additionalProperties: false }),
      response: { 200: ReviewDetail, ...errorResponses },
    },
  }, async (req) => service.createPlan(db(), req.actor, req.params.id, req.body));

  app.post('/api/action-plans/:id/items', {
    config: { action: 'reviews.manage' },
    schema: { summary: 'Add an item to an action plan', tags, params: Id, body: NewItem, response: { 200: Plan, ...errorResponses } },
  }, async (req) => service.addItem(db(), req.actor, req.params.id, req.body));

  app.post('/api/action-items/:id/completion', {
    config: { action: 'reviews.items.complete' },
    schema: {
      summary: 'Mark an action item done, with the evidence',
      tags,
      params: Id,
      body: Type.Object({ evidence: Type.String({ minLength: 1, maxLength: 4000 }), on: Type.Optional(Day) }, { additionalProperties: false }),
      response: { 200: Item, ...errorResponses },
    },
  }, async (req) => service.completeItem(db(), req.actor, req.params.id, req.body));
};
