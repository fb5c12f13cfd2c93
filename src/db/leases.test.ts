// Background work once across processes: a lease is held by one holder at a time, renewed by it,
// taken over by another only once it has expired, and given up on a clean stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import { releaseLease, tryLease } from './leases.js';
import type { Store } from './store.js';

describe.each(engines)('leases on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  it('one holder at a time: renewed by its holder, refused to another until it expires, then taken over', async () => {
    expect(await tryLease(store.db, 'sweeps', 'a', 60_000)).toBe(true);
    expect(await tryLease(store.db, 'sweeps', 'b', 60_000)).toBe(false);
    expect(await tryLease(store.db, 'sweeps', 'a', 60_000)).toBe(true);
    // a's lease runs out (a died): b takes it, and a cannot take it back while b holds it
    await sql`update leases set expires_at = now() - interval '1 second' where name = 'sweeps'`.execute(store.db);
    expect(await tryLease(store.db, 'sweeps', 'b', 60_000)).toBe(true);
    expect(await tryLease(store.db, 'sweeps', 'a', 60_000)).toBe(false);
    const row = await store.db.selectFrom('leases').selectAll().where('name', '=', 'sweeps').executeTakeFirstOrThrow();
    expect(row.holder).toBe('b');
    // a clean stop gives it up at once; only its holder can
    await releaseLease(store.db, 'sweeps', 'a');
    expect(await tryLease(store.db, 'sweeps', 'c', 60_000)).toBe(false);
    await releaseLease(store.db, 'sweeps', 'b');
    expect(await tryLease(store.db, 'sweeps', 'c', 60_000)).toBe(true);
  });

  it('many holders racing for a free lease: exactly one wins', async () => {
    const wins = await Promise.all(Array.from({ length: 8 }, (_, i) => tryLease(store.db, 'race', `h${i}`, 60_000)));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });
});
