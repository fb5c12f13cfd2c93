// POST /api/inbox/reminders: the submission-due sweep by hand (registered beside notifications' routes).
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, errorResponses } from '../interface/schemas.js';
import { remindSubmissions } from './reminders.js';

export const reminderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/inbox/reminders', {
    config: { action: 'notifications.remind' },
    schema: {
      summary: "Run the submission-due sweep: alert the officers of each Participant whose statistics are due within 14 days or overdue (once per Participant and period)",
      tags: ['notifications'],
      body: Type.Object({ on: Type.Optional(Day) }, { additionalProperties: false }),
      response: { 200: Type.Object({ on: Type.String(), due: Type.Array(Type.Object({ participant: Type.String(), kind: Type.String(), period: Type.String(), dueDate: Type.String(), overdue: Type.Boolean(), alerted: Type.Integer() })) }), ...errorResponses },
    },
  }, async (req) => remindSubmissions(app.store.db, req.actor, { on: req.body.on }));
};
