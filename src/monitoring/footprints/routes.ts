// HTTP routes of footprints: reference distributions, the comparison of a parcel, the photo table.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Day, ParticipantCode, errorResponses } from '../../interface/schemas.js';
import { detail, invalid } from '../../core/errors.js';
import { SCHEMES } from './sieves.js';
import * as service from './service.js';
import { m } from './messages.js';
import { readerLanguage } from '../../interface/language.js';

const Scheme = Type.Enum(SCHEMES, { description: 'the sieve scheme the file is written in (default sieve: the trade sieve classes); another scheme is converted to sieve classes' });
const SchemeName = Type.Enum(SCHEMES, { description: 'the sieve scheme the sample was written in (its classes are on the trade sieve classes)' });
const Csv = Type.String({ minLength: 1, maxLength: service.MAX_CSV_BYTES, description: 'footprint.csv: sample,sieve_class,stones,carats (optionally scheme)' });
const Class = Type.Object({ sieveClass: Type.String(), lower: Type.Integer(), upper: Type.Integer(), stones: Type.Integer(), carats: Type.String(), written: Type.String() });
const Reference = Type.Object({
  id: Type.String(), participant: Type.String(), area: Type.String(), sample: Type.String(), source: Type.String(), sampledOn: Type.Union([Type.Null(), Type.String()]),
  synthetic: Type.Boolean({ description: 'illustrative demo data, not a real footprint' }), scheme: SchemeName, classes: Type.Array(Class),
  stones: Type.Integer(), carats: Type.String(), createdAt: Type.String(), createdBy: Type.String(), photos: Type.Integer(),
});
const Photo = Type.Object({ id: Type.String(), referenceId: Type.String(), participant: Type.String(), contentType: Type.Enum(['image/png', 'image/jpeg']), caption: Type.String(), size: Type.Integer(), uploadedAt: Type.String(), uploadedBy: Type.String() });
const Num = Type.Union([Type.Null(), Type.Number()]);
const Comparison = Type.Object({
  parcel: Type.Object({ name: Type.String(), scheme: SchemeName, conversions: Type.Array(Type.String()), stones: Type.Integer(), carats: Type.Number(), classes: Type.Integer() }),
  warning: Type.Optional(Type.String()),
  method: Type.String(),
  matches: Type.Array(Type.Object({
    rank: Type.Integer(),
    reference: Type.Object({ id: Type.String(), participant: Type.String(), area: Type.String(), synthetic: Type.Boolean() }),
    chiSquare: Type.Union([Type.Null(), Type.Object({ statistic: Type.Number(), df: Type.Integer(), pValue: Num, merged: Type.Integer(), classes: Type.Array(Type.Object({ label: Type.String(), observed: Type.Number(), expected: Type.Number() })) })]),
    ks: Type.Number({ description: 'Kolmogorov–Smirnov distance between the carat-weighted cumulative curves' }),
    caratsPerStone: Type.Object({ parcel: Type.Number(), reference: Type.Number(), ratio: Num }),
    bins: Type.Array(Type.Object({ label: Type.String(), stones: Type.Array(Type.Integer(), { minItems: 2, maxItems: 2 }), carats: Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }) }), { description: 'the shared sieve classes: [parcel, reference] stones and carats (a pair each: OpenAPI 3.0 has no tuples)' }),
  })),
});

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'application/octet-stream'];

