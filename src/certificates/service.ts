// Use cases of certificates: read, list, confirm receipt, cancel, border checks, the
// trust list and the authority keys. The domain is larger than the usual four files, split by meaning:
//   model.ts        request, document and the scheme's rules (pure); signed-text.ts the characters a signed text may not hold
//   receipt-rules.ts confirmation, its differences, the day of receipt, a replacement (pure)
//   numbering.ts    a certificate's number written and read, a batch's numbering (pure)
//   signing.ts      canonical JSON, Ed25519, the signed trust list (pure)
//   verification.ts a certificate judged offline against a trust list (pure)
//   online-verification.ts a document or number judged against the store
//   merkle.ts       RFC 9162 tree hashes and proofs (pure)
//   issuance.ts     issuing: checks, numbering, signing and logging in one transaction (group commit)
//   applications.ts an exporter's application, approved or refused by an officer
//   keys.ts         the key registry and the master key that encrypts private keys
//   trust.ts        the trust list signed by the Chair's key, key rotation and revocation
//   log.ts          the transparency log over the store: appends, roots, proofs, signed tree heads
//   checkpoint.ts   C2SP checkpoints, signed notes and cosignatures (pure)
//   checkpoints.ts  checkpoints kept and served, offline bundles, witnesses and their cosignatures
//   registry.ts     the registry facts asked of the participants service
//   pdf.ts          the printable certificate in English and the issuer's language
//   routes.ts, log-routes.ts, route-schemas.ts  HTTP: the certificates' routes, the log's, their shapes
import { randomUUID } from 'node:crypto';
import type { Store, Tx } from '../db/store.js';
import { isUniqueViolation, transaction } from '../db/transaction.js';
import { conflict, detail, forbidden, invalid, messagesOf, notFound } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m as rc } from './receipt-messages.js';
import { isIsoDay, today, type IsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize, can } from './policy.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import { configure, optionsOf, type CertificateOptions } from './keys.js';
import * as log from './log.js';
import { saltedRecord } from './log-plan.js';
import { announceConfirmed } from './alerts.js';
import * as checkpoints from './checkpoints.js';
import { type SignedCertificate } from './model.js';
import { participantOfNumber } from './numbering.js';
import { BORDER_CHECK_KINDS, CANCEL_REASONS, checkConfirmation, checkReplacement, confirmationDifferences, describeDifference, receiptDateProblem, type BorderCheckKind, type CertificateFact, type Difference, type CancelReason, type ConfirmationInput } from './receipt-rules.js';
import { embargoFlagsOf } from './embargo.js';
import { importerFlag } from '../companies/service.js';
import { chainOf } from './reexport.js';
import { publicReason } from './disclosure.js';
import type { CertificateBundle } from './verification.js';
import { unknownNumberReason, verifyNumber } from './online-verification.js';
import * as store from './store.js';
import * as logStore from './log-store.js';

export { configure, type CertificateOptions };

/** The verification address's base: KPCS_PUBLIC_URL when set, else the address the server listens on. */
export function publicUrl(s: Store): string {
  const o = optionsOf(s);
  return (o.publicUrl ?? (process.env.KPCS_PUBLIC_URL?.trim() || undefined) ?? o.listenUrl ?? 'http://localhost:8080').replace(/\/+$/, '');
}

/** The address the QR code carries; with the verification code, scanning it shows more (lookup.ts). */
export function verifyAddress(s: Store, number: string, code?: string): string {
  return `${publicUrl(s)}/verify/${encodeURIComponent(number)}${code ? `?code=${encodeURIComponent(code)}` : ''}`;
}

// ---- issue: see issuance.ts ----

export { issue, issueAll, issueAllWithCodes, issueOnce, issueWithCode, type IssueOptions, type Issued } from './issuance.js';
export { idempotencyKey, IDEMPOTENCY_HOURS } from './idempotency.js';

// ---- read ----

