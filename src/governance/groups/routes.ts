// HTTP routes of working groups: the public list, the group's keeping (chair, members with dates),
// its meetings.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, errorResponses } from '../../interface/schemas.js';
import * as service from './service.js';

const Str = Type.String();
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([Type.Null(), t]);
const Role = Type.Union([Type.Literal('member'), Type.Literal('coordinator')]);
const Member = Type.Object({ member: Str, role: Role, region: Nullable(Str), since: Nullable(Str), until: Nullable(Str) });
const Group = Type.Object({ id: Str, name: Str, chair: Str, established: Nullable(Str), note: Nullable(Str), members: Type.Array(Member) });
const Meeting = Type.Object({ id: Str, group: Str, heldOn: Str, place: Str, agenda: Str, minutes: Nullable(Str), createdBy: Str });
const GroupId = Type.String({ maxLength: 16, description: 'the group, e.g. WGM, PC' });
const MemberCode = Type.String({ pattern: '^[A-Z][A-Z0-9-]{1,15}$', description: 'a Participant code or an organisation id' });
const tags = ['governance: working groups'];
const withConflict = { ...errorResponses, 409: Type.Ref('Error') };

export const groupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/groups', {
    config: { action: 'groups.read' },
    schema: { summary: 'The working groups with their chairs and members', tags, response: { 200: Type.Object({ groups: Type.Array(Group) }), ...errorResponses } },
  }, async (req) => ({ groups: await service.list(app.store.db, req.actor) }));

  app.post('/api/groups', {
    config: { action: 'groups.create' },
    schema: {
      summary: 'Establish a working group (its chair becomes its first member)',
      tags,
      body: Type.Object({ id: Type.String({ pattern: '^[A-Z][A-Z0-9-]{1,15}$' }), name: Type.String({ minLength: 1, maxLength: 200 }), chair: MemberCode, established: Type.Optional(Nullable(Day)), note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) }, { additionalProperties: false }),
      response: { 201: Group, ...withConflict },
    },
  }, async (req, reply) => reply.code(201).send(await service.create(app.store.db, req.actor, req.body)));

  app.get('/api/groups/:id', {
    config: { action: 'groups.read' },
    schema: { summary: 'One working group with its chair and members', tags, params: Type.Object({ id: GroupId }), response: { 200: Group, ...errorResponses } },
  }, async (req) => service.get(app.store.db, req.actor, req.params.id));

  app.patch('/api/groups/:id', {
    config: { action: 'groups.manage' },
    schema: {
      summary: "Change a group's name, chair (one of its members), date of establishment or note",
      tags,
      params: Type.Object({ id: GroupId }),
      body: Type.Object({ name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), chair: Type.Optional(MemberCode), established: Type.Optional(Nullable(Day)), note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) }, { additionalProperties: false }),
      response: { 200: Group, ...withConflict },
    },
  }, async (req) => service.update(app.store.db, req.actor, req.params.id, req.body));

  app.put('/api/groups/:id/members/:member', {
    config: { action: 'groups.manage' },
    schema: {
      summary: 'Add a member (a Participant or an organisation) or change its role, region and dates',
      tags,
      params: Type.Object({ id: GroupId, member: Type.String({ maxLength: 16 }) }),
      body: Type.Object({ role: Type.Optional(Role), region: Type.Optional(Nullable(Type.String({ maxLength: 200 }))), since: Type.Optional(Nullable(Day)), until: Type.Optional(Nullable(Day)) }, { additionalProperties: false }),
      response: { 200: Group, ...withConflict },
    },
  }, async (req) => service.putMember(app.store.db, req.actor, req.params.id, req.params.member, req.body));

  app.delete('/api/groups/:id/members/:member', {
    config: { action: 'groups.manage' },
    schema: { summary: 'Remove a member entered by mistake (a member that leaves keeps its row with "until")', tags, params: Type.Object({ id: GroupId, member: Type.String({ maxLength: 16 }) }), response: { 200: Group, ...withConflict } },
  }, async (req) => service.removeMember(app.store.db, req.actor, req.params.id, req.params.member));

  app.get('/api/groups/:id/meetings', {
    config: { action: 'groups.meetings.read' },
    schema: { summary: "A group's meetings, newest first, with agenda and minutes", tags, params: Type.Object({ id: GroupId }), response: { 200: Type.Object({ meetings: Type.Array(Meeting) }), ...errorResponses } },
  }, async (req) => ({ meetings: await service.meetings(app.store.db, req.actor, req.params.id) }));

  const MeetingBody = { heldOn: Day, place: Type.String({ minLength: 1, maxLength: 200 }), agenda: Type.String({ minLength: 1, maxLength: 20000 }), minutes: Type.Optional(Nullable(Type.String({ maxLength: 200000 }))) };
  app.post('/api/groups/:id/meetings', {
    config: { action: 'groups.meetings.manage' },
    schema: { summary: 'Record a meeting: date, place, agenda, and the minutes when adopted', tags, params: Type.Object({ id: GroupId }), body: Type.Object(MeetingBody, { additionalProperties: false }), response: { 201: Meeting, ...withConflict } },
  }, async (req, reply) => reply.code(201).send(await service.addMeeting(app.store.db, req.actor, req.params.id, req.body)));

  app.patch('/api/groups/:id/meetings/:meetingId', {
    config: { action: 'groups.meetings.manage' },
    schema: {
      summary: "Change a meeting's date, place, agenda or minutes",
      tags,
      params: Type.Object({ id: GroupId, meetingId: Type.String({ format: 'uuid' }) }),
      body: Type.Partial(Type.Object(MeetingBody), { additionalProperties: false }),
      response: { 200: Meeting, ...withConflict },
    },
  }, async (req) => service.updateMeeting(app.store.db, req.actor, req.params.id, req.params.meetingId, req.body));

  app.delete('/api/groups/:id/meetings/:meetingId', {
    config: { action: 'groups.meetings.manage' },
    schema: { summary: 'Delete a meeting recorded by mistake', tags, params: Type.Object({ id: GroupId, meetingId: Type.String({ format: 'uuid' }) }), response: { 204: Type.Null(), ...errorResponses } },
  }, async (req, reply) => {
    await service.deleteMeeting(app.store.db, req.actor, req.params.id, req.params.meetingId);
    return reply.status(204).send(null);
  });
};
