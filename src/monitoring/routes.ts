// HTTP routes of monitoring findings.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, errorResponses, ParticipantCode } from '../interface/schemas.js';
import { DETECTORS, FINDING_TYPES, findingTypeName } from './detectors/index.js';
import { EXPLAIN_LANGUAGES, explain } from './explain.js';
import * as service from './service.js';
import * as capacity from './capacity.js';
import * as regions from './regions.js';
import { readerLanguage } from '../interface/language.js';
import { Report as ShipmentReport } from './shipments/routes.js';

const FindingType = Type.Union(FINDING_TYPES.map((t) => Type.Literal(t)));
const Severity = Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')]);
const FindingStatus = Type.Union([Type.Literal('open'), Type.Literal('acknowledged'), Type.Literal('closed')]);

const Finding = Type.Object({
  id: Type.String(),
  type: FindingType,
  participant: Type.String(),
  period: Type.String(),
  severity: Severity,
  summary: Type.String(),
  evidence: Type.Object({
    rule: Type.String(),
    figures: Type.Record(Type.String(), Type.Unknown()),
    certificates: Type.Optional(Type.Array(Type.String())),
    score: Type.Optional(Type.Number({ description: 'how far beyond its threshold: 1 at the threshold, 2 twice as far' })),
    reason: Type.Optional(Type.Object({ variant: Type.String(), params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])) })),
  }),
  status: FindingStatus,
  assignee: Type.Union([Type.Null(), Type.String()]),
  outcome: Type.Union([Type.Null(), Type.String()]),
  firstSeen: Type.String(),
  lastSeen: Type.String(),
});
const Year = Type.Integer({ minimum: 2003, maximum: 2100 });
const Explained = Type.Object(
  {
    lang: Type.String(),
    name: Type.String({ description: 'the kind of finding, named in the language' }),
    reason: Type.Union([Type.Null(), Type.String()]),
    rule: Type.String(),
    score: Type.Union([Type.Null(), Type.Number()]),
    figures: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), value: Type.String() })),
  },
  { description: "the finding's reason, rule and figures in the language asked for (?lang=), else the reader's" },
);
const FindingWithComments = Type.Object({ ...Finding.properties, comments: Type.Array(Type.Object({ id: Type.String(), at: Type.String(), author: Type.String(), text: Type.String() })), explained: Type.Optional(Explained) });

export const monitoringRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/findings', {
    config: { action: 'findings.read' },
    schema: {
      summary: "Monitoring findings kept so far, filtered by year, Participant, type, status or severity, each explained in the reader's language",
      tags: ['monitoring'],
      querystring: Type.Object({
        year: Type.Optional(Year),
        participant: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
        type: Type.Optional(FindingType),
        status: Type.Optional(FindingStatus),
        severity: Type.Optional(Severity),
      }),
      response: { 200: Type.Object({ findings: Type.Array(Type.Object({ ...Finding.properties, explained: Explained })) }), ...errorResponses },
    },
  }, async (req) => {
    const lang = readerLanguage(req);
    return { findings: (await service.list(app.store.db, req.actor, req.query)).map((f) => ({ ...f, explained: explain(f, lang) })) };
  });

  app.post('/api/findings/analysis', {
    config: { action: 'findings.run' },
    schema: {
      summary: "Run every detector on a year's statistics and keep what they find (known findings keep their status)",
      tags: ['monitoring'],
      body: Type.Object({ year: Year }, { additionalProperties: false }),
      response: { 200: Type.Object({ year: Type.Integer(), new: Type.Integer(), findings: Type.Array(Finding) }), ...errorResponses },
    },
  }, async (req) => service.run(app.store.db, req.actor, req.body.year));

  app.get('/api/findings/types', {
    config: { action: 'findings.read' },
    schema: {
      summary: "The kinds of finding the detectors write, each named and its rule said in the reader's language",
      tags: ['monitoring'],
      response: { 200: Type.Object({ types: Type.Array(Type.Object({ type: FindingType, name: Type.String(), rule: Type.String() })) }), ...errorResponses },
    },
  }, async (req) => {
    const lang = readerLanguage(req);
    return { types: DETECTORS.map((d) => ({ type: d.type, name: d.texts[lang].name, rule: d.texts[lang].rule })) };
  });

  app.get('/api/findings/:id', {
    config: { action: 'findings.read' },
    schema: {
      summary: "One finding with its comments and its evidence explained in the reader's language (?lang= to ask for another)",
      tags: ['monitoring'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      querystring: Type.Object({ lang: Type.Optional(Type.Union(EXPLAIN_LANGUAGES.map((l) => Type.Literal(l)), { description: 'en, fr, pt, es or ru' })) }),
      response: { 200: FindingWithComments, ...errorResponses },
    },
  }, async (req) => {
    const f = await service.get(app.store.db, req.actor, req.params.id);
    // in the language asked for, else the reader's (Accept-Language, else the user's setting)
    return { ...f, explained: explain(f, req.query.lang ?? readerLanguage(req)) };
  });

  app.patch('/api/findings/:id', {
    config: { action: 'findings.manage' },
    schema: {
      summary: 'Acknowledge, assign, comment, or close a finding with its outcome',
      tags: ['monitoring'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Object(
        {
          status: Type.Optional(FindingStatus),
          assignee: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 200 })])),
          outcome: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 2000 })])),
          comment: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
        },
        { additionalProperties: false },
      ),
      response: { 200: FindingWithComments, ...errorResponses },
    },
  }, async (req) => service.change(app.store.db, req.actor, req.params.id, req.body));

  await capacityRoutes(app, {});
};