async function load(s: Store, number: string) {
  const participant = participantOfNumber(number);
  const row = participant ? await store.certificate(s.db, participant, number) : undefined;
  if (!row) throw notFound(rc('certificate.unknown', { number }));
  return { row, doc: await log.storedDocument(s.db, row.document) };
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
      throw forbidden(rc('certificate.notYours', { number: row.number }));
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
  const [confirmation, checks, events] = await Promise.all([store.confirmation(s.db, row.participant, number), store.borderChecks(s.db, number), logStore.logEntriesOf(s.db, number)]);
  return {
    certificate: doc,
    status: {
      cancelled: row.cancelled_at ? { at: new Date(row.cancelled_at).toISOString(), reason: row.cancel_reason!, note: row.cancel_note, replacedBy: row.replaced_by } : null,
      confirmation: confirmationView(confirmation),
      borderChecks: checks.map((c) => ({ participant: c.participant, kind: c.kind, verdict: c.verdict, sealsIntact: c.seals_intact, unopened: c.unopened, note: c.note, checkedAt: new Date(c.checked_at).toISOString(), checkedBy: c.checked_by })),
      log: events.map((e) => ({ index: Number(e.idx), event: e.event, at: new Date(e.at).toISOString() })),
      ...(await chainOf(s.db, row, doc)),
    },
  };
}

/**
 * The certificate's offline bundle (issuing and importing Participant, as `get`): the document, a
 * checkpoint signed by the log covering it, and the inclusion proof; what an offline verifier needs.
 */
export async function bundle(s: Store, actor: Actor, number: string, opts: { consistencyFrom?: number } = {}): Promise<CertificateBundle> {
  const { row, doc } = await load(s, number);
  await authorizeRead(s, actor, row);
  return checkpoints.bundleOf(s, doc, opts);
}

/** The certificate document alone (for the PDF), with the same access rule. */
export async function document(s: Store, actor: Actor, number: string): Promise<{ doc: SignedCertificate; cancelled: boolean }> {
  const { row, doc } = await load(s, number);
  await authorizeRead(s, actor, row);
  return { doc, cancelled: row.cancelled_at !== null };
}

export async function list(s: Store, actor: Actor, opts: { participant?: string; role?: 'issued' | 'received'; year?: number; limit?: number; before?: string }) {
  const participant = opts.participant ?? actor.participant;
  if (!participant) throw invalid(rc('list.participant'), [detail('participant', field('required'))]);
  authorize(actor, 'certificates.read', { participant });
  const company = companyOnly(actor);
  if (company && opts.role === 'received') throw forbidden(rc('list.companyReceived'));
  const rows = await store.list(s.db, { participant, role: opts.role ?? 'issued', year: opts.year, limit: Math.min(opts.limit ?? 100, 1000), before: opts.before, ...(company && { applicant: actor.userId ?? '' }) });
  return rows.map((r) => ({
    number: r.number, issuer: r.participant, countryOfExport: r.country_of_export, importer: r.importer_participant, importerCountry: r.importer_country,
    issuedAt: new Date(r.issued_at).toISOString(), expiresAt: new Date(r.expires_at).toISOString(), carats: Number(r.carats), valueUsd: Number(r.value_usd), parcels: r.parcels,
    status: r.cancelled_at ? (r.cancel_reason === 'replaced' ? 'replaced' : 'cancelled') : r.confirmed_at ? (r.flagged ? 'confirmed-with-mismatch' : 'confirmed') : 'issued',
  }));
}

// ---- import confirmation ----

interface PreparedConfirmation {
  actor: Actor;
  number: string;
  input: ConfirmationInput;
  row: Awaited<ReturnType<typeof load>>['row'];
  differences: Difference[];
  mismatches: ReturnType<typeof describeDifference>[];
  receivedOn: IsoDay;
}

