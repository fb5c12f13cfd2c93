// Use cases of certificates: read, list, confirm receipt, cancel, border checks, verify online, the
// trust list and the authority keys. The domain is larger than the usual four files, split by meaning:
//   model.ts        request, document and the scheme's rules (pure)
//   signing.ts      canonical JSON, Ed25519, trust list, offline verification (pure)
//   merkle.ts       RFC 9162 tree hashes and proofs (pure)
//   issuance.ts     issuing: checks, numbering, signing and logging in one transaction (group commit)
//   applications.ts an exporter's application, approved or refused by an officer
//   keys.ts         the key registry and the master key that encrypts private keys
//   log.ts          the transparency log over the store: appends, roots, proofs, signed tree heads
//   registry.ts     the registry facts asked of the participants service
//   pdf.ts          the printable certificate in English and the issuer's language
import { randomUUID } from 'node:crypto';
import type { Store, Tx } from '../db/store.js';
import { isUniqueViolation, transaction } from '../db/transaction.js';
import { conflict, forbidden, invalid, notFound } from '../core/errors.js';
import { isIsoDay, today, type IsoDay } from '../core/time.js';
import { SYSTEM, type Actor } from '../auth/model.js';
import { authorize, can } from '../auth/policy.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import { authorityKey, chairChain, chairSigningKey, configure, newChairKey, optionsOf, rotateLogKey as rotateLogKeyIn, schemeSigningKey, type CertificateOptions } from './keys.js';
import * as log from './log.js';
import {
  BORDER_CHECK_KINDS, CANCEL_REASONS, checkConfirmation, confirmationMismatches, participantOfNumber,
  type BorderCheckKind, type CancelReason, type ConfirmationInput, type SignedCertificate,
} from './model.js';
import { canonicalBytes, sha256, signTrustList, type ChairKeyEndorsement, verifyCertificate, type TrustedKey, type TrustList, type Verification, type VerifyContext } from './signing.js';
import * as store from './store.js';

export { configure, type CertificateOptions };

