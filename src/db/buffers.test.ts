// The embedded store's buffer pool (KPCS_EMBEDDED_BUFFERS, issue #18 goal 4): 16MB unless set, the
// setting's value as PostgreSQL's shared_buffers, a bad value refused naming the setting, in the
// reader's language. (PGlite's own 128MB held an idle server at 422 MB resident; docs/performance.md.)
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedBuffersSetting } from '../core/config.js';
import { KpcsError } from '../core/errors.js';
import { freshStore } from '../../test/support/store.js';

const shown = async (store: Awaited<ReturnType<typeof freshStore>>) => (await sql<{ shared_buffers: string }>`show shared_buffers`.execute(store.db)).rows[0]!.shared_buffers;

describe('KPCS_EMBEDDED_BUFFERS', () => {
  const before = process.env.KPCS_EMBEDDED_BUFFERS;
  afterEach(() => {
    if (before === undefined) delete process.env.KPCS_EMBEDDED_BUFFERS;
    else process.env.KPCS_EMBEDDED_BUFFERS = before;
  });

  it('reads a size from 128kB to 8GB, 16MB when unset', () => {
    expect(embeddedBuffersSetting('')).toBe('16MB');
    expect(embeddedBuffersSetting(undefined)).toBe('16MB');
    for (const ok of ['128kB', '64MB', ' 1GB ', '8GB']) expect(embeddedBuffersSetting(ok)).toBe(ok.trim());
  });

  it('refuses anything else, naming the setting and the value, in the reader language', () => {
    for (const bad of ['lots', '64', '64mb', '64 MB', '100kB', '9GB', '-1MB']) {
      let error: unknown;
      try {
        embeddedBuffersSetting(bad);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(KpcsError);
      const e = error as KpcsError;
      expect(e.code).toBe('invalid_input');
      expect(e.message).toBe(`KPCS_EMBEDDED_BUFFERS must be a size from 128kB to 8GB, written like 16MB (kB, MB, GB); it is "${bad}".`);
      expect(e.localized('fr').message).toContain('doit être une taille de 128kB à 8GB');
    }
  });

  it('is the embedded store buffer pool: 16MB by default, the setting when set', async () => {
    delete process.env.KPCS_EMBEDDED_BUFFERS;
    const plain = await freshStore('pglite');
    try {
      expect(await shown(plain)).toBe('16MB');
    } finally {
      await plain.close();
    }
    process.env.KPCS_EMBEDDED_BUFFERS = '48MB';
    const larger = await freshStore('pglite');
    try {
      expect(await shown(larger)).toBe('48MB');
    } finally {
      await larger.close();
    }
  });
});
