// HTTP routes of the review of the statistics by the working group: mirror reconciliation of a year,
// the discrepancies and their notes, compliance with the submission deadlines (and the habitual
// failures, public), anomalies and the questionnaires raised on them.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ParticipantCode, errorResponses } from '../interface/schemas.js';
import { certificateTrail } from '../certificates/service.js';
import * as reconciliation from './reconciliation.js';
import * as compliance from './compliance.js';
import * as anomalies from './anomalies.js';
import { Kind, Nullable, Year } from './routes.js';

const Amounts = Type.Object({ carats: Type.Number(), valueUsd: Type.Number() });
const MirrorLine = Type.Object({
  exporter: Type.String(),
  importer: Type.String(),
  period: Type.String(),
  exports: Amounts,
  imports: Amounts,
  index: Amounts,
  status: Type.Union(['agreed', 'discrepancy', 'timing', 'unreported'].map((s) => Type.Literal(s))),
  offsetBy: Type.Optional(Type.String()),
  missing: Type.Optional(Type.Array(Type.String())),
  discrepancy: Type.Optional(Type.Object({ id: Type.String(), status: Type.String() })),
  certificates: Type.Optional(
    Type.Array(Type.Object({ number: Type.String(), issuedOn: Type.String(), carats: Type.Number(), valueUsd: Type.Number(), confirmedOn: Nullable(Type.String()), confirmedCarats: Nullable(Type.Number()), reExport: Type.Optional(Type.Boolean({ description: 'a re-export: drawn against import certificates' })) }), { description: 'the certificate trail of a discrepancy (with trail=true)' }),
  ),
});
const Reconciliation = Type.Object({
  year: Type.Integer(),
  tolerance: Type.Number(),
  counts: Type.Object({ agreed: Type.Integer(), discrepancy: Type.Integer(), timing: Type.Integer(), unreported: Type.Integer() }),
  lines: Type.Array(MirrorLine),
});
const DiscrepancyStatus = Type.Union([Type.Literal('open'), Type.Literal('explained'), Type.Literal('resolved')]);
const Discrepancy = Type.Object({
  id: Type.String(),
  exporter: Type.String(),
  importer: Type.String(),
  period: Type.String(),
  status: DiscrepancyStatus,
  exports: Amounts,
  imports: Amounts,
  openedAt: Type.String(),
  openedBy: Type.String(),
  outcome: Type.Union([Type.Null(), Type.String()]),
  resolvedAt: Type.Union([Type.Null(), Type.String()]),
  resolvedBy: Type.Union([Type.Null(), Type.String()]),
  notes: Type.Optional(Type.Array(Type.Object({ seq: Type.Integer(), at: Type.String(), author: Type.String(), actingFor: Type.Union([Type.Null(), Type.String()]), kind: Type.String(), text: Type.String() }))),
});
const Quarter = Type.String({ pattern: '^\\d{4}-Q[1-4]$', description: 'a quarter, 2006-Q3' });
const DiscrepancyParams = Type.Object({ exporter: ParticipantCode, importer: ParticipantCode, period: Quarter });
const Tolerance = Type.Number({ minimum: 0, maximum: 0.99, description: 'an index above it is a discrepancy (default 0.05)' });

