import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from './store.js';
import { maintain } from './maintenance.js';

describe.each(engines)('store maintenance on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  it(engine === 'pglite' ? 'gives the planner statistics PGlite never gathers by itself, and vacuums the hot rows' : 'leaves it to autovacuum', async () => {
    // rows the planner has not been told about
    await sql`insert into certificate_counters (participant, year, last_seq) select 'ZA', y, y from generate_series(1000, 1999) as y`.execute(store.db);
    for (let i = 0; i < 50; i++) await sql`update log_head set size = size where id = 1`.execute(store.db);
    const estimate = async () => Number((await sql<{ n: number }>`select reltuples::float8 as n from pg_class where relname = 'certificate_counters'`.execute(store.db)).rows[0]!.n);
    if (engine === 'pglite') expect(await estimate()).not.toBe(1000);
    const report = await maintain(store);
    if (engine !== 'pglite') {
      expect(report).toEqual({ analyzed: false, vacuumed: [], ms: 0 });
      return;
    }
    expect(report).toMatchObject({ analyzed: true, vacuumed: ['log_head', 'certificate_counters'] });
    expect(await estimate()).toBe(1000);
    // and the store still works as before
    expect((await sql<{ size: number }>`select size from log_head`.execute(store.db)).rows[0]!.size).toBe(0);
  });
});
