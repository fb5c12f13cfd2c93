// The certificates' HTTP shapes (routes.ts, amendment-routes.ts): what a route accepts and what it answers,
// declared once; the OpenAPI document and the web app's types are made from them (web/src/contract).
import { Type } from 'typebox';
import { OneOf } from '../interface/schemas.js';
import { HS_CODES, LIMITS, type HsCode as HsCodeName } from './model.js';
import { NUMBER_PATTERN } from './numbering.js';
import { BORDER_CHECK_KINDS, CANCEL_REASONS } from './receipt-rules.js';
import { VERDICTS } from './verification.js';
import { DISCLOSURES } from './disclosure.js';
import { CODE_EXAMPLE } from './verification-code.js';
import { documentProperties, requestProperties } from './fields.js';

const HsCode = OneOf(Object.keys(HS_CODES) as HsCodeName[]);
export const Number_ = Type.String({ pattern: NUMBER_PATTERN, maxLength: 32, description: 'a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045' });
const Party = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: LIMITS.nameLength }), address: Type.String({ minLength: 1, maxLength: LIMITS.addressLength }), country: Type.String({ pattern: '^[A-Z]{2}$' }) },
  { additionalProperties: false },
);
export const Request = Type.Object(
  requestProperties({
    exporter: Party,
    importer: Party,
    goods: Type.Array(
      Type.Object(
        {
          hsCode: HsCode,
          carats: Type.Number({ exclusiveMinimum: 0, maximum: LIMITS.carats }),
          valueUsd: Type.Number({ exclusiveMinimum: 0, maximum: LIMITS.valueUsd }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 3, description: 'one line per HS code' },
    ),
    imports: Type.Optional(Type.Array(Type.Object({ number: Number_, carats: Type.Number({ exclusiveMinimum: 0, maximum: LIMITS.carats }) }, { additionalProperties: false }), { minItems: 1, maxItems: 100, description: 'a re-export: the import certificates it draws on and the carats drawn on each (their sum is the goods\' carats); origin and provenance then follow from them' })),
  }),
  { additionalProperties: false },
);
/** a field's problem, as an error's details name it */
const Detail = Type.Object({ path: Type.Optional(Type.String()), message: Type.String() });
const Cancellation = Type.Object({ at: Type.String(), reason: OneOf(CANCEL_REASONS), note: Type.Union([Type.String(), Type.Null()]), replacedBy: Type.Union([Type.String(), Type.Null()]) });
const Open = { additionalProperties: true };
/** the signed document as issued: every field kept, those the scheme defines declared (model.ts SignedCertificate) */
export const Document = Type.Object(
  documentProperties({
    type: Type.Literal('kp-certificate'),
    version: Type.Integer(),
    title: Type.String(),
    statement: Type.String(),
    number: Type.String(),
    issuedAt: Type.String(),
    expiresAt: Type.String(),
    issuer: Type.Object(
      { participant: Type.String(), name: Type.String(), authority: Type.Union([Type.String(), Type.Null()]), countryOfExport: Type.String({ description: 'the member state of export for an EU certificate, else the Participant itself' }), keyId: Type.String() },
      Open,
    ),
    exporter: Type.Object({ name: Type.String(), address: Type.String(), country: Type.String() }, Open),
    importer: Type.Object({ name: Type.String(), address: Type.String(), country: Type.String() }, Open),
    goods: Type.Array(Type.Object({ hsCode: HsCode, carats: Type.Number(), valueUsd: Type.Number() }, Open)),
    imports: Type.Optional(Type.Array(Type.Object({ number: Type.String(), carats: Type.Number() }, Open), { description: 'a re-export: the import certificates it draws on and the carats drawn on each' })),
    origins: Type.Optional(Type.Array(Type.String(), { description: 'a re-export of mixed origin: the countries of origin of what it draws on' })),
    totals: Type.Object({ carats: Type.Number(), valueUsd: Type.Number() }, Open),
    transparency: Type.Object({ leafIndex: Type.Integer(), treeSize: Type.Integer(), rootHash: Type.String() }, Open),
    signature: Type.Object({ alg: Type.Literal('Ed25519'), value: Type.String() }, Open),
    logProof: Type.Array(Type.String(), { description: 'the inclusion proof of the issue leaf in the tree of transparency.treeSize leaves (hex, leaf side first); not signed' }),
  }),
  { additionalProperties: true, description: 'the signed certificate document (JSON, as its issuing authority signed it)' },
);
export const Verification = Type.Object({
  number: Type.String(),
  verdict: OneOf(VERDICTS),
  valid: Type.Boolean(),
  reason: Type.String({ description: 'the technical detail of the verdict (keys, log positions), in English' }),
  summary: Type.Optional(Type.String({ description: "what the verdict means, in the reader's language (Accept-Language; Content-Language says which)" })),
  issuer: Type.Optional(Type.String()),
  keyId: Type.Optional(Type.String()),
  issuedAt: Type.Optional(Type.String()),
  expiresAt: Type.Optional(Type.String()),
  confirmed: Type.Optional(Type.Boolean()),
  replacedBy: Type.Optional(Type.String({ description: 'a cancelled certificate: the one issued in its place' })),
  replaces: Type.Optional(Type.String({ description: 'the cancelled certificate this one was issued in place of' })),
  checkedAt: Type.String(),
});
/** A certificate in the importing authority's queue (awaiting.ts AwaitingCertificate). */
export const AwaitingCertificate = Type.Object({
  number: Type.String(),
  exporter: Type.Object({ participant: Type.String(), country: Type.String(), name: Type.String() }),
  issuedAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  parcels: Type.Integer(),
  carats: Type.Number(),
  daysLeft: Type.Integer({ description: 'whole days to the day of expiry, negative once expired' }),
});
const Hex = Type.String({ pattern: '^[0-9a-f]{64}$' });
const Consistency = Type.Object({ first: Type.Integer(), second: Type.Integer(), proof: Type.Array(Hex) });
export const Bundle = Type.Object({
  type: Type.Literal('kp-certificate-bundle'),
  version: Type.Literal(1),
  certificate: Document,
  inclusion: Type.Object({ leafIndex: Type.Integer(), treeSize: Type.Integer(), proof: Type.Array(Hex) }),
  checkpoint: Type.String({ description: 'the signed note: checkpoint body, blank line, the log signature line, witnesses\' cosignature lines' }),
  consistency: Type.Optional(Consistency),
});
export const Checkpoint = Type.Object({
  note: Type.String({ description: "C2SP signed note: origin, tree size, base64 root hash, kpcs-time, kpcs-audit (a salted commitment to the audit chain's head) and kpcs-trust (the trust list's generation) lines, blank line, signature lines" }),
  treeSize: Type.Integer(),
  rootHash: Type.String(),
  time: Type.String(),
  keyId: Type.String(),
  audit: Type.Object({
    commitment: Type.Optional(Type.String({ description: 'sha256 of the audit chain\'s entries and head, salted (the salt stays with the store, for kpcs audit verify --checkpoint)' })),
    entries: Type.Optional(Type.Integer({ description: 'checkpoints signed before the commitment only' })),
    head: Type.Optional(Type.String({ description: 'checkpoints signed before the commitment only' })),
  }),
  trust: Type.Optional(Type.Integer({ description: 'the generation of the trust list the checkpoint commits to' })),
  cosignatures: Type.Array(Type.String(), { description: 'the witnesses whose cosignature lines the note carries' }),
});
export const Any = Type.Object({}, { additionalProperties: true });
/** the verification code printed beside the QR code; case, spaces and hyphens do not matter */
export const Code = Type.String({ maxLength: 40, description: `the verification code printed beside the QR code of the certificate, e.g. ${CODE_EXAMPLE}` });
const Party_ = Type.Object({ name: Type.String(), address: Type.String(), country: Type.String() });
export const LookUp = Type.Object({
  ...Verification.properties,
  disclosure: OneOf(DISCLOSURES, { description: 'public: the number alone (verdict and issuing Participant); holder: with the right verification code; authority: an authority concerned, signed in' }),
  countryOfExport: Type.Optional(Type.String()),
  importerCountry: Type.Optional(Type.String()),
  parcels: Type.Optional(Type.Integer()),
  carats: Type.Optional(Type.Number()),
  exporter: Type.Optional(Party_),
  importer: Type.Optional(Party_),
  origin: Type.Optional(Type.String()),
  origins: Type.Optional(Type.Array(Type.String(), { description: 'authority: the countries of origin (the origin, or the list of a mixed origin)' })),
  provenance: Type.Optional(Type.String()),
  drawsOn: Type.Optional(Type.Array(Type.Ref('ChainLink'), { description: 'authority, a re-export: the import certificates it draws on, recursively' })),
  goods: Type.Optional(Type.Array(Type.Object({ hsCode: HsCode, carats: Type.Number(), valueUsd: Type.Number() }))),
  valueUsd: Type.Optional(Type.Number()),
  confirmation: Type.Optional(
    Type.Union([
      Type.Object({
        participant: Type.String(),
        receivedOn: Type.String(),
        parcels: Type.Integer(),
        carats: Type.Number(),
        sealsIntact: Type.Boolean(),
        flagged: Type.Boolean(),
        mismatches: Type.Array(Detail),
        logIndex: Type.Optional(Type.Integer({ description: "the record's position in the log" })),
        logSalt: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'the secret salt of its leaf (null: logged before salts)' })),
      }),
      Type.Null(),
    ]),
  ),
  cancellation: Type.Optional(Type.Union([Type.Object({ ...Cancellation.properties, logSalt: Type.Optional(Type.Union([Type.String(), Type.Null()])) }), Type.Null()])),
});

