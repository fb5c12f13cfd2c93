// HTTP routes of the Chair's reports: JSON (the web renders it) or PDF.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../interface/schemas.js';
import { REPORT_LANGUAGES, type Report } from './model.js';
import * as service from './service.js';

const Query = Type.Object({
  year: Type.Integer({ minimum: 2003, maximum: 2100 }),
  lang: Type.Optional(Type.Union(REPORT_LANGUAGES.map((l) => Type.Literal(l)), { description: 'en (default), fr, pt, es or ru' })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('pdf')], { description: 'json (default) or pdf' })),
});

/** a passage quoted in its source's language (the only text that may not be in the report's), with its source */
const Quotation = Type.Object({ quote: Type.String(), source: Type.String({ description: "the source, in the report's language (e.g. a symbol, a record)" }) });

const Block = Type.Union([
  Type.Object({ type: Type.Literal('paragraph'), text: Type.String() }),
  Type.Object({ type: Type.Literal('quote'), text: Type.String(), source: Type.String() }, { description: 'a quotation set apart, with its source' }),
  Type.Object({ type: Type.Literal('figures'), items: Type.Array(Type.Object({ label: Type.String(), value: Type.String() })) }),
  Type.Object({
    type: Type.Literal('table'),
    caption: Type.Optional(Type.String()),
    columns: Type.Array(Type.Object({ label: Type.String(), align: Type.Optional(Type.Union([Type.Literal('left'), Type.Literal('right')])) })),
    rows: Type.Array(Type.Array(Type.Union([Type.String(), Quotation]))),
  }),
]);

const ReportBody = Type.Object({
  kind: Type.Union([Type.Literal('annual'), Type.Literal('special')]),
  subject: Type.Optional(Type.String()),
  year: Type.Integer(),
  lang: Type.String(),
  title: Type.String(),
  subtitle: Type.String(),
  generatedAt: Type.String(),
  sections: Type.Array(Type.Object({ id: Type.String(), heading: Type.String(), blocks: Type.Array(Block) })),
  data: Type.Record(Type.String(), Type.Unknown()),
});

const PdfOrJson = { 200: { ...ReportBody, description: 'the report as data; with format=pdf, the PDF (application/pdf) instead' }, ...errorResponses };

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const send = async (report: Report, format: 'json' | 'pdf' | undefined, reply: import('fastify').FastifyReply) => {
    if (format !== 'pdf') return report;
    const name = `kp-${report.kind}${report.subject ? `-${report.subject}` : ''}-${report.year}-${report.lang}.pdf`;
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}"`).send(await service.renderPdf(report));
  };

  app.get('/api/reports/annual', {
    config: { action: 'reports.read' },
    schema: {
      summary: "The Chair's annual report for a year (the structure of the 2006 report: participation, working groups, statistics, peer review, challenges), in one of the five languages, as JSON or PDF",
      tags: ['reports'],
      querystring: Query,
      response: PdfOrJson,
    },
  }, async (req, reply) => send(await service.annualReport(app.store.db, req.actor, req.query), req.query.format, reply));

  app.get('/api/reports/special/:subject', {
    config: { action: 'reports.read' },
    schema: {
      summary: "A special report for a year (CI: Côte d'Ivoire — the UN measure, the neighbours' exports, findings, suspicious shipments), as JSON or PDF",
      tags: ['reports'],
      params: Type.Object({ subject: Type.String({ pattern: '^[A-Za-z]{2}$' }) }),
      querystring: Query,
      response: PdfOrJson,
    },
  }, async (req, reply) => send(await service.specialReport(app.store.db, req.actor, req.params.subject, req.query), req.query.format, reply));
};
