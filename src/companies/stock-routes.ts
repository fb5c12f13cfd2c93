// HTTP routes of stock accounts and stock reports (issue #21, point 2): a company's account and its
// reports (the officers of its Participant and the company's own users), the Participant's reporting
// period and withholding (its officers).
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, ParticipantCode, errorResponses } from '../interface/schemas.js';
import * as stock from './stock.js';

const Licence = Type.String({ pattern: '^[A-Z0-9][A-Z0-9./-]{1,39}$', description: "the authority's licence number, e.g. EU-BE-0001" });
const Figures = Type.Object({ carats: Type.Number(), valueUsd: Type.Number() });
const AccountLine = Type.Object({ hsCode: Type.String(), opening: Figures, in: Figures, out: Figures, closing: Figures });
const Movement = Type.Object({ direction: Type.Union([Type.Literal('in'), Type.Literal('out')]), day: Type.String(), certificate: Type.String(), hsCode: Type.String(), carats: Type.Number(), valueUsd: Type.Number() });
const Account = Type.Object({
  participant: Type.String(),
  licence: Type.String(),
  name: Type.String(),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.String(),
  lines: Type.Array(AccountLine),
  totals: Type.Object({ opening: Figures, in: Figures, out: Figures, closing: Figures }),
  movements: Type.Array(Movement),
});
const ReportLine = Type.Object({ hsCode: Type.String(), carats: Type.Number(), valueUsd: Type.Number() }, { additionalProperties: false });
const Report = Type.Object({
  participant: Type.String(),
  licence: Type.String(),
  from: Type.String(),
  to: Type.String(),
  lines: Type.Array(ReportLine),
  note: Type.Union([Type.String(), Type.Null()]),
  filedAt: Type.String(),
  filedBy: Type.String(),
  differences: Type.Array(Type.Object({ hsCode: Type.String(), reported: Figures, computed: Figures, difference: Figures })),
});
const Period = Type.Object({ start: Type.String(), end: Type.String(), due: Type.String() });
const Settings = Type.Object({
  participant: Type.String(),
  periodMonths: Type.Integer(),
  graceDays: Type.Integer(),
  requiredFrom: Type.String(),
  withhold: Type.Boolean(),
  updatedAt: Type.Union([Type.String(), Type.Null()]),
  updatedBy: Type.Union([Type.String(), Type.Null()]),
});

export const stockRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.store;

  app.get(
    '/api/companies/:licence/stock',
    {
      config: { action: 'companies.stock.read' },
      schema: {
        summary: "A licensed company's stock account: its confirmed imports in and its exports out, carats and US$ value by HS code, opening, in, out and closing over [from, to] (both days included; to: today, from: since the first movement), with each movement",
        tags: ['companies'],
        params: Type.Object({ licence: Licence }),
        querystring: Type.Object({ participant: Type.Optional(ParticipantCode), from: Type.Optional(Day), to: Type.Optional(Day) }, { additionalProperties: false }),
        response: { 200: Account, ...errorResponses },
      },
    },
    async (req) => stock.stockAccount(s.db, req.actor, { licence: req.params.licence, ...req.query }),
  );

  app.get(
    '/api/companies/:licence/reports',
    {
      config: { action: 'companies.stock.read' },
      schema: {
        summary: "A licensed company's stock reports: each reporting period required of it (filed, overdue or due) with its due date, each report with its difference against the stock account, and whether issuance is withheld",
        tags: ['companies'],
        params: Type.Object({ licence: Licence }),
        querystring: Type.Object({ participant: Type.Optional(ParticipantCode) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            company: Type.Object({ participant: Type.String(), licence: Type.String(), name: Type.String() }),
            settings: Settings,
            periods: Type.Array(Type.Object({ start: Type.String(), end: Type.String(), due: Type.String(), status: Type.String(), report: Type.Union([Report, Type.Null()]) })),
            overdue: Type.Union([Period, Type.Null()]),
            withheld: Type.Boolean(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => stock.reportsOf(s.db, req.actor, { licence: req.params.licence, ...req.query }),
  );

  app.post(
    '/api/companies/:licence/reports',
    {
      config: { action: 'companies.stock.report' },
      schema: {
        summary: "File a company's stock report for one reporting period of its Participant (once, after the period has ended): the closing stock by HS code as it counted it (an empty list for none); answered with the difference against the stock account",
        tags: ['companies'],
        params: Type.Object({ licence: Licence }),
        body: Type.Object(
          { participant: Type.Optional(ParticipantCode), from: Day, to: Day, lines: Type.Array(ReportLine, { maxItems: 10 }), note: Type.Optional(Type.String({ maxLength: 2000 })) },
          { additionalProperties: false },
        ),
        response: { 201: Report, ...errorResponses, 409: Type.Ref('Error') },
      },
    },
    async (req, reply) => reply.status(201).send(await stock.fileReport(s.db, req.actor, { licence: req.params.licence, ...req.body })),
  );

  app.get(
    '/api/companies/mine',
    {
      config: { action: 'companies.stock.read' },
      schema: {
        summary: 'The company a company user acts for (404 for anyone not tied to one)',
        tags: ['companies'],
        response: { 200: Type.Object({ participant: Type.String(), licence: Type.String(), name: Type.String() }), ...errorResponses },
      },
    },
    async (req) => stock.ownCompany(s.db, req.actor),
  );

  app.get(
    '/api/companies/reporting',
    {
      config: { action: 'companies.stock.read' },
      schema: {
        summary: "A Participant's stock reporting: the period (months from 1 January), the days allowed after it ends, the first period required, and whether it withholds issuance for a company whose report is overdue",
        tags: ['companies'],
        querystring: Type.Object({ participant: Type.Optional(ParticipantCode) }, { additionalProperties: false }),
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (req) => stock.reportingSettings(s.db, req.actor, req.query.participant),
  );

  app.put(
    '/api/companies/reporting',
    {
      config: { action: 'companies.stock.settings' },
      schema: {
        summary: "Set a Participant's stock reporting (its officers; audited): period of 1, 3, 6 or 12 months, days allowed after it ends, the first period required, withholding issuance for a company whose report is overdue",
        tags: ['companies'],
        body: Type.Object(
          { participant: Type.Optional(ParticipantCode), periodMonths: Type.Optional(Type.Integer()), graceDays: Type.Optional(Type.Integer()), requiredFrom: Type.Optional(Day), withhold: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (req) => stock.setReportingSettings(s.db, req.actor, req.body),
  );
};
