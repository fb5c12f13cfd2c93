// Statements prepared once on the embedded store (pglite-statements.ts): the same rows and errors as
// PGlite's own `query` for every type the program sends, one call into the engine per statement once a
// text is prepared, the schema's changes seen, and the prepared set bounded.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { freshStore } from '../../test/support/store.js';
import type { Store } from './store.js';

describe('statements prepared once on the embedded store', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore('pglite');
    await sql`create table prepared_probe (id integer primary key, t text, n numeric(14, 2), b bigint, d date, at timestamptz, bytes bytea, j jsonb, tags text[], ok boolean)`.execute(store.db);
  });
  afterAll(async () => {
    await store.close();
  });

  const row = {
    id: 1,
    t: 'Kimberley "Mines" \\ (Pty) Ltd, 1 Main Road',
    n: '125.50',
    b: 9_007_199_254_740,
    d: '2026-12-07',
    at: new Date('2026-12-07T18:23:52.403Z'),
    bytes: Buffer.from('00ff10ab', 'hex'),
    j: { goods: [{ hsCode: '7102.10', carats: 125.5 }], note: null },
    tags: ['a', 'b"c', 'd,e', ''],
    ok: false,
  };

  it('writes and reads every type as PGlite’s own query does (numbers, money as text, days, times, bytes, JSON, arrays, null)', async () => {
    await store.db.insertInto('prepared_probe' as never).values(row as never).execute();
    await store.db.insertInto('prepared_probe' as never).values({ id: 2, t: null, n: null, b: null, d: null, at: null, bytes: null, j: null, tags: null, ok: null } as never).execute();
    const text = 'select * from prepared_probe where id = any($1) and (t is null or t = $2) order by id';
    // through Kysely (prepared here) and through PGlite's query, with the same parameters
    const viaKysely = await sql<Record<string, unknown>>`select * from prepared_probe where id = any(${[1, 2]}) and (t is null or t = ${row.t}) order by id`.execute(store.db);
    const viaPGlite = await store.pglite!.query<Record<string, unknown>>(text, [[1, 2], row.t]);
    expect(viaKysely.rows).toEqual(viaPGlite.rows);
    expect(viaKysely.rows[0]).toMatchObject({ ...row, bytes: new Uint8Array(row.bytes) });
    expect(viaKysely.rows[1]).toMatchObject({ id: 2, t: null, j: null, tags: null });
  });

  it('gives the same errors: a duplicate key names its constraint, and nothing is written', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from prepared_probe`.execute(store.db);
    const err = await store.db.insertInto('prepared_probe' as never).values({ ...row, id: 1 } as never).execute().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: '23505', constraint: 'prepared_probe_pkey' });
    const bad = await sql`select * from prepared_probe where id = ${'not a number'}`.execute(store.db).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: '22P02' });
    expect((await sql<{ n: number }>`select count(*)::int as n from prepared_probe`.execute(store.db)).rows).toEqual(before.rows);
    // and the session goes on
    expect((await sql<{ one: number }>`select 1 as one`.execute(store.db)).rows).toEqual([{ one: 1 }]);
  });

  it('runs a statement already prepared in one call into the engine, and prepares a new text once', async () => {
    const calls = vi.spyOn(store.pglite!, 'execProtocol');
    try {
      const read = (id: number) => store.db.selectFrom('prepared_probe' as never).select(['t' as never]).where('id' as never, '=', id as never).execute();
      await read(1);
      calls.mockClear();
      for (let i = 0; i < 5; i++) await read(i);
      expect(calls.mock.calls.length).toBe(5);
      calls.mockClear();
      await sql`select ${'a new text'}::text as t, 1 as one`.execute(store.db);
      await sql`select ${'a new text'}::text as t, 1 as one`.execute(store.db);
      // prepared (parse and describe) once, then run twice
      expect(calls.mock.calls.length).toBe(3);
    } finally {
      calls.mockRestore();
    }
  });

  it('sees a change of the schema: a prepared select * returns the columns the table has now', async () => {
    const all = () => sql<Record<string, unknown>>`select * from prepared_probe where id = ${1}`.execute(store.db);
    expect(Object.keys((await all()).rows[0]!)).not.toContain('added');
    await sql`alter table prepared_probe add column added text default 'x'`.execute(store.db);
    expect((await all()).rows[0]).toMatchObject({ id: 1, added: 'x' });
    // a migration script too (execScript)
    await store.execScript('alter table prepared_probe drop column added; alter table prepared_probe add column later integer default 7;');
    const after = (await all()).rows[0]!;
    expect(after).toMatchObject({ id: 1, later: 7 });
    expect(Object.keys(after)).not.toContain('added');
  });

  it('keeps at most 256 statements prepared: the least recently used are closed', async () => {
    for (let i = 0; i < 400; i++) await sql.raw(`select ${i} as n`).execute(store.db);
    const prepared = await store.pglite!.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements');
    expect(prepared.rows[0]!.n).toBeLessThanOrEqual(256);
    expect(prepared.rows[0]!.n).toBeGreaterThan(200);
    // one still prepared and one closed both run
    expect((await sql.raw<{ n: number }>('select 399 as n').execute(store.db)).rows).toEqual([{ n: 399 }]);
    expect((await sql.raw<{ n: number }>('select 0 as n').execute(store.db)).rows).toEqual([{ n: 0 }]);
  });

  it('keeps no statement with a long list of parameters: each length of an id list would be another text', async () => {
    const kept = async (marker: string) =>
      (await store.pglite!.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements where statement like $1', [`%${marker}%`])).rows[0]!.n;
    for (const length of [65, 100, 500, 1000]) {
      const ids = Array.from({ length }, (_, i) => i);
      const rows = (await sql<{ n: number }>`select count(*)::int as n from generate_series(0, 2000) as long_list(i) where i in (${sql.join(ids)})`.execute(store.db)).rows;
      expect(rows).toEqual([{ n: length }]);
    }
    expect(await kept('long_list')).toBe(0);
    // a short list is kept as before
    await sql`select count(*)::int as n from generate_series(0, 10) as short_list(i) where i in (${sql.join([1, 2, 3])})`.execute(store.db);
    expect(await kept('short_list')).toBe(1);
  });
});
