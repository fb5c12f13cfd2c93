// The national system's side of the exchange (issue #20): an installation with KPCS_HUB_URL and
// KPCS_HUB_TOKEN registers its authority public keys at the hub (the private keys never leave it),
// sends every issuance, cancellation and confirmation of its Participant through a durable outbox, and
// pulls and applies what the hub holds for it (confirmations of its certificates by importers).
//
// The outbox is filled from the installation's own transparency log: every issuance, confirmation and
// cancellation is a log entry written in the same transaction as the act, so nothing committed can be
// missed, and the log's order is the order of sending. A cursor row (hub_cursors, locked FOR UPDATE)
// says how far the log was read; messages get ids from their log position, so refilling cannot make a
// second message for one event. Delivery claims rows under a lease (FOR UPDATE SKIP LOCKED, then marked
// claimed for a while by the database's clock), sends outside any transaction, and marks them
// delivered with the hub's receipt; a failure is retried with exponential backoff. Only the earliest
// undelivered message of a certificate is ever claimed: a certificate's messages arrive in order. The
// hub applies a message once by its id, so a message sent again after a lost answer changes nothing.
import type { Store, Tx } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { KpcsError } from '../core/errors.js';
import { x } from './exchange-messages.js';
import { PROCESS_ID } from '../db/leases.js';
import { SYSTEM, type Actor } from '../auth/model.js';
import * as audit from '../audit/service.js';
import { HELD_BY_NATIONAL_SYSTEM, signingKey } from '../certificates/keys.js';
import * as log from '../certificates/log.js';
import { participantOfNumber } from '../certificates/numbering.js';
import * as certStore from '../certificates/store.js';
import * as certLogStore from '../certificates/log-store.js';
import * as certKeyStore from '../certificates/key-store.js';
import { backoffMs, HUB_RECEIVER, PROTOCOL, RETRY_CODES, signMessage, verifyMessage, type CancelledMessage, type ConfirmedMessage, type HubMessage, type IssuedMessage, type Receipt } from './model.js';
import { applyCancelled, applyIssued, recordConfirmation } from './service.js';
import * as store from './store.js';

export interface HubConnection {
  url: string;
  token: string;
  /** the longest wait between two attempts of one message (ms) */
  retryMaxMs: number;
}

