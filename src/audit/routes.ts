// HTTP routes of the audit log (administrators).
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../interface/schemas.js';
import { authorize } from './policy.js';
import * as service from './service.js';
import { readerLanguage } from '../interface/language.js';

const Entry = Type.Object({
  seq: Type.Integer(), id: Type.String(), at: Type.String(), actorUser: Type.Union([Type.Null(), Type.String()]), actorName: Type.String(),
  actingFor: Type.Union([Type.Null(), Type.String()]), action: Type.String(), subject: Type.Union([Type.Null(), Type.String()]), details: Type.Unknown(),
  prevHash: Type.String(), hash: Type.String(),
});

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/audit', {
    config: { action: 'audit.read' },
    schema: {
      summary: 'The audit log, newest first (administrators)',
      tags: ['audit'],
      querystring: Type.Object({
        before: Type.Optional(Type.Integer({ minimum: 1 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        action: Type.Optional(Type.String({ maxLength: 100 })),
        actingFor: Type.Optional(Type.String({ maxLength: 16 })),
      }),
      response: { 200: Type.Object({ entries: Type.Array(Entry) }), ...errorResponses },
    },
  }, async (req) => ({ entries: await service.list(app.store.db, req.actor, { beforeSeq: req.query.before, limit: req.query.limit, action: req.query.action, actingFor: req.query.actingFor }) }));

  app.get('/api/audit/verify', {
    config: { action: 'audit.read' },
    schema: {
      summary: 'Walk the hash chain and report any entry altered, inserted or removed (administrators)',
      tags: ['audit'],
      response: { 200: Type.Object({ entries: Type.Integer(), headHash: Type.String(), problems: Type.Array(Type.Object({ seq: Type.Integer(), problem: Type.String() })) }), ...errorResponses },
    },
  }, async (req, reply) => {
    authorize(req.actor, 'audit.read');
    const report = await service.verifyChain(app.store.db);
    // what is wrong at each place, in the reader's language
    const lang = readerLanguage(req);
    reply.header('content-language', lang);
    return { ...report, problems: report.problems.map((p) => ({ seq: p.seq, problem: p.msg ? p.msg.render(lang) : p.problem })) };
  });
};
