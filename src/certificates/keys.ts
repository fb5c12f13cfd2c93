// The key registry: each Participant's authority keys (Ed25519, created on its first issuance, rotated
// and revoked by its officers) and the scheme's own keys (the trust-list signer and the log's tree-head
// signer). Private keys never rest in clear: AES-256-GCM under the installation's master key, with the
// key id as associated data so a ciphertext cannot be moved to another key's row.
//
// Who signs the trust list: an installation "scheme" key operated by the Chair and the secretariat,
// rather than the key of the Chair of the year. The Chair rotates every year (and the registry only
// knows the Chairs of 2005–2007); anchoring verifiers on a rotating Participant would make every
// customs office re-pin its trust anchor each January. ICAO does the same for e-passports: one master
// list signer, whoever chairs. The list names the Chair of the year when it was signed.
import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KpcsError } from '../core/errors.js';
import type { Store, Tx } from '../db/store.js';
import { isUniqueViolation, RetryableConflict } from '../db/transaction.js';
import { generateKeyPair, keyIdOf, privateKeyObject } from './signing.js';
import * as store from './store.js';

export interface CertificateOptions {
  /** 32 bytes; else KPCS_MASTER_KEY (base64), else <data-dir>/master.key (embedded store) */
  masterKey?: Buffer;
  /** the public address printed in QR codes (default KPCS_PUBLIC_URL or http://localhost:8080) */
  publicUrl?: string;
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
  if (key.length !== 32) throw new KpcsError('internal', `The master key in ${where} must be 32 bytes written in base64 (e.g. \`openssl rand -base64 32\`).`);
  return key;
}

export function masterKey(s: Store): Buffer {
  const cached = masterKeys.get(s);
  if (cached) return cached;
  let key: Buffer;
  const explicit = options.get(s)?.masterKey;
  if (explicit) {
    if (explicit.length !== 32) throw new KpcsError('internal', 'The master key must be 32 bytes.');
    key = explicit;
  } else if (process.env.KPCS_MASTER_KEY) {
    key = parseMasterKey(process.env.KPCS_MASTER_KEY, 'KPCS_MASTER_KEY');
  } else if (s.pglite?.dataDir) {
    // the embedded store: a key file beside the database, readable by its owner only
    const file = join(dirname(s.pglite.dataDir), 'master.key');
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      try {
        writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    key = parseMasterKey(readFileSync(file, 'utf8'), file);
  } else {
    throw new KpcsError('internal', 'No master key to protect the authority keys: set KPCS_MASTER_KEY to 32 random bytes in base64 (`openssl rand -base64 32`).');
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
  if (v !== 'v1' || !iv || !tag || !ct) throw new KpcsError('internal', `The stored private key ${keyId} is not in a known format.`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', master, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]);
  } catch {
    throw new KpcsError('internal', `Cannot decrypt the private key ${keyId}: the master key is not the one it was stored under.`);
  }
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
  const row = await store.keyInService(tx, participant);
  if (row) return { id: row.id, key: signingKey(s, row.id, row.private_key_enc), validFrom: new Date(row.valid_from), created: false };
  const sealed = newSealedKey(s, participant);
  try {
    await store.insertKey(tx, { participant, ...sealed, valid_from: validFrom });
  } catch (e) {
    if (isUniqueViolation(e)) throw new RetryableConflict('another transaction created the key first');
    throw e;
  }
  return { id: sealed.id, key: signingKey(s, sealed.id, sealed.private_key_enc), validFrom, created: true };
}

/** The keys in service of several Participants in one read; missing ones are created (see authorityKey). */
export async function authorityKeys(s: Store, tx: Tx, earliest: Map<string, Date>): Promise<Map<string, { id: string; key: KeyObject; validFrom: Date; created: boolean }>> {
  const out = new Map<string, { id: string; key: KeyObject; validFrom: Date; created: boolean }>();
  for (const row of await store.keysInService(tx, [...earliest.keys()])) {
    out.set(row.participant, { id: row.id, key: signingKey(s, row.id, row.private_key_enc), validFrom: new Date(row.valid_from), created: false });
  }
  for (const [participant, validFrom] of earliest) if (!out.has(participant)) out.set(participant, await authorityKey(s, tx, participant, validFrom));
  return out;
}

export async function schemeSigningKey(s: Store, tx: Tx, purpose: 'trust-list' | 'log'): Promise<{ id: string; key: KeyObject; publicKey: string; created: boolean }> {
  const row = await store.schemeKey(tx, purpose);
  if (row) return { id: row.id, key: signingKey(s, row.id, row.private_key_enc), publicKey: row.public_key, created: false };
  const sealed = newSealedKey(s, 'KP');
  try {
    await store.insertSchemeKey(tx, { purpose, ...sealed, valid_from: new Date() });
  } catch (e) {
    if (isUniqueViolation(e)) throw new RetryableConflict('another transaction created the scheme key first');
    throw e;
  }
  return { id: sealed.id, key: signingKey(s, sealed.id, sealed.private_key_enc), publicKey: sealed.public_key, created: true };
}
