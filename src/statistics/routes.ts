// HTTP routes of the statistics: submissions (JSON rows or a CSV/XLSX file), reading them back,
// the annual summary (public once released) and its release, the analysts' series; the review of
// the figures (reconciliation, discrepancies, compliance, questionnaires) is review-routes.ts.
import { onReplica } from '../db/read-replica.js';
import { Type, type TSchema } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ParticipantCode, errorResponses } from '../interface/schemas.js';
import { notAFile } from './importers.js';
import * as service from './service.js';
import * as annualSummary from './annual-summary.js';
import { compareWithCertificates } from './certificate-figures.js';
import { CERTIFICATE_COUNT_RULE } from './model.js';
import { certificateFigures } from '../certificates/service.js';
import * as analysis from './analysis.js';
import { dataYears } from './years.js';

/** Files and JSON bodies of a whole world's year are large: this plugin's routes take up to 20 MB. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const Kind = Type.Union([Type.Literal('trade'), Type.Literal('production')]);
export const Year = Type.Integer({ minimum: 1990, maximum: 2100, description: 'a year, yyyy' });
const Period = Type.String({ pattern: '^\\d{4}(-Q[1-4]|-H[12])?$', description: '2006-Q3 (trade), 2006-H1 or 2006 (production)' });
const Cell = Type.Union([Type.String({ maxLength: 40 }), Type.Number(), Type.Null()]);
const Rows = Type.Array(Type.Record(Type.String({ maxLength: 40 }), Cell), { minItems: 1, maxItems: 1_000_000 });

const ImportResult = Type.Object({
  kind: Kind,
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  submissions: Type.Array(Type.Object({ reporter: Type.String(), period: Type.String(), version: Type.Integer(), rows: Type.Integer() })),
});
const SubmissionInfo = Type.Object({
  reporter: Type.String(),
  kind: Kind,
  period: Type.String(),
  version: Type.Integer(),
  current: Type.Boolean(),
  submittedAt: Type.String(),
  submittedBy: Type.String(),
  source: Type.String(),
  rows: Type.Integer(),
});
const SubmissionDetail = Type.Object({
  ...SubmissionInfo.properties,
  trade: Type.Optional(Type.Array(Type.Object({ flow: Type.String(), partner: Type.String(), hsCode: Type.String(), carats: Type.Number(), valueUsd: Type.Number(), certificates: Type.Integer() }))),
  production: Type.Optional(Type.Array(Type.Object({ mining: Type.String(), carats: Type.Number(), valueUsd: Type.Number() }))),
});
export const Nullable = <T extends TSchema>(t: T) => Type.Union([Type.Null(), t]);
const Flow = Type.Object({ carats: Type.Number(), valueUsd: Type.Number(), usdPerCarat: Nullable(Type.Number()), certificates: Type.Integer() });
const Figures = Type.Object({
  production: Type.Object({ carats: Type.Number(), valueUsd: Type.Number(), usdPerCarat: Nullable(Type.Number()) }),
  exports: Flow,
  imports: Flow,
});
const Summary = Type.Object({
  year: Type.Integer(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('released')]),
  release: Type.Union([Type.Null(), Type.Object({ version: Type.Integer(), releasedAt: Type.String(), releasedBy: Type.String(), note: Type.Union([Type.String(), Type.Null()]) })]),
  changedSinceRelease: Type.Optional(Type.Boolean()),
  participants: Type.Array(Type.Object({ participant: Type.String(), name: Type.String(), ...Figures.properties })),
  world: Figures,
});



export const statisticsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // raw files: CSV text or XLSX bytes (encapsulated: only this plugin's routes parse them)
  const raw = (_req: unknown, body: Buffer, done: (err: Error | null, body?: Buffer) => void) => done(null, body);
  app.addContentTypeParser(['text/csv', XLSX_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, raw);

  for (const kind of ['trade', 'production'] as const) {
    app.post(`/api/statistics/${kind}`, {
      config: { action: 'statistics.submit' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: `Submit ${kind} figures as JSON rows with the columns of ${kind}.csv${kind === 'trade' ? ` (certificates: ${CERTIFICATE_COUNT_RULE})` : ''}; all or nothing, each (reporter, period) becomes a new version (a Participant's officers, for their own Participant; administrators)`,
        tags: ['statistics'],
        querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean({ description: 'check and preview, write nothing' })) }),
        body: Type.Object({ rows: Rows }, { additionalProperties: false }),
        response: { 200: ImportResult, ...errorResponses },
      },
    }, async (req) => service.submit(app.store.db, req.actor, kind, service.jsonRows(req.body.rows as service.JsonRow[]), { source: 'api', dryRun: req.query.dryRun }));
  }

  app.post('/api/statistics/nil-returns', {
    config: { action: 'statistics.submit' },
    schema: {
      summary: "Declare a nil return: the reporter had nothing to report for the period (no trade in the quarter, no production in the half year); a new version with no rows that counts as submitted (a Participant's officers, for their own Participant; administrators)",
      tags: ['statistics'],
      querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean({ description: 'check and preview, write nothing' })) }),
      body: Type.Object({ kind: Kind, reporter: ParticipantCode, period: Type.String({ maxLength: 10, description: 'a quarter (2006-Q3) for trade, a half year (2006-H1) for production' }) }, { additionalProperties: false }),
      response: { 200: ImportResult, ...errorResponses },
    },
  }, async (req) => service.submitNilReturn(app.store.db, req.actor, req.body.kind, req.body.reporter, req.body.period, { source: 'api', dryRun: req.query.dryRun }));

  app.post('/api/statistics/import/:kind', {
    config: { action: 'statistics.submit' },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      summary: 'Import a trade or production file as the body: text/csv (UTF-8) or XLSX bytes; all or nothing; the error lists every bad row, column and reason',
      tags: ['statistics'],
      params: Type.Object({ kind: Kind }),
      querystring: Type.Object({
        dryRun: Type.Optional(Type.Boolean({ description: 'check and preview, write nothing' })),
        filename: Type.Optional(Type.String({ maxLength: 200, description: 'the file name, kept with the submission' })),
      }),
      consumes: ['text/csv', XLSX_TYPE],
      response: { 200: ImportResult, ...errorResponses },
    },
  }, async (req) => {
    const body = req.body as unknown;
    if (!Buffer.isBuffer(body)) throw notAFile();
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    const isZip = body.length >= 4 && body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;
    const format = type === XLSX_TYPE || (type === 'application/octet-stream' && isZip) ? 'xlsx' : 'csv';
    const source = `file ${req.query.filename ?? `${req.params.kind}.${format}`}`;
    return service.importFile(app.store.db, req.actor, req.params.kind, format, new Uint8Array(body), { source, dryRun: req.query.dryRun });
  });

  app.get('/api/statistics/submissions/:code', {
    config: { action: 'statistics.submissions.read', participantParam: 'code' },
    schema: {
      summary: "A Participant's submissions, every version (its officers, the working group on statistics, the Chair, administrators)",
      tags: ['statistics'],
      params: Type.Object({ code: ParticipantCode }),
      querystring: Type.Object({ kind: Type.Optional(Kind), period: Type.Optional(Period) }),
      response: { 200: Type.Object({ submissions: Type.Array(SubmissionInfo) }), ...errorResponses },
    },
  }, async (req) => ({ submissions: await service.listSubmissions(app.store.db, req.actor, req.params.code, req.query) }));

  app.get('/api/statistics/submissions/:code/:kind/:period', {
    config: { action: 'statistics.submissions.read', participantParam: 'code' },
    schema: {
      summary: 'One submission with its rows: the current version, or the version asked for',
      tags: ['statistics'],
      params: Type.Object({ code: ParticipantCode, kind: Kind, period: Period }),
      querystring: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }),
      response: { 200: SubmissionDetail, ...errorResponses },
    },
  }, async (req) => service.getSubmission(app.store.db, req.actor, req.params.code, req.params.kind, req.params.period, req.query.version));

  app.get('/api/statistics/submissions/:code/trade/:period/certificates', {
    config: { action: 'statistics.submissions.read', participantParam: 'code' },
    schema: {
      summary: "A Participant's reported trade of a quarter beside what its certificates say (exports issued and not cancelled; imports confirmed as received), per flow, partner and HS code",
      tags: ['statistics'],
      params: Type.Object({ code: ParticipantCode, period: Type.String({ pattern: '^\\d{4}-Q[1-4]$' }) }),
    },
  }, async (req) => compareWithCertificates(app.store.db, req.actor, req.params.code, req.params.period, certificateFigures(app.store)));

  app.get('/api/statistics/summary', {
    config: { action: 'statistics.summary.read' },
    schema: {
      summary: 'The annual summary per Participant and for the world: production, exports and imports (carats, US$, US$/ct) and certificates. Public once the working group has released the year; before, only the working group on statistics, the Chair and administrators see the draft (everyone else: 404)',
      tags: ['statistics'],
      security: [],
      querystring: Type.Object({ year: Year }),
      response: { 200: Summary, ...errorResponses },
    },
  }, async (req) => onReplica(app.store, () => annualSummary.summary(app.store.db, req.actor, req.query.year)));

  app.get('/api/statistics/summary.csv', {
    config: { action: 'statistics.summary.read' },
    schema: {
      summary: 'The annual summary as CSV (participant, name, production, exports and imports with certificates; a last WORLD line); same access as the JSON',
      tags: ['statistics'],
      security: [],
      querystring: Type.Object({ year: Year }),
      produces: ['text/csv'],
    },
  }, async (req, reply) => {
    const s = await annualSummary.summary(app.store.db, req.actor, req.query.year);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="kp-statistics-${s.year}.csv"`).send(annualSummary.summaryCsv(s));
  });

  app.get('/api/statistics/years', {
    config: { action: 'statistics.years.read' },
    schema: {
      summary: 'The years the store holds statistics for (a current submission with rows), oldest first, and the latest: the year the working groups\' pages open on (members of any working group, the Chair, administrators)',
      tags: ['statistics'],
      response: { 200: Type.Object({ years: Type.Array(Type.Integer()), latest: Type.Union([Type.Integer(), Type.Null()]) }), ...errorResponses },
    },
  }, async (req) => onReplica(app.store, () => dataYears(app.store.db, req.actor)));

  app.get('/api/statistics/releases', {
    config: { action: 'statistics.summary.read' },
    schema: {
      summary: 'The years the working group has released',
      tags: ['statistics'],
      security: [],
      response: { 200: Type.Object({ releases: Type.Array(Type.Object({ year: Type.Integer(), version: Type.Integer(), releasedAt: Type.String() })) }), ...errorResponses },
    },
  }, async () => ({ releases: await annualSummary.releases(app.store.db) }));

  app.post('/api/statistics/releases', {
    config: { action: 'statistics.release' },
    schema: {
      summary: "Release a year's summary to the public as it stands (the working group on statistics, the Chair, administrators); a re-release replaces the public figures",
      tags: ['statistics'],
      body: Type.Object({ year: Year, note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
      response: { 200: Summary, ...errorResponses },
    },
  }, async (req) => annualSummary.release(app.store.db, req.actor, req.body.year, { note: req.body.note }));

  const Totals = Type.Object({ carats: Type.Number(), valueUsd: Type.Number(), certificates: Type.Integer() });
  app.get('/api/statistics/series', {
    config: { action: 'statistics.analysis.read' },
    schema: {
      summary: "One or more Participants' series over the years: trade per quarter, production per half year or year, current versions (the working group on statistics, the Chair, administrators)",
      tags: ['statistics'],
      querystring: Type.Object({ participants: Type.Array(ParticipantCode, { minItems: 1, maxItems: 100 }), from: Year, to: Year }),
      response: {
        200: Type.Object({
          series: Type.Array(Type.Object({
            participant: Type.String(),
            points: Type.Array(Type.Object({
              period: Type.String(), kind: Kind, exports: Type.Optional(Totals), imports: Type.Optional(Totals),
              production: Type.Optional(Type.Object({ carats: Type.Number(), valueUsd: Type.Number(), usdPerCarat: Type.Union([Type.Null(), Type.Number()]) })),
            })),
          })),
        }),
        ...errorResponses,
      },
    },
  }, async (req) => ({ series: await analysis.series(app.store.db, req.actor, req.query.participants, req.query.from, req.query.to) }));

  app.get('/api/statistics/matrix', {
    config: { action: 'statistics.analysis.read' },
    schema: {
      summary: "A year's partner matrix of one flow as reported: reporter × partner, carats, US$, certificates (the working group on statistics, the Chair, administrators)",
      tags: ['statistics'],
      querystring: Type.Object({ year: Year, flow: Type.Optional(Type.Union([Type.Literal('export'), Type.Literal('import')])) }),
      response: {
        200: Type.Object({ year: Type.Integer(), flow: Type.Union([Type.Literal('export'), Type.Literal('import')]), cells: Type.Array(Type.Object({ reporter: Type.String(), partner: Type.String(), carats: Type.Number(), valueUsd: Type.Number(), certificates: Type.Integer() })) }),
        ...errorResponses,
      },
    },
  }, async (req) => analysis.matrix(app.store.db, req.actor, req.query.year, req.query.flow));

  const PairQuarter = Type.Object({ period: Type.String(), carats: Type.Number(), valueUsd: Type.Number(), certificates: Type.Integer(), reported: Type.Boolean() });
  const PairFlow = Type.Object({ exports: Type.Array(PairQuarter), imports: Type.Array(PairQuarter) });
  app.get('/api/statistics/pair', {
    config: { action: 'statistics.analysis.read' },
    schema: {
      summary: "One pair of a year's partner matrix over the quarters, both directions as each side reported them (the working group on statistics, the Chair, administrators)",
      tags: ['statistics'],
      querystring: Type.Object({ year: Year, a: ParticipantCode, b: ParticipantCode }),
      response: { 200: Type.Object({ year: Type.Integer(), a: Type.String(), b: Type.String(), aToB: PairFlow, bToA: PairFlow }), ...errorResponses },
    },
  }, async (req) => analysis.pair(app.store.db, req.actor, req.query.year, req.query.a, req.query.b));
};
