import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../db/store.js';
import { configure, decryptPrivateKey, encryptPrivateKey, masterKey } from './keys.js';
import { generateKeyPair } from './signing.js';

/** masterKey() only looks at the store's PGlite data dir, so a stand-in object is enough */
const storeIn = (dataDir?: string) => ({ pglite: dataDir ? { dataDir: join(dataDir, 'pg') } : undefined }) as unknown as Store;

describe('the master key and the sealed private keys', () => {
  const saved = process.env.KPCS_MASTER_KEY;
  afterEach(() => {
    if (saved === undefined) delete process.env.KPCS_MASTER_KEY;
    else process.env.KPCS_MASTER_KEY = saved;
  });

  it('seals a private key with AES-256-GCM bound to its key id', () => {
    const master = randomBytes(32);
    const { privateKeyDer } = generateKeyPair();
    const sealed = encryptPrivateKey(master, 'ZA-0123456789abcdef', privateKeyDer);
    expect(sealed).not.toContain(privateKeyDer.toString('base64url').slice(0, 20));
    expect(decryptPrivateKey(master, 'ZA-0123456789abcdef', sealed).equals(privateKeyDer)).toBe(true);
    expect(() => decryptPrivateKey(master, 'BW-0123456789abcdef', sealed)).toThrow(/cannot decrypt/i); // moved to another key's row
    expect(() => decryptPrivateKey(randomBytes(32), 'ZA-0123456789abcdef', sealed)).toThrow(/master key/);
    const [v, iv, tag, ct] = sealed.split('.');
    const flipped = Buffer.from(ct!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => decryptPrivateKey(master, 'ZA-0123456789abcdef', [v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });

  it('takes the key given to the service, else KPCS_MASTER_KEY, else <data-dir>/master.key created with mode 600', () => {
    const given = randomBytes(32);
    const a = storeIn();
    configure(a, { masterKey: given });
    expect(masterKey(a).equals(given)).toBe(true);

    const env = randomBytes(32);
    process.env.KPCS_MASTER_KEY = env.toString('base64');
    expect(masterKey(storeIn()).equals(env)).toBe(true);
    process.env.KPCS_MASTER_KEY = randomBytes(16).toString('base64');
    expect(() => masterKey(storeIn())).toThrow(/32 bytes/);
    delete process.env.KPCS_MASTER_KEY;

    expect(() => masterKey(storeIn())).toThrow(/KPCS_MASTER_KEY/); // PostgreSQL or in memory, no key: a clear refusal
    const dir = mkdtempSync(join(tmpdir(), 'kpcs-master-'));
    try {
      const first = masterKey(storeIn(dir));
      expect(statSync(join(dir, 'master.key')).mode & 0o777).toBe(0o600);
      expect(Buffer.from(readFileSync(join(dir, 'master.key'), 'utf8').trim(), 'base64').equals(first)).toBe(true);
      expect(masterKey(storeIn(dir)).equals(first)).toBe(true); // the same key on the next open
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