export function publicUrl(s: Store): string {
  return (optionsOf(s).publicUrl ?? process.env.KPCS_PUBLIC_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
}

export function verifyAddress(s: Store, number: string): string {
  return `${publicUrl(s)}/verify/${encodeURIComponent(number)}`;
}

// ---- issue: see issuance.ts ----

export { issue, issueAll, type IssueOptions } from './issuance.js';

// ---- read ----

async function load(s: Store, number: string) {
  const participant = participantOfNumber(number);
  const row = participant ? await store.certificate(s.db, participant, number) : undefined;
  if (!row) throw notFound(`No certificate with number ${number} was issued.`);
  return { row, doc: JSON.parse(row.document) as SignedCertificate };
}

/** A company (with no officer or customs role) reads only the certificates issued on its own applications. */
function companyOnly(actor: Actor): boolean {
  return actor.kind === 'user' && actor.roles.includes('company') && !actor.roles.some((r) => r === 'officer' || r === 'customs');
}

/** The issuing and the importing Participant may see a certificate; nobody else (a company: its own only). */
async function authorizeRead(s: Store, actor: Actor, row: { participant: string; importer_participant: string; number: string }) {
  if (companyOnly(actor)) {
    authorize(actor, 'certificates.read', { participant: row.participant });
    if (!actor.userId || !(await store.isApplicantOf(s.db, row.participant, row.number, actor.userId))) {
      throw forbidden(`${row.number} was not issued on one of your applications: a company sees the certificates of its own shipments only.`);
    }
    return;
  }
  const participants = [row.participant, row.importer_participant];
  if (participants.some((p) => can(actor, 'certificates.read', { participant: p }))) return;
  authorize(actor, 'certificates.read', { participant: participants[0]! });
}

function confirmationView(c: Awaited<ReturnType<typeof store.confirmation>>) {
  if (!c) return null;
  return {
    participant: c.participant, parcels: c.parcels, carats: Number(c.carats), sealsIntact: c.seals_intact, receivedOn: c.received_on,
    mismatches: c.mismatches as { path: string; message: string }[], flagged: c.flagged, note: c.note, confirmedAt: new Date(c.confirmed_at).toISOString(), confirmedBy: c.confirmed_by, logIndex: Number(c.log_index),
  };
}

export async function get(s: Store, actor: Actor, number: string) {
  const { row, doc } = await load(s, number);
  await authorizeRead(s, actor, row);
  const [confirmation, checks, events] = await Promise.all([store.confirmation(s.db, row.participant, number), store.borderChecks(s.db, number), store.logEntriesOf(s.db, number)]);
  return {
    certificate: doc,
    status: {
      cancelled: row.cancelled_at ? { at: new Date(row.cancelled_at).toISOString(), reason: row.cancel_reason!, note: row.cancel_note, replacedBy: row.replaced_by } : null,
      confirmation: confirmationView(confirmation),
      borderChecks: checks.map((c) => ({ participant: c.participant, kind: c.kind, verdict: c.verdict, sealsIntact: c.seals_intact, unopened: c.unopened, note: c.note, checkedAt: new Date(c.checked_at).toISOString(), checkedBy: c.checked_by })),
      log: events.map((e) => ({ index: Number(e.idx), event: e.event, at: new Date(e.at).toISOString() })),
    },
  };
}

/** The certificate document alone (for the PDF), with the same access rule. */
export async function document(s: Store, actor: Actor, number: string): Promise<{ doc: SignedCertificate; cancelled: boolean }> {
  const { row, doc } = await load(s, number);
  await authorizeRead(s, actor, row);
  return { doc, cancelled: row.cancelled_at !== null };
}

export async function list(s: Store, actor: Actor, opts: { participant?: string; role?: 'issued' | 'received'; year?: number; limit?: number; before?: string }) {
  const participant = opts.participant ?? actor.participant;
  if (!participant) throw invalid('Say for which Participant to list certificates.', [{ path: 'participant', message: 'required' }]);
  authorize(actor, 'certificates.read', { participant });
  const company = companyOnly(actor);
  if (company && opts.role === 'received') throw forbidden('A company sees the certificates issued on its own applications (as the exporter), not those addressed to its Participant.');
  const rows = await store.list(s.db, { participant, role: opts.role ?? 'issued', year: opts.year, limit: Math.min(opts.limit ?? 100, 1000), before: opts.before, ...(company && { applicant: actor.userId ?? '' }) });
  return rows.map((r) => ({
    number: r.number, issuer: r.participant, countryOfExport: r.country_of_export, importer: r.importer_participant, importerCountry: r.importer_country,
    issuedAt: new Date(r.issued_at).toISOString(), expiresAt: new Date(r.expires_at).toISOString(), carats: Number(r.carats), valueUsd: Number(r.value_usd), parcels: r.parcels,
    status: r.cancelled_at ? 'cancelled' : r.confirmed_at ? (r.flagged ? 'confirmed-with-mismatch' : 'confirmed') : 'issued',
  }));
}

// ---- import confirmation ----

interface PreparedConfirmation {
  actor: Actor;
  number: string;
  input: ConfirmationInput;
  row: Awaited<ReturnType<typeof load>>['row'];
  mismatches: ReturnType<typeof confirmationMismatches>;
  receivedOn: IsoDay;
}

/** Everything that can be checked before the transaction: the input, the certificate, who confirms. */
async function prepareConfirmation(s: Store, actor: Actor, number: string, input: ConfirmationInput, now: Date): Promise<PreparedConfirmation> {
  const problems = checkConfirmation(input);
  if (input.receivedOn !== undefined && !isIsoDay(input.receivedOn)) problems.push({ path: 'receivedOn', message: 'a day written yyyy-mm-dd' });
  if (problems.length) throw invalid(`The confirmation has problems: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
  const { row, doc } = await load(s, number);
  authorize(actor, 'certificates.confirm', { participant: row.importer_participant });
  return { actor, number, input, row, mismatches: confirmationMismatches(doc, input), receivedOn: input.receivedOn ?? today(now) };
}

/** Records confirmations in the caller's transaction, with one log append for them all. */
async function recordConfirmations(tx: Tx, prepared: PreparedConfirmation[], confirmedAt: Date) {
  for (const p of prepared) {
    const current = await store.certificate(tx, p.row.participant, p.number);
    if (current?.cancelled_at) throw conflict(`${p.number} was cancelled on ${new Date(current.cancelled_at).toISOString().slice(0, 10)} (${current.cancel_reason}): it cannot be confirmed.`);
    const existing = await store.confirmation(tx, p.row.participant, p.number);
    if (existing) throw conflict(`${p.number} was already confirmed on ${new Date(existing.confirmed_at).toISOString()} by ${existing.confirmed_by}: a certificate is confirmed once.`);
  }
  const appended = await log.appendEvents(
    tx,
    prepared.map((p) => {
      const record = { number: p.number, participant: p.row.importer_participant, parcels: p.input.parcels, carats: p.input.carats, sealsIntact: p.input.sealsIntact, receivedOn: p.receivedOn, mismatches: p.mismatches };
      return { event: 'confirmed' as const, participant: p.row.importer_participant, number: p.number, at: confirmedAt, recordHash: sha256(canonicalBytes(record)).toString('hex') };
    }),
  );
  const results = [];
  for (const [i, p] of prepared.entries()) {
    const flagged = p.mismatches.length > 0;
    await store.insertConfirmation(tx, {
      participant: p.row.importer_participant, id: randomUUID(), certificate_participant: p.row.participant, certificate_number: p.number,
      parcels: p.input.parcels, carats: p.input.carats, seals_intact: p.input.sealsIntact, received_on: p.receivedOn, mismatches: JSON.stringify(p.mismatches),
      flagged, note: p.input.note ?? null, confirmed_at: confirmedAt, confirmed_by: p.actor.name, log_index: appended[i]!.index,
    });
    // sent back to the exporting authority: it sees the confirmation on the certificate; the outbox tells it
    await store.notify(tx, 'certificates.confirmed', { number: p.number, issuer: p.row.participant, importer: p.row.importer_participant, flagged });
    await audit.record(tx, p.actor, 'certificates.confirm', p.number, { importer: p.row.importer_participant, flagged, mismatches: p.mismatches.map((m) => m.message), logIndex: appended[i]!.index });
    results.push({ number: p.number, confirmedAt: confirmedAt.toISOString(), receivedOn: p.receivedOn, flagged, mismatches: p.mismatches, logIndex: appended[i]!.index });
  }
  return results;
}

export async function confirm(s: Store, actor: Actor, number: string, input: ConfirmationInput) {
  const confirmedAt = new Date();
  const prepared = await prepareConfirmation(s, actor, number, input, confirmedAt);
  try {
    return (await transaction(s.db, (tx) => recordConfirmations(tx, [prepared], confirmedAt)))[0]!;
  } catch (e) {
    // two confirmations racing: the unique key lets exactly one commit
    if (isUniqueViolation(e, 'certificate_confirmations')) throw conflict(`${number} was confirmed by another officer at the same moment: a certificate is confirmed once.`);
    throw e;
  }
}

/**
 * Many confirmations in one transaction (migration of paper records, the simulator): all or nothing,
 * each checked and audited as a single one would be.
 */
export async function confirmMany(s: Store, items: { actor: Actor; number: string; input: ConfirmationInput }[]) {
  const confirmedAt = new Date();
  const prepared: PreparedConfirmation[] = [];
  for (const it of items) prepared.push(await prepareConfirmation(s, it.actor, it.number, it.input, confirmedAt));
  try {
    return await transaction(s.db, (tx) => recordConfirmations(tx, prepared, confirmedAt));
  } catch (e) {
    if (isUniqueViolation(e, 'certificate_confirmations')) throw conflict('One of the certificates was confirmed by another officer at the same moment: nothing was recorded.');
    throw e;
  }
}

// ---- cancel ----

export async function cancel(s: Store, actor: Actor, number: string, input: { reason: CancelReason; note?: string; replacedBy?: string }) {
  if (!CANCEL_REASONS.includes(input.reason)) throw invalid(`The reason must be one of ${CANCEL_REASONS.join(', ')}.`, [{ path: 'reason', message: 'unknown reason' }]);
  if (input.reason === 'replaced' && !input.replacedBy) throw invalid('A replaced certificate names its replacement.', [{ path: 'replacedBy', message: 'required when the reason is "replaced"' }]);
  const { row } = await load(s, number);
  authorize(actor, 'certificates.cancel', { participant: row.participant });
  const at = new Date();
  return transaction(s.db, async (tx) => {
    const existing = await store.confirmation(tx, row.participant, number);
    if (existing) throw conflict(`${number} was confirmed as received on ${existing.received_on}: a received shipment's certificate cannot be cancelled.`);
    const record = { number, reason: input.reason, note: input.note ?? null, replacedBy: input.replacedBy ?? null };
    const updated = await store.cancel(tx, row.participant, number, { cancelled_at: at, cancel_reason: input.reason, cancel_note: input.note ?? null, replaced_by: input.replacedBy ?? null });
    if (Number(updated.numUpdatedRows) !== 1) throw conflict(`${number} is already cancelled.`);
    const appended = await log.appendEvent(tx, { event: 'cancelled', participant: row.participant, number, at, recordHash: sha256(canonicalBytes(record)).toString('hex') });
    await audit.record(tx, actor, 'certificates.cancel', number, { ...record, logIndex: appended.index });
    return { number, cancelledAt: at.toISOString(), reason: input.reason, logIndex: appended.index };
  });
}