/** An import certificate a re-export draws on, and those it draws on in turn (reexport.ts ChainLink); shared, as it names itself. */
export const ChainLink = Type.Object(
  {
    number: Type.String(),
    carats: Type.Number({ description: 'the carats the certificate above drew on this one' }),
    issuer: Type.String({ description: 'the issuing Participant (from the number)' }),
    known: Type.Boolean({ description: 'false: the certificate is not in this store; nothing more is known of it' }),
    issuedOn: Type.Optional(Type.String()),
    countryOfExport: Type.Optional(Type.String()),
    origin: Type.Optional(Type.String()),
    origins: Type.Optional(Type.Array(Type.String())),
    cancelled: Type.Optional(Type.Boolean()),
    drawsOn: Type.Optional(Type.Array(Type.Ref('ChainLink'), { description: 'a re-export itself: the certificates it draws on' })),
  },
  { $id: 'ChainLink' },
);

/** A row of the list of certificates (service.ts list). */
export const CertificateRow = Type.Object({
  number: Type.String(),
  issuer: Type.String(),
  countryOfExport: Type.String(),
  importer: Type.String(),
  importerCountry: Type.String(),
  issuedAt: Type.String(),
  expiresAt: Type.String(),
  carats: Type.Number(),
  valueUsd: Type.Number(),
  parcels: Type.Integer(),
  status: OneOf(['issued', 'confirmed', 'confirmed-with-mismatch', 'cancelled', 'replaced'], { description: 'replaced: cancelled because another was issued in its place (amended)' }),
});

