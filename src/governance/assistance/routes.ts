// HTTP routes of technical assistance: needs, offers, the coordinator, programmes.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, ParticipantCode, errorResponses } from '../../interface/schemas.js';
import { AREAS, PROGRAMME_STATUSES } from './model.js';
import * as service from './service.js';

const Str = Type.String();
const Nullable = (t: typeof Str) => Type.Union([Type.Null(), t]);
const Area = Type.Union(AREAS.map((a) => Type.Literal(a)));
const Member = Type.String({ pattern: '^[A-Z][A-Z0-9-]{1,15}$', description: 'a Participant code or an organisation id' });
const Statuses = <S extends string>(statuses: readonly S[]) => Type.Union(statuses.map((s) => Type.Literal(s)));
const Need = Type.Object({ id: Str, participant: Str, title: Str, description: Str, area: Area, status: Statuses(['open', 'matched', 'withdrawn']), declaredBy: Str, declaredAt: Str });
const Offer = Type.Object({ id: Str, donor: Str, title: Str, description: Str, area: Area, status: Statuses(['open', 'withdrawn']), declaredBy: Str, declaredAt: Str });
const Programme = Type.Object({
  id: Str, participant: Str, needId: Str, donor: Str, offerId: Str, title: Str, status: Statuses(PROGRAMME_STATUSES),
  startsOn: Nullable(Str), endsOn: Nullable(Str), coordinator: Str, createdAt: Str, updatedAt: Str,
});
const Coordinator = Type.Object({ member: Str, designatedOn: Str, designatedBy: Str, note: Nullable(Str) });
const Text = { title: Type.String({ minLength: 1, maxLength: 300 }), description: Type.String({ minLength: 1, maxLength: 4000 }), area: Area };
const tags = ['technical assistance'];

export const assistanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.store.db;

  app.get('/api/assistance', {
    config: { action: 'assistance.read' },
    schema: {
      summary: 'Technical assistance: the coordinator, needs, offers and programmes (optionally of one Participant)',
      tags,
      querystring: Type.Object({ participant: Type.Optional(ParticipantCode) }),
      response: { 200: Type.Object({ coordinators: Type.Array(Coordinator), needs: Type.Array(Need), offers: Type.Array(Offer), programmes: Type.Array(Programme) }), ...errorResponses },
    },
  }, async (req) => service.overview(db(), req.actor, req.query));

  app.post('/api/assistance/needs', {
    config: { action: 'assistance.need.declare' },
    schema: {
      summary: "Declare a need for technical assistance (an officer: its own Participant's)",
      tags,
      body: Type.Object({ participant: Type.Optional(ParticipantCode), ...Text }, { additionalProperties: false }),
      response: { 200: Need, ...errorResponses },
    },
  }, async (req) => service.declareNeed(db(), req.actor, req.body));

  app.post('/api/assistance/offers', {
    config: { action: 'assistance.offer.declare' },
    schema: {
      summary: 'Offer technical assistance (a Participant or an organisation: its own offer)',
      tags,
      body: Type.Object({ donor: Type.Optional(Member), ...Text }, { additionalProperties: false }),
      response: { 200: Offer, ...errorResponses },
    },
  }, async (req) => service.declareOffer(db(), req.actor, req.body));

  app.put('/api/assistance/coordinator', {
    config: { action: 'assistance.coordinator.designate' },
    schema: {
      summary: 'Designate the coordinator of technical assistance',
      tags,
      body: Type.Object({ member: Member, on: Type.Optional(Day), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
      response: { 200: Type.Object({ coordinators: Type.Array(Coordinator) }), ...errorResponses },
    },
  }, async (req) => ({ coordinators: await service.designateCoordinator(db(), req.actor, req.body) }));

  app.post('/api/assistance/programmes', {
    config: { action: 'assistance.coordinate' },
    schema: {
      summary: 'Match an open need with an open offer: a programme is proposed',
      tags,
      body: Type.Object({ needId: Type.String({ format: 'uuid' }), offerId: Type.String({ format: 'uuid' }), title: Type.Optional(Type.String({ maxLength: 300 })), startsOn: Type.Optional(Day), endsOn: Type.Optional(Day) }, { additionalProperties: false }),
      response: { 200: Programme, ...errorResponses },
    },
  }, async (req) => service.match(db(), req.actor, req.body));

  app.post('/api/assistance/programmes/:id/status', {
    config: { action: 'assistance.coordinate' },
    schema: {
      summary: 'Move a programme: proposed → agreed → running → completed, or cancelled (the need reopens)',
      tags,
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Object({ status: Type.Union(PROGRAMME_STATUSES.map((s) => Type.Literal(s))), startsOn: Type.Optional(Day), endsOn: Type.Optional(Day) }, { additionalProperties: false }),
      response: { 200: Programme, ...errorResponses },
    },
  }, async (req) => service.moveProgramme(db(), req.actor, req.params.id, req.body));
};