// ---- border checks and transit ----

export async function borderCheck(s: Store, actor: Actor, number: string, input: { kind: BorderCheckKind; sealsIntact?: boolean; unopened?: boolean; note?: string }) {
  if (!BORDER_CHECK_KINDS.includes(input.kind)) throw invalid(`The kind must be one of ${BORDER_CHECK_KINDS.join(', ')}.`, [{ path: 'kind', message: 'unknown kind' }]);
  if (input.kind === 'transit' && (input.sealsIntact === undefined || input.unopened === undefined)) {
    throw invalid('A transit record says whether the seals were intact and the shipment unopened.', [{ path: input.sealsIntact === undefined ? 'sealsIntact' : 'unopened', message: 'required for transit' }]);
  }
  const participant = actor.participant;
  if (!participant) throw forbidden('A border check is recorded by customs or an authority acting for a Participant.');
  authorize(actor, 'certificates.border-check', { participant });
  const result = await verifyNumber(s, number);
  const at = new Date();
  const known = result.verdict !== 'not-in-log' || result.reason !== unknownNumberReason(number);
  const flagged = !result.valid || input.sealsIntact === false || input.unopened === false;
  return transaction(s.db, async (tx) => {
    const id = randomUUID();
    await store.insertBorderCheck(tx, {
      participant, id, kind: input.kind, certificate_number: number, certificate_known: known, verdict: result.verdict,
      seals_intact: input.sealsIntact ?? null, unopened: input.unopened ?? null, note: input.note ?? null, checked_at: at, checked_by: actor.name,
    });
    await audit.record(tx, actor, 'certificates.border-check', number, { participant, kind: input.kind, verdict: result.verdict, flagged });
    return { id, number, participant, kind: input.kind, verdict: result.verdict, reason: result.reason, flagged, checkedAt: at.toISOString() };
  });
}

