// HTTP routes of documents: browse, list and search what the caller may read, read, download a
// language version; publish documents and their language versions.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, errorResponses } from '../../interface/schemas.js';
import { ACCESS_LEVELS, CATEGORIES, DOCUMENT_LANGUAGES, MAX_CONTENT_BYTES } from './model.js';
import * as service from './service.js';

const Lang = Type.String({ enum: [...DOCUMENT_LANGUAGES] });
const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([Type.Null(), t]);
const Category = Type.String({ enum: [...CATEGORIES] });

const Document = Type.Object({
  id: Type.String(),
  title: Type.String(),
  category: Category,
  publishedOn: Type.String(),
  owner: Nullable(Type.String()),
  access: Type.String({ enum: [...ACCESS_LEVELS] }),
  group: Nullable(Type.String()),
  organisations: Type.Array(Type.String()),
  link: Nullable(Type.String()),
  createdBy: Type.String(),
  versions: Type.Array(Type.Object({ language: Type.String(), filename: Type.String(), mediaType: Type.String(), size: Type.Integer() })),
});

const VersionFields = {
  text: Type.Optional(Type.String({ description: 'the version as text' })),
  contentBase64: Type.Optional(Type.String({ description: `or a file, base64-encoded (at most ${MAX_CONTENT_BYTES} bytes once decoded)` })),
  filename: Type.Optional(Type.String({ maxLength: 200 })),
  mediaType: Type.Optional(Type.String({ maxLength: 100 })),
};

/** room for a version at the size limit, base64-encoded, and its JSON around it: the service names the limit, not the server */
const BODY_LIMIT = Math.ceil((MAX_CONTENT_BYTES * 4) / 3) * 2 + 64 * 1024;

/** attachment; an ASCII fallback name and the real one (RFC 6266 / 5987), so "communiqué.pdf" survives */
export function contentDisposition(filename: string): string {
  const ascii = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'document';
  return ascii === filename ? `attachment; filename="${filename}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['governance: documents'];

  app.get('/api/documents', {
    config: { action: 'documents.read' },
    schema: {
      summary: 'Documents the caller may read, newest first; q searches the title and the text of every language version',
      tags,
      querystring: Type.Object({
        category: Type.Optional(Category),
        year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
        language: Type.Optional(Lang),
        q: Type.Optional(Type.String({ maxLength: 200 })),
      }),
      response: { 200: Type.Object({ documents: Type.Array(Document) }), ...errorResponses },
    },
  }, async (req) => ({ documents: await service.list(app.store.db, req.actor, req.query) }));

  app.get('/api/documents/browse', {
    config: { action: 'documents.read' },
    schema: {
      summary: 'What there is, at once: the documents the caller may read counted by category and year, and by language',
      tags,
      response: {
        200: Type.Object({
          total: Type.Integer(),
          categories: Type.Array(Type.Object({ category: Category, count: Type.Integer(), years: Type.Array(Type.Object({ year: Type.Integer(), count: Type.Integer() })) })),
          languages: Type.Array(Type.Object({ language: Type.String(), count: Type.Integer() })),
        }),
        ...errorResponses,
      },
    },
  }, async (req) => service.browse(app.store.db, req.actor));

  app.get('/api/documents/:id', {
    config: { action: 'documents.read' },
    schema: { summary: 'One document (404 when it does not exist or is not shared with the caller)', tags, params: Type.Object({ id: Uuid }), response: { 200: Document, ...errorResponses } },
  }, async (req) => service.get(app.store.db, req.actor, req.params.id));

  app.get('/api/documents/:id/versions/:language', {
    config: { action: 'documents.read' },
    schema: {
      summary: 'Download one language version of a document',
      tags,
      params: Type.Object({ id: Uuid, language: Lang }),
      response: { 200: Type.Unknown({ description: 'the file, with its media type' }), ...errorResponses },
    },
  }, async (req, reply) => {
    const c = await service.download(app.store.db, req.actor, req.params.id, req.params.language);
    return reply.type(c.mediaType).header('content-disposition', contentDisposition(c.filename)).header('x-content-type-options', 'nosniff').send(c.content);
  });

  app.post('/api/documents', {
    config: { action: 'documents.publish' },
    bodyLimit: BODY_LIMIT,
    schema: {
      summary: `Publish a document with its access level and one or more language versions (each at most ${MAX_CONTENT_BYTES} bytes)`,
      tags,
      body: Type.Object(
        {
          title: Type.String({ minLength: 1, maxLength: 300 }),
          category: Category,
          publishedOn: Day,
          access: Type.String({ enum: [...ACCESS_LEVELS] }),
          group: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
          organisations: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
          owner: Type.Optional(Nullable(Type.String({ pattern: '^[A-Z]{2}$' }))),
          link: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
          versions: Type.Array(Type.Object({ language: Lang, ...VersionFields }, { additionalProperties: false }), { minItems: 1, maxItems: 5 }),
        },
        { additionalProperties: false },
      ),
      response: { 200: Document, ...errorResponses },
    },
  }, async (req) => service.create(app.store.db, req.actor, req.body as service.NewDocument));

  app.put('/api/documents/:id/versions/:language', {
    config: { action: 'documents.publish' },
    bodyLimit: BODY_LIMIT,
    schema: {
      summary: 'Add (or replace) one language version of a document',
      tags,
      params: Type.Object({ id: Uuid, language: Lang }),
      body: Type.Object(VersionFields, { additionalProperties: false }),
      response: { 200: Document, ...errorResponses },
    },
  }, async (req) => service.putVersion(app.store.db, req.actor, req.params.id, { ...req.body, language: req.params.language }));
};