/** Everything that can be checked before the transaction: the input, the certificate, who confirms. */
async function prepareConfirmation(s: Store, actor: Actor, number: string, input: ConfirmationInput, now: Date): Promise<PreparedConfirmation> {
  const problems = checkConfirmation(input);
  if (input.receivedOn !== undefined && !isIsoDay(input.receivedOn)) problems.push(detail('receivedOn', rc('receivedOn.day')));
  if (problems.length) throw invalid(rc('confirmation.problems', { problems: messagesOf(problems).map((problem, i) => rc('confirmation.problem', { path: problems[i]!.path ?? '', problem })) }), problems);
  const { row, doc } = await load(s, number);
  authorize(actor, 'certificates.confirm', { participant: row.importer_participant });
  const receivedOn = input.receivedOn ?? today(now);
  const late = receiptDateProblem(receivedOn, { number, issuedAt: row.issued_at, expiresAt: row.expires_at }, today(now));
  if (late) throw invalid(rc('confirmation.late', { problem: messagesOf([late])[0]! }), [late]);
  const differences = confirmationDifferences(doc, input);
  // a shipment from a country under a UN diamond measure is flagged like a mismatch (path 'embargo')
  const unlicensed = await importerFlag(s.db, row.importer_participant, doc.importer.name, receivedOn);
  return { actor, number, input, row, differences, mismatches: [...differences.map(describeDifference), ...(await embargoFlagsOf(s.db, doc, receivedOn)), ...(unlicensed ? [unlicensed] : [])], receivedOn };
}

/** Records confirmations in the caller's transaction, with one log append for them all. */
async function recordConfirmations(tx: Tx, prepared: PreparedConfirmation[], confirmedAt: Date) {
  // READ COMMITTED behind row locks in a fixed order, as issuance: the log head (every log writer takes
  // it first, so confirmations, cancellations and issuance run one after the other and never fail to
  // serialize), then the certificates; what is read after them is what the writers before committed
  await logStore.lockLogHead(tx);
  await store.lockCertificates(tx, prepared.map((p) => ({ participant: p.row.participant, number: p.number })));
  for (const p of prepared) {
    const current = await store.certificate(tx, p.row.participant, p.number);
    if (current?.cancelled_at) throw conflict(rc('confirmation.cancelled', { number: p.number, day: dayOf(current.cancelled_at), reason: String(current.cancel_reason) }));
    const existing = await store.confirmation(tx, p.row.participant, p.number);
    if (existing) throw conflict(rc('confirmation.already', { number: p.number, at: new Date(existing.confirmed_at).toISOString(), by: existing.confirmed_by }));
  }
  // each record salted with a secret kept with it (saltedRecord): its leaf tells nothing to a guesser
  const salted = prepared.map((p) => saltedRecord({ number: p.number, participant: p.row.importer_participant, parcels: p.input.parcels, carats: p.input.carats, sealsIntact: p.input.sealsIntact, receivedOn: p.receivedOn, mismatches: p.mismatches }));
  const appended = await log.appendEvents(
    tx,
    prepared.map((p, i) => ({ event: 'confirmed' as const, participant: p.row.importer_participant, number: p.number, at: confirmedAt, recordHash: salted[i]!.recordHash })),
  );
  const results = [];
  for (const [i, p] of prepared.entries()) {
    const flagged = p.mismatches.length > 0;
    await store.insertConfirmation(tx, {
      participant: p.row.importer_participant, id: randomUUID(), certificate_participant: p.row.participant, certificate_number: p.number,
      parcels: p.input.parcels, carats: p.input.carats, seals_intact: p.input.sealsIntact, received_on: p.receivedOn, mismatches: JSON.stringify(p.mismatches),
      flagged, note: p.input.note ?? null, confirmed_at: confirmedAt, confirmed_by: p.actor.name, log_index: appended[i]!.index, log_salt: salted[i]!.salt,
    });
    // sent back to the exporting authority's officers: inbox, and e-mail when SMTP is configured
    const alerted = await announceConfirmed(tx, { number: p.number, issuer: p.row.participant, importer: p.row.importer_participant, receivedOn: p.receivedOn, differences: p.differences, messages: p.mismatches.map((m) => m.message) });
    await audit.record(tx, p.actor, 'certificates.confirm', p.number, { importer: p.row.importer_participant, flagged, mismatches: p.mismatches.map((m) => m.message), logIndex: appended[i]!.index });
    results.push({ number: p.number, issuer: p.row.participant, confirmedAt: confirmedAt.toISOString(), receivedOn: p.receivedOn, flagged, mismatches: p.mismatches, logIndex: appended[i]!.index, alerted });
  }
  return results;
}