/** One certificate with its status (service.ts get, reexport.ts chainOf). */
export const CertificateView = Type.Object({
  certificate: Document,
  status: Type.Object({
    cancelled: Type.Union([Cancellation, Type.Null()]),
    confirmation: Type.Union([
      Type.Object({
        participant: Type.String(),
        parcels: Type.Integer(),
        carats: Type.Number(),
        sealsIntact: Type.Boolean(),
        receivedOn: Type.String(),
        mismatches: Type.Array(Detail),
        flagged: Type.Boolean(),
        note: Type.Union([Type.String(), Type.Null()]),
        confirmedAt: Type.String(),
        confirmedBy: Type.String(),
        logIndex: Type.Integer(),
      }),
      Type.Null(),
    ]),
    borderChecks: Type.Array(
      Type.Object({
        participant: Type.String(),
        kind: OneOf(BORDER_CHECK_KINDS),
        verdict: OneOf(VERDICTS),
        sealsIntact: Type.Union([Type.Boolean(), Type.Null()]),
        unopened: Type.Union([Type.Boolean(), Type.Null()]),
        note: Type.Union([Type.String(), Type.Null()]),
        checkedAt: Type.String(),
        checkedBy: Type.String(),
      }),
    ),
    log: Type.Array(Type.Object({ index: Type.Integer(), event: OneOf(['issued', 'confirmed', 'cancelled']), at: Type.String() })),
    drawsOn: Type.Optional(
      Type.Array(
        Type.Object({
          number: Type.String(),
          carats: Type.Number(),
          issuer: Type.String(),
          origin: Type.Union([Type.String(), Type.Null()]),
          origins: Type.Union([Type.Array(Type.String()), Type.Null()]),
          countryOfExport: Type.Union([Type.String(), Type.Null()]),
          cancelled: Type.Boolean(),
        }),
        { description: 'a re-export: the import certificates it draws on' },
      ),
    ),
    drawnBy: Type.Optional(Type.Array(Type.Object({ number: Type.String(), carats: Type.Number() }), { description: 'an import: the re-exports drawn on it' })),
  }),
});

