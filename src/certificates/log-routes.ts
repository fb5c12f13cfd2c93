// HTTP routes of the transparency log (RFC 9162, C2SP checkpoints): the signed tree head, checkpoints
// and their witnesses' cosignatures, the log's keys, inclusion and consistency proofs, the entries.
// Public reads answer from the read replica (KPCS_READ_DATABASE_URL) when one is set.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../interface/schemas.js';
import { onReplica } from '../db/read-replica.js';
import { Any, Checkpoint, Code, Number_ } from './route-schemas.js';
import * as log from './log.js';
import * as checkpoints from './checkpoints.js';
import * as service from './service.js';
import { issueEntryOf } from './lookup.js';

export const logRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.store;
  app.get('/api/log/tree-head', {
    // signed on request (the checkpoint stored when the log or the audit chain moved): limited like verification
    config: { action: 'certificates.log.read', limit: 'lookup' },
    schema: {
      summary: 'The signed tree head of the transparency log (RFC 9162): size, root hash, time, signature by the log key',
      tags: ['log'],
      security: [],
      response: { 200: Type.Object({ treeSize: Type.Integer(), rootHash: Type.String(), timestamp: Type.String(), keyId: Type.String(), signature: Type.String() }) },
    },
  }, async () => onReplica(s, () => log.signedTreeHead(s)));

  app.get('/api/log/checkpoint', {
    // signed on request (the checkpoint stored when the log or the audit chain moved): limited like verification
    config: { action: 'certificates.log.read', limit: 'lookup' },
    schema: {
      summary: "The log's checkpoint signed by the log key (C2SP tlog-checkpoint + signed-note), committing to the tree and to the audit chain's head, with the witnesses' cosignatures; the current one, or the latest of treeSize entries. As text/plain (the note) when asked for",
      tags: ['log'],
      security: [],
      querystring: Type.Object({ treeSize: Type.Optional(Type.Integer({ minimum: 0 })) }),
      response: { 200: Checkpoint, ...errorResponses },
    },
  }, async (req, reply) => {
    const cp = await onReplica(s, () => checkpoints.checkpoint(s, req.query.treeSize));
    if (req.headers.accept?.startsWith('text/plain')) return reply.type('text/plain; charset=utf-8').send(cp.note);
    return cp;
  });

  app.post('/api/log/checkpoint/cosignatures', {
    config: { action: 'certificates.log.cosign' },
    schema: {
      summary: 'Hand in cosignatures of a checkpoint this log signed (C2SP tlog-cosignature), from registered witnesses; served with the checkpoint from then on',
      tags: ['log'],
      security: [],
      body: Type.Object({ checkpoint: Type.String({ maxLength: 65536, description: 'the checkpoint note with the witness\'s cosignature line(s)' }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ treeSize: Type.Integer(), checkpointTime: Type.String(), accepted: Type.Array(Type.String()), added: Type.Array(Type.String()) }), ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await checkpoints.addCosignatures(s, req.body.checkpoint)));

  app.post('/api/log/witnesses', {
    config: { action: 'certificates.witness.manage' },
    schema: {
      summary: 'Register a witness (administrators): its cosignatures of checkpoints are accepted and its key is listed on the trust list',
      tags: ['log'],
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), publicKey: Type.String({ minLength: 1, maxLength: 300 }) }, { additionalProperties: false }),
      response: { 201: Any, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req, reply) => reply.status(201).send(await checkpoints.addWitness(s, req.actor, req.body.name, req.body.publicKey)));

  app.get('/api/log/witnesses', {
    config: { action: 'certificates.log.read' },
    schema: {
      summary: 'The witnesses registered to cosign the log, with their keys and periods (also on the trust list)',
      tags: ['log'],
      security: [],
      response: { 200: Type.Array(Any) },
    },
  }, async () => onReplica(s, () => checkpoints.witnessKeys(s.db)));

  app.get('/api/log/keys', {
    config: { action: 'certificates.log.read' },
    schema: {
      summary: "The log's tree-head keys, each with its period of service and revocation: a head is checked with the key in service, and not revoked, at its time (also on the trust list)",
      tags: ['log'],
      security: [],
      response: { 200: Type.Array(Type.Object({ keyId: Type.String(), publicKey: Type.String(), validFrom: Type.String(), validTo: Type.Union([Type.String(), Type.Null()]), revokedAt: Type.Union([Type.String(), Type.Null()], { description: 'from then on, heads and checkpoints it signs do not count' }), revocationReason: Type.Union([Type.String(), Type.Null()]) })) },
    },
  }, async () => onReplica(s, () => service.logKeys(s)));

  app.get('/api/log/inclusion-proof', {
    config: { action: 'certificates.log.read', limit: 'lookup' },
    schema: {
      summary: "The inclusion proof of a log entry (by index, or the issue entry of a number) in the tree of treeSize entries (default: the current size). By number: with the certificate's verification code (?code=), or signed in as an authority concerned (403 otherwise): a number alone does not tell where in the log its certificate is",
      tags: ['log'],
      security: [],
      querystring: Type.Object({ index: Type.Optional(Type.Integer({ minimum: 0 })), number: Type.Optional(Number_), code: Type.Optional(Code), treeSize: Type.Optional(Type.Integer({ minimum: 1 })) }),
      response: { 200: Type.Object({ leafIndex: Type.Integer(), treeSize: Type.Integer(), leafHash: Type.String(), rootHash: Type.String(), proof: Type.Array(Type.String()) }), ...errorResponses },
    },
  }, async (req) => {
    if (req.query.index === undefined && !req.query.number) throw service.invalidQuery('query.indexOrNumber', { index: 'index', number: 'number' });
    return onReplica(s, async () => log.inclusionProof(s.db, req.query.index ?? (await issueEntryOf(s, req.actor, req.query.number!, { code: req.query.code })), req.query.treeSize));
  });

  app.get('/api/log/consistency-proof', {
    config: { action: 'certificates.log.read', limit: 'lookup' },
    schema: {
      summary: 'The consistency proof between two sizes of the log: the larger tree extends the smaller one, nothing rewritten',
      tags: ['log'],
      security: [],
      querystring: Type.Object({ first: Type.Integer({ minimum: 1 }), second: Type.Optional(Type.Integer({ minimum: 1 })) }),
      response: { 200: Type.Object({ first: Type.Integer(), second: Type.Integer(), firstRoot: Type.String(), secondRoot: Type.String(), proof: Type.Array(Type.String()) }), ...errorResponses },
    },
  }, async (req) => onReplica(s, () => log.consistencyProof(s.db, req.query.first, req.query.second)));

  app.get('/api/log/entries', {
    config: { action: 'certificates.log.read', limit: 'lookup' },
    schema: {
      summary: 'Log entries from an index: position and leaf hash only (no number, event, time or Participant: a leaf reveals nothing without its record)',
      tags: ['log'],
      security: [],
      querystring: Type.Object({ from: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }),
      response: { 200: Type.Object({ entries: Type.Array(Type.Object({ index: Type.Integer(), leafHash: Type.String() })) }) },
    },
  }, async (req) => ({ entries: await onReplica(s, () => log.entries(s.db, req.query.from ?? 0, req.query.limit ?? 100)) }));
};
