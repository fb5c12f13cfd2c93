// The hub exchange as a standard (issue #20): the messages national systems and the hub exchange, their
// TypeBox schemas (the OpenAPI document at /docs shows them), and how they are signed and checked. Pure:
// no I/O. docs/hub.md specifies the same for a system written in another language.
//
// A message is a JSON object signed by its sender with Ed25519 over its RFC 8785 canonical form without
// the `signature` member. It names its type, its id (unique per sender: a message sent twice is applied
// once), the sending and the receiving Participant, and the key that signed it.
import { Type, type Static } from 'typebox';
import type { KeyObject } from 'node:crypto';
import type { ErrorDetail } from '../core/errors.js';
import { canonicalBytes, sha256, signBytes, verifyBytes } from '../certificates/signing.js';

export const PROTOCOL = 'kp-hub/1';
export const MESSAGE_TYPES = ['certificate.issued', 'certificate.cancelled', 'certificate.confirmed', 'key.revoked'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** the largest message the hub accepts, in bytes (a certificate with its log proof is a few KiB) */
export const MAX_MESSAGE_BYTES = 256 * 1024;
/** messages the hub gives a national system per pull */
export const MAX_PULL = 500;
/** keys a national system registers in one call */
export const MAX_KEYS = 20;

const Code = Type.String({ pattern: '^[A-Z]{2}$', description: 'a Participant code (ISO 3166-1 alpha-2, EU for the European Community)' });
const MessageId = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$', description: "the message's id, unique per sender (a UUID, or the sender's own scheme): the same id twice is the same message, applied once" });
const Instant = Type.String({ format: 'date-time', maxLength: 40, description: 'an instant, RFC 3339' });
const KeyId = Type.String({ pattern: '^[A-Z]{2}-[0-9a-f]{16}$|^KP-[0-9a-f]{16}$', description: 'the signing key: Participant code (KP for the hub) and the first 16 hex digits of the SHA-256 of the raw public key' });
const Signature = Type.Object({ alg: Type.Literal('Ed25519'), value: Type.String({ pattern: '^[A-Za-z0-9_-]{86}$', description: 'base64url of the 64-byte Ed25519 signature' }) }, { additionalProperties: false });
const Number_ = Type.String({ pattern: '^[A-Z]{2}(-[A-Z]{2})?-\\d{4}-\\d{6}$', description: 'a certificate number, e.g. BW-2026-000123' });
const Problem = Type.Object({ path: Type.String({ maxLength: 200 }), message: Type.String({ maxLength: 2000 }) }, { additionalProperties: false });

const envelope = {
  protocol: Type.Literal(PROTOCOL),
  id: MessageId,
  sender: Code,
  receiver: Code,
  sentAt: Instant,
  keyId: KeyId,
  signature: Signature,
};

export const IssuedBody = Type.Object(
  {
    certificate: Type.Object(
      { type: Type.Literal('kp-certificate'), number: Number_ },
      { additionalProperties: true, description: 'the signed certificate document exactly as issued, with its `transparency` position in the sender\'s log and its `logProof` (docs/formats.md)' },
    ),
    verificationCodeHash: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$', description: "the hash of the certificate's verification code as the issuer keeps it (so that the holder's code also works at the hub); never the code" })),
    log: Type.Optional(Type.String({ maxLength: 200, description: "the origin of the sender's transparency log" })),
  },
  { additionalProperties: false },
);

export const CancelledBody = Type.Object(
  {
    number: Number_,
    cancelledAt: Instant,
    reason: Type.Union([Type.Literal('lost'), Type.Literal('void'), Type.Literal('replaced'), Type.Literal('error')]),
    note: Type.Union([Type.Null(), Type.String({ maxLength: 2000 })]),
    replacedBy: Type.Union([Type.Null(), Number_]),
  },
  { additionalProperties: false },
);

export const ConfirmedBody = Type.Object(
  {
    number: Number_,
    confirmedAt: Instant,
    receivedOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    parcels: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    carats: Type.Number({ minimum: 0, maximum: 1e12 }),
    sealsIntact: Type.Boolean(),
    note: Type.Union([Type.Null(), Type.String({ maxLength: 2000 })]),
    mismatches: Type.Array(Problem, { maxItems: 100, description: 'the differences the confirming authority found (empty: the receipt matches)' }),
    confirmedBy: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const KeyRevokedBody = Type.Object(
  {
    participant: Code,
    keyId: Type.String({ pattern: '^[A-Z]{2}-[0-9a-f]{16}$', description: "the revoked authority key: one of the sender's own keys registered at the hub" }),
    revokedAt: Instant,
    reason: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false, description: 'an authority key revoked at the national system from `revokedAt` on: what it signed before stays valid, what it signed from then on does not' },
);

export const IssuedMessage = Type.Object({ ...envelope, type: Type.Literal('certificate.issued'), body: IssuedBody }, { additionalProperties: false, description: 'a certificate issued by the sender (its exporting authority), to the importing Participant' });
export const CancelledMessage = Type.Object({ ...envelope, type: Type.Literal('certificate.cancelled'), body: CancelledBody }, { additionalProperties: false, description: 'a certificate cancelled by its issuer (the sender)' });
export const ConfirmedMessage = Type.Object({ ...envelope, type: Type.Literal('certificate.confirmed'), body: ConfirmedBody }, { additionalProperties: false, description: "the importing authority's (the sender's) confirmation of receipt, to the issuer" });
export const KeyRevokedMessage = Type.Object({ ...envelope, type: Type.Literal('key.revoked'), body: KeyRevokedBody }, { additionalProperties: false, description: "an authority key of the sender revoked at its national system; signed by that key itself (or another approved key of the sender); receiver KP, the hub" });
export const HubMessage = Type.Union([IssuedMessage, CancelledMessage, ConfirmedMessage, KeyRevokedMessage], { description: 'a message of the hub exchange (kp-hub/1)' });
export type HubMessage = Static<typeof HubMessage>;
export type IssuedMessage = Static<typeof IssuedMessage>;
export type CancelledMessage = Static<typeof CancelledMessage>;
export type ConfirmedMessage = Static<typeof ConfirmedMessage>;
export type KeyRevokedMessage = Static<typeof KeyRevokedMessage>;

/** The receiver of a message addressed to the hub itself (a key revoked): the Kimberley Process. */
export const HUB_RECEIVER = 'KP';

export const Receipt = Type.Object(
  {
    type: Type.Literal('kp-hub-receipt'),
    messageId: Type.String(),
    sender: Type.String(),
    messageDigest: Type.String({ description: 'SHA-256 (hex) of the message\'s RFC 8785 canonical JSON, signature included' }),
    receivedAt: Type.String(),
    number: Type.Optional(Type.String({ description: 'the certificate the message is about (absent for key.revoked)' })),
    keyId: Type.Optional(Type.String({ description: 'key.revoked: the key marked revoked in the trust list' })),
    revokedAt: Type.Optional(Type.String({ description: 'key.revoked: the instant from which the hub holds the key revoked (the earliest it was told)' })),
    event: Type.String({ description: 'what the message became at the hub: the log event issued, cancelled, confirmed; or key-revoked (not a log event: the trust list changes)' }),
    logIndex: Type.Optional(Type.Integer({ description: "the event's position in the hub's transparency log (absent for key-revoked)" })),
    inclusion: Type.Optional(Type.Object({ treeSize: Type.Integer(), rootHash: Type.String(), proof: Type.Array(Type.String()) }, { description: 'RFC 9162 inclusion proof of the event in the tree of treeSize entries (absent for key-revoked)' })),
    treeHead: Type.Object(
      { treeSize: Type.Integer(), rootHash: Type.String(), timestamp: Type.String(), keyId: Type.String(), signature: Type.String() },
      { description: "the hub's log key's signature (Ed25519, base64url) over the RFC 8785 JSON of {treeSize, rootHash, timestamp}" },
    ),
  },
  { $id: 'HubReceipt', description: "the hub's receipt: the event entered in its log, with a signed tree head that holds it" },
);
export type Receipt = Static<typeof Receipt>;

/** The bytes a message's signature covers: its canonical JSON without `signature`. */
export function signedBytes(message: object): Buffer {
  const { signature: _s, ...rest } = message as { signature?: unknown };
  return canonicalBytes(rest);
}

export function signMessage<M extends Omit<HubMessage, 'signature'>>(message: M, key: KeyObject): M & { signature: { alg: 'Ed25519'; value: string } } {
  return { ...message, signature: { alg: 'Ed25519', value: signBytes(signedBytes(message), key) } };
}

export function verifyMessage(message: { signature: { value: string } }, publicKey: string): boolean {
  try {
    return verifyBytes(signedBytes(message), message.signature.value, publicKey);
  } catch {
    return false;
  }
}

/** SHA-256 of the whole message's canonical JSON: a replayed id must carry the same message. */
export const messageDigest = (message: object) => sha256(canonicalBytes(message)).toString('hex');

/** The year and sequence of a certificate number (BW-2026-000123, EU-BE-2006-000045). */
export function numberParts(number: string): { year: number; seq: number } | undefined {
  const m = /-(\d{4})-(\d{6})$/.exec(number);
  return m ? { year: Number(m[1]), seq: Number(m[2]) } : undefined;
}

/** A deterministic id for a message the hub makes from its log (the same event, the same id, every pull). */
export const hubMessageId = (type: MessageType, logIndex: number) => `hub-${type}-${logIndex}`;

/** How long to wait before attempt n+1 after n failures: 1 s doubling, capped. */
export function backoffMs(failures: number, capMs: number): number {
  return Math.min(1000 * 2 ** Math.min(Math.max(failures - 1, 0), 30), capMs);
}

/** A refusal the hub gives while it waits for something (a key's approval, an earlier message): the sender retries. */
export const RETRY_CODES = new Set(['not_yet', 'overloaded', 'rate_limited', 'internal']);

export type { ErrorDetail };
