// Keys anyone can recompute. Before this version, `kpcs simulate` put in service, for every Participant
// without a key, an authority key derived from the simulation's seed (the Ed25519 private key was
// sha256("kpcs-simulation-key|<seed>|<code>")), and recorded them in an audit entry
// 'certificates.keys.simulated' { seed, keys }. Whoever knew the seed (1, by default) could sign a
// certificate, date it inside the key's period of service, and every verifier holding the trust list
// said "genuine". A simulated world now gets random keys like any other (src/certificates/bulk.ts).
//
// A store written by the earlier version is repaired on every open (src/setup.ts: `kpcs db migrate`,
// `kpcs serve`, every verb): each authority key listed in such an audit entry, or equal to the
// derivation for a seed such an entry records, is revoked from the first moment of its service — a
// signature anyone can make proves nothing, whatever its date, so the certificates it signed (simulated
// ones) no longer verify as genuine but as signed by a revoked key, with the reason. If the key was in
// service, a new random key takes over from now. One audit entry per key revoked; nothing to do (and
// no write) on a store that has none.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import { newSealedKey } from './keys.js';
import { sha256 } from './signing.js';
import * as keyStore from './key-store.js';

/** The audit action under which earlier versions listed the keys they derived from a seed. */
export const DERIVED_KEYS_ACTION = 'certificates.keys.simulated';

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The public key (base64url, raw 32 bytes) earlier versions derived for a Participant from a seed: public input only. */
export function seedDerivedPublicKey(seed: number, participant: string): string {
  const der = Buffer.concat([PKCS8_ED25519, sha256(`kpcs-simulation-key|${seed}|${participant}`)]);
  const spki = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' });
  return spki.subarray(spki.length - 32).toString('base64url');
}

export interface RevokedDerivedKey {
  participant: string;
  keyId: string;
  seed: number | null;
  /** the new key put in service now, when the revoked one was in service */
  replacedBy: string | null;
}

/** What the earlier version recorded: the simulation seeds used, and which seed each listed key came from. */
function recorded(entries: unknown[]): { seeds: Set<number>; listed: Map<string, number | null> } {
  const seeds = new Set<number>();
  const listed = new Map<string, number | null>();
  for (const e of entries) {
    const d = (e ?? {}) as { seed?: unknown; keys?: unknown };
    const seed = typeof d.seed === 'number' && Number.isInteger(d.seed) ? d.seed : null;
    if (seed !== null) seeds.add(seed);
    if (Array.isArray(d.keys)) for (const k of d.keys) if (typeof k === 'string') listed.set(k, seed);
  }
  return { seeds, listed };
}

/**
 * Finds the authority keys derived from a recorded simulation seed that still sign or verify anything,
 * and revokes them from the start of their service (a new random key in service from `now` for those
 * that were in service). Returns what it did; an empty list, without writing, on a clean store.
 */
export async function revokeSeedDerivedKeys(s: Store, now = new Date()): Promise<RevokedDerivedKey[]> {
  const { seeds, listed } = recorded(await audit.recordedDetails(s.db, DERIVED_KEYS_ACTION));
  if (seeds.size === 0 && listed.size === 0) return [];
  const derivedSeed = (participant: string, publicKey: string): number | undefined => [...seeds].find((seed) => seedDerivedPublicKey(seed, participant) === publicKey);
  const all = await keyStore.keysOf(s.db);
  const targets = all.flatMap((k) => {
    if (k.revoked_at !== null && new Date(k.revoked_at) <= new Date(k.valid_from)) return [];
    const seed = listed.has(k.id) ? listed.get(k.id)! : derivedSeed(k.participant, k.public_key);
    return seed === undefined ? [] : [{ ...k, seed }];
  });
  if (targets.length === 0) return [];
  return transaction(s.db, async (tx) => {
    const done: RevokedDerivedKey[] = [];
    for (const k of targets) {
      const wasInService = (await keyStore.keyInService(tx, k.participant))?.id === k.id;
      const reason = `derived from the public simulation seed${k.seed === null ? '' : ` ${k.seed}`} by an earlier kpcs simulate: anyone who knows the seed can sign with it`;
      if (!(await keyStore.revokeFromStart(tx, k.participant, k.id, now, reason))) continue;
      let replacedBy: string | null = null;
      if (wasInService) {
        const sealed = newSealedKey(s, k.participant);
        await keyStore.insertKey(tx, { participant: k.participant, ...sealed, valid_from: now });
        replacedBy = sealed.id;
      }
      await audit.record(tx, SYSTEM, 'certificates.keys.revoke', k.id, {
        participant: k.participant, at: new Date(k.valid_from).toISOString(), reason, cause: 'seed-derived key found on opening the store', inService: replacedBy,
      });
      done.push({ participant: k.participant, keyId: k.id, seed: k.seed, replacedBy });
    }
    return done;
  });
}