export const footprintRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addContentTypeParser(IMAGE_TYPES, { parseAs: 'buffer', bodyLimit: service.MAX_PHOTO_BYTES + 1024 }, (_req, body, done) => done(null, body));

  app.get('/api/footprints/references', {
    config: { action: 'footprints.read' },
    schema: {
      summary: 'Reference size-frequency distributions of producing areas (run-of-mine samples on the trade sieve classes)',
      tags: ['footprints'],
      querystring: Type.Object({ participant: Type.Optional(ParticipantCode) }),
      response: { 200: Type.Object({ references: Type.Array(Reference) }), ...errorResponses },
    },
  }, async (req) => ({ references: await service.listReferences(app.store.db, req.actor, req.query) }));

  app.post('/api/footprints/references', {
    config: { action: 'footprints.manage' },
    schema: {
      summary: "Register a producing area's reference distribution from footprint.csv (all or nothing; every bad row named)",
      tags: ['footprints'],
      body: Type.Object({
        participant: ParticipantCode, area: Type.String({ minLength: 1, maxLength: 200 }), source: Type.String({ minLength: 1, maxLength: 1000 }), sampledOn: Type.Optional(Type.Union([Type.Null(), Day])),
        synthetic: Type.Optional(Type.Boolean()), scheme: Type.Optional(Scheme), csv: Csv,
      }, { additionalProperties: false }),
      response: { 201: Reference, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req, reply) => {
    const { csv, ...rest } = req.body;
    return reply.status(201).send(await service.addReference(app.store.db, req.actor, { ...rest, file: csv }));
  });

  app.get('/api/footprints/references/:id', {
    config: { action: 'footprints.read' },
    schema: {
      summary: 'One reference distribution with its photo table',
      tags: ['footprints'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      response: { 200: Type.Object({ ...Reference.properties, photoList: Type.Array(Photo) }), ...errorResponses },
    },
  }, async (req) => service.getReference(app.store.db, req.actor, req.params.id));

  app.post('/api/footprints/compare', {
    config: { action: 'footprints.compare' },
    schema: {
      summary: "Compare a parcel's distribution (footprint.csv) with every reference: chi-square on stones per class, KS distance on the carat curve, carats per stone; ranked. Sorted goods get a warning, not a result",
      tags: ['footprints'],
      body: Type.Object({ csv: Csv, scheme: Type.Optional(Scheme), sorted: Type.Optional(Type.Boolean({ description: 'the parcel is sorted goods (no comparison is made)' })) }, { additionalProperties: false }),
      response: { 200: Comparison, ...errorResponses },
    },
  }, async (req, reply) => {
    // why no comparison was made, and how one is made, in the reader's language
    const lang = readerLanguage(req);
    reply.header('content-language', lang);
    return service.compare(app.store.db, req.actor, req.body.csv, { ...req.body, lang });
  });

  app.post('/api/footprints/references/:id/photos', {
    config: { action: 'footprints.manage' },
    bodyLimit: service.MAX_PHOTO_BYTES + 1024,
    schema: {
      summary: 'Add a photo of typical production (PNG or JPEG, at most 2 MiB, checked by content) to a reference: the image is the body',
      tags: ['footprints'],
      consumes: ['image/png', 'image/jpeg'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      querystring: Type.Object({ caption: Type.Optional(Type.String({ maxLength: 500 })) }),
      response: { 201: Photo, ...errorResponses, 413: Type.Ref('Error') },
    },
  }, async (req, reply) => {
    const body = req.body as unknown;
    if (!Buffer.isBuffer(body)) throw invalid(m('photo.notBody', { header: 'Content-Type', png: 'image/png', jpeg: 'image/jpeg' }), [detail('body', m('photo.notBodyDetail'))]);
    const photo = await service.addPhoto(app.store.db, req.actor, req.params.id, new Uint8Array(body), req.query.caption ?? '', req.headers['content-type']?.split(';')[0]?.trim());
    return reply.status(201).send(photo);
  });

  app.get('/api/footprints/photos/:id', {
    config: { action: 'footprints.read' },
    schema: {
      summary: 'The image of one photo of the photo table',
      tags: ['footprints'],
      produces: ['image/png', 'image/jpeg'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      response: { ...errorResponses },
    },
  }, async (req, reply) => {
    const p = await service.photo(app.store.db, req.actor, req.params.id);
    return reply.type(p.contentType).header('cache-control', 'private, max-age=3600').send(Buffer.from(p.bytes));
  });
};