// ---- verification ----

const unknownNumberReason = (number: string) => `no certificate numbered ${number} was ever issued or logged: the document is not genuine`;

function trustedKey(k: { participant: string; id: string; public_key: string; valid_from: Date | string; valid_to: Date | string | null; revoked_at: Date | string | null; revocation_reason: string | null }): TrustedKey {
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return { keyId: k.id, owner: k.participant, purpose: 'certificate', publicKey: k.public_key, validFrom: iso(k.valid_from)!, validTo: iso(k.valid_to), revokedAt: iso(k.revoked_at), revocationReason: k.revocation_reason };
}

/** Verifies a document against the store: its key registry, cancellations, and the log's own roots. */
export async function verifyDocument(s: Store, doc: unknown, now = new Date()): Promise<Verification> {
  const d = doc as Partial<SignedCertificate>;
  const keyRow = typeof d?.issuer?.keyId === 'string' ? await store.keyById(s.db, d.issuer.keyId) : undefined;
  const participant = typeof d?.number === 'string' ? participantOfNumber(d.number) : undefined;
  const row = participant ? await store.certificate(s.db, participant, d.number!) : undefined;
  const treeSize = d?.transparency?.treeSize;
  const size = await log.size(s.db);
  const root = Number.isInteger(treeSize) && treeSize! >= 1 && treeSize! <= size ? await log.rootAt(s.db, treeSize!) : undefined;
  const ctx: VerifyContext = {
    now,
    key: (id) => (keyRow && keyRow.id === id ? trustedKey(keyRow) : undefined),
    cancelled: () => (row?.cancelled_at ? { at: new Date(row.cancelled_at).toISOString(), reason: row.cancel_reason! } : undefined),
    logRootAt: () => root,
  };
  return verifyCertificate(doc, ctx);
}