export async function confirm(s: Store, actor: Actor, number: string, input: ConfirmationInput) {
  const confirmedAt = new Date();
  const prepared = await prepareConfirmation(s, actor, number, input, confirmedAt);
  try {
    return (await transaction(s.db, (tx) => recordConfirmations(tx, [prepared], confirmedAt), { isolation: 'read committed' }))[0]!;
  } catch (e) {
    // two confirmations racing: the unique key lets exactly one commit
    if (isUniqueViolation(e, 'certificate_confirmations')) throw conflict(rc('confirmation.race', { number }));
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
    return await transaction(s.db, (tx) => recordConfirmations(tx, prepared, confirmedAt), { isolation: 'read committed' });
  } catch (e) {
    if (isUniqueViolation(e, 'certificate_confirmations')) throw conflict(rc('confirmation.raceMany'));
    throw e;
  }
}

// ---- cancel ----

const dayOf = (t: Date | string) => new Date(t).toISOString().slice(0, 10);

function certificateFact(r: { number: string; participant: string; issued_at: Date | string; cancelled_at: Date | string | null; cancel_reason: string | null }): CertificateFact {
  return { number: r.number, participant: r.participant, issuedAt: new Date(r.issued_at).toISOString(), cancelled: r.cancelled_at ? { at: new Date(r.cancelled_at).toISOString(), reason: r.cancel_reason ?? '' } : null };
}

function alreadyCancelled(r: { number: string; cancelled_at: Date | string | null; cancel_reason: string | null; cancel_note: string | null; replaced_by: string | null }) {
  return rc('cancel.already', { number: r.number, day: dayOf(r.cancelled_at!), why: [r.cancel_reason, r.cancel_note].filter(Boolean).join(': '), replaced: r.replaced_by ? rc('cancel.replacedBy', { number: r.replaced_by }) : '' });
}

export async function cancel(s: Store, actor: Actor, number: string, input: { reason: CancelReason; note?: string; replacedBy?: string }) {
  if (!CANCEL_REASONS.includes(input.reason)) throw invalid(rc('cancel.reason', { allowed: CANCEL_REASONS.join(', ') }), [detail('reason', rc('cancel.reason.detail'))]);
  if (input.reason === 'replaced' && !input.replacedBy) throw invalid(rc('cancel.replacement'), [detail('replacedBy', rc('cancel.replacement.detail', { reason: 'replaced' }))]);
  const { row } = await load(s, number);
  authorize(actor, 'certificates.cancel', { participant: row.participant });
  const at = new Date();
  return transaction(s.db, async (tx) => {
    // READ COMMITTED behind the log head's lock, then the certificate's (the order confirmations take)
    await logStore.lockLogHead(tx);
    await store.lockCertificates(tx, [{ participant: row.participant, number }]);
    const current = (await store.certificate(tx, row.participant, number))!;
    if (current.cancelled_at) throw conflict(alreadyCancelled(current));
    const existing = await store.confirmation(tx, row.participant, number);
    if (existing) throw conflict(rc('cancel.received', { number, day: String(existing.received_on) }));
    if (input.replacedBy !== undefined) {
      const other = participantOfNumber(input.replacedBy);
      const replacement = other ? await store.certificate(tx, other, input.replacedBy) : undefined;
      const already = replacement ? await store.replacedOne(tx, replacement.participant, replacement.number) : undefined;
      const problems = checkReplacement(certificateFact(current), input.replacedBy, replacement && certificateFact(replacement), already?.number);
      if (problems.length) throw invalid(rc('cancel.badReplacement', { number, replacedBy: input.replacedBy, problems: messagesOf(problems) }), problems);
    }
    const record = { number, reason: input.reason, note: input.note ?? null, replacedBy: input.replacedBy ?? null };
    // salted with a secret kept with the cancellation (saltedRecord): its leaf tells nothing to a guesser
    const salted = saltedRecord(record);
    const updated = await store.cancel(tx, row.participant, number, { cancelled_at: at, cancel_reason: input.reason, cancel_note: input.note ?? null, replaced_by: input.replacedBy ?? null, cancel_salt: salted.salt });
    if (Number(updated.numUpdatedRows) !== 1) throw conflict(rc('cancel.race', { number }));
    const appended = await log.appendEvent(tx, { event: 'cancelled', participant: row.participant, number, at, recordHash: salted.recordHash });
    await audit.record(tx, actor, 'certificates.cancel', number, { ...record, logIndex: appended.index });
    return { number, cancelledAt: at.toISOString(), reason: input.reason, logIndex: appended.index };
  }, { isolation: 'read committed' });
}