const Assessment = Type.Object({
  id: Type.String(),
  participant: Type.String(),
  area: Type.Union([Type.Null(), Type.String()]),
  minCarats: Type.Number(),
  maxCarats: Type.Number(),
  minUsd: Type.Union([Type.Null(), Type.Number()]),
  maxUsd: Type.Union([Type.Null(), Type.Number()]),
  source: Type.String(),
  assessedOn: Type.String(),
  note: Type.Union([Type.Null(), Type.String()]),
});
const Amount = Type.Number({ minimum: 0, maximum: 1e13 });
const AssessmentFields = {
  area: Type.Optional(Type.Union([Type.Null(), Type.String({ minLength: 1, maxLength: 200 })])),
  minCarats: Amount,
  maxCarats: Amount,
  minUsd: Type.Optional(Type.Union([Type.Null(), Amount])),
  maxUsd: Type.Optional(Type.Union([Type.Null(), Amount])),
  source: Type.String({ minLength: 1, maxLength: 500 }),
  assessedOn: Day,
  note: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 4000 })])),
};
const AssessmentId = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Production-capacity assessments (the working groups on monitoring and of diamond experts). */
export const capacityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/capacity', {
    config: { action: 'capacity.read' },
    schema: {
      summary: 'Production-capacity assessments of Participants and their producing areas, latest first',
      tags: ['monitoring'],
      querystring: Type.Object({ participant: Type.Optional(ParticipantCode) }),
      response: { 200: Type.Object({ assessments: Type.Array(Assessment) }), ...errorResponses },
    },
  }, async (req) => ({ assessments: await capacity.list(app.store.db, req.actor, req.query) }));

  app.post('/api/capacity', {
    config: { action: 'capacity.manage' },
    schema: {
      summary: "Record a production-capacity assessment: a range of carats (and US$) a year, its source and day, for a Participant or one of its producing areas",
      tags: ['monitoring'],
      body: Type.Object({ participant: ParticipantCode, ...AssessmentFields }, { additionalProperties: false }),
      response: { 201: Assessment, ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await capacity.add(app.store.db, req.actor, req.body)));

  app.get('/api/capacity/:id', {
    config: { action: 'capacity.read' },
    schema: { summary: 'One capacity assessment', tags: ['monitoring'], params: AssessmentId, response: { 200: Assessment, ...errorResponses } },
  }, async (req) => capacity.get(app.store.db, req.actor, req.params.id));

  app.put('/api/capacity/:id', {
    config: { action: 'capacity.manage' },
    schema: {
      summary: 'Correct a capacity assessment (its Participant stays)',
      tags: ['monitoring'],
      params: AssessmentId,
      body: Type.Object(AssessmentFields, { additionalProperties: false }),
      response: { 200: Assessment, ...errorResponses },
    },
  }, async (req) => capacity.update(app.store.db, req.actor, req.params.id, req.body));

  app.delete('/api/capacity/:id', {
    config: { action: 'capacity.manage' },
    schema: { summary: 'Withdraw a capacity assessment (recorded in the audit log)', tags: ['monitoring'], params: AssessmentId, response: { 204: Type.Null(), ...errorResponses } },
  }, async (req, reply) => {
    await capacity.remove(app.store.db, req.actor, req.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/monitoring/regions/:region', {
    config: { action: 'findings.read' },
    schema: {
      summary: "A region's dashboard (west-africa, south-america): production and exports per country and year, open findings, suspicious shipments, UN measures",
      tags: ['monitoring'],
      params: Type.Object({ region: Type.String({ maxLength: 40 }) }),
      querystring: Type.Object({ from: Type.Optional(Year), to: Type.Optional(Year) }),
      response: {
        200: Type.Object({
          region: Type.Union((Object.keys(regions.REGIONS) as regions.RegionId[]).map((r) => Type.Literal(r))),
          name: Type.String(),
          countries: Type.Array(Type.String()),
          from: Type.Integer(),
          to: Type.Integer(),
          series: Type.Array(Type.Object({ participant: Type.String(), year: Type.Integer(), productionCarats: Type.Number(), productionUsd: Type.Number(), exportsCarats: Type.Number(), exportsUsd: Type.Number() })),
          measures: Type.Array(Type.Object({ target: Type.String(), kind: Type.String(), basis: Type.String(), validFrom: Type.String(), validTo: Type.Union([Type.Null(), Type.String()]) })),
          findings: Type.Array(Type.Object({ id: Type.String(), type: FindingType, name: Type.String({ description: 'the kind of finding, named in the reader\'s language' }), participant: Type.String(), period: Type.String(), severity: Severity, summary: Type.String(), status: FindingStatus })),
          shipments: Type.Array(ShipmentReport),
        }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    const lang = readerLanguage(req);
    const answer = await regions.region(app.store, req.actor, req.params.region, req.query);
    return { ...answer, findings: answer.findings.map((f) => ({ ...f, name: findingTypeName(f.type, lang) })) };
  });
};
