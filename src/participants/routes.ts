// HTTP routes of the Participant registry.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, OneOf, ParticipantCode, errorResponses } from '../interface/schemas.js';
import { LANGUAGES, STATUSES, type ParticipantStatus } from './model.js';
import * as service from './service.js';

const Status = OneOf(STATUSES);
const Measure = Type.Object({ id: Type.String(), target: Type.String(), kind: OneOf(['embargo', 'sanctions']), basis: Type.String(), validFrom: Type.String(), validTo: Type.Union([Type.Null(), Type.String()]), note: Type.Union([Type.Null(), Type.String()]) });
const Summary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  kind: OneOf(['country', 'regional_organisation', 'trading_entity']),
  status: Status,
  statusSince: Type.String(),
  members: Type.Array(Type.String()),
  measures: Type.Array(Measure),
});
const Period = Type.Object({ status: Status, validFrom: Type.String(), validTo: Type.Union([Type.Null(), Type.String()]), fromPrecision: OneOf(['day', 'year']), basis: Type.Union([Type.Null(), Type.String()]), note: Type.Union([Type.Null(), Type.String()]) });
const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([Type.Null(), t]);
const Membership = Type.Object({ participant: Type.String(), country: Type.String(), validFrom: Type.String(), validTo: Nullable(Type.String()), basis: Nullable(Type.String()) });
const Detail = Type.Object({
    ...Summary.properties,
    language: OneOf(LANGUAGES),
    authority: Type.Object({ name: Nullable(Type.String()), address: Nullable(Type.String()), email: Nullable(Type.String()) }),
    certificateValidityDays: Type.Integer(),
    history: Type.Array(Period),
    allMeasures: Type.Array(Measure),
    memberHistory: Type.Array(Membership),
    memberOf: Type.Union([Type.Null(), Membership]),
});
const Bodies = Type.Object({
  organisations: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: OneOf(['industry', 'civil_society', 'un_body', 'international', 'installation']) })),
  chairs: Type.Array(Type.Object({ year: Type.Integer(), chair: Type.String(), viceChair: Nullable(Type.String()) })),
  workingGroups: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      chair: Type.String(),
      established: Nullable(Type.String()),
      note: Nullable(Type.String()),
      members: Type.Array(Type.Object({ member: Type.String(), role: OneOf(['member', 'coordinator']), region: Nullable(Type.String()) })),
    }),
  ),
  plenaryObservers: Type.Array(Type.Object({ year: Type.Integer(), member: Type.String(), note: Nullable(Type.String()) })),
});

export const participantRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/participants', {
    config: { action: 'participants.read' },
    schema: {
      summary: 'The registry as it stood on a day (default today): every Participant, applicant and other entry with a status in force then',
      tags: ['participants'],
      security: [],
      querystring: Type.Object({ at: Type.Optional(Day), status: Type.Optional(Type.Array(Status)) }),
      response: { 200: Type.Object({ at: Type.String(), participants: Type.Array(Summary) }), ...errorResponses },
    },
  }, async (req) => {
    const at = req.query.at ?? new Date().toISOString().slice(0, 10);
    return { at, participants: await service.list(app.store.db, { at, status: req.query.status as ParticipantStatus[] | undefined }) };
  });

  app.get('/api/participants/:code', {
    config: { action: 'participants.read' },
    schema: {
      summary: 'One registry entry with its status history, measures and authority',
      tags: ['participants'],
      security: [],
      params: Type.Object({ code: ParticipantCode }),
      querystring: Type.Object({ at: Type.Optional(Day) }),
      response: { 200: Detail, ...errorResponses },
    },
  }, async (req) => service.get(app.store.db, req.params.code, req.query.at));

  app.put('/api/participants/:code/authority', {
    config: { action: 'participants.authority.update', participantParam: 'code' },
    schema: {
      summary: "Update the Participant's KP authority: contact and certificate validity period (its own officers, administrators)",
      tags: ['participants'],
      params: Type.Object({ code: ParticipantCode }),
      body: Type.Object(
        {
          name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          address: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
          email: Type.Optional(Nullable(Type.String({ maxLength: 200, format: 'email' }))),
          certificateValidityDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 })),
        },
        { additionalProperties: false },
      ),
      response: { 200: Detail, ...errorResponses },
    },
  }, async (req) => service.updateAuthority(app.store.db, req.actor, req.params.code, req.body));

  app.get('/api/registry', {
    config: { action: 'registry.read' },
    schema: {
      summary: 'Organisations, chairs, working groups and plenary observers',
      tags: ['participants'],
      security: [],
      response: { 200: Bodies },
    },
  }, async () => service.registry(app.store.db));
};
