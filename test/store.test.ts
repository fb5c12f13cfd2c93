// One store, two engines: the same migrations and queries behave the same on PGlite and PostgreSQL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { engines, freshStore } from './support/store.js';
import { openStore, type Store } from '../src/db/store.js';
import { listMigrations, migrate } from '../src/db/migrate.js';
import { transaction } from '../src/db/transaction.js';
import { localOperator, SYSTEM } from '../src/auth/model.js';
import * as audit from '../src/audit/service.js';

describe.each(engines)('the store on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  it('has every migration applied, and applying again changes nothing', async () => {
    const applied = await store.db.selectFrom('schema_migrations').select('name').orderBy('name').execute();
    expect(applied.map((r) => r.name)).toEqual(listMigrations().map((m) => m.name));
    expect(await migrate(store)).toEqual([]);
  });

  it('parses days as yyyy-mm-dd strings, bigints as numbers, numerics as exact strings', async () => {
    const r = await sql<{ d: unknown; n: unknown; x: unknown; t: unknown }>`select date '2004-07-09' as d, 9007199254740::bigint as n, 123456789012.34::numeric(18,2) as x, timestamptz '2006-11-09 10:00:00+00' as t`.execute(store.db);
    const row = r.rows[0]!;
    expect(row.d).toBe('2004-07-09');
    expect(row.n).toBe(9007199254740);
    expect(row.x).toBe('123456789012.34');
    expect(row.t).toBeInstanceOf(Date);
    expect((row.t as Date).toISOString()).toBe('2006-11-09T10:00:00.000Z');
  });

  it('keeps the Participant code leading the key of Participant-owned tables', async () => {
    const keys = await sql<{ table_name: string; column_name: string }>`
      select tc.table_name, kcu.column_name from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_name = tc.table_name
      where tc.constraint_type = 'PRIMARY KEY' and kcu.ordinal_position = 1
        and tc.table_name in ('participant_status', 'participant_members', 'un_measures')`.execute(store.db);
    expect(Object.fromEntries(keys.rows.map((k) => [k.table_name, k.column_name]))).toEqual({ participant_status: 'participant', participant_members: 'participant', un_measures: 'target' });
  });

  it('serialises concurrent writers onto one audit chain, retrying the losers', async () => {
    const before = (await audit.verifyChain(store.db)).entries;
    await Promise.all(Array.from({ length: 12 }, (_, i) => transaction(store.db, (tx) => audit.record(tx, localOperator(i % 2 ? 'ZA' : 'BW'), 'test.concurrent', String(i)))));
    const report = await audit.verifyChain(store.db);
    expect(report.problems).toEqual([]);
    expect(report.entries).toBe(before + 12);
    const subjects = (await audit.list(store.db, SYSTEM, { limit: 12, action: 'test.concurrent' })).map((e) => Number(e.subject));
    expect(subjects.sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
  });
});

describe('the embedded store on disk', () => {
  it('allows one process per data directory and says so clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpcs-lock-'));
    const first = await openStore({ dataDir: dir });
    try {
      // the lock is a pid file; a live pid other than ours holds it
      const { writeFileSync } = await import('node:fs');
      await first.close();
      writeFileSync(join(dir, 'kpcs.pid'), String(process.ppid));
      await expect(openStore({ dataDir: dir })).rejects.toMatchObject({ code: 'store_busy', message: expect.stringContaining(`pid ${process.ppid}`) });
      // a stale lock (its process gone) is taken over
      writeFileSync(join(dir, 'kpcs.pid'), '999999999');
      const again = await openStore({ dataDir: dir });
      await again.close();
    } finally {
      if (!first.pglite?.closed) await first.close();
    }
  });
});
