// HTTP routes of the certificates' W3C Verifiable Credentials (docs/credentials.md): the credential of a
// certificate, the public status lists, and online verification of a credential.
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../interface/schemas.js';
import { NUMBER_PATTERN } from './numbering.js';
import { VERDICTS } from './verification.js';
import { CODE_EXAMPLE } from './verification-code.js';
import { credential, statusList, verifyOnline } from './credentials.js';

const Open = Type.Object({}, { additionalProperties: true });
const Text = Type.Array(Type.Object({ '@value': Type.String(), '@language': Type.String() }), { description: 'the text in English, French, Portuguese, Spanish and Russian (JSON-LD language values)' });
const Proof = Type.Object({
  type: Type.Literal('DataIntegrityProof'),
  cryptosuite: Type.Literal('eddsa-jcs-2022'),
  created: Type.String({ format: 'date-time' }),
  verificationMethod: Type.String({ description: 'did:key:z6Mk…#z6Mk…: the Ed25519 key (multicodec ed25519-pub) that signed' }),
  proofPurpose: Type.Literal('assertionMethod'),
  '@context': Type.Array(Type.Union([Type.String(), Open])),
  proofValue: Type.String({ description: 'Multibase base58btc (z…) of the Ed25519 signature' }),
});
const Credential = Type.Object({
  '@context': Type.Array(Type.Union([Type.String(), Open]), { description: 'https://www.w3.org/ns/credentials/v2, then the kpcs terms inline' }),
  type: Type.Array(Type.String()),
  name: Text,
  description: Text,
  issuer: Type.Object({ id: Type.String({ description: "the did:key of the authority key that signed the certificate" }), name: Type.String(), participant: Type.String(), keyId: Type.String() }),
  validFrom: Type.String({ format: 'date-time' }),
  validUntil: Type.String({ format: 'date-time' }),
  credentialSubject: Type.Object({}, { additionalProperties: true, description: 'the KPCS fields the caller may see (docs/credentials.md)' }),
  credentialStatus: Type.Object({ id: Type.String(), type: Type.Literal('BitstringStatusListEntry'), statusPurpose: Type.Literal('revocation'), statusListIndex: Type.String(), statusListCredential: Type.String() }),
  proof: Proof,
});
const StatusListCredential = Type.Object({
  '@context': Type.Array(Type.String()),
  id: Type.String(),
  type: Type.Array(Type.String()),
  name: Text,
  description: Text,
  issuer: Type.Object({ id: Type.String({ description: 'the did:key of the log key in service (on the trust list)' }), name: Type.String() }),
  validFrom: Type.String({ format: 'date-time' }),
  credentialSubject: Type.Object({ id: Type.String(), type: Type.Literal('BitstringStatusList'), statusPurpose: Type.Literal('revocation'), encodedList: Type.String({ description: 'Multibase base64url (u…) of the GZIP-compressed bitstring of 131,072 bits; bit i (left-most first) set: the certificate of status index i is cancelled' }) }),
  proof: Proof,
});

export const credentialRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.store;

  app.get('/api/certificates/:number/credential', {
    config: { action: 'certificates.credential.read', limit: 'lookup' },
    schema: {
      summary: "The certificate as a W3C Verifiable Credential 2.0, secured by a Data Integrity proof (eddsa-jcs-2022) of the issuing authority's key, with its status in a Bitstring Status List: to the holder with the verification code (?code=: the holder's fields) and to the authorities concerned signed in (all fields). A number alone is refused (403)",
      tags: ['verify'],
      security: [],
      params: Type.Object({ number: Type.String({ pattern: NUMBER_PATTERN, maxLength: 32 }) }),
      querystring: Type.Object({ code: Type.Optional(Type.String({ maxLength: 40, description: `the verification code printed beside the QR code, e.g. ${CODE_EXAMPLE}` })) }),
      response: { 200: Credential, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req) => credential(s, req.actor, req.params.number, { code: req.query.code }));

  app.get('/api/credentials/status/:list', {
    config: { action: 'certificates.credential-status.read', limit: 'lookup' },
    schema: {
      summary: 'A status list of the credentials (W3C Bitstring Status List v1.0, purpose revocation), built from the register at the request and signed by the log key (eddsa-jcs-2022): the bit of a cancelled certificate is set',
      tags: ['verify'],
      security: [],
      params: Type.Object({ list: Type.Integer({ minimum: 0, maximum: 1_000_000 }) }),
      response: { 200: StatusListCredential, ...errorResponses, 409: Type.Ref('Error') },
    },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-cache');
    return statusList(s, req.params.list);
  });

  app.post('/api/verify/credential', {
    config: { action: 'certificates.verify', limit: 'lookup' },
    schema: {
      summary: "Verify a certificate's credential (public): its proof, its key against the trust list, its dates, its status in this register's status list, its expiry",
      tags: ['verify'],
      security: [],
      body: Open,
      response: {
        200: Type.Object({
          verdict: Type.Union(VERDICTS.map((v) => Type.Literal(v))), valid: Type.Boolean(), reason: Type.String(),
          number: Type.Optional(Type.String()), issuer: Type.Optional(Type.String()), keyId: Type.Optional(Type.String()),
          status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('revoked'), Type.Literal('unchecked')])),
          checkedAt: Type.String(),
        }),
        ...errorResponses,
      },
    },
  }, async (req) => ({ ...(await verifyOnline(s, req.body)), checkedAt: new Date().toISOString() }));
};
