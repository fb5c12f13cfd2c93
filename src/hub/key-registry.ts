// The national systems' authority keys on the hub (issue #20): a national system registers its public
// keys, each pending until the Chair (or the secretariat) approves or refuses it; an approved key is the
// Participant's authority key in service, on the trust list. The private keys stay with the national system.
import type { Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, invalid, notFound, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { HELD_BY_NATIONAL_SYSTEM } from '../certificates/keys.js';
import { keyIdOf } from '../certificates/signing.js';
import * as certKeyStore from '../certificates/key-store.js';
import { MAX_KEYS } from './model.js';
import { x } from './exchange-messages.js';
import * as store from './store.js';

const keyView = (k: Awaited<ReturnType<typeof store.hubKeys>>[number]) => ({
  participant: k.participant, keyId: k.id, publicKey: k.public_key, validFrom: new Date(k.valid_from).toISOString(), status: k.status,
  registeredAt: new Date(k.registered_at).toISOString(), registeredBy: k.registered_by,
  decidedAt: k.decided_at ? new Date(k.decided_at).toISOString() : null, decidedBy: k.decided_by, note: k.decision_note,
});

export interface KeyRegistration {
  keyId: string;
  publicKey: string;
  validFrom: string;
}

/** A national system registers its authority public keys: each pending until the Chair approves it. */
export async function registerKeys(s: Store, actor: Actor, participant: string, keys: KeyRegistration[]) {
  authorize(actor, 'hub.keys.register', { participant });
  if (keys.length === 0 || keys.length > MAX_KEYS) throw invalid(x('keys.count', { max: MAX_KEYS, count: keys.length }), [detail('keys', field('between', { min: 1, max: MAX_KEYS }))]);
  const problems = keys.flatMap((k, i) => {
    const out: ErrorDetail[] = [];
    let id: string | undefined;
    try {
      id = keyIdOf(participant, k.publicKey);
    } catch {
      out.push(detail(`keys[${i}].publicKey`, x('keys.publicKey', { algorithm: 'Ed25519', encoding: 'base64url' })));
    }
    if (id !== undefined && id !== k.keyId) out.push(detail(`keys[${i}].keyId`, x('keys.id', { participant, id, keyId: k.keyId })));
    if (Number.isNaN(Date.parse(k.validFrom))) out.push(detail(`keys[${i}].validFrom`, x('keys.notAnInstant')));
    return out;
  });
  if (problems.length) throw invalid(x('keys.refused', { problems: problems.map((p) => x('problem', { path: p.path!, message: p.msg! })) }), problems);
  const now = new Date();
  return transaction(s.db, async (tx) => {
    const out = [];
    for (const k of keys) {
      const inserted = await store.insertHubKey(tx, { participant, id: k.keyId, public_key: k.publicKey, valid_from: new Date(k.validFrom), registered_at: now, registered_by: actor.name });
      if (inserted) await audit.record(tx, actor, 'hub.keys.register', k.keyId, { participant, publicKey: k.publicKey, validFrom: k.validFrom });
      out.push(keyView((await store.hubKey(tx, participant, k.keyId))!));
    }
    return out;
  });
}

export async function listKeys(s: Store, actor: Actor, opts: { participant?: string; status?: string }) {
  const participant = actor.roles.includes('national-system') ? actor.participant! : opts.participant;
  authorize(actor, 'hub.keys.read', participant ? { participant } : {});
  return (await store.hubKeys(s.db, { participant, status: opts.status })).map(keyView);
}

/**
 * The Chair (or the secretariat) approves or refuses a national system's new key. Approved, it becomes
 * the Participant's authority key in service on the hub from the instant the national system put it in
 * service (the one before retired then): it enters the trust list, and the hub accepts what it signs. The private key stays with the national system.
 */
export async function decideKey(s: Store, actor: Actor, participant: string, keyId: string, decision: { approve: boolean; note?: string }) {
  authorize(actor, 'hub.keys.decide', { participant });
  const at = new Date();
  return transaction(s.db, async (tx) => {
    const k = await store.hubKeyForUpdate(tx, participant, keyId);
    if (!k) throw notFound(x('keys.unknown', { participant, keyId }));
    if (k.status !== 'pending') throw conflict(x(k.status === 'approved' ? 'keys.approvedAlready' : 'keys.refusedAlready', { keyId, participant, at: new Date(k.decided_at!).toISOString(), by: k.decided_by ?? '' }));
    let retired: string | null = null;
    if (decision.approve) {
      if (await certKeyStore.keyById(tx, keyId)) throw conflict(x('keys.authorityKey', { keyId }));
      const current = await store.authorityKeyInServiceForUpdate(tx, participant);
      // in service from the instant the national system put it in service (it signs from then on, while
      // the Chair checks it: what it signed meanwhile waits, 409 not_yet, and must then verify), not later
      // than now — but never before the latest key the hub held for the Participant began, nor before the
      // last certificate the key in service signed here (dated up to the clock skew allowed ahead of the
      // hub's clock, so possibly after now): the old key is retired at that instant, so nothing the hub
      // accepted under it stops verifying
      let from = Math.min(new Date(k.valid_from).getTime(), at.getTime());
      const began = await store.latestKeyStart(tx, participant);
      if (began) from = Math.max(from, new Date(began).getTime() + 1);
      if (current) {
        const last = await store.lastIssuedWith(tx, participant, current.id);
        if (last) from = Math.max(from, new Date(last).getTime() + 1);
        await store.retireAuthorityKey(tx, participant, current.id, new Date(from));
        retired = current.id;
      }
      await store.insertAuthorityPublicKey(tx, { participant, id: keyId, public_key: k.public_key, private_key_enc: HELD_BY_NATIONAL_SYSTEM, valid_from: new Date(from) });
    }
    await store.decideHubKey(tx, participant, keyId, { status: decision.approve ? 'approved' : 'refused', decided_at: at, decided_by: actor.name, decision_note: decision.note ?? null });
    await audit.record(tx, actor, decision.approve ? 'hub.keys.approve' : 'hub.keys.refuse', keyId, { participant, ...(retired && { retired }), ...(decision.note && { note: decision.note }) });
    return keyView((await store.hubKey(tx, participant, keyId))!);
  });
}
