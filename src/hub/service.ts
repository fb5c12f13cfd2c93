// The hub's side of the exchange (issue #20): national systems register their authority public keys
// (the Chair approves each before it enters the trust list), send signed messages (a certificate
// issued, cancelled, a receipt confirmed) that the hub checks, enters in its log and answers with a
// receipt, and pull what the hub holds for them (confirmations of their certificates recorded here).
// The national system's side is national.ts; the messages are model.ts; the keys key-registry.ts.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Store, Tx } from '../db/store.js';
import { transaction, isUniqueViolation } from '../db/transaction.js';
import { conflict, detail, forbidden, invalid, KpcsError } from '../core/errors.js';
import { day, type Msg } from '../core/i18n.js';
import { today } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import { schemeSigningKey } from '../certificates/keys.js';
import * as log from '../certificates/log.js';
import { saltedRecord } from '../certificates/log-plan.js';
import { announceConfirmed, announceIssued } from '../certificates/alerts.js';
import { type SignedCertificate } from '../certificates/model.js';
import { confirmationDifferences } from '../certificates/receipt-rules.js';
import { registryFacts } from '../certificates/registry.js';
import { trustedKey } from '../certificates/trust.js';
import { bodyHash, canonicalBytes, issueLeaf, signBytes } from '../certificates/signing.js';
import { verifyCertificate } from '../certificates/verification.js';
import * as certStore from '../certificates/store.js';
import * as certLogStore from '../certificates/log-store.js';
import * as certKeyStore from '../certificates/key-store.js';
import { HUB_RECEIVER, hubMessageId, MAX_PULL, messageDigest, numberParts, PROTOCOL, verifyMessage, type CancelledMessage, type ConfirmedMessage, type HubMessage, type IssuedMessage, type KeyRevokedMessage, type Receipt } from './model.js';
import { m as t } from './messages.js';
import { x } from './exchange-messages.js';
import * as store from './store.js';

// ---- who is calling ----

/** A national system's own Participant, and the keys the hub signs its messages with (its log keys). */
export async function session(s: Store, actor: Actor) {
  authorize(actor, 'hub.session.read');
  const keys = (await certKeyStore.schemeKeys(s.db)).filter((k) => k.purpose === 'log');
  return {
    participant: actor.participant!,
    name: actor.name,
    protocol: PROTOCOL,
    hubKeys: keys.map((k) => ({ keyId: k.id, publicKey: k.public_key, validFrom: new Date(k.valid_from).toISOString(), validTo: k.valid_to ? new Date(k.valid_to).toISOString() : null })),
  };
}

// ---- messages received ----

/**
 * A message from a national system: checked (its sender is the caller's Participant, its key approved,
 * its signature), applied once (by sender and id: the same message again gets the same receipt; another
 * message with a used id is refused), entered in the hub's log, answered with a receipt.
 */
