// The key registry: each Participant's authority keys (Ed25519, created on its first issuance, rotated
// and revoked by its officers) and the scheme's own keys (the trust-list signer and the log's tree-head
// signer). Private keys never rest in clear: AES-256-GCM under the installation's master key, with the
// key id as associated data so a ciphertext cannot be moved to another key's row.
//
// Who signs the trust list: the key of the Chair of the year (a Participant, from the chairs table).
// The Chair changes every year; so that no customs office has to re-pin its trust anchor each January,
// each new Chair key is endorsed by the previous one (a signed statement published with the list): a
// verifier who trusted any earlier Chair key follows the endorsements to the current one. The log's
// tree-head key is a scheme key with periods of service: rotated, the old one stays on the list.
import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KpcsError } from '../core/errors.js';
import type { Store, Tx } from '../db/store.js';
import { isUniqueViolation, RetryableConflict } from '../db/transaction.js';
import { KeptReads } from '../db/kept.js';
import { chairKeyIdOf, generateKeyPair, keyIdOf, privateKeyObject, signEndorsement, type ChairKeyEndorsement, type ChairKeyRef } from './signing.js';
import * as keyStore from './key-store.js';
import { m as km } from './key-messages.js';

export interface CertificateOptions {
  /** 32 bytes; else KPCS_MASTER_KEY (base64), else <data-dir>/master.key (embedded store) */
  masterKey?: Buffer;
  /** the public address printed in QR codes (default KPCS_PUBLIC_URL, else listenUrl, else http://localhost:8080) */
  publicUrl?: string;
  /**
   * the address `kpcs serve` actually listens on (host:port after listen): the verification address
   * when KPCS_PUBLIC_URL is not set. Never the log's origin (that must not move with the port).
   */
  listenUrl?: string;
  /** the transparency log's origin line in its checkpoints (default KPCS_LOG_ORIGIN, else <public host>/kpcs-log) */
  logOrigin?: string;
}

const options = new WeakMap<Store, CertificateOptions>();
const masterKeys = new WeakMap<Store, Buffer>();
const privateKeys = new WeakMap<Store, Map<string, KeyObject>>();

/** Per-store options of this domain (tests pass the master key here). */
export function configure(s: Store, opts: CertificateOptions): void {
  options.set(s, { ...options.get(s), ...opts });
  masterKeys.delete(s);
  privateKeys.delete(s);
}

export function optionsOf(s: Store): CertificateOptions {
  return options.get(s) ?? {};
}

function parseMasterKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new KpcsError('internal', km('master.length', { where, encoding: 'base64', command: 'openssl rand -base64 32' }));
  return key;
}