export const statisticsReviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/statistics/reconciliation', {
    config: { action: 'statistics.reconcile' },
    schema: {
      summary: "Mirror reconciliation of a year: every pair's exports against the partner's imports per quarter, with the discrepancy index |X−M|/(X+M), flagged beyond the tolerance, timing differences offset by the adjacent quarter (the working group on statistics, the Chair, administrators)",
      tags: ['statistics'],
      querystring: Type.Object({
        year: Year,
        tolerance: Type.Optional(Tolerance),
        timing: Type.Optional(Type.Boolean({ description: 'allow for timing between adjacent quarters (default true)' })),
        all: Type.Optional(Type.Boolean({ description: 'include the lines that agree' })),
        participant: Type.Optional(ParticipantCode),
        trail: Type.Optional(Type.Boolean({ description: 'give each discrepancy the certificates behind it' })),
      }),
      response: { 200: Reconciliation, ...errorResponses },
    },
  }, async (req) => {
    const { trail, ...query } = req.query;
    return reconciliation.reconcile(app.store.db, req.actor, req.query.year, { ...query, ...(trail && { certificates: certificateTrail(app.store) }) });
  });

  app.get('/api/statistics/discrepancies', {
    config: { action: 'statistics.discrepancy.explain' },
    schema: {
      summary: "A year's discrepancies: all for the working group on statistics, a Participant's own for its officers",
      tags: ['statistics'],
      querystring: Type.Object({ year: Year, status: Type.Optional(DiscrepancyStatus) }),
      response: { 200: Type.Object({ discrepancies: Type.Array(Discrepancy) }), ...errorResponses },
    },
  }, async (req) => ({ discrepancies: await reconciliation.list(app.store.db, req.actor, req.query.year, { status: req.query.status }) }));

  app.post('/api/statistics/discrepancies', {
    config: { action: 'statistics.discrepancy.manage' },
    schema: {
      summary: 'Open a discrepancy on one flow and quarter, or every discrepancy of a year not open yet (give year instead of exporter, importer and period)',
      tags: ['statistics'],
      body: Type.Union([
        Type.Object({ exporter: ParticipantCode, importer: ParticipantCode, period: Quarter, comment: Type.Optional(Type.String({ maxLength: 4000 })) }, { additionalProperties: false }),
        Type.Object({ year: Year, tolerance: Type.Optional(Tolerance) }, { additionalProperties: false }),
      ]),
      response: { 200: Type.Object({ opened: Type.Array(Discrepancy) }), ...errorResponses },
    },
  }, async (req) => {
    const b = req.body;
    if ('year' in b) return { opened: await reconciliation.openAll(app.store.db, req.actor, b.year, { tolerance: b.tolerance }) };
    return { opened: [await reconciliation.open(app.store.db, req.actor, b, b.comment)] };
  });

  app.get('/api/statistics/discrepancies/:exporter/:importer/:period', {
    config: { action: 'statistics.discrepancy.explain' },
    schema: { summary: 'One discrepancy with its notes', tags: ['statistics'], params: DiscrepancyParams, response: { 200: Discrepancy, ...errorResponses } },
  }, async (req) => reconciliation.get(app.store.db, req.actor, req.params));

  app.post('/api/statistics/discrepancies/:exporter/:importer/:period/notes', {
    config: { action: 'statistics.discrepancy.explain' },
    schema: {
      summary: "Explain a discrepancy (the exporter's or the importer's officers; the status becomes explained) or comment on it (they and the working group)",
      tags: ['statistics'],
      params: DiscrepancyParams,
      body: Type.Object({ kind: Type.Union([Type.Literal('explanation'), Type.Literal('comment')]), text: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false }),
      response: { 200: Discrepancy, ...errorResponses },
    },
  }, async (req) => reconciliation.addNote(app.store.db, req.actor, req.params, req.body));

  app.post('/api/statistics/discrepancies/:exporter/:importer/:period/resolution', {
    config: { action: 'statistics.discrepancy.manage' },
    schema: {
      summary: 'Resolve a discrepancy with its outcome, which is kept (the working group on statistics, the Chair, administrators)',
      tags: ['statistics'],
      params: DiscrepancyParams,
      body: Type.Object({ outcome: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false }),
      response: { 200: Discrepancy, ...errorResponses },
    },
  }, async (req) => reconciliation.resolve(app.store.db, req.actor, req.params, req.body.outcome));

  const ComplianceQuery = {
    kind: Type.Optional(Kind),
    dueMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 24, description: 'months after the end of a period its figures are due (default 2)' })),
    asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'judge as on this day (default today)' })),
  };
  const Cell = Type.Object({ period: Type.String(), dueDate: Type.String(), status: Type.Union(['on_time', 'late', 'missing', 'pending'].map((s) => Type.Literal(s))), submittedOn: Type.Union([Type.Null(), Type.String()]),
    unconfirmed: Type.Integer({ minimum: 0, description: 'certificates addressed to the Participant in the period, unconfirmed past their expiry and the grace period' }) });
  app.get('/api/statistics/compliance', {
    config: { action: 'statistics.compliance.read' },
    schema: {
      summary: "Deadlines of a year's periods and, per Participant, on time / late / missing / pending, and the certificates addressed to it left unconfirmed past expiry and grace (the working group on statistics, the Chair, administrators)",
      tags: ['statistics'],
      querystring: Type.Object({ year: Year, ...ComplianceQuery }),
      response: {
        200: Type.Object({
          kind: Kind, year: Type.Integer(), dueMonths: Type.Integer(), asOf: Type.String(), graceDays: Type.Integer(),
          periods: Type.Array(Type.Object({ period: Type.String(), dueDate: Type.String() })),
          participants: Type.Array(Type.Object({ participant: Type.String(), name: Type.String(), cells: Type.Array(Cell) })),
        }),
        ...errorResponses,
      },
    },
  }, async (req) => compliance.compliance(app.store.db, req.actor, req.query.year, req.query));

  app.get('/api/statistics/compliance/habitual', {
    config: { action: 'statistics.habitual.read' },
    schema: {
      summary: 'The Participants that habitually fail to submit: missing in at least `missing` of the last `of` periods that are due (default 2 of 4). Public, as the plenary decided in 2006',
      tags: ['statistics'],
      security: [],
      querystring: Type.Object({ ...ComplianceQuery, missing: Type.Optional(Type.Integer({ minimum: 1, maximum: 40 })), of: Type.Optional(Type.Integer({ minimum: 1, maximum: 40 })) }),
      response: {
        200: Type.Object({
          kind: Kind, rule: Type.Object({ missing: Type.Integer(), of: Type.Integer() }), dueMonths: Type.Integer(), asOf: Type.String(), periods: Type.Array(Type.String()),
          participants: Type.Array(Type.Object({ participant: Type.String(), name: Type.String(), missed: Type.Array(Type.String()) })),
        }),
        ...errorResponses,
      },
    },
  }, async (req) => compliance.habitualFailures(app.store.db, req.actor, req.query));

  const Questionnaire = Type.Object({
    id: Type.String(), participant: Type.String(), kind: Kind, period: Type.String(), measure: Type.String(), previousPeriod: Type.String(),
    previous: Type.Number(), current: Type.Number(), change: Type.Number(), question: Type.String(),
    status: Type.Union([Type.Literal('open'), Type.Literal('answered'), Type.Literal('closed')]),
    raisedAt: Type.String(), raisedBy: Type.String(), answer: Type.Union([Type.Null(), Type.String()]), answeredAt: Type.Union([Type.Null(), Type.String()]), answeredBy: Type.Union([Type.Null(), Type.String()]),
  });
  const Threshold = Type.Number({ exclusiveMinimum: 0, maximum: 100, description: 'a change beyond ±threshold of the previous period is significant (default 0.5 = 50 %)' });
  app.get('/api/statistics/anomalies', {
    config: { action: 'statistics.questionnaire.raise' },
    schema: {
      summary: "Significant period-to-period jumps in each Participant's own series of a year (the working group on statistics, the Chair, administrators)",
      tags: ['statistics'],
      querystring: Type.Object({ year: Year, threshold: Type.Optional(Threshold) }),
      response: {
        200: Type.Object({ anomalies: Type.Array(Type.Object({ participant: Type.String(), kind: Kind, period: Type.String(), measure: Type.String(), previousPeriod: Type.String(), previous: Type.Number(), current: Type.Number(), change: Type.Number() })) }),
        ...errorResponses,
      },
    },
  }, async (req) => ({ anomalies: await anomalies.anomalies(app.store.db, req.actor, req.query.year, req.query) }));

  app.post('/api/statistics/questionnaires', {
    config: { action: 'statistics.questionnaire.raise' },
    schema: {
      summary: 'Raise a questionnaire to the Participant for every anomaly of the year that has none yet',
      tags: ['statistics'],
      body: Type.Object({ year: Year, threshold: Type.Optional(Threshold) }, { additionalProperties: false }),
      response: { 200: Type.Object({ raised: Type.Array(Questionnaire) }), ...errorResponses },
    },
  }, async (req) => ({ raised: await anomalies.raiseQuestionnaires(app.store.db, req.actor, req.body.year, req.body) }));

  app.get('/api/statistics/questionnaires/:code', {
    config: { action: 'statistics.submissions.read', participantParam: 'code' },
    schema: {
      summary: "A Participant's questionnaires (its officers, the working group on statistics, the Chair, administrators)",
      tags: ['statistics'],
      params: Type.Object({ code: ParticipantCode }),
      querystring: Type.Object({ status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('answered'), Type.Literal('closed')])) }),
      response: { 200: Type.Object({ questionnaires: Type.Array(Questionnaire) }), ...errorResponses },
    },
  }, async (req) => ({ questionnaires: await anomalies.questionnaires(app.store.db, req.actor, req.params.code, req.query) }));

  app.post('/api/statistics/questionnaires/:code/:id/answer', {
    config: { action: 'statistics.questionnaire.answer', participantParam: 'code' },
    schema: {
      summary: "Answer a questionnaire (that Participant's authority officers)",
      tags: ['statistics'],
      params: Type.Object({ code: ParticipantCode, id: Type.String({ format: 'uuid' }) }),
      body: Type.Object({ answer: Type.String({ minLength: 1, maxLength: 8000 }) }, { additionalProperties: false }),
      response: { 200: Questionnaire, ...errorResponses },
    },
  }, async (req) => anomalies.answer(app.store.db, req.actor, req.params.code, req.params.id, req.body.answer));

};
