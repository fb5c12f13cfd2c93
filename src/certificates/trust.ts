// The trust list and the scheme's keys: the list of authority and log keys signed by the key of the
// Chair in office (with the chain of Chair-key endorsements) with the log's witnesses, and the rotation
// and revocation of keys.
// See docs/trust-model.md.
import { createHash } from 'node:crypto';
import { writeMark, type Db, type Store } from '../db/store.js';
import { Coalesced, coalescedPer } from '../db/coalesce.js';
import { RetryableConflict, transaction } from '../db/transaction.js';
import { conflict, notFound } from '../core/errors.js';
import { SYSTEM, type Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import { authorityKey, chairChain, chairSigningKey, newChairKey, rotateLogKey as rotateLogKeyIn, schemeSigningKey } from './keys.js';
import { TRUST_LIST_FRESH_DAYS } from './trust-generation.js';
import { signTrustList, type ChairKeyEndorsement, type TrustedKey, type TrustList } from './signing.js';
import { revocationOf, witnessKeys } from './checkpoints.js';
import * as store from './store.js';
import * as keyStore from './key-store.js';
import { m as km } from './key-messages.js';

export function trustedKey(k: { participant: string; id: string; public_key: string; valid_from: Date | string; valid_to: Date | string | null; revoked_at: Date | string | null; revocation_reason: string | null }): TrustedKey {
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return { keyId: k.id, owner: k.participant, purpose: 'certificate', publicKey: k.public_key, validFrom: iso(k.valid_from)!, validTo: iso(k.valid_to), revokedAt: iso(k.revoked_at), revocationReason: k.revocation_reason };
}

/** The Chair in office at `now`: the chairs table's row of that year, else the latest year before it. */
export async function chairInOffice(s: Store, now = new Date()): Promise<{ participant: string; year: number }> {
  const year = now.getUTCFullYear();
  const chairs = (await participants.registry(s.db)).chairs.filter((c) => c.year <= year).sort((a, b) => b.year - a.year);
  const c = chairs[0];
  if (!c) throw conflict(km('chair.none', { year: String(year) }));
  return { participant: c.chair, year: c.year };
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const DAY_MS = 86_400_000;

/**
 * The trust list: every authority key and log key with its periods, the cancelled numbers, signed by
 * the key of the Chair in office, with the chain of endorsements from the first Chair key to it.
 */
export async function trustList(s: Store, now = new Date()): Promise<TrustList> {
  // the Chair's and the log's keys first (the first list makes them), then the generation, then the
  // content: a list is never older than the generation it states
  const inOffice = await chairInOffice(s, now);
  await transaction(s.db, async (tx) => {
    const signer = await chairSigningKey(s, tx, inOffice, now);
    await schemeSigningKey(s, tx, 'log');
    if (signer.created) await audit.record(tx, SYSTEM, 'certificates.chair-key.create', signer.ref.keyId, { chair: signer.ref.chair, year: signer.ref.year, endorsedBy: signer.retired });
  });
  const generation = await transaction(s.db, (tx) => keyStore.trustGenerationNow(tx));
  const [keys, cancelled, chair, witnesses] = await Promise.all([keyStore.keysOf(s.db), store.cancelledNumbers(s.db), chairInOffice(s, now), witnessKeys(s.db)]);
  return transaction(s.db, async (tx) => {
    const signer = await chairSigningKey(s, tx, chair, now);
    const logKey = await schemeSigningKey(s, tx, 'log');
    const scheme = await keyStore.schemeKeys(tx);
    const { endorsements } = await chairChain(tx);
    if (signer.created) await audit.record(tx, SYSTEM, 'certificates.chair-key.create', signer.ref.keyId, { chair: chair.participant, year: chair.year, endorsedBy: signer.retired });
    const schemeRows = scheme.some((k) => k.id === logKey.id) ? scheme : [...scheme, { purpose: 'log' as const, id: logKey.id, public_key: logKey.publicKey, valid_from: new Date(), valid_to: null, revoked_at: null, revocation_reason: null }];
    return signTrustList(
      {
        type: 'kp-trust-list',
        version: 2,
        issuedAt: now.toISOString(),
        generation,
        nextUpdate: new Date(now.getTime() + TRUST_LIST_FRESH_DAYS * DAY_MS).toISOString(),
        chair: chair.participant,
        chairYear: chair.year,
        signer: signer.ref,
        chain: endorsements,
        keys: [
          ...keys.map(trustedKey),
          ...schemeRows.filter((k) => k.purpose === 'log').map((k): TrustedKey => ({ keyId: k.id, owner: 'KP', purpose: 'log', publicKey: k.public_key, validFrom: iso(k.valid_from)!, validTo: iso(k.valid_to), revokedAt: iso(k.revoked_at), revocationReason: k.revocation_reason })),
          // the witnesses that cosign the log's checkpoints (owner: the witness's name)
          ...witnesses,
        ],
        // numbers only (and the one issued in place): when and why stay with the authorities concerned
        cancelled: cancelled.map((c) => ({ number: c.number, replacedBy: c.replaced_by })),
      },
      signer.key,
    );
  });
}

/** The trust list as served: the signed list, its exact bytes, their strong ETag, and the state it was signed from. */
export interface ServedTrustList {
  list: TrustList;
  /** the JSON served, byte for byte the same from every process */
  body: string;
  /** a strong ETag of `body`: the generation and a digest */
  etag: string;
  /** the fingerprint of the listed state (keyStore.trustListGeneration) it was signed from */
  fingerprint: string;
  /** the calendar year (UTC) it was signed in */
  year: number;
}

/** What this process last served for each store: only ever served again after the store's fingerprint was read and matched. */
const served = new WeakMap<Store, ServedTrustList>();
/** On the embedded store: the fingerprint last read, and the mark of the store's writes before it was read (writeMark). */
const fingerprints = new WeakMap<Store, { mark: number; fingerprint: string }>();
/**
 * The fingerprint's reads, per Db: the requests that ask for it at about the same time share one read,
 * sent after the last of them asked (src/db/coalesce.ts), so a change committed before a request arrived
 * still shows to it; on PostgreSQL one round trip for many requests, not one each.
 */
const fingerprintReads = coalescedPer((db: Db) =>
  new Coalesced<null, string>(async (asked) => {
    const fingerprint = await keyStore.trustListGeneration(db);
    return asked.map(() => fingerprint);
  }, { inFlight: 2, most: 4096 }),
);

const etagOf = (generation: number, body: string) => `"${generation}-${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function fromRow(row: NonNullable<Awaited<ReturnType<typeof keyStore.publishedTrustList>>>): ServedTrustList {
  return { list: JSON.parse(row.body) as TrustList, body: row.body, etag: row.etag, fingerprint: row.fingerprint, year: row.year };
}

/**
 * `GET /api/trust-list`: the list signed once per change of what it lists — a key (authority, log, Chair)
 * made, retired or revoked (a historical issuance back-dating a key included), a witness, the Chair, a
 * cancellation — and kept in the store (table trust_list_published), so that every process on the
 * database serves the same bytes under the same ETag. Each request reads one thing: the cheap fingerprint
 * of the listed state (keyStore.trustListGeneration; on the embedded store, which one process serves, not
 * even that while nothing was written since it was read: writeMark). When it matches the list this process holds, that list
 * is served; else the kept one if it matches; else a list is signed anew and kept (once: a process that
 * finds another one's list of the same state under the row lock serves that one). Nothing is served that
 * the store's current state does not match, so a change made through any process shows at the next
 * request everywhere. Signed anew in a new year (the Chair in office) and at least daily (its nextUpdate).
 */
export async function servedTrustList(s: Store, now = new Date()): Promise<ServedTrustList> {
  // on the embedded store (one process), nothing written since the fingerprint was read: it is still the state's
  const mark = writeMark(s);
  const known = fingerprints.get(s);
  const fingerprint = known && mark !== undefined && known.mark === mark ? known.fingerprint : await fingerprintReads(s.db).ask(null);
  if (mark !== undefined) fingerprints.set(s, { mark, fingerprint });
  const year = now.getUTCFullYear();
  const current = (p: { fingerprint: string; year: number; issuedAt: string | Date }, of: string) => p.fingerprint === of && p.year === year && now.getTime() - new Date(p.issuedAt).getTime() < DAY_MS;
  const held = served.get(s);
  if (held && current({ ...held, issuedAt: held.list.issuedAt }, fingerprint)) return held;
  const row = await keyStore.publishedTrustList(s.db);
  if (row && current({ ...row, issuedAt: row.issued_at }, fingerprint)) {
    const kept = fromRow(row);
    served.set(s, kept);
    return kept;
  }
  // the fingerprint is read before the list is signed, so the list kept is never older than the state it is kept for
  let list = await trustList(s, now);
  // the first list signed makes the Chair's and the log's keys: the state it was signed from moved under it
  let of = await keyStore.trustListGeneration(s.db);
  if (of !== fingerprint) {
    list = await trustList(s, now);
    of = await keyStore.trustListGeneration(s.db);
  }
  const signedFrom = of;
  const body = JSON.stringify(list);
  const mine: ServedTrustList = { list, body, etag: etagOf(list.generation ?? 0, body), fingerprint: signedFrom, year };
  const kept = await transaction(s.db, async (tx) => {
    const other = await keyStore.publishedTrustListForUpdate(tx);
    // another process signed the same state meanwhile: every process serves that one
    if (other && current({ ...other, issuedAt: other.issued_at }, signedFrom)) return fromRow(other);
    await keyStore.keepPublishedTrustList(tx, { fingerprint: signedFrom, generation: list.generation ?? 0, year, issued_at: new Date(list.issuedAt), body, etag: mine.etag });
    return mine;
  });
  served.set(s, kept);
  return kept;
}

/** The current trust list (see servedTrustList). */
export async function publishedTrustList(s: Store, now = new Date()): Promise<TrustList> {
  return (await servedTrustList(s, now)).list;
}

/** `kpcs keys chair rotate`: a new key for the Chair in office, endorsed by the key it replaces. */
export async function rotateChairKey(s: Store, actor: Actor, now = new Date()) {
  authorize(actor, 'certificates.chair-key.rotate');
  const chair = await chairInOffice(s, now);
  return transaction(s.db, async (tx) => {
    const next = await newChairKey(s, tx, await keyStore.chairKeyInService(tx), chair, now);
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

/** The log's tree-head keys with their periods and revocations, oldest first. */
export async function logKeys(s: Store) {
  return (await keyStore.schemeKeys(s.db)).filter((k) => k.purpose === 'log').map((k) => ({ keyId: k.id, publicKey: k.public_key, validFrom: iso(k.valid_from)!, validTo: iso(k.valid_to), revokedAt: iso(k.revoked_at), revocationReason: k.revocation_reason }));
}

/**
 * `kpcs keys log revoke`, administrators: checkpoints and tree heads the log key signs from `at` on
 * (default now; earlier when it was stolen before anyone noticed) verify nowhere; those signed before stay
 * valid. When it is the key in service, a new key takes over now. Audited; listed on the trust list.
 */
export async function revokeLogKey(s: Store, actor: Actor, keyId: string, input: { at?: string; reason: string }, now = new Date()) {
  authorize(actor, 'certificates.log-key.rotate');
  const { at, reason } = revocationOf(input, now);
  return transaction(s.db, async (tx) => {
    const row = (await keyStore.schemeKeys(tx)).find((k) => k.purpose === 'log' && k.id === keyId);
    if (!row) throw notFound(km('logKey.unknown', { keyId, command: 'kpcs keys log list' }));
    if (row.revoked_at !== null) throw conflict(km('logKey.revokedAlready', { keyId, at: String(iso(row.revoked_at)), reason: String(row.revocation_reason) }));
    const replaced = row.valid_to === null ? await rotateLogKeyIn(s, tx, now) : null;
    if (!(await keyStore.revokeSchemeKey(tx, 'log', keyId, at, reason))) throw conflict(km('logKey.revokedMeanwhile', { keyId }));
    await audit.record(tx, actor, 'certificates.log-key.revoke', keyId, { at: at.toISOString(), reason, inService: replaced?.inService ?? null });
    return { keyId, revokedAt: at.toISOString(), reason, inService: replaced?.inService ?? null };
  });
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
  return (await keyStore.keysOf(s.db, participant)).map(trustedKey);
}

/** Retires the key in service (it stays valid for what it signed) and puts a new one in service. */
export async function rotateKey(s: Store, actor: Actor, participant: string) {
  authorize(actor, 'certificates.keys.manage', { participant });
  if (!(await participants.exists(s.db, participant))) throw notFound(km('participant.unknown', { participant }));
  return transaction(s.db, async (tx) => {
    const found = await keyStore.keyInService(tx, participant);
    // under the key's row lock, as issuance takes it: the moment of the rotation is read after any
    // issuance signing with this key has committed, so nothing it signed is dated after its retirement
    const current = found && (await keyStore.keyForUpdate(tx, participant, found.id));
    if (found && (!current || current.valid_to !== null || current.revoked_at !== null)) throw new RetryableConflict('the key was retired or revoked meanwhile');
    const at = new Date();
    if (current) await keyStore.retireKey(tx, participant, current.id, at);
    const next = await authorityKey(s, tx, participant, at);
    await audit.record(tx, actor, 'certificates.keys.rotate', participant, { retired: current?.id ?? null, inService: next.id });
    return { participant, retired: current?.id ?? null, inService: next.id, at: at.toISOString() };
  });
}

/** Revokes a key from a moment on (default now): signatures dated before stay valid, those after do not. */
export async function revokeKey(s: Store, actor: Actor, keyId: string, input: { at?: string; reason: string }) {
  const row = await keyStore.keyById(s.db, keyId);
  if (!row) throw notFound(km('authorityKey.unknown', { keyId }));
  authorize(actor, 'certificates.keys.manage', { participant: row.participant });
  const checked = revocationOf(input, new Date());
  return transaction(s.db, async (tx) => {
    // the key's row lock first, as issuance takes it: "now" is read after any issuance signing with it has
    // committed, so every certificate it signed is dated before the revocation, and none is signed after
    await keyStore.keyForUpdate(tx, row.participant, keyId);
    const { reason } = checked;
    const at = input.at ? checked.at : new Date();
    const res = await keyStore.revokeKey(tx, row.participant, keyId, at, reason);
    if (Number(res.numUpdatedRows) !== 1) throw conflict(km('key.revokedAlready', { keyId }));
    await audit.record(tx, actor, 'certificates.keys.revoke', keyId, { participant: row.participant, at: at.toISOString(), reason });
    return { keyId, participant: row.participant, revokedAt: at.toISOString(), reason };
  });
}