export function masterKey(s: Store): Buffer {
  const cached = masterKeys.get(s);
  if (cached) return cached;
  let key: Buffer;
  const explicit = options.get(s)?.masterKey;
  if (explicit) {
    if (explicit.length !== 32) throw new KpcsError('internal', km('master.length32'));
    key = explicit;
  } else if (process.env.KPCS_MASTER_KEY) {
    key = parseMasterKey(process.env.KPCS_MASTER_KEY, 'KPCS_MASTER_KEY');
  } else if (s.pglite?.dataDir) {
    // the embedded store: a key file beside the database, readable by its owner only
    const file = join(dirname(s.pglite.dataDir), 'master.key');
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      try {
        writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    key = parseMasterKey(readFileSync(file, 'utf8'), file);
  } else {
    throw new KpcsError('internal', km('master.missing', { setting: 'KPCS_MASTER_KEY', encoding: 'base64', command: 'openssl rand -base64 32' }));
  }
  masterKeys.set(s, key);
  return key;
}

export function encryptPrivateKey(master: Buffer, keyId: string, der: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv);
  cipher.setAAD(Buffer.from(keyId));
  const ct = Buffer.concat([cipher.update(der), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

export function decryptPrivateKey(master: Buffer, keyId: string, sealed: string): Buffer {
  const [v, iv, tag, ct] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || !ct) throw new KpcsError('internal', km('private.format', { keyId }));
  try {
    const decipher = createDecipheriv('aes-256-gcm', master, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]);
  } catch {
    throw new KpcsError('internal', km('private.wrongMaster', { keyId }));
  }
}

/**
 * The private-key column of an authority key registered through the hub (src/hub): the key is held by
 * the Participant's national system and never leaves it; this installation only verifies with it.
 */
export const HELD_BY_NATIONAL_SYSTEM = 'held-by-national-system';

function heldElsewhere(participant: string, keyId: string): KpcsError {
  return new KpcsError('conflict', km('national.holdsKey', { participant, keyId }));
}

/** The signing key object of a stored key, decrypted once per process. */
export function signingKey(s: Store, keyId: string, sealed: string): KeyObject {
  let cache = privateKeys.get(s);
  if (!cache) privateKeys.set(s, (cache = new Map()));
  let k = cache.get(keyId);
  if (!k) {
    k = privateKeyObject(decryptPrivateKey(masterKey(s), keyId, sealed));
    cache.set(keyId, k);
  }
  return k;
}

export function newSealedKey(s: Store, owner: string) {
  const pair = generateKeyPair();
  const id = keyIdOf(owner, pair.publicKey);
  return { id, public_key: pair.publicKey, private_key_enc: encryptPrivateKey(masterKey(s), id, pair.privateKeyDer) };
}

/**
 * The key in service for a Participant, created on first use inside the caller's transaction. A
 * concurrent first use by another transaction hits the unique index and this one is retried.
 */
export async function authorityKey(s: Store, tx: Tx, participant: string, validFrom: Date): Promise<{ id: string; key: KeyObject; validFrom: Date; created: boolean }> {
  const row = await keyStore.keyInService(tx, participant);
  if (row?.private_key_enc === HELD_BY_NATIONAL_SYSTEM) throw heldElsewhere(participant, row.id);
  if (row) return { id: row.id, key: signingKey(s, row.id, row.private_key_enc), validFrom: new Date(row.valid_from), created: false };
  const sealed = newSealedKey(s, participant);
  try {
    await keyStore.insertKey(tx, { participant, ...sealed, valid_from: validFrom });
  } catch (e) {
    if (isUniqueViolation(e)) throw new RetryableConflict('another transaction created the key first');
    throw e;
  }
  return { id: sealed.id, key: signingKey(s, sealed.id, sealed.private_key_enc), validFrom, created: true };
}

/**
 * The keys in service by the Participants asked for, kept on the embedded store while no authority key
 * is written (kept.ts): one session, so the row locks below would guard against no one there; on
 * PostgreSQL every issuance reads them under their locks.
 */
const keptKeys = new KeptReads<string, Awaited<ReturnType<typeof keyStore.keysInServiceForUpdate>>>(['authority_keys'], { max: 1000 });

/** The keys in service of several Participants in one read; missing ones are created (see authorityKey). */
export async function authorityKeys(s: Store, tx: Tx, earliest: Map<string, Date>): Promise<Map<string, { id: string; key: KeyObject; validFrom: Date; created: boolean }>> {
  const out = new Map<string, { id: string; key: KeyObject; validFrom: Date; created: boolean }>();
  // under the keys' row locks (taken after the log head's): no key revoked or retired by a transaction
  // that committed before this one signs, and none is revoked or retired until this one has committed
  const participants = [...earliest.keys()];
  for (const row of await keptKeys.get(tx, [...participants].sort().join(), () => keyStore.keysInServiceForUpdate(tx, participants))) {
    if (row.private_key_enc === HELD_BY_NATIONAL_SYSTEM) throw heldElsewhere(row.participant, row.id);
    out.set(row.participant, { id: row.id, key: signingKey(s, row.id, row.private_key_enc), validFrom: new Date(row.valid_from), created: false });
  }
  for (const [participant, validFrom] of earliest) if (!out.has(participant)) out.set(participant, await authorityKey(s, tx, participant, validFrom));
  return out;
}

export async function schemeSigningKey(s: Store, tx: Tx, purpose: 'trust-list' | 'log'): Promise<{ id: string; key: KeyObject; publicKey: string; created: boolean }> {
  const row = await keyStore.schemeKey(tx, purpose);
  if (row) return { id: row.id, key: signingKey(s, row.id, row.private_key_enc), publicKey: row.public_key, created: false };
  const sealed = newSealedKey(s, 'KP');
  try {
    await keyStore.insertSchemeKey(tx, { purpose, ...sealed, valid_from: new Date() });
  } catch (e) {
    if (isUniqueViolation(e)) throw new RetryableConflict('another transaction created the scheme key first');
    throw e;
  }
  return { id: sealed.id, key: signingKey(s, sealed.id, sealed.private_key_enc), publicKey: sealed.public_key, created: true };
}

type ChairKeyRow = NonNullable<Awaited<ReturnType<typeof keyStore.chairKeyInService>>>;
const chairRef = (r: { id: string; public_key: string; participant: string; year: number }): ChairKeyRef => ({ keyId: r.id, publicKey: r.public_key, chair: r.participant, year: Number(r.year) });

export interface ChairSigningKey {
  ref: ChairKeyRef;
  key: KeyObject;
  /** the key this one replaced (and that endorsed it), when it was created now */
  retired: string | null;
  created: boolean;
}

/**
 * Puts a new Chair key in service for `chair` from `at`, endorsed by the key in service (if any), which
 * is retired at the same moment. In the caller's transaction; a concurrent rotation is retried.
 */
export async function newChairKey(s: Store, tx: Tx, current: ChairKeyRow | undefined, chair: { participant: string; year: number }, at: Date): Promise<ChairSigningKey> {
  const pair = generateKeyPair();
  const id = chairKeyIdOf(chair.participant, pair.publicKey);
  const ref: ChairKeyRef = { keyId: id, publicKey: pair.publicKey, chair: chair.participant, year: chair.year };
  let endorsement: ChairKeyEndorsement | null = null;
  if (current) {
    endorsement = signEndorsement({ type: 'kp-chair-key-endorsement', at: at.toISOString(), previous: chairRef(current), next: ref }, signingKey(s, current.id, current.private_key_enc));
    const res = await keyStore.retireChairKey(tx, current.id, at);
    if (Number(res.numUpdatedRows) !== 1) throw new RetryableConflict('another transaction rotated the Chair key first');
  } else {
    // an installation whose lists were signed by the scheme key (KP-…, version 1): that key endorses the
    // first Chair key, so verifiers who pinned it follow the chain; then it signs nothing more
    const legacy = await keyStore.schemeKey(tx, 'trust-list');
    if (legacy) {
      const previous: ChairKeyRef = { keyId: legacy.id, publicKey: legacy.public_key, chair: 'KP', year: new Date(legacy.valid_from).getUTCFullYear() };
      endorsement = signEndorsement({ type: 'kp-chair-key-endorsement', at: at.toISOString(), previous, next: ref }, signingKey(s, legacy.id, legacy.private_key_enc));
      await keyStore.retireSchemeKey(tx, 'trust-list', legacy.id, at);
    }
  }
  try {
    await keyStore.insertChairKey(tx, { id, participant: chair.participant, year: chair.year, public_key: pair.publicKey, private_key_enc: encryptPrivateKey(masterKey(s), id, pair.privateKeyDer), valid_from: at, endorsement: endorsement && JSON.stringify(endorsement) });
  } catch (e) {
    if (isUniqueViolation(e)) throw new RetryableConflict('another transaction created the Chair key first');
    throw e;
  }
  return { ref, key: privateKeyObject(pair.privateKeyDer), retired: current?.id ?? null, created: true };
}

/**
 * The Chair key that signs the trust list, for the Chair in office: created on first need; when the
 * Chair has changed since the key in service was made (a new year, a new Chair), a new key endorsed by
 * the previous one takes over.
 */
export async function chairSigningKey(s: Store, tx: Tx, chair: { participant: string; year: number }, at: Date): Promise<ChairSigningKey> {
  const row = await keyStore.chairKeyInService(tx);
  if (row && ((row.participant === chair.participant && Number(row.year) === chair.year) || Number(row.year) > chair.year)) {
    return { ref: chairRef(row), key: signingKey(s, row.id, row.private_key_enc), retired: null, created: false };
  }
  return newChairKey(s, tx, row, chair, at);
}

/** Every Chair key and the endorsements between them, oldest first. */
export async function chairChain(q: Tx | Store['db']): Promise<{ keys: ChairKeyRef[]; endorsements: ChairKeyEndorsement[]; rows: Awaited<ReturnType<typeof keyStore.chairKeys>> }> {
  const rows = await keyStore.chairKeys(q);
  return { keys: rows.map(chairRef), endorsements: rows.flatMap((r) => (r.endorsement ? [JSON.parse(r.endorsement) as ChairKeyEndorsement] : [])), rows };
}

/** Retires the log's key in service at `at` and puts a new one in service from then (old heads stay verifiable). */
export async function rotateLogKey(s: Store, tx: Tx, at: Date): Promise<{ retired: string | null; inService: string; publicKey: string }> {
  const current = await keyStore.schemeKey(tx, 'log');
  if (current) await keyStore.retireSchemeKey(tx, 'log', current.id, at);
  const sealed = newSealedKey(s, 'KP');
  try {
    await keyStore.insertSchemeKey(tx, { purpose: 'log', ...sealed, valid_from: at });
  } catch (e) {
    if (isUniqueViolation(e)) throw new RetryableConflict('another transaction rotated the log key first');
    throw e;
  }
  return { retired: current?.id ?? null, inService: sealed.id, publicKey: sealed.public_key };
}