// ---- border checks and transit ----

export async function borderCheck(s: Store, actor: Actor, number: string, input: { kind: BorderCheckKind; sealsIntact?: boolean; unopened?: boolean; note?: string }) {
  if (!BORDER_CHECK_KINDS.includes(input.kind)) throw invalid(rc('border.kind', { allowed: BORDER_CHECK_KINDS.join(', ') }), [detail('kind', rc('border.kind.detail'))]);
  if (input.kind === 'transit' && (input.sealsIntact === undefined || input.unopened === undefined)) throw invalid(rc('border.transit'), [detail(input.sealsIntact === undefined ? 'sealsIntact' : 'unopened', rc('border.transit.detail'))]);
  const participant = actor.participant;
  if (!participant) throw forbidden(rc('border.participant'));
  authorize(actor, 'certificates.border-check', { participant });
  const result = await verifyNumber(s, number);
  const at = new Date();
  const known = result.verdict !== 'not-in-log' || result.reason !== unknownNumberReason(number);
  // customs of a third Participant (transit) learn the verdict as a number alone tells it (disclosure.ts)
  const row = known ? await store.certificate(s.db, participantOfNumber(number)!, number) : undefined;
  const concerned = !row || [row.participant, row.importer_participant].some((p) => can(actor, 'certificates.verify.all', { participant: p }));
  // a shipment from (or to) a country under a UN diamond measure on its day of issue or today is flagged
  const embargo = known ? await embargoFlagsOf(s.db, (await load(s, number)).doc, today(at)) : [];
  const reason = [concerned ? result.reason : publicReason(result.verdict, row.participant), ...embargo.map((e) => e.message)].join('; ');
  const flagged = !result.valid || input.sealsIntact === false || input.unopened === false || embargo.length > 0;
  return transaction(s.db, async (tx) => {
    const id = randomUUID();
    await store.insertBorderCheck(tx, {
      participant, id, kind: input.kind, certificate_number: number, certificate_known: known, verdict: result.verdict,
      seals_intact: input.sealsIntact ?? null, unopened: input.unopened ?? null, note: input.note ?? null, checked_at: at, checked_by: actor.name,
    });
    await audit.record(tx, actor, 'certificates.border-check', number, { participant, kind: input.kind, verdict: result.verdict, flagged, ...(embargo.length && { embargo: embargo.map((e) => e.message) }) });
    return { id, number, participant, kind: input.kind, verdict: result.verdict, reason, flagged, embargo, checkedAt: at.toISOString() };
  });
}

// ---- trust list and keys: see trust.ts ----

export { chairInOffice, chairKeyList, keys, logKeys, onChairChanged, publishedTrustList, revokeKey, revokeLogKey, rotateChairKey, rotateKey, rotateLogKey, servedTrustList, trustList, type ServedTrustList } from './trust.js';

/** The plenary language the issuing Participant prints its certificates in, beside English. */
export async function languageOf(s: Store, participant: string) {
  try {
    return (await participants.get(s.db, participant)).language;
  } catch {
    return 'en' as const;
  }
}

export const invalidQuery = (key: Parameters<typeof rc>[0], params: Parameters<typeof rc>[1] = {}) => invalid(rc('query.invalid', { problem: rc(key, params) }), [detail('querystring', rc(key, params))]);

/**
 * What a Participant's certificates say about its trade in a period, per flow, partner and HS code:
 * the source statistics compares reported figures with (statistics never reads certificate tables).
 */
export const certificateFigures = (s: Store) => ({
  async figures(participant: string, period: { start: string; end: string }) {
    const { exports, imports } = await store.figuresOf(s.db, participant, period.start, period.end);
    // re-exports (certificates drawn against imports) counted as such, on either flow
    const line = (flow: 'export' | 'import') => (r: (typeof imports)[number]) => ({ flow, partner: r.partner, hsCode: r.hs_code, carats: Number(r.carats), valueUsd: Number(r.value_usd), certificates: Number(r.certificates), reExports: Number(r.re_exports), reExportCarats: Number(r.re_export_carats ?? 0) });
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
  reExport: r.re_export === true,
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