export async function receive(s: Store, actor: Actor, message: HubMessage): Promise<Receipt> {
  authorize(actor, 'hub.messages.send', { participant: message.sender });
  if (message.sender === message.receiver) throw invalid(x('message.sameEnds'), [detail('receiver', x('message.sameEnds.detail'))]);
  const revocation = message.type === 'key.revoked' ? message : undefined;
  if (revocation && revocation.body.participant !== revocation.sender) throw forbidden(t('keyRevoked.foreign', { sender: revocation.sender, keyId: revocation.body.keyId, participant: revocation.body.participant }));
  if (revocation && revocation.receiver !== HUB_RECEIVER) throw invalid(t('keyRevoked.receiver', { hub: HUB_RECEIVER, receiver: revocation.receiver }), [detail('receiver', t('detail.mustBeHub', { hub: HUB_RECEIVER }))]);
  const digest = messageDigest(message);
  const before = await store.message(s.db, message.sender, message.id);
  if (before) return replayed(before, digest, message.id);
  const key = await store.hubKey(s.db, message.sender, message.keyId);
  // a key revokes itself while still awaiting the Chair: the hub takes it off the Chair's list (refused)
  const selfRevoked = revocation !== undefined && revocation.keyId === revocation.body.keyId;
  if (selfRevoked && key?.status === 'pending' && verifyMessage(message, key.public_key)) return withdrawPending(s, actor, revocation, digest);
  if (!key || key.status === 'refused') throw invalid(x(key ? 'message.keyRefused' : 'message.keyNotApproved', { keyId: message.keyId, sender: message.sender, route: 'POST /api/hub/keys' }), [detail('keyId', t('detail.notApproved'))]);
  if (key.status === 'pending') throw new KpcsError('not_yet', x('message.keyPending', { keyId: message.keyId, sender: message.sender }));
  if (!verifyMessage(message, key.public_key)) throw invalid(x('message.signature', { id: message.id, keyId: message.keyId }), [detail('signature', x('message.signature.detail'))]);
  if (!revocation && !(await participants.exists(s.db, message.receiver))) throw invalid(x('message.receiverUnknown', { receiver: message.receiver }), [detail('receiver', x('message.receiverUnknown.detail'))]);
  // a key revoked at the hub signs nothing from its revocation on (its own revocation excepted)
  const signer = selfRevoked ? undefined : await certKeyStore.keyById(s.db, message.keyId);
  if (signer?.revoked_at && new Date(signer.revoked_at) <= new Date(message.sentAt)) {
    const at = new Date(signer.revoked_at).toISOString();
    throw invalid(t('message.signerRevoked', { id: message.id, keyId: message.keyId, participant: message.sender, at }), [detail('keyId', t('detail.revoked', { at }))]);
  }
  const receivedAt = new Date();
  try {
    return await transaction(s.db, async (tx) => {
      await certLogStore.lockLogHead(tx);
      // after the log head's lock, every message committed by any process is seen
      const again = await store.message(tx, message.sender, message.id);
      if (again) return replayed(again, digest, message.id);
      if (message.type === 'key.revoked') {
        const receipt = await applyKeyRevoked(s, tx, actor, message, digest, receivedAt);
        await store.insertMessage(tx, { participant: message.sender, id: message.id, type: message.type, receiver: message.receiver, number: null, digest, received_at: receivedAt, receipt: JSON.stringify(receipt) });
        return receipt;
      }
      const applied =
        message.type === 'certificate.issued' ? await applyIssued(s, tx, actor, message, receivedAt)
        : message.type === 'certificate.cancelled' ? await applyCancelled(tx, actor, message, receivedAt)
        : await applyConfirmed(tx, actor, message, receivedAt);
      const receipt = await receiptOf(s, tx, message, digest, receivedAt, applied);
      await store.insertMessage(tx, { participant: message.sender, id: message.id, type: message.type, receiver: message.receiver, number: applied.number, digest, received_at: receivedAt, receipt: JSON.stringify(receipt) });
      return receipt;
    }, { isolation: 'read committed' });
  } catch (e) {
    // the same message delivered twice at once (two processes of the sender): one commits, the other answers its receipt
    if (isUniqueViolation(e, 'hub_messages')) {
      const again = await store.message(s.db, message.sender, message.id);
      if (again) return replayed(again, digest, message.id);
    }
    throw e;
  }
}

function replayed(row: { digest: string; receipt: unknown }, digest: string, id: string): Receipt {
  if (row.digest !== digest) throw new KpcsError('idempotency_key_reused', x('message.idReused', { id }));
  return (typeof row.receipt === 'string' ? JSON.parse(row.receipt) : row.receipt) as Receipt;
}

interface Applied {
  number: string;
  event: 'issued' | 'cancelled' | 'confirmed';
  appended: log.Appended;
}

async function receiptOf(s: Store, tx: Tx, m: HubMessage, digest: string, receivedAt: Date, a: Applied): Promise<Receipt> {
  const key = await schemeSigningKey(s, tx, 'log');
  const head = { treeSize: a.appended.treeSize, rootHash: a.appended.root, timestamp: receivedAt.toISOString() };
  return {
    type: 'kp-hub-receipt', messageId: m.id, sender: m.sender, messageDigest: digest, receivedAt: receivedAt.toISOString(), number: a.number, event: a.event, logIndex: a.appended.index,
    inclusion: { treeSize: a.appended.treeSize, rootHash: a.appended.root, proof: a.appended.proof },
    treeHead: { ...head, keyId: key.id, signature: signBytes(canonicalBytes(head), key.key) },
  };
}