/** An application for a certificate (applications.ts Application). */
export const Application = Type.Object({
  id: Type.String(),
  participant: Type.String(),
  status: OneOf(['pending', 'approving', 'approved', 'refused']),
  request: Type.Object({ ...Request.properties, origins: Type.Optional(Type.Array(Type.String())) }),
  submittedBy: Type.String(),
  submittedAt: Type.String(),
  decidedBy: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  certificateNumber: Type.Union([Type.String(), Type.Null()]),
});

/** A receipt confirmed (service.ts recordConfirmations). */
export const Confirmed = Type.Object({
  number: Type.String(),
  issuer: Type.String(),
  confirmedAt: Type.String(),
  receivedOn: Type.String(),
  flagged: Type.Boolean(),
  mismatches: Type.Array(Detail),
  logIndex: Type.Integer(),
  alerted: Type.Integer({ description: "the exporting authority's officers alerted" }),
});

export const Cancelled = Type.Object({ number: Type.String(), cancelledAt: Type.String(), reason: OneOf(CANCEL_REASONS), logIndex: Type.Integer() });

export const BorderChecked = Type.Object({
  id: Type.String(),
  number: Type.String(),
  participant: Type.String(),
  kind: OneOf(BORDER_CHECK_KINDS),
  verdict: OneOf(VERDICTS),
  reason: Type.String(),
  flagged: Type.Boolean(),
  embargo: Type.Array(Detail, { description: 'a UN diamond measure on the exporting or importing country on the day of issue or today' }),
  checkedAt: Type.String(),
});


const TrustedKey = Type.Object({
  keyId: Type.String(),
  owner: Type.String({ description: 'the Participant for an authority key; "KP" for the scheme\'s own keys; a witness\'s name for a witness key' }),
  purpose: OneOf(['certificate', 'trust-list', 'log', 'witness']),
  publicKey: Type.String(),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  revocationReason: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
const ChairKeyRef = Type.Object({ keyId: Type.String(), publicKey: Type.String(), chair: Type.String(), year: Type.Integer() });
/** The signed trust list (signing.ts TrustList), served as the bytes signed: this schema describes them, it serialises nothing. */
export const TrustList = Type.Object({
  type: Type.Literal('kp-trust-list'),
  version: Type.Union([Type.Literal(1), Type.Literal(2)], { description: '1: signed by an installation scheme key (KP-…, older lists); 2: signed by the Chair\'s key' }),
  issuedAt: Type.String(),
  generation: Type.Optional(Type.Integer({ description: 'the number of the listed state, one more at every change (lists signed before generations carry none: 0)' })),
  nextUpdate: Type.Optional(Type.String({ description: 'the time by which a newer list will have been signed: after it, the list is stale' })),
  chair: Type.Union([Type.String(), Type.Null()]),
  chairYear: Type.Optional(Type.Integer()),
  signer: Type.Object({ keyId: Type.String(), publicKey: Type.String(), chair: Type.Optional(Type.String()), year: Type.Optional(Type.Integer()) }),
  chain: Type.Optional(
    Type.Array(Type.Object({ type: Type.Literal('kp-chair-key-endorsement'), at: Type.String(), previous: ChairKeyRef, next: ChairKeyRef, signature: Type.Object({ alg: Type.Literal('Ed25519'), value: Type.String() }) }), {
      description: "version 2: the endorsements of every Chair key by the previous one, oldest first, ending at the signer",
    }),
  ),
  keys: Type.Array(TrustedKey),
  cancelled: Type.Array(
    Type.Object({ number: Type.String(), replacedBy: Type.Union([Type.String(), Type.Null()]), at: Type.Optional(Type.String()), reason: Type.Optional(Type.String()) }),
    { description: 'cancelled certificates with the one issued in place (numbers only; lists signed before also carry at and reason)' },
  ),
  signature: Type.Object({ alg: Type.Literal('Ed25519'), value: Type.String() }),
});
