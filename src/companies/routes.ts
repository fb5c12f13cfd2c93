// HTTP routes of licensed companies: a Participant's register, read and kept by its authority officers.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, ParticipantCode, errorResponses } from '../interface/schemas.js';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { r } from './register-messages.js';
import * as service from './service.js';

const Company = Type.Object({
  participant: Type.String(),
  licence: Type.String(),
  name: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
  suspended: Type.Union([Type.Object({ at: Type.String(), by: Type.String(), reason: Type.String() }), Type.Null()]),
  registeredAt: Type.String(),
  registeredBy: Type.String(),
});
const Licence = Type.String({ pattern: '^[A-Z0-9][A-Z0-9./-]{1,39}$', description: "the authority's licence number, e.g. BW-L-0001" });

const CompanyUser = Type.Object({ id: Type.String(), login: Type.String(), name: Type.String(), disabled: Type.Boolean(), email: Type.Union([Type.String(), Type.Null()]) });
const CompanyUsers = Type.Object({ participant: Type.String(), licence: Type.String(), name: Type.String(), users: Type.Array(CompanyUser), available: Type.Array(CompanyUser, { description: "the Participant's users of the role company tied to no company (those that may be tied)" }) });
const UsersQuery = Type.Object({ participant: Type.Optional(ParticipantCode) }, { additionalProperties: false });
const UserParams = Type.Object({ licence: Licence, userId: Type.String({ format: 'uuid' }) });

export const companyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.store;
  const own = (participant: string | undefined, actorParticipant: string | null) => {
    const p = participant ?? actorParticipant;
    if (!p) throw invalid(r('participant.which'), [detail('participant', field('required'))]);
    return p;
  };

  app.get(
    '/api/companies',
    {
      config: { action: 'companies.read' },
      schema: {
        summary: "A Participant's register of licensed companies (its authority officers): licence, name, validity, suspension",
        tags: ['companies'],
        querystring: Type.Object({ participant: Type.Optional(ParticipantCode) }, { additionalProperties: false }),
        response: { 200: Type.Object({ participant: Type.String(), companies: Type.Array(Company) }), ...errorResponses },
      },
    },
    async (req) => {
      const participant = own(req.query.participant, req.actor.participant);
      return { participant, companies: await service.list(s.db, req.actor, participant) };
    },
  );

  app.post(
    '/api/companies',
    {
      config: { action: 'companies.manage' },
      schema: {
        summary: "Register a licensed company (the Participant's authority officers); from the licence's first day the Participant keeps a register, and its certificates name only companies licensed on their day of issue",
        tags: ['companies'],
        body: Type.Object(
          {
            participant: Type.Optional(ParticipantCode),
            licence: Licence,
            name: Type.String({ minLength: 1, maxLength: 200 }),
            address: Type.Optional(Type.String({ maxLength: 500 })),
            validFrom: Type.Optional(Day),
            validTo: Type.Optional(Day),
          },
          { additionalProperties: false },
        ),
        response: { 201: Company, ...errorResponses, 409: Type.Ref('Error') },
      },
    },
    async (req, reply) => reply.status(201).send(await service.add(s.db, req.actor, { ...req.body, participant: own(req.body.participant, req.actor.participant) })),
  );

  app.post(
    '/api/companies/:code/:licence/suspension',
    {
      config: { action: 'companies.manage', participantParam: 'code' },
      schema: {
        summary: "Suspend a company's licence (the Participant's authority officers), with a reason: from that day its name is refused on certificates",
        tags: ['companies'],
        params: Type.Object({ code: ParticipantCode, licence: Licence }),
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
        response: { 201: Company, ...errorResponses, 409: Type.Ref('Error') },
      },
    },
    async (req, reply) => reply.status(201).send(await service.suspend(s.db, req.actor, req.params.code, req.params.licence, req.body.reason)),
  );

  app.get(
    '/api/companies/:licence/users',
    {
      config: { action: 'companies.users.manage' },
      schema: {
        summary: "The users tied to a licensed company (they apply only in its name, see and report only its stock); participant: the company's Participant, default the caller's",
        tags: ['companies'],
        params: Type.Object({ licence: Licence }),
        querystring: UsersQuery,
        response: { 200: CompanyUsers, ...errorResponses },
      },
    },
    async (req) => service.companyUsers(s.db, req.actor, req.query.participant, req.params.licence),
  );

  app.put(
    '/api/companies/:licence/users/:userId',
    {
      config: { action: 'companies.users.manage' },
      schema: {
        summary: "Tie an existing user of the role company, acting for the company's Participant and tied to no other company, to the company (again: nothing changes); audited. Answers the company's users",
        tags: ['companies'],
        params: UserParams,
        querystring: UsersQuery,
        response: { 200: CompanyUsers, ...errorResponses, 409: Type.Ref('Error') },
      },
    },
    async (req) => service.tieCompanyUser(s.db, req.actor, req.query.participant, req.params.licence, req.params.userId),
  );

  app.delete(
    '/api/companies/:licence/users/:userId',
    {
      config: { action: 'companies.users.manage' },
      schema: {
        summary: "Untie a user from the company (it then applies in no company's name); audited. Answers the company's users",
        tags: ['companies'],
        params: UserParams,
        querystring: UsersQuery,
        response: { 200: CompanyUsers, ...errorResponses },
      },
    },
    async (req) => service.untieCompanyUser(s.db, req.actor, req.query.participant, req.params.licence, req.params.userId),
  );
};
