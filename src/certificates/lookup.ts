// Look-up by number, what it discloses (disclosure.ts), and the verification codes behind it: checked
// when the holder presents one, made anew by the issuing authority (audited; the old one stops
// working), and checked before the PDF prints one.
import { writeMark, type Db, type Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { Coalesced, coalescedPer } from '../db/coalesce.js';
import { detail, forbidden, invalid, notFound } from '../core/errors.js';
import { m as rm } from './receipt-messages.js';
import type { Actor } from '../auth/model.js';
import { authorize, can } from './policy.js';
import * as audit from '../audit/service.js';
import * as log from './log.js';
import { participantOfNumber } from './numbering.js';
import { disclose, type Disclosure, type LookUp } from './disclosure.js';
import { drawsOnChain } from './reexport.js';
import { verifyAddress } from './service.js';
import { judgeDocument, receivedRoot, unknownNumberReason, withReplacement } from './online-verification.js';
import type { SignedCertificate } from './model.js';
import type { Verification } from './verification.js';
import { CODE_EXAMPLE, codeHash, codeMatches, newVerificationCodes, normalizeCode } from './verification-code.js';
import * as store from './store.js';
import { m as lm } from './log-messages.js';

type Row = NonNullable<Awaited<ReturnType<typeof store.certificate>>>;

/** The authorities concerned (the policy table's `certificates.verify.all`): of the issuing or the importing Participant, or the monitoring roles. */
export function seesAll(actor: Actor, row: Pick<Row, 'participant' | 'importer_participant'>): boolean {
  return [row.participant, row.importer_participant].some((participant) => can(actor, 'certificates.verify.all', { participant }));
}

/** A presented code in its canonical form; a text that cannot be a code is refused, naming `path`. */
export function presentedCode(code: string | undefined, path: string): string | undefined {
  if (code === undefined || code.trim() === '') return undefined;
  const canonical = normalizeCode(code);
  if (!canonical) throw invalid(lm('code.invalid', { code: code.slice(0, 40), example: CODE_EXAMPLE, qr: 'QR' }), [detail(path, lm('code.shape', { example: CODE_EXAMPLE }))]);
  return canonical;
}

export function wrongCode(number: string, row: Pick<Row, 'verification_code_hash' | 'participant'>): never {
  if (row.verification_code_hash === null) {
    throw forbidden(lm('code.none', { number, participant: row.participant }));
  }
  throw forbidden(lm('code.mismatch', { number, qr: 'QR' }));
}

/** Certificates whose document and verdict a process keeps for look-ups, per store (the least recently asked go first). */
export const LOOKUP_KEPT = 5000;
/** Look-ups read together at most, and their batches on their way at once (src/db/coalesce.ts). */
export const LOOKUP_BATCH = 64;
export const LOOKUP_READS_IN_FLIGHT = 2;

/**
 * What a look-up keeps of a certificate: what never changes — its document with its log proof, the log's
 * own root at its tree size — and the last verdict with the state it was judged on (its key's periods and
 * revocation, its cancellation, the certificate it replaces).
 */
interface Kept {
  doc: SignedCertificate;
  root: string;
  judged?: { state: string; at: number; verification: Verification };
  /** on the embedded store, the state as read and the mark of the store's writes before it was read (writeMark) */
  read?: { mark: number; row: StateRow };
}
type StateRow = NonNullable<Awaited<ReturnType<typeof store.lookUpStates>>[number]>;

interface StateAsked {
  participant: string;
  number: string;
  withDocument: boolean;
}

/**
 * The look-ups' reads of the store, gathered: those asked while others are being answered go together,
 * one statement for all (src/db/coalesce.ts; on PostgreSQL a statement costs a round trip). Those that
 * need the document (not yet kept) and those that do not go as two statements; a number asked twice is
 * read once. Gathered per Db: on a read replica (read-replica.ts) each look-up has its read-only
 * transaction of its own, and reads in it alone.
 */
const stateReads = coalescedPer((db: Db) =>
  new Coalesced<StateAsked, StateRow | undefined>(
    async (items) => {
      const read = async (withDocument: boolean) => {
        const keys = [...new Map(items.filter((i) => i.withDocument === withDocument).map((i) => [store.certificateKey(i), i])).values()];
        if (keys.length === 0) return new Map<string, StateRow | undefined>();
        const rows = await store.lookUpStates(db, keys, withDocument);
        return new Map(keys.map((k, i) => [store.certificateKey(k), rows[i]]));
      };
      const [bare, whole] = await Promise.all([read(false), read(true)]);
      return items.map((i) => (i.withDocument ? whole : bare).get(store.certificateKey(i)));
    },
    { inFlight: LOOKUP_READS_IN_FLIGHT, most: LOOKUP_BATCH },
  ),
);
const kept = new WeakMap<Store, Map<string, Kept>>();

function keptOf(s: Store): Map<string, Kept> {
  let m = kept.get(s);
  if (!m) kept.set(s, (m = new Map()));
  return m;
}

function keep(m: Map<string, Kept>, number: string, entry: Kept) {
  m.delete(number);
  m.set(number, entry);
  if (m.size > LOOKUP_KEPT) m.delete(m.keys().next().value!);
}

/**
 * GET /api/verify/{number}: the verdict, and as much as the caller may see — the number alone, the
 * number and its verification code, or all for the authorities concerned. A wrong code is refused.
 *
 * At most one query per look-up (store.lookUpStates, shared by the look-ups asked at about the same
 * time, and sent after each of them was asked): whatever can change — the key's periods and revocation,
 * a cancellation, a confirmation, the verification code, the certificate it replaces — is read from the
 * store every time, so a change committed through any process shows at the next look-up on every one.
 * On the embedded store, which one process serves, none while nothing was written since it was read
 * (writeMark): any statement that may write, anywhere, makes the next look-up read it again.
 * What cannot change is kept in this process: the document and the log's root at its size (read once, with
 * the log's nodes), and the verdict, reused only while the state read matches the one it was judged on
 * (and, for a genuine one, until its expiry).
 */
export async function lookUp(s: Store, actor: Actor, number: string, opts: { code?: string } = {}, now = new Date()): Promise<LookUp> {
  const code = presentedCode(opts.code, 'querystring.code');
  const participant = participantOfNumber(number);
  const cache = keptOf(s);
  let entry = participant ? cache.get(number) : undefined;
  // on the embedded store (one process), nothing written since the state was read: it is still the store's
  const mark = writeMark(s);
  const unchanged = entry?.read !== undefined && mark !== undefined && entry.read.mark === mark;
  const row = unchanged ? entry!.read!.row : participant ? await stateReads(s.db).ask({ participant, number, withDocument: entry === undefined }) : undefined;
  // that no such certificate exists is what a number alone may tell
  if (!row) return { number, verdict: 'not-in-log', valid: false, reason: unknownNumberReason(number), disclosure: 'public', checkedAt: now.toISOString() };
  if (!entry) {
    const known = new Map((row.log_nodes ?? []).map(([level, idx, hash]) => [`${level}:${Number(idx)}`, hash]));
    const stored = await log.storedDocumentWithRoot(s.db, row.document!, known);
    const doc = stored.doc;
    // a certificate received through the hub (src/hub) states its issuer's log: this log holds its leaf
    const root = row.origin_log ? await receivedRoot(s, row, doc) : stored.root;
    // kept only once the log's root is known (a replica that has not replayed it yet keeps nothing)
    entry = root === undefined ? { doc, root: '' } : { doc, root };
    if (root !== undefined) keep(cache, number, entry);
  } else keep(cache, number, entry);
  if (mark !== undefined && entry.root && !unchanged) entry.read = { mark, row: { ...row, document: undefined, log_nodes: undefined } };
  let level: Disclosure = 'public';
  if (seesAll(actor, row)) level = 'authority';
  else if (code !== undefined) {
    if (!codeMatches(number, code, row.verification_code_hash)) wrongCode(number, row);
    level = 'holder';
  }
  const keyRow = row.key_row_id === null ? undefined : { participant: row.key_participant!, id: row.key_row_id, public_key: row.key_public_key!, valid_from: row.key_valid_from!, valid_to: row.key_valid_to, revoked_at: row.key_revoked_at, revocation_reason: row.key_revocation_reason };
  const replaced = row.replaces_number === null ? undefined : { number: row.replaces_number, cancelled_at: row.replaces_cancelled_at };
  const state = JSON.stringify([row.key_id, keyRow && [keyRow.valid_from, keyRow.valid_to, keyRow.revoked_at, keyRow.revocation_reason], row.cancelled_at, row.cancel_reason, row.replaced_by, replaced?.number, replaced?.cancelled_at]);
  const j = entry.judged;
  let verification: Verification;
  if (j && j.state === state && now.getTime() >= j.at && (j.verification.verdict !== 'genuine' || now.getTime() < Date.parse(entry.doc.expiresAt))) verification = j.verification;
  else {
    verification = withReplacement(judgeDocument(entry.doc, { keyRow, row, root: entry.root || undefined }, now), row, replaced);
    // a date from the future becomes a date of the past: judged again
    if (entry.root && verification.verdict !== 'invalid-dates') entry.judged = { state, at: now.getTime(), verification };
  }
  // a root its own proof does not reach was read from a log that was not whole (a row rewritten, being
  // repaired): not kept, or this process would go on judging by it after the log is put right
  if (verification.verdict === 'not-in-log') cache.delete(number);
  // a re-export's chain, for an authority concerned only: read each time (an import may be cancelled since)
  const drawsOn = level === 'authority' ? await drawsOnChain(s.db, entry.doc) : undefined;
  return disclose(level, {
    number, verification, doc: entry.doc, importerCountry: row.importer_country, ...(drawsOn && { drawsOn }),
    confirmation: row.confirmed_by_participant !== null
      ? { participant: row.confirmed_by_participant, receivedOn: String(row.received_on).slice(0, 10), parcels: row.confirmed_parcels!, carats: Number(row.confirmed_carats), sealsIntact: row.seals_intact!, flagged: row.flagged!, mismatches: row.mismatches as { path: string; message: string }[], logIndex: Number(row.confirmation_log_index), logSalt: row.confirmation_log_salt! }
      : null,
    cancellation: row.cancelled_at ? { at: new Date(row.cancelled_at).toISOString(), reason: row.cancel_reason!, note: row.cancel_note, replacedBy: row.replaced_by, logSalt: row.cancel_salt } : null,
  }, now);
}

/**
 * The log position of a certificate's issue entry (GET /api/log/inclusion-proof?number=): for whoever
 * presents its verification code or an authority concerned. A number alone does not find its leaf: with
 * it, anyone would learn when a guessed number was issued (its position among the others).
 */
export async function issueEntryOf(s: Store, actor: Actor, number: string, opts: { code?: string } = {}): Promise<number> {
  const code = presentedCode(opts.code, 'querystring.code');
  const row = await load(s, number);
  if (!seesAll(actor, row)) {
    if (code === undefined) throw forbidden(lm('log.positionNeedsCode', { number, qr: 'QR', query: '?code=', route: 'GET /api/log/entries' }));
    if (!codeMatches(number, code, row.verification_code_hash)) wrongCode(number, row);
  }
  return Number(row.log_index);
}

async function load(s: Store, number: string): Promise<Row> {
  const participant = participantOfNumber(number);
  const row = participant ? await store.certificate(s.db, participant, number) : undefined;
  if (!row) throw notFound(rm('certificate.unknown', { number }));
  return row;
}

/**
 * A new verification code for a certificate (one issued before codes existed, or whose code was lost
 * or leaked): the issuing Participant's authority officers. The old code stops working at once; the
 * audit says who made it, never the code.
 */
export async function renewVerificationCode(s: Store, actor: Actor, number: string) {
  const row = await load(s, number);
  authorize(actor, 'certificates.verification-code.renew', { participant: row.participant });
  const [code] = newVerificationCodes(1) as [string];
  const replaced = row.verification_code_hash !== null;
  await transaction(s.db, async (tx) => {
    if (!(await store.setVerificationCodeHash(tx, row.participant, number, codeHash(number, code)))) throw notFound(rm('certificate.unknown', { number }));
    await audit.record(tx, actor, 'certificates.verification-code.renew', number, { participant: row.participant, replaced });
  });
  return { number, verificationCode: code, verifyUrl: verifyAddress(s, number, code), replaced };
}

/**
 * A code to print on the PDF, checked against the stored hash (the caller has authorized the read):
 * a PDF never carries a code that does not open the certificate.
 */
export async function codeForPdf(s: Store, number: string, code: string | undefined, path: string): Promise<string | undefined> {
  const canonical = presentedCode(code, path);
  if (canonical === undefined) return undefined;
  const row = await load(s, number);
  if (!codeMatches(number, canonical, row.verification_code_hash)) {
    throw invalid(lm('code.notThis', { number, participant: row.participant }), [detail(path, lm('code.notThisDetail'))]);
  }
  return canonical;
}
