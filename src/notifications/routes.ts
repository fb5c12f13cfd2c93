// HTTP routes of notifications: the signed-in user's own inbox.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../interface/schemas.js';
import * as service from './service.js';

const Notification = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  link: Type.Union([Type.Null(), Type.String()]),
  participant: Type.Union([Type.Null(), Type.String()]),
  data: Type.Unknown({ description: 'what the alert is about, structured (e.g. each difference a confirmation found), or null' }),
  createdAt: Type.String(),
  readAt: Type.Union([Type.Null(), Type.String()]),
});

export const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/inbox', {
    config: { action: 'notifications.read' },
    schema: {
      summary: 'My notifications, unread first then newest; filter unread only or by kind',
      tags: ['notifications'],
      querystring: Type.Object({
        unread: Type.Optional(Type.Boolean()),
        kind: Type.Optional(Type.String({ maxLength: 60 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
      }),
      response: { 200: Type.Object({ unread: Type.Integer(), notifications: Type.Array(Notification) }), ...errorResponses },
    },
  }, async (req) => service.inbox(app.store.db, req.actor, req.query));

  app.get('/api/inbox/unread', {
    config: { action: 'notifications.read' },
    schema: {
      summary: 'How many of my notifications are unread (the badge in the header)',
      tags: ['notifications'],
      response: { 200: Type.Object({ unread: Type.Integer() }), ...errorResponses },
    },
  }, async (req) => ({ unread: await service.unreadCount(app.store.db, req.actor) }));

  app.post('/api/inbox/read', {
    config: { action: 'notifications.read' },
    schema: {
      summary: 'Mark my notifications read: the ones named, or all of them',
      tags: ['notifications'],
      body: Type.Object(
        { ids: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 1000 })), all: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
      response: { 200: Type.Object({ marked: Type.Integer(), unread: Type.Integer() }), ...errorResponses },
    },
  }, async (req) => service.markRead(app.store.db, req.actor, req.body.all ? 'all' : req.body.ids ?? []));
};