/** GET /api/verify/{number}: the stored certificate, judged now. */
export async function verifyNumber(s: Store, number: string, now = new Date()) {
  const participant = participantOfNumber(number);
  const row = participant ? await store.certificate(s.db, participant, number) : undefined;
  if (!row) return { number, verdict: 'not-in-log' as const, valid: false, reason: unknownNumberReason(number), checkedAt: now.toISOString() };
  const result = await verifyDocument(s, JSON.parse(row.document), now);
  const confirmation = await store.confirmation(s.db, row.participant, number);
  return { ...result, number, confirmed: confirmation !== undefined, checkedAt: now.toISOString() };
}

// ---- trust list and keys ----

/** The Chair in office at `now`: the chairs table's row of that year, else the latest year before it. */
export async function chairInOffice(s: Store, now = new Date()): Promise<{ participant: string; year: number }> {
  const year = now.getUTCFullYear();
  const chairs = (await participants.registry(s.db)).chairs.filter((c) => c.year <= year).sort((a, b) => b.year - a.year);
  const c = chairs[0];
  if (!c) throw conflict(`No Chair is recorded for ${year} or before: the trust list is signed by the Chair's key, so record the Chair first.`);
  return { participant: c.chair, year: c.year };
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * The trust list: every authority key and log key with its periods, the cancelled numbers, signed by
 * the key of the Chair in office, with the chain of endorsements from the first Chair key to it.
 */
export async function trustList(s: Store, now = new Date()): Promise<TrustList> {
  const [keys, cancelled, chair] = await Promise.all([store.keysOf(s.db), store.cancelledNumbers(s.db), chairInOffice(s, now)]);
  return transaction(s.db, async (tx) => {
    const signer = await chairSigningKey(s, tx, chair, now);
    const logKey = await schemeSigningKey(s, tx, 'log');
    const scheme = await store.schemeKeys(tx);
    const { endorsements } = await chairChain(tx);
    if (signer.created) await audit.record(tx, SYSTEM, 'certificates.chair-key.create', signer.ref.keyId, { chair: chair.participant, year: chair.year, endorsedBy: signer.retired });
    const schemeRows = scheme.some((k) => k.id === logKey.id) ? scheme : [...scheme, { purpose: 'log' as const, id: logKey.id, public_key: logKey.publicKey, valid_from: new Date(), valid_to: null }];
    return signTrustList(
      {
        type: 'kp-trust-list',
        version: 2,
        issuedAt: now.toISOString(),
        chair: chair.participant,
        chairYear: chair.year,
        signer: signer.ref,
        chain: endorsements,
        keys: [
          ...keys.map(trustedKey),
          ...schemeRows.filter((k) => k.purpose === 'log').map((k): TrustedKey => ({ keyId: k.id, owner: 'KP', purpose: 'log', publicKey: k.public_key, validFrom: iso(k.valid_from)!, validTo: iso(k.valid_to), revokedAt: null })),
        ],
        cancelled: cancelled.map((c) => ({ number: c.number, at: new Date(c.cancelled_at!).toISOString(), reason: c.cancel_reason ?? 'void' })),
      },
      signer.key,
    );
  });
}

/** `kpcs keys chair rotate`: a new key for the Chair in office, endorsed by the key it replaces. */
export async function rotateChairKey(s: Store, actor: Actor, now = new Date()) {
  authorize(actor, 'certificates.chair-key.rotate');
  const chair = await chairInOffice(s, now);
  return transaction(s.db, async (tx) => {
    const next = await newChairKey(s, tx, await store.chairKeyInService(tx), chair, now);
    await audit.record(tx, actor, 'certificates.chair-key.rotate', next.ref.keyId, { chair: chair.participant, year: chair.year, retired: next.retired });
    return { chair: chair.participant, year: chair.year, retired: next.retired, inService: next.ref.keyId, publicKey: next.ref.publicKey, at: now.toISOString() };
  });
}

/**
 * Called by the participation service's chair rotation (the caller authorized it): when the Chair in
 * office has changed, the new Chair's key is made now, endorsed by the outgoing key. Idempotent; if it
 * never runs, the next trust list signed does the same.
 */
export async function onChairChanged(s: Store, actor: Actor, now = new Date()) {
  const chair = await chairInOffice(s, now);
  return transaction(s.db, async (tx) => {
    const key = await chairSigningKey(s, tx, chair, now);
    if (key.created) await audit.record(tx, actor, 'certificates.chair-key.rotate', key.ref.keyId, { chair: chair.participant, year: chair.year, retired: key.retired, cause: 'chair rotation' });
    return { chair: chair.participant, year: chair.year, keyId: key.ref.keyId, created: key.created };
  });
}

/** The Chair keys with their periods and who endorsed each (`kpcs keys chair list`). */
export async function chairKeyList(s: Store) {
  const { rows } = await chairChain(s.db);
  return rows.map((r) => ({ keyId: r.id, chair: r.participant, year: Number(r.year), publicKey: r.public_key, validFrom: iso(r.valid_from)!, validTo: iso(r.valid_to), endorsedBy: r.endorsement ? (JSON.parse(r.endorsement) as ChairKeyEndorsement).previous.keyId : null }));
}

/** The log's tree-head keys with their periods, oldest first. */
export async function logKeys(s: Store) {
  return (await store.schemeKeys(s.db)).filter((k) => k.purpose === 'log').map((k) => ({ keyId: k.id, publicKey: k.public_key, validFrom: iso(k.valid_from)!, validTo: iso(k.valid_to) }));
}

/** `kpcs keys log rotate`: a new tree-head key from now on; heads signed by the old one stay verifiable. */
export async function rotateLogKey(s: Store, actor: Actor, now = new Date()) {
  authorize(actor, 'certificates.log-key.rotate');
  return transaction(s.db, async (tx) => {
    const res = await rotateLogKeyIn(s, tx, now);
    await audit.record(tx, actor, 'certificates.log-key.rotate', res.inService, { retired: res.retired });
    return { ...res, at: now.toISOString() };
  });
}

export async function keys(s: Store, participant?: string) {
  return (await store.keysOf(s.db, participant)).map(trustedKey);
}

/** Retires the key in service (it stays valid for what it signed) and puts a new one in service. */
export async function rotateKey(s: Store, actor: Actor, participant: string) {
  authorize(actor, 'certificates.keys.manage', { participant });
  if (!(await participants.exists(s.db, participant))) throw notFound(`No Participant with code ${participant}.`);
  const at = new Date();
  return transaction(s.db, async (tx) => {
    const current = await store.keyInService(tx, participant);
    if (current) await store.retireKey(tx, participant, current.id, at);
    const next = await authorityKey(s, tx, participant, at);
    await audit.record(tx, actor, 'certificates.keys.rotate', participant, { retired: current?.id ?? null, inService: next.id });
    return { participant, retired: current?.id ?? null, inService: next.id, at: at.toISOString() };
  });
}

/** Revokes a key from a moment on (default now): signatures dated before stay valid, those after do not. */
export async function revokeKey(s: Store, actor: Actor, keyId: string, input: { at?: string; reason: string }) {
  const row = await store.keyById(s.db, keyId);
  if (!row) throw notFound(`No authority key ${keyId}.`);
  authorize(actor, 'certificates.keys.manage', { participant: row.participant });
  const now = new Date();
  const at = input.at ? new Date(input.at) : now;
  if (Number.isNaN(at.getTime()) || at > now) throw invalid('The revocation time must be a valid moment, not in the future.', [{ path: 'at', message: 'invalid or in the future' }]);
  if (!input.reason.trim()) throw invalid('Say why the key is revoked (e.g. compromised, lost).', [{ path: 'reason', message: 'required' }]);
  return transaction(s.db, async (tx) => {
    const res = await store.revokeKey(tx, row.participant, keyId, at, input.reason.trim());
    if (Number(res.numUpdatedRows) !== 1) throw conflict(`The key ${keyId} is already revoked.`);
    await audit.record(tx, actor, 'certificates.keys.revoke', keyId, { participant: row.participant, at: at.toISOString(), reason: input.reason.trim() });
    return { keyId, participant: row.participant, revokedAt: at.toISOString(), reason: input.reason.trim() };
  });
}

/** The plenary language the issuing Participant prints its certificates in, beside English. */
export async function languageOf(s: Store, participant: string) {
  try {
    return (await participants.get(s.db, participant)).language;
  } catch {
    return 'en' as const;
  }
}

export const invalidQuery = (message: string) => invalid(`Invalid query: ${message}.`, [{ path: 'querystring', message }]);

/**
 * What a Participant's certificates say about its trade in a period, per flow, partner and HS code:
 * the source statistics compares reported figures with (statistics never reads certificate tables).
 */
export const certificateFigures = (s: Store) => ({
  async figures(participant: string, period: { start: string; end: string }) {
    const { exports, imports } = await store.figuresOf(s.db, participant, period.start, period.end);
    const line = (flow: 'export' | 'import') => (r: (typeof exports)[number]) => ({ flow, partner: r.partner, hsCode: r.hs_code, carats: Number(r.carats), valueUsd: Number(r.value_usd), certificates: Number(r.certificates) });
    return [...exports.map(line('export')), ...imports.map(line('import'))];
  },
});

const trailView = (r: Awaited<ReturnType<typeof store.trailOf>>[number]) => ({
  number: r.number,
  issuedOn: new Date(r.issued_at).toISOString().slice(0, 10),
  carats: Number(r.carats),
  valueUsd: Number(r.value_usd),
  confirmedOn: r.received_on,
  confirmedCarats: r.confirmed_carats === null ? null : Number(r.confirmed_carats),
});

/** The certificates behind a mirror discrepancy: the reconciliation of statistics shows them line by line. */
export const certificateTrail = (s: Store) => ({
  async trail(exporter: string, importer: string, period: { start: string; end: string }) {
    return (await store.trailOf(s.db, exporter, importer, period.start, period.end)).map(trailView);
  },
  /** many pairs of one period in one query, keyed "EXPORTER IMPORTER" */
  async trails(pairs: { exporter: string; importer: string }[], period: { start: string; end: string }) {
    const found = await store.trailsOf(s.db, pairs, period.start, period.end);
    return new Map(pairs.map((p) => [`${p.exporter} ${p.importer}`, (found.get(`${p.exporter} ${p.importer}`) ?? []).map(trailView)]));
  },
});

/**
 * What monitoring reads of a period's certificates (its certificate-pattern detector: origin beyond
 * production, partners that are not Participants, confirmations that never come). The caller authorizes.
 */
export async function monitoringFacts(s: Pick<Store, 'db'>, period: { start: string; end: string }) {
  return (await store.monitoringFacts(s.db, period.start, period.end)).map((r) => ({
    number: r.number,
    participant: r.participant,
    countryOfExport: r.country_of_export,
    importerParticipant: r.importer_participant,
    issuedOn: new Date(r.issued_at).toISOString().slice(0, 10),
    origin: r.origin,
    carats: Number(r.carats),
    cancelled: r.cancelled,
    confirmedOn: r.received_on === null ? null : String(r.received_on).slice(0, 10),
  }));
}