/** The hub's current tree head, signed by its log key: when the trust list changed (a key revoked). */
async function signedHeadNow(s: Store, tx: Tx, at: Date) {
  const key = await schemeSigningKey(s, tx, 'log');
  const { size } = await log.head(tx);
  const head = { treeSize: size, rootHash: size > 0 ? await log.rootAt(tx, size) : sha256Hex(''), timestamp: at.toISOString() };
  return { ...head, keyId: key.id, signature: signBytes(canonicalBytes(head), key.key) };
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A key revoked at its national system: one of the sender's own keys approved here is marked revoked
 * in the hub's trust list from the instant it states (the earliest the hub was told, if told twice):
 * what it signed before stays valid, what it signed from then on fails verification here. Audited.
 */
async function applyKeyRevoked(s: Store, tx: Tx, actor: Actor, m: KeyRevokedMessage, digest: string, at: Date): Promise<Receipt> {
  const { participant, keyId, reason } = m.body;
  const revokedAt = new Date(m.body.revokedAt);
  if (revokedAt.getTime() > at.getTime() + 5 * 60_000) throw invalid(t('keyRevoked.future', { keyId, at: m.body.revokedAt }), [detail('body.revokedAt', t('detail.future'))]);
  const registered = await store.hubKey(tx, participant, keyId);
  const row = registered?.status === 'approved' ? await certKeyStore.keyForUpdate(tx, participant, keyId) : undefined;
  if (!row) throw invalid(t('keyRevoked.unknown', { participant, keyId }), [detail('body.keyId', t('detail.notApproved'))]);
  const before = row.revoked_at ? new Date(row.revoked_at) : null;
  const from = before && before <= revokedAt ? before : revokedAt;
  if (!before || from < before) {
    await tx.updateTable('authority_keys').set({ revoked_at: from, revocation_reason: reason }).where('participant', '=', participant).where('id', '=', keyId).execute();
    await audit.record(tx, actor, 'hub.keys.revoked', keyId, { messageId: m.id, participant, revokedAt: from.toISOString(), reason, ...(before && { before: before.toISOString() }) });
  }
  return {
    type: 'kp-hub-receipt', messageId: m.id, sender: m.sender, messageDigest: digest, receivedAt: at.toISOString(), event: 'key-revoked', keyId, revokedAt: from.toISOString(),
    treeHead: await signedHeadNow(s, tx, at),
  };
}

/** A key that awaits the Chair revoked by its own national system: taken off the Chair's list (refused), audited. */
async function withdrawPending(s: Store, actor: Actor, m: KeyRevokedMessage, digest: string): Promise<Receipt> {
  const at = new Date();
  return transaction(s.db, async (tx) => {
    const again = await store.message(tx, m.sender, m.id);
    if (again) return replayed(again, digest, m.id);
    const k = await store.hubKeyForUpdate(tx, m.sender, m.keyId);
    if (k?.status === 'pending') {
      await store.decideHubKey(tx, m.sender, m.keyId, { status: 'refused', decided_at: at, decided_by: actor.name, decision_note: `revoked at its national system from ${m.body.revokedAt}: ${m.body.reason}` });
      await audit.record(tx, actor, 'hub.keys.revoked', m.keyId, { messageId: m.id, participant: m.sender, revokedAt: m.body.revokedAt, reason: m.body.reason, pending: true });
    }
    const receipt: Receipt = {
      type: 'kp-hub-receipt', messageId: m.id, sender: m.sender, messageDigest: digest, receivedAt: at.toISOString(), event: 'key-revoked', keyId: m.keyId, revokedAt: m.body.revokedAt,
      treeHead: await signedHeadNow(s, tx, at),
    };
    await store.insertMessage(tx, { participant: m.sender, id: m.id, type: m.type, receiver: m.receiver, number: null, digest, received_at: at, receipt: JSON.stringify(receipt) });
    return receipt;
  });
}

/**
 * A certificate issued by the sender, checked (its signature against the key this store holds for the
 * sender, its proof to the root it states in the sender's log, its dates, its receiver is its importing
 * Participant) and entered: at the hub from an exporting national system; at an importing national
 * system as the hub forwards it. In the caller's READ COMMITTED transaction holding the log head's lock.
 */
export async function applyIssued(s: Store, tx: Tx, actor: Actor, m: IssuedMessage, at: Date): Promise<Applied> {
  const doc = m.body.certificate as unknown as SignedCertificate;
  const certDetail = (p: string, msg: Msg) => [detail(`body.certificate.${p}`, msg)];
  if (doc.issuer?.participant !== m.sender) throw invalid(x('issued.issuer', { issuer: String(doc.issuer?.participant), sender: m.sender }), certDetail('issuer.participant', t('detail.notTheSender')));
  const keyRow = await certKeyStore.keyById(tx, doc.issuer.keyId);
  const verdict = verifyCertificate(doc, {
    now: at,
    key: (id) => (keyRow && keyRow.id === id && keyRow.participant === m.sender ? trustedKey(keyRow) : undefined),
    cancelled: () => undefined,
    // the issuer's own log holds it (the proof was checked to the root it states); the hub's log holds it from now
    logRootAt: () => doc.transparency.rootHash,
  });
  if (!['genuine', 'expired'].includes(verdict.verdict)) throw invalid(x('issued.verdict', { number: doc.number, verdict: verdict.verdict, reason: verdict.reason }), [detail('body.certificate', x('issued.verdict.detail', { verdict: verdict.verdict, reason: verdict.reason }))]);
  const parts = numberParts(doc.number);
  if (!parts) throw invalid(x('issued.number', { number: doc.number }), certDetail('number', x('issued.number.detail')));
  const day = today(new Date(doc.issuedAt));
  const facts = await registryFacts(tx, day, [doc.importer.country]);
  const importer = facts.countries[doc.importer.country]?.participant;
  if (!importer) throw invalid(x('issued.importer', { country: doc.importer.country }), certDetail('importer.country', x('issued.importer.detail')));
  if (importer !== m.receiver) throw invalid(x('issued.receiver', { receiver: m.receiver, importer }), [detail('receiver', t('detail.mustBeHub', { hub: importer }))]);
  const existing = await certStore.certificate(tx, m.sender, doc.number);
  if (existing) throw conflict(x('issued.held', { number: doc.number, at: new Date(existing.issued_at).toISOString() }));
  const hash = bodyHash(doc);
  const [appended] = await log.appendEvents(tx, [{ event: 'issued', participant: m.sender, number: doc.number, at: new Date(doc.issuedAt), recordHash: hash, leaf: issueLeaf(doc, hash) }]);
  await certStore.insertCertificates(tx, [{
    participant: m.sender, id: randomUUID(), number: doc.number, year: parts.year, seq: parts.seq, country_of_export: doc.issuer.countryOfExport,
    importer_participant: importer, importer_country: doc.importer.country, issued_at: new Date(doc.issuedAt), expires_at: new Date(doc.expiresAt),
    key_id: doc.issuer.keyId, document: JSON.stringify(doc), body_hash: hash, log_index: appended!.index,
    carats: doc.totals.carats.toFixed(2), value_usd: doc.totals.valueUsd.toFixed(2), parcels: doc.parcels, issued_by: `${actor.name}, national system of ${m.sender}`,
    // the holder's code works here too when the issuer sent its hash; else no code opens it here
    verification_code_hash: m.body.verificationCodeHash ?? randomBytes(32).toString('hex'),
  }]);
  await tx.updateTable('certificates').set({ origin_log: m.body.log ?? `national system of ${m.sender}` }).where('participant', '=', m.sender).where('number', '=', doc.number).execute();
  await announceIssued(tx, [doc], () => importer);
  await audit.record(tx, actor, 'hub.certificate.received', doc.number, { messageId: m.id, sender: m.sender, importer, keyId: doc.issuer.keyId, logIndex: appended!.index, originLogIndex: doc.transparency.leafIndex });
  return { number: doc.number, event: 'issued', appended: appended! };
}

export async function applyCancelled(tx: Tx, actor: Actor, m: CancelledMessage, at: Date): Promise<Applied> {
  const { number } = m.body;
  await certStore.lockCertificates(tx, [{ participant: m.sender, number }]);
  const row = await certStore.certificate(tx, m.sender, number);
  if (!row) throw new KpcsError('not_yet', x('cancelled.notYet', { number, sender: m.sender }));
  if (row.cancelled_at) throw conflict(x('cancelled.already', { number, at: new Date(row.cancelled_at).toISOString(), reason: String(row.cancel_reason) }));
  const confirmed = await certStore.confirmation(tx, m.sender, number);
  if (confirmed) throw conflict(x('cancelled.received', { number, on: String(confirmed.received_on), participant: confirmed.participant }));
  const record = { number, reason: m.body.reason, note: m.body.note, replacedBy: m.body.replacedBy };
  const salted = saltedRecord(record);
  await certStore.cancel(tx, m.sender, number, { cancelled_at: new Date(m.body.cancelledAt), cancel_reason: m.body.reason, cancel_note: m.body.note, replaced_by: m.body.replacedBy, cancel_salt: salted.salt });
  const appended = await log.appendEvent(tx, { event: 'cancelled', participant: m.sender, number, at, recordHash: salted.recordHash });
  await audit.record(tx, actor, 'hub.certificate.cancelled', number, { messageId: m.id, ...record, cancelledAt: m.body.cancelledAt, logIndex: appended.index });
  return { number, event: 'cancelled', appended };
}

/** A confirmation of receipt by the sender (the importing authority): recorded on the issuer's certificate held here. */
async function applyConfirmed(tx: Tx, actor: Actor, m: ConfirmedMessage, at: Date): Promise<Applied> {
  const { number } = m.body;
  const row = await certStore.certificate(tx, m.receiver, number);
  if (!row) throw invalid(x('confirmed.unknown', { number, receiver: m.receiver }), [detail('body.number', x('confirmed.unknown.detail'))]);
  if (row.importer_participant !== m.sender) throw forbidden(x('confirmed.notImporter', { number, importer: row.importer_participant, sender: m.sender }));
  const appended = await recordConfirmation(tx, actor, row, m, at);
  return { number, event: 'confirmed', appended };
}

/**
 * Records a confirmation that arrived as a message (at the hub from an importing national system, at a
 * national system from the hub): the same rows, log entry and alert as one confirmed here. In the
 * caller's READ COMMITTED transaction, which holds the log head's lock.
 */
export async function recordConfirmation(tx: Tx, actor: Actor, row: { participant: string; number: string; document: string }, m: Pick<ConfirmedMessage, 'id' | 'sender' | 'body'>, at: Date): Promise<log.Appended> {
  const b = m.body;
  await certStore.lockCertificates(tx, [{ participant: row.participant, number: b.number }]);
  const current = (await certStore.certificate(tx, row.participant, b.number))!;
  if (current.cancelled_at) throw conflict(x('confirmed.cancelled', { number: b.number, on: day(new Date(current.cancelled_at).toISOString()), reason: String(current.cancel_reason) }));
  const existing = await certStore.confirmation(tx, row.participant, b.number);
  if (existing) throw conflict(x('confirmed.already', { number: b.number, at: new Date(existing.confirmed_at).toISOString(), by: existing.confirmed_by }));
  const salted = saltedRecord({ number: b.number, participant: m.sender, parcels: b.parcels, carats: b.carats, sealsIntact: b.sealsIntact, receivedOn: b.receivedOn, mismatches: b.mismatches });
  const appended = await log.appendEvent(tx, { event: 'confirmed', participant: m.sender, number: b.number, at, recordHash: salted.recordHash });
  await certStore.insertConfirmation(tx, {
    participant: m.sender, id: randomUUID(), certificate_participant: row.participant, certificate_number: b.number,
    parcels: b.parcels, carats: b.carats, seals_intact: b.sealsIntact, received_on: b.receivedOn, mismatches: JSON.stringify(b.mismatches),
    flagged: b.mismatches.length > 0, note: b.note, confirmed_at: new Date(b.confirmedAt), confirmed_by: b.confirmedBy, log_index: appended.index, log_salt: salted.salt,
  });
  const doc = JSON.parse(row.document) as SignedCertificate;
  const differences = confirmationDifferences(doc, { parcels: b.parcels, carats: b.carats, sealsIntact: b.sealsIntact });
  await announceConfirmed(tx, { number: b.number, issuer: row.participant, importer: m.sender, receivedOn: b.receivedOn, differences, messages: b.mismatches.map((x) => x.message) });
  await audit.record(tx, actor, 'hub.certificate.confirmed', b.number, { messageId: m.id, importer: m.sender, flagged: b.mismatches.length > 0, mismatches: b.mismatches.map((x) => x.message), logIndex: appended.index });
  return appended;
}

// ---- messages held for a national system ----

/**
 * What the hub holds for a Participant's national system after `after` (a log position), in log order,
 * each a message signed by the hub's log key: the confirmations of its certificates recorded here, and
 * the certificates entered here whose importing Participant it is (forwarded: `certificate.issued`,
 * the document exactly as its issuer signed it). The national system applies each once (by id) and
 * asks again from `next`.
 */
export async function held(s: Store, actor: Actor, participant: string, after: number, limit = MAX_PULL) {
  authorize(actor, 'hub.messages.read', { participant });
  if (!Number.isInteger(after) || after < -1) throw invalid(x('held.after', { after: 'after' }), [detail('querystring.after', x('held.after.detail'))]);
  const n = Math.min(Math.max(limit, 1), MAX_PULL);
  const [confirmations, forwarded, cancellations] = await Promise.all([store.confirmationsFor(s.db, participant, after, n), store.certificatesFor(s.db, participant, after, n), store.cancellationsFor(s.db, participant, after, n)]);
  if (confirmations.length === 0 && forwarded.length === 0 && cancellations.length === 0) return { messages: [] as (ConfirmedMessage | IssuedMessage | CancelledMessage)[], next: after };
  // a full page of one kind may hide later entries of it: stop at the earliest of the full pages' ends
  let next = Math.max(...[...confirmations, ...forwarded, ...cancellations].map((r) => Number(r.log_index)));
  for (const page of [confirmations, forwarded, cancellations]) if (page.length === n) next = Math.min(next, Number(page.at(-1)!.log_index));
  return transaction(s.db, async (tx) => {
    const key = await schemeSigningKey(s, tx, 'log');
    const sign = <M extends object>(unsigned: M) => ({ ...unsigned, signature: { alg: 'Ed25519' as const, value: signBytes(canonicalBytes(unsigned), key.key) } });
    const out: { index: number; message: ConfirmedMessage | IssuedMessage | CancelledMessage }[] = [];
    for (const c of cancellations) {
      if (Number(c.log_index) > next) continue;
      const cancelledAt = new Date(c.cancelled_at!).toISOString();
      out.push({
        index: Number(c.log_index),
        message: sign({
          protocol: PROTOCOL as typeof PROTOCOL, type: 'certificate.cancelled' as const, id: hubMessageId('certificate.cancelled', Number(c.log_index)), sender: c.participant, receiver: participant,
          sentAt: cancelledAt, keyId: key.id,
          body: { number: c.number, cancelledAt, reason: c.cancel_reason as CancelledMessage['body']['reason'], note: c.cancel_note, replacedBy: c.replaced_by },
        }),
      });
    }
    for (const c of confirmations) {
      if (Number(c.log_index) > next) continue;
      out.push({
        index: Number(c.log_index),
        message: sign({
          protocol: PROTOCOL as typeof PROTOCOL, type: 'certificate.confirmed' as const, id: hubMessageId('certificate.confirmed', Number(c.log_index)), sender: c.participant, receiver: participant,
          sentAt: new Date(c.confirmed_at).toISOString(), keyId: key.id,
          body: {
            number: c.certificate_number, confirmedAt: new Date(c.confirmed_at).toISOString(), receivedOn: String(c.received_on).slice(0, 10), parcels: c.parcels, carats: Number(c.carats),
            sealsIntact: c.seals_intact, note: c.note, mismatches: c.mismatches as { path: string; message: string }[], confirmedBy: c.confirmed_by,
          },
        }),
      });
    }
    for (const c of forwarded) {
      if (Number(c.log_index) > next) continue;
      const doc = await log.storedDocument(tx, c.document);
      out.push({
        index: Number(c.log_index),
        message: sign({
          protocol: PROTOCOL as typeof PROTOCOL, type: 'certificate.issued' as const, id: hubMessageId('certificate.issued', Number(c.log_index)), sender: c.participant, receiver: participant,
          sentAt: new Date(c.issued_at).toISOString(), keyId: key.id,
          body: { certificate: doc as unknown as IssuedMessage['body']['certificate'], ...(c.verification_code_hash && { verificationCodeHash: c.verification_code_hash }), log: c.origin_log ?? `the hub (${PROTOCOL})` },
        }),
      });
    }
    out.sort((a, b) => a.index - b.index);
    return { messages: out.map((o) => o.message), next };
  });
}
