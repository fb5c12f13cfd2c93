// HTTP routes of the hub exchange (issue #20; docs/hub.md): a national system's session, its keys, the
// messages it sends and those it pulls; the Chair's decision on a new key.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ParticipantCode, errorResponses } from '../interface/schemas.js';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { x } from './exchange-messages.js';
import { CancelledMessage, ConfirmedMessage, HubMessage, IssuedMessage, MAX_KEYS, MAX_MESSAGE_BYTES, MAX_PULL, Receipt } from './model.js';
import * as service from './service.js';
import * as keyRegistry from './key-registry.js';

const HubKey = Type.Object({
  participant: Type.String(),
  keyId: Type.String(),
  publicKey: Type.String(),
  validFrom: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('refused')]),
  registeredAt: Type.String(),
  registeredBy: Type.String(),
  decidedAt: Type.Union([Type.Null(), Type.String()]),
  decidedBy: Type.Union([Type.Null(), Type.String()]),
  note: Type.Union([Type.Null(), Type.String()]),
});

export const hubRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.store;
  app.addSchema(Receipt);

  app.get(
    '/api/hub/session',
    {
      config: { action: 'hub.session.read' },
      schema: {
        summary: 'A national system: the Participant its token acts for, and the hub\'s keys (the log keys that sign the receipts and the messages it holds)',
        tags: ['hub'],
        response: { 200: Type.Object({ participant: Type.String(), name: Type.String(), protocol: Type.String(), hubKeys: Type.Array(Type.Object({ keyId: Type.String(), publicKey: Type.String(), validFrom: Type.String(), validTo: Type.Union([Type.Null(), Type.String()]) })) }), ...errorResponses },
      },
    },
    async (req) => service.session(s, req.actor),
  );

  app.post(
    '/api/hub/keys',
    {
      config: { action: 'hub.keys.register' },
      bodyLimit: 64 * 1024,
      schema: {
        summary: "A national system registers its authority public keys (Ed25519, base64url of the 32 raw bytes); each waits for the Chair's approval before it enters the trust list. Registering a key again changes nothing",
        tags: ['hub'],
        body: Type.Object(
          {
            participant: Type.Optional(ParticipantCode),
            keys: Type.Array(Type.Object({ keyId: Type.String({ maxLength: 40 }), publicKey: Type.String({ maxLength: 64 }), validFrom: Type.String({ maxLength: 40 }) }, { additionalProperties: false }), { minItems: 1, maxItems: MAX_KEYS }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ keys: Type.Array(HubKey) }), ...errorResponses },
      },
    },
    async (req) => {
      const participant = req.body.participant ?? req.actor.participant;
      if (!participant) throw invalid(x('participant.which'), [detail('participant', field('required'))]);
      return { keys: await keyRegistry.registerKeys(s, req.actor, participant, req.body.keys) };
    },
  );

  app.get(
    '/api/hub/keys',
    {
      config: { action: 'hub.keys.read' },
      schema: {
        summary: "The keys national systems registered at the hub, with the Chair's decision (a national system sees its own)",
        tags: ['hub'],
        querystring: Type.Object({ participant: Type.Optional(ParticipantCode), status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('refused')])) }, { additionalProperties: false }),
        response: { 200: Type.Object({ keys: Type.Array(HubKey) }), ...errorResponses },
      },
    },
    async (req) => ({ keys: await keyRegistry.listKeys(s, req.actor, req.query) }),
  );

  app.post(
    '/api/hub/keys/:participant/:keyId/decision',
    {
      config: { action: 'hub.keys.decide', participantParam: 'participant' },
      schema: {
        summary: "The Chair (or the secretariat) approves or refuses a national system's new key (audited); approved, it becomes the Participant's authority key in service at the hub and enters the trust list",
        tags: ['hub'],
        params: Type.Object({ participant: ParticipantCode, keyId: Type.String({ maxLength: 40 }) }),
        body: Type.Object({ approve: Type.Boolean(), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
        response: { 200: HubKey, ...errorResponses },
      },
    },
    async (req) => keyRegistry.decideKey(s, req.actor, req.params.participant, req.params.keyId, req.body),
  );

  app.post(
    '/api/hub/messages',
    {
      config: { action: 'hub.messages.send' },
      bodyLimit: MAX_MESSAGE_BYTES,
      schema: {
        summary: 'A national system sends a signed message (kp-hub/1: a certificate issued or cancelled, a receipt confirmed). The hub checks the signature against the sender\'s approved key, applies it once (by sender and id), enters it in its log, and answers a receipt: the log position, the inclusion proof and a tree head signed by the log key. 409 not_yet: send again later (the key awaits approval, or an earlier message of the certificate is missing)',
        tags: ['hub'],
        body: HubMessage,
        response: { 200: Type.Ref('HubReceipt'), ...errorResponses },
      },
    },
    async (req) => service.receive(s, req.actor, req.body),
  );

  app.get(
    '/api/hub/messages',
    {
      config: { action: 'hub.messages.read' },
      schema: {
        summary: `What the hub holds for a national system after a log position: confirmations of its certificates by importing authorities, and the certificates entered at the hub that its Participant imports and their cancellations (forwarded: certificate.issued, certificate.cancelled), each signed by the hub's log key, in log order (at most ${MAX_PULL}); ask again from \`next\``,
        tags: ['hub'],
        querystring: Type.Object({ participant: Type.Optional(ParticipantCode), after: Type.Integer({ minimum: -1, default: -1 }), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PULL })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ messages: Type.Array(Type.Union([ConfirmedMessage, IssuedMessage, CancelledMessage])), next: Type.Integer() }), ...errorResponses },
      },
    },
    async (req) => {
      const participant = req.query.participant ?? req.actor.participant;
      if (!participant) throw invalid(x('participant.which'), [detail('querystring.participant', field('required'))]);
      return service.held(s, req.actor, participant, req.query.after, req.query.limit);
    },
  );
};
