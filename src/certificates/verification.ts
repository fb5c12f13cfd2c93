// Offline verification of a certificate, without I/O: its signature against a trust list's key, its dates,
// its place in the transparency log (online: the log's root; offline: a bundle's checkpoint signed by the
// log and cosigned by witnesses), the key's service and revocation, cancellation and expiry.
import { verifyInclusion } from './merkle.js';
import { includedIn, sameLog, verifyCheckpoint, type ConsistencyInput } from './checkpoint.js';
import { CLOCK_SKEW_MS, MAX_VALIDITY_DAYS, type SignedCertificate } from './model.js';
import { bodyHash, issueLeaf, signedPayload, verifyBytes, type TrustedKey, type TrustList } from './signing.js';

export const VERDICTS = ['genuine', 'altered', 'unknown-key', 'revoked-key', 'expired', 'cancelled', 'not-in-log', 'invalid-dates'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Verification {
  verdict: Verdict;
  /** true only for a genuine, unexpired, uncancelled, logged certificate */
  valid: boolean;
  reason: string;
  number?: string;
  issuer?: string;
  keyId?: string;
  issuedAt?: string;
  expiresAt?: string;
  /** a cancelled certificate: the number of the one issued in its place */
  replacedBy?: string;
  /** the number of the cancelled certificate this one was issued in place of */
  replaces?: string;
}

export interface VerifyContext {
  /** the moment judged: expiry, and (unless `clock`) what counts as the future */
  now: Date;
  /**
   * the verifier's clock, when it is not `now` (`--at` judges expiry at an earlier moment, e.g. when the
   * shipment crossed the border): a certificate, checkpoint or cosignature more than 5 minutes after it
   * is refused as from the future. Default `now`.
   */
  clock?: Date;
  key: (keyId: string) => TrustedKey | undefined;
  cancelled: (number: string) => { at?: string; reason?: string; replacedBy?: string | null } | undefined;
  /** online: the log's own root at the certificate's tree size (hex), to compare with the signed one */
  logRootAt?: (treeSize: number) => string | undefined;
  /**
   * offline (no logRootAt): the trust list's keys. A certificate counts as logged only when it comes in
   * a bundle whose checkpoint is signed by one of its log keys, in service at the checkpoint's time.
   */
  listKeys?: readonly TrustedKey[];
  /** offline: cosignatures of witnesses of the trust list the bundle's checkpoint must carry */
  witnesses?: number;
  /** offline: a checkpoint the verifier holds (from elsewhere), which the bundle's must be consistent with */
  held?: { note: string; consistency?: ConsistencyInput };
  /**
   * offline: checkpoints already checked with this context's keys, witnesses and clock, by their note:
   * the bundles of a file share a few checkpoints, whose signatures are then verified once
   */
  checkpoints?: Map<string, { keys: readonly TrustedKey[] | undefined; checked: ReturnType<typeof verifyCheckpoint> }>;
}

/**
 * A certificate with what an offline verifier needs to believe it was logged: the inclusion proof of its
 * issue entry in the tree of a checkpoint signed by the log (C2SP tlog-checkpoint), and optionally a
 * consistency proof from a size the verifier holds to the checkpoint's.
 */
export interface CertificateBundle {
  type: 'kp-certificate-bundle';
  version: 1;
  certificate: SignedCertificate;
  inclusion: { leafIndex: number; treeSize: number; proof: string[] };
  /** the signed note: body, blank line, the log's signature line, witnesses' cosignature lines */
  checkpoint: string;
  consistency?: ConsistencyInput;
}

export function contextFromTrustList(list: TrustList, now = new Date(), opts: { witnesses?: number; held?: VerifyContext['held']; clock?: Date } = {}): VerifyContext {
  const keys = new Map(list.keys.map((k) => [k.keyId, k]));
  const cancelled = new Map(list.cancelled.map((c) => [c.number, c]));
  return { now, clock: opts.clock, key: (id) => keys.get(id), cancelled: (n) => cancelled.get(n), listKeys: list.keys, witnesses: opts.witnesses, held: opts.held, checkpoints: new Map() };
}

/** A bundle's certificate, or the document itself when it is not a bundle. */
export function certificateOf(doc: unknown): unknown {
  const b = doc as Partial<CertificateBundle> | null;
  return b && typeof b === 'object' && b.type === 'kp-certificate-bundle' ? b.certificate : doc;
}

export const NO_CHECKPOINT_REASON =
  "the document carries no checkpoint signed by the transparency log: offline, the issuing authority's own word is no proof that the certificate was ever logged. Obtain its bundle (kpcs cert bundle NUMBER, or GET /api/certificates/{number}/bundle) and verify that, or verify online";

const HEX32 = /^[0-9a-f]{64}$/;

/** Verifies a certificate document: the first failing check gives the verdict, in words. */
const BUNDLE_FIELDS = new Set(['type', 'version', 'certificate', 'inclusion', 'checkpoint', 'consistency']);

/** A bundle's wrapper is not signed: one shape only, so that no change to it goes unnoticed. */
export function wellFormedBundle(b: CertificateBundle): boolean {
  const inc = b.inclusion as unknown as Record<string, unknown> | undefined;
  return (
    b.version === 1 && Object.keys(b).every((k) => BUNDLE_FIELDS.has(k)) && typeof b.checkpoint === 'string' &&
    !!inc && typeof inc === 'object' && Object.keys(inc).length === 3 && Number.isInteger(inc.leafIndex) && Number.isInteger(inc.treeSize) && Array.isArray(inc.proof) &&
    (b.consistency === undefined || (typeof b.consistency === 'object' && b.consistency !== null && Object.keys(b.consistency).length === 3))
  );
}

const DAY_MS = 86_400_000;

/**
 * What is impossible in a certificate's own dates, judged at `now` (the verifier's clock), or undefined:
 * dates that are not times, a date of issue more than 5 minutes ahead of the clock, an expiry not after
 * the issue, a period of validity longer than the scheme allows (MAX_VALIDITY_DAYS).
 */
export function datesProblem(d: { issuedAt?: unknown; expiresAt?: unknown }, now: Date): string | undefined {
  const issued = typeof d.issuedAt === 'string' ? Date.parse(d.issuedAt) : Number.NaN;
  const expires = typeof d.expiresAt === 'string' ? Date.parse(d.expiresAt) : Number.NaN;
  if (Number.isNaN(issued)) return `the certificate's date of issue "${String(d.issuedAt).slice(0, 40)}" is not a time`;
  if (Number.isNaN(expires)) return `the certificate's date of expiry "${String(d.expiresAt).slice(0, 40)}" is not a time`;
  if (issued > now.getTime() + CLOCK_SKEW_MS) return `the certificate is dated ${d.issuedAt}, more than 5 minutes after the verifier's clock (${now.toISOString()}): a certificate from the future is refused`;
  if (!(expires > issued)) return `the certificate expires on ${d.expiresAt}, not after its date of issue ${d.issuedAt}`;
  const days = (expires - issued) / DAY_MS;
  if (days > MAX_VALIDITY_DAYS) {
    return `the certificate is valid from ${d.issuedAt} to ${d.expiresAt}, ${Number.isInteger(days) ? days : days.toFixed(2)} days: longer than the ${MAX_VALIDITY_DAYS} days the scheme allows a certificate, whoever signed it`;
  }
  return undefined;
}

export function verifyCertificate(input: unknown, ctx: VerifyContext): Verification {
  const doc = certificateOf(input);
  const bundle = doc !== input ? (input as CertificateBundle) : undefined;
  if (bundle && !wellFormedBundle(bundle)) return { verdict: 'altered', valid: false, reason: 'this is not a well-formed certificate bundle (type, version 1, certificate, inclusion, checkpoint, and an optional consistency proof)' };
  const d = doc as SignedCertificate;
  const fail = (verdict: Verdict, reason: string): Verification => ({
    verdict, valid: false, reason,
    ...(typeof d?.number === 'string' && { number: d.number }),
    ...(typeof d?.issuer?.participant === 'string' && { issuer: d.issuer.participant }),
    ...(typeof d?.issuer?.keyId === 'string' && { keyId: d.issuer.keyId }),
    ...(typeof d?.issuedAt === 'string' && { issuedAt: d.issuedAt }),
    ...(typeof d?.expiresAt === 'string' && { expiresAt: d.expiresAt }),
  });
  if (typeof d !== 'object' || d === null || d.type !== 'kp-certificate' || typeof d.number !== 'string' || typeof d.issuer?.keyId !== 'string' || typeof d.signature?.value !== 'string') {
    return fail('altered', 'this is not a well-formed Kimberley Process certificate document');
  }
  const key = ctx.key(d.issuer.keyId);
  if (!key || key.purpose !== 'certificate') return fail('unknown-key', `the signing key ${d.issuer.keyId} is not on the trust list`);
  // a value JSON cannot carry canonically (Infinity from 1e999, a lone surrogate, nesting deeper than
  // the stack) is no signed content: altered, never a crash
  let hash: string;
  let payload: Buffer;
  try {
    hash = bodyHash(d);
    payload = signedPayload(d, hash);
  } catch {
    return fail('altered', 'the certificate holds a value that has no canonical JSON form (a non-finite number, a lone surrogate or too deep nesting): it is not as signed');
  }
  if (d.signature.alg !== 'Ed25519' || Object.keys(d.signature).length !== 2 || !verifyBytes(payload, d.signature.value, key.publicKey)) {
    return fail('altered', `the signature does not match the content: the certificate has been altered since ${key.owner}'s authority signed it`);
  }
  // the signature is genuine from here on: the fields can be trusted
  if (key.owner !== d.issuer.participant || !d.number.startsWith(`${key.owner}-`)) {
    return fail('unknown-key', `the key ${key.keyId} belongs to ${key.owner}, not to the issuer ${d.issuer.participant}`);
  }
  const clock = ctx.clock ?? ctx.now;
  const dates = datesProblem(d, clock);
  if (dates) return fail('invalid-dates', dates);
  const t = d.transparency;
  if (!t || !Number.isInteger(t.leafIndex) || !Number.isInteger(t.treeSize) || !HEX32.test(t.rootHash ?? '') || !Array.isArray(d.logProof) || !d.logProof.every((p) => typeof p === 'string' && HEX32.test(p))) {
    return fail('not-in-log', 'the certificate carries no valid position in the transparency log');
  }
  const leaf = issueLeaf(d, hash);
  const included = verifyInclusion(t.leafIndex, t.treeSize, leaf, d.logProof.map((p) => Buffer.from(p, 'hex')), Buffer.from(t.rootHash, 'hex'));
  if (!included) return fail('not-in-log', `the log proof does not show this certificate at position ${t.leafIndex} of the log of ${t.treeSize} entries`);
  let logged = `recorded in the public log at position ${t.leafIndex}`;
  if (ctx.logRootAt) {
    const root = ctx.logRootAt(t.treeSize);
    if (root !== t.rootHash) return fail('not-in-log', `the public log never had the root the certificate states for ${t.treeSize} entries`);
  } else {
    // offline: only the log's own signature on a checkpoint says the certificate was logged
    if (!bundle) return fail('not-in-log', NO_CHECKPOINT_REASON);
    // the same note judged with the same keys, witnesses and clock: the same answer
    const memoKey = `${ctx.witnesses ?? 0} ${clock.getTime()} ${bundle.checkpoint}`;
    const memo = ctx.checkpoints?.get(memoKey);
    let checked = memo && memo.keys === ctx.listKeys ? memo.checked : undefined;
    if (!checked) {
      checked = verifyCheckpoint(bundle.checkpoint, ctx.listKeys ?? [], ctx.witnesses ?? 0, clock);
      if (ctx.checkpoints) {
        if (ctx.checkpoints.size >= 1000) ctx.checkpoints.clear();
        ctx.checkpoints.set(memoKey, { keys: ctx.listKeys, checked });
      }
    }
    if (!checked.ok) return fail('not-in-log', `the bundle's checkpoint proves nothing: ${checked.reason}`);
    const cp = checked.value.checkpoint;
    const inc = bundle.inclusion;
    if (!inc || inc.leafIndex !== t.leafIndex || inc.treeSize !== cp.treeSize || !includedIn(cp, t.leafIndex, leaf, inc.proof)) {
      return fail('not-in-log', `the log's checkpoint of ${cp.treeSize} entries (signed by ${checked.value.keyId}) does not hold this certificate at position ${t.leafIndex}: the inclusion proof fails, so it was never logged there`);
    }
    // the log appends the issue entry at the certificate's date: a checkpoint that holds it cannot be older
    if (Date.parse(cp.time) < Date.parse(d.issuedAt)) {
      return fail('invalid-dates', `the bundle's checkpoint of ${cp.treeSize} entries is dated ${cp.time}, before the certificate's date of issue ${d.issuedAt}: the log cannot have held it then (a back-dated checkpoint, or a certificate dated later than it was logged)`);
    }
    if (ctx.held) {
      const held = verifyCheckpoint(ctx.held.note, ctx.listKeys ?? [], 0, clock);
      if (!held.ok) return fail('not-in-log', `the checkpoint you hold cannot be used: ${held.reason}`);
      const same = sameLog(cp, held.value.checkpoint, ctx.held.consistency ?? bundle.consistency);
      if (!same.ok) return fail('not-in-log', same.reason);
    }
    const w = checked.value.witnesses.length;
    logged += ` (checkpoint of ${cp.treeSize} entries of ${cp.time} signed by the log key ${checked.value.keyId}${w ? `, cosigned by ${w} witness${w > 1 ? 'es' : ''}` : ''})`;
  }
  const issued = Date.parse(d.issuedAt);
  if (!(issued >= Date.parse(key.validFrom)) || (key.validTo !== null && !(issued < Date.parse(key.validTo)))) {
    return fail('unknown-key', `the key ${key.keyId} was not in service on ${d.issuedAt} (in service from ${key.validFrom}${key.validTo ? ` to ${key.validTo}` : ''})`);
  }
  if (key.revokedAt !== null && !(issued < Date.parse(key.revokedAt))) {
    return fail('revoked-key', `the key ${key.keyId} was revoked on ${key.revokedAt}${key.revocationReason ? ` (${key.revocationReason})` : ''}, before this certificate's date ${d.issuedAt}`);
  }
  const cancelled = ctx.cancelled(d.number);
  if (cancelled) return fail('cancelled', `the certificate was cancelled${cancelled.at ? ` on ${cancelled.at}` : ''}${cancelled.reason ? ` (${cancelled.reason})` : ''}${cancelled.replacedBy ? `, replaced by ${cancelled.replacedBy}` : ''}`);
  if (!(ctx.now.getTime() < Date.parse(d.expiresAt))) return fail('expired', `the certificate expired on ${d.expiresAt}`);
  return {
    verdict: 'genuine', valid: true,
    reason: `genuine: signed by ${d.issuer.participant}'s authority with key ${key.keyId}, ${logged}, valid until ${d.expiresAt}`,
    number: d.number, issuer: d.issuer.participant, keyId: key.keyId, issuedAt: d.issuedAt, expiresAt: d.expiresAt,
  };
}