/** The connection to the hub from KPCS_HUB_URL and KPCS_HUB_TOKEN; undefined when this installation is not a national system. */
export function hubConnection(env: NodeJS.ProcessEnv = process.env): HubConnection | undefined {
  const url = env.KPCS_HUB_URL?.trim();
  if (!url) return undefined;
  const token = env.KPCS_HUB_TOKEN?.trim();
  if (!token) throw new KpcsError('invalid_input', x('national.token', { url: 'KPCS_HUB_URL', token: 'KPCS_HUB_TOKEN', command: '`kpcs user add --role national-system`' }));
  if (!/^https?:\/\//.test(url)) throw new KpcsError('invalid_input', x('national.url', { url: 'KPCS_HUB_URL', scheme: 'http(s)', value: url }));
  return { url: url.replace(/\/+$/, ''), token, retryMaxMs: Number(env.KPCS_HUB_RETRY_MAX_MS) || 5 * 60_000 };
}

class HubAnswer extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** One call to the hub, JSON both ways, bounded in time. */
async function call<T>(c: HubConnection, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${c.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${c.token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (e) {
    throw new HubAnswer(0, 'unreachable', `the hub at ${c.url} did not answer: ${(e as Error).message}`);
  }
  const text = await res.text();
  let json: { code?: string; message?: string } | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!res.ok) throw new HubAnswer(res.status, json?.code ?? 'internal', json?.message ?? `HTTP ${res.status}`);
  return json as T;
}

interface HubSession {
  participant: string;
  hubKeys: { keyId: string; publicKey: string }[];
}

const hubActor = (c: HubConnection): Actor => ({ kind: 'system', userId: null, name: `the hub at ${c.url}`, participant: null, organisation: null, roles: [], groups: [] });

export interface CycleResult {
  participant: string | null;
  hubUp: boolean;
  registered: number;
  queued: number;
  delivered: number;
  failed: number;
  applied: number;
}

/** A point inside one cycle where a test makes something commit (exchange-race.test.ts); the program passes none. */
export interface ExchangeHooks {
  /** after the outbox was filled for a Participant, before its keys are registered */
  afterFill?: (participant: string) => Promise<void>;
}

/** One round of the exchange: keys, outbox filled, messages delivered, the hub's messages pulled and applied. */
export async function exchangeOnce(s: Store, c: HubConnection, holder = PROCESS_ID, hooks: ExchangeHooks = {}): Promise<CycleResult> {
  const out: CycleResult = { participant: null, hubUp: false, registered: 0, queued: 0, delivered: 0, failed: 0, applied: 0 };
  let session: HubSession | undefined;
  try {
    session = await call<HubSession>(c, 'GET', '/api/hub/session');
    out.hubUp = true;
  } catch {
    session = undefined;
  }
  // the hub down: the outbox is still filled, for the Participants this installation has sent for before
  const participants = session ? [session.participant] : (await s.db.selectFrom('hub_cursors').select('participant').execute()).map((r) => r.participant);
  for (const p of participants) {
    out.participant = p;
    // the outbox first, then the keys: every certificate queued here was committed before its key was
    // looked for, so its key is registered before the certificate is sent. The other way round, a
    // certificate committed (with a new key) between the two would reach the hub before its key and be
    // refused for good ("not registered"), which the hub-exchange test met on PostgreSQL under load.
    out.queued += await fillOutbox(s, p);
    await hooks.afterFill?.(p);
    if (!session) continue;
    out.registered += await registerKeys(s, c, p);
    const d = await deliver(s, c, p, holder);
    out.delivered += d.delivered;
    out.failed += d.failed;
    out.applied += await pull(s, c, p, session);
  }
  return out;
}

/** Registers at the hub the authority public keys not registered yet (never a private key). */
async function registerKeys(s: Store, c: HubConnection, participant: string): Promise<number> {
  const cur = await s.db.transaction().execute((tx) => store.cursorForUpdate(tx, participant));
  const done = new Set((typeof cur.registered_keys === 'string' ? JSON.parse(cur.registered_keys) : cur.registered_keys) as string[]);
  const keys = (await store.ownKeys(s.db, participant, HELD_BY_NATIONAL_SYSTEM)).filter((k) => !done.has(k.id));
  if (keys.length === 0) return 0;
  await call(c, 'POST', '/api/hub/keys', { participant, keys: keys.map((k) => ({ keyId: k.id, publicKey: k.public_key, validFrom: new Date(k.valid_from).toISOString() })) });
  await transaction(s.db, async (tx) => {
    const now = await store.cursorForUpdate(tx, participant);
    const ids = new Set([...((typeof now.registered_keys === 'string' ? JSON.parse(now.registered_keys) : now.registered_keys) as string[]), ...keys.map((k) => k.id)]);
    await store.updateCursor(tx, participant, { registered_keys: JSON.stringify([...ids]) });
    await audit.record(tx, hubActor(c), 'hub.keys.registered', participant, { keys: keys.map((k) => k.id) });
  });
  return keys.length;
}

const FILL_BATCH = 500;

/**
 * Queues a key.revoked message for each key of the Participant revoked here and registered at the hub,
 * once per key and instant (the id names both), under the cursor's row lock. Each takes a negative
 * position, below every log position: revocations go before anything else, and nothing else is sent
 * while one waits (store.claimOutbox). Signed by the revoked key itself (its owner holds it; a
 * revocation by a thief only harms the thief).
 */
export async function queueRevocations(s: Store, participant: string): Promise<number> {
  return transaction(s.db, async (tx) => {
    const cur = await store.cursorForUpdate(tx, participant);
    const registered = new Set((typeof cur.registered_keys === 'string' ? JSON.parse(cur.registered_keys) : cur.registered_keys) as string[]);
    const revoked = (await store.revokedOwnKeys(tx, participant, HELD_BY_NATIONAL_SYSTEM)).filter((k) => registered.has(k.id));
    if (revoked.length === 0) return 0;
    const ids = revoked.map((k) => ({ k, id: `${participant}-key-revoked-${k.id}-${new Date(k.revoked_at!).getTime()}` }));
    const known = new Set(await store.outboxIds(tx, participant, ids.map((x) => x.id)));
    const todo = ids.filter((x) => !known.has(x.id));
    if (todo.length === 0) return 0;
    let seq = Math.min(await store.lowestOutboxSeq(tx, participant), 0);
    const now = new Date();
    const rows = todo.map(({ k, id }) => {
      const m = {
        protocol: PROTOCOL as typeof PROTOCOL, type: 'key.revoked' as const, id, sender: participant, receiver: HUB_RECEIVER, sentAt: now.toISOString(), keyId: k.id,
        body: { participant, keyId: k.id, revokedAt: new Date(k.revoked_at!).toISOString(), reason: (k.revocation_reason ?? 'revoked').slice(0, 500) || 'revoked' },
      };
      return { participant, seq: --seq, id, type: m.type, number: k.id, message: JSON.stringify(signMessage(m, signingKey(s, k.id, k.private_key_enc))), created_at: now, next_attempt_at: now };
    });
    await store.insertOutbox(tx, rows);
    await audit.record(tx, SYSTEM, 'hub.keys.revocation.queued', participant, { keys: todo.map((x) => x.k.id), messages: todo.map((x) => x.id) });
    return rows.length;
  });
}

/** Reads the log after the cursor into the outbox, under the cursor's row lock; returns the messages queued. */
export async function fillOutbox(s: Store, participant: string): Promise<number> {
  let queued = await queueRevocations(s, participant);
  for (;;) {
    const n = await transaction(s.db, async (tx) => {
      const cur = await store.cursorForUpdate(tx, participant);
      const after = Number(cur.outbox_log_index);
      const events = await store.eventsToSend(tx, participant, after, FILL_BATCH);
      if (events.length === 0) return 0;
      const key = await certKeyStore.keyInService(tx, participant);
      if (!key) return 0;
      const sk = signingKey(s, key.id, key.private_key_enc);
      const now = new Date();
      const rows = [];
      for (const e of events) {
        const m = await messageOf(tx, participant, e);
        if (m) rows.push({ participant, seq: Number(e.idx), id: m.id, type: m.type, number: e.number, message: JSON.stringify(signMessage({ ...m, keyId: key.id, sentAt: now.toISOString() } as Omit<HubMessage, 'signature'>, sk)), created_at: now, next_attempt_at: now });
      }
      await store.insertOutbox(tx, rows);
      await store.updateCursor(tx, participant, { outbox_log_index: Number(events.at(-1)!.idx) });
      return rows.length;
    });
    queued += n;
    if (n < FILL_BATCH) return queued;
  }
}

/** The message of one log event of the Participant (its id from the log position: one message per event). */
async function messageOf(tx: Tx, participant: string, e: { idx: number; event: string; number: string }) {
  const id = `${participant}-log-${e.idx}`;
  const base = { protocol: PROTOCOL, id, sender: participant };
  if (e.event === 'issued') {
    const row = await certStore.certificate(tx, participant, e.number);
    if (!row) return undefined;
    const doc = await log.storedDocument(tx, row.document);
    return { ...base, type: 'certificate.issued' as const, receiver: row.importer_participant, body: { certificate: doc as unknown as { type: 'kp-certificate'; number: string }, verificationCodeHash: row.verification_code_hash } };
  }
  if (e.event === 'cancelled') {
    const row = await certStore.certificate(tx, participant, e.number);
    if (!row?.cancelled_at) return undefined;
    return {
      ...base, type: 'certificate.cancelled' as const, receiver: row.importer_participant,
      body: { number: e.number, cancelledAt: new Date(row.cancelled_at).toISOString(), reason: row.cancel_reason as 'void', note: row.cancel_note, replacedBy: row.replaced_by },
    };
  }
  // a confirmation of receipt by this Participant (the importer), to the certificate's issuer
  const issuer = participantOfNumber(e.number);
  const conf = issuer ? await certStore.confirmation(tx, issuer, e.number) : undefined;
  if (!issuer || !conf || conf.participant !== participant) return undefined;
  return {
    ...base, type: 'certificate.confirmed' as const, receiver: issuer,
    body: {
      number: e.number, confirmedAt: new Date(conf.confirmed_at).toISOString(), receivedOn: String(conf.received_on).slice(0, 10), parcels: conf.parcels, carats: Number(conf.carats),
      sealsIntact: conf.seals_intact, note: conf.note, mismatches: conf.mismatches as { path: string; message: string }[], confirmedBy: conf.confirmed_by,
    },
  };
}

const CLAIM_MS = 60_000;
const CLAIM_BATCH = 32;

/** Claims and sends what is due, until nothing is; returns what was delivered and what failed. */
export async function deliver(s: Store, c: HubConnection, participant: string, holder = PROCESS_ID): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  for (;;) {
    const claimed = await transaction(s.db, (tx) => store.claimOutbox(tx, participant, holder, CLAIM_MS, CLAIM_BATCH));
    if (claimed.length === 0) break;
    // the heads of distinct certificates: sent side by side, each outside any transaction
    const results = await Promise.all(
      claimed.map(async (row) => {
        const message = typeof row.message === 'string' ? JSON.parse(row.message) : row.message;
        try {
          const receipt = await call<Receipt>(c, 'POST', '/api/hub/messages', message);
          await store.markDelivered(s.db, participant, Number(row.seq), holder, receipt);
          return true;
        } catch (e) {
          const a = e instanceof HubAnswer ? e : new HubAnswer(0, 'internal', (e as Error).message);
          const retry = a.status === 0 || a.status >= 500 || RETRY_CODES.has(a.code);
          const attempts = row.attempts + 1;
          await store.markFailed(s.db, participant, Number(row.seq), holder, { attempts, nextInMs: backoffMs(attempts, c.retryMaxMs), error: `${a.status || 'no answer'} ${a.code}: ${a.message}`, refused: !retry });
          return false;
        }
      }),
    );
    delivered += results.filter(Boolean).length;
    failed += results.filter((r) => !r).length;
    // a round with failures waits for the next cycle (backoff): no busy loop against a hub that refuses
    if (results.some((r) => !r)) break;
  }
  return { delivered, failed };
}

/** Pulls what the hub holds for the Participant and applies each message once. */
async function pull(s: Store, c: HubConnection, participant: string, session: HubSession): Promise<number> {
  let applied = 0;
  for (;;) {
    const cur = await store.cursor(s.db, participant);
    const after = cur?.pulled_after ? Number(cur.pulled_after) : -1;
    const page = await call<{ messages: (ConfirmedMessage | IssuedMessage | CancelledMessage)[]; next: number }>(c, 'GET', `/api/hub/messages?participant=${participant}&after=${after}`);
    let trust: HubTrustList | undefined;
    for (const m of page.messages) {
      const key = session.hubKeys.find((k) => k.keyId === m.keyId);
      if (!key || !verifyMessage(m, key.publicKey) || m.receiver !== participant || !['certificate.confirmed', 'certificate.issued', 'certificate.cancelled'].includes(m.type)) {
        throw new KpcsError('invalid_input', x('national.unverified', { id: m.id, keyId: m.keyId }));
      }
      if (m.type === 'certificate.issued') {
        trust ??= await call<HubTrustList>(c, 'GET', '/api/trust-list');
        if (await applyForwarded(s, c, participant, m, trust)) applied++;
      } else if (m.type === 'certificate.cancelled') {
        if (await applyForwardedCancellation(s, c, participant, m)) applied++;
      } else if (await applyFromHub(s, c, participant, m)) applied++;
    }
    await transaction(s.db, async (tx) => {
      const now = await store.cursorForUpdate(tx, participant);
      if (!now.pulled_after || Number(now.pulled_after) < page.next) await store.updateCursor(tx, participant, { pulled_after: String(page.next) });
    });
    if (page.messages.length === 0 || page.next === after) return applied;
  }
}

/** Applies one message of the hub, once (by its id): a confirmation of one of this Participant's certificates. */
async function applyFromHub(s: Store, c: HubConnection, participant: string, m: ConfirmedMessage): Promise<boolean> {
  const actor = hubActor(c);
  return transaction(s.db, async (tx) => {
    await certLogStore.lockLogHead(tx);
    if (!(await store.markApplied(tx, { participant, id: m.id, type: m.type, number: m.body.number, applied_at: new Date() }))) return false;
    const row = await certStore.certificate(tx, participant, m.body.number);
    const existing = row && (await certStore.confirmation(tx, participant, m.body.number));
    if (!row || row.cancelled_at || existing) {
      await audit.record(tx, actor, 'hub.message.skipped', m.body.number, { messageId: m.id, why: !row ? 'no such certificate here' : row.cancelled_at ? 'cancelled here' : 'already confirmed here' });
      return true;
    }
    await recordConfirmation(tx, actor, row, m, new Date());
    return true;
  }, { isolation: 'read committed' });
}

interface HubTrustList {
  keys: { keyId: string; owner: string; purpose: string; publicKey: string; validFrom: string; validTo: string | null; revokedAt: string | null; revocationReason: string | null }[];
}

/**
 * Applies a certificate the hub forwards (this Participant imports it), once (by its id): the issuer's
 * key as the hub's trust list states it (its validity and any revocation) is kept here, then the
 * certificate is checked against it like any the hub receives and entered as a received certificate,
 * awaiting the confirmation of this Participant's officers (alerted). Their confirmation goes back to
 * the hub through the outbox.
 */
async function applyForwarded(s: Store, c: HubConnection, participant: string, m: IssuedMessage, trust: HubTrustList): Promise<boolean> {
  const actor = hubActor(c);
  const doc = m.body.certificate as unknown as { number: string; issuer?: { keyId?: string } };
  const listed = trust.keys.find((k) => k.keyId === doc.issuer?.keyId && k.owner === m.sender && k.purpose === 'certificate');
  return transaction(s.db, async (tx) => {
    await certLogStore.lockLogHead(tx);
    if (!(await store.markApplied(tx, { participant, id: m.id, type: m.type, number: doc.number, applied_at: new Date() }))) return false;
    const held = await certStore.certificate(tx, m.sender, doc.number);
    if (held || !listed) {
      await audit.record(tx, actor, 'hub.message.skipped', doc.number, { messageId: m.id, why: held ? 'already held here' : `the key ${String(doc.issuer?.keyId)} of ${m.sender} is not on the hub's trust list` });
      return true;
    }
    await store.keepForeignKey(tx, { participant: m.sender, id: listed.keyId, public_key: listed.publicKey, private_key_enc: HELD_BY_NATIONAL_SYSTEM, valid_from: new Date(listed.validFrom), valid_to: listed.validTo ? new Date(listed.validTo) : null, revoked_at: listed.revokedAt ? new Date(listed.revokedAt) : null, revocation_reason: listed.revocationReason });
    await applyIssued(s, tx, actor, m, new Date());
    return true;
  }, { isolation: 'read committed' });
}

/** Applies the cancellation of a certificate the hub forwarded here, once (by its id); skipped (audited) if not held, already cancelled or confirmed here. */
async function applyForwardedCancellation(s: Store, c: HubConnection, participant: string, m: CancelledMessage): Promise<boolean> {
  const actor = hubActor(c);
  return transaction(s.db, async (tx) => {
    await certLogStore.lockLogHead(tx);
    if (!(await store.markApplied(tx, { participant, id: m.id, type: m.type, number: m.body.number, applied_at: new Date() }))) return false;
    const row = await certStore.certificate(tx, m.sender, m.body.number);
    const confirmed = row && (await certStore.confirmation(tx, m.sender, m.body.number));
    if (!row || row.cancelled_at || confirmed) {
      await audit.record(tx, actor, 'hub.message.skipped', m.body.number, { messageId: m.id, why: !row ? 'no such certificate here' : row.cancelled_at ? 'cancelled here already' : 'confirmed here' });
      return true;
    }
    await applyCancelled(tx, actor, m, new Date());
    return true;
  }, { isolation: 'read committed' });
}

/** The exchange in `kpcs serve`: a round every KPCS_HUB_INTERVAL_MS (default 2 s), never two at once in a process. */
export function startNationalSystem(s: Store, c: HubConnection, say: (line: string) => void, intervalMs = Number(process.env.KPCS_HUB_INTERVAL_MS) || 2000): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let lastError = '';
  const round = () => {
    if (running) return;
    running = exchangeOnce(s, c)
      .then((r) => {
        if (!r.hubUp) {
          if (lastError !== 'down') say(`kpcs: the hub at ${c.url} does not answer: messages wait in the outbox (hub_outbox) and are sent when it returns`);
          lastError = 'down';
          return;
        }
        if (lastError) say(`kpcs: the hub at ${c.url} answers again`);
        lastError = '';
        if (r.delivered || r.applied || r.registered) say(`kpcs: hub exchange: ${r.registered} key(s) registered, ${r.delivered} message(s) delivered, ${r.applied} applied`);
      })
      .catch((e: Error) => {
        if (e.message !== lastError) say(`kpcs: hub exchange with ${c.url} failed (retried): ${e.message}`);
        lastError = e.message;
      })
      .finally(() => {
        running = null;
      });
  };
  round();
  const timer = setInterval(round, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
