// Reads kept while their tables are unwritten (kept.ts, WriteCounter.of and writtenTables in
// pglite-dialect.ts): every path that writes a kept table makes the next call read again; writes to
// other tables do not; inside a transaction and on PostgreSQL nothing is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery, sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import { tryLease } from './leases.js';
import { KeptReads } from './kept.js';
import { writtenTables } from './pglite-dialect.js';
import { transaction } from './transaction.js';
import type { Db, Store } from './store.js';

describe('writtenTables: the tables a statement names as written, or all', () => {
  it('names the targets of insert, update and delete, quoted or not, in a WITH too', () => {
    expect(writtenTables('insert into "certificates" ("a") values ($1)')).toEqual(['certificates']);
    expect(writtenTables('update "users" set "name" = $1 where "id" = $2')).toEqual(['users']);
    expect(writtenTables('delete from "sessions" where "id_hash" = $1')).toEqual(['sessions']);
    expect(writtenTables('delete from only Public.Leases where name = $1')).toEqual(['leases']);
    expect(writtenTables('with e as (insert into log_entries (idx) select idx from unnest($1::int[]) as u(idx) returning idx) update log_head set size = $2')).toEqual(['log_entries', 'log_head']);
    // the conflict clause adds a name that is no table: harmless
    expect(writtenTables('insert into "t" ("a") values ($1) on conflict ("a") do update set "a" = excluded."a"')).toContain('t');
  });
  it('a transaction begun, a savepoint or a commit writes no table; a rollback may undo any', () => {
    for (const s of ['begin', 'begin isolation level read committed', 'savepoint a', 'release savepoint a', 'commit']) expect(writtenTables(s)).toEqual([]);
    for (const s of ['rollback', 'rollback to savepoint a', 'abort']) expect(writtenTables(s)).toBe('all');
  });
  it('anything it cannot read for names may write anything: DDL, scripts, select … into, quoted strings, dollar quotes, copy, merge', () => {
    for (const s of [
      'create table t (a int)',
      'drop table t',
      'truncate leases',
      'alter table users add column x int',
      'select 1 as a into t',
      "update leases set holder = 'x; insert into users' where name = $1",
      'do $$ begin update users set name = name; end $$',
      'copy users from stdin',
      'merge into users using t on true when matched then delete',
      'vacuum users',
    ])
      expect(writtenTables(s), s).toBe('all');
  });
});

describe.each(engines)('kept reads on %s', (engine) => {
  let store: Store;
  let reads = 0;
  const kept = new KeptReads<string, { holder: string } | undefined>(['leases']);
  const holder = (db: Db, name = 'kept') =>
    kept.get(db, name, () => {
      reads++;
      return db.selectFrom('leases').select('holder').where('name', '=', name).executeTakeFirst();
    });
  /** reads made by a call, after one call that may read */
  const readsOf = async (call: () => Promise<unknown>) => {
    await holder(store.db);
    const before = reads;
    await call();
    await holder(store.db);
    return reads - before;
  };
  const kepts = engine === 'pglite';

  beforeAll(async () => {
    store = await freshStore(engine);
    await tryLease(store.db, 'kept', 'a', 60_000);
  });
  afterAll(() => store.close());

  it(`${kepts ? 'keeps a read' : 'reads every time'} while nothing is written, and writes to other tables change nothing`, async () => {
    expect(await holder(store.db)).toEqual({ holder: 'a' });
    expect(await readsOf(async () => {})).toBe(kepts ? 0 : 1);
    expect(await readsOf(() => sql`update chairs set chair = chair where year = 2006`.execute(store.db))).toBe(kepts ? 0 : 1);
    expect(await readsOf(() => store.db.selectFrom('users').selectAll().execute())).toBe(kepts ? 0 : 1);
    expect(await readsOf(() => transaction(store.db, (tx) => tx.updateTable('chairs').set({ chair: 'ZA' }).where('year', '=', 1900).execute()))).toBe(kepts ? 0 : 1);
  });

  it('every path that writes the table makes the next call read again, and it reads what was written', async () => {
    expect(await readsOf(() => store.db.updateTable('leases').set({ holder: 'b' }).where('name', '=', 'kept').execute())).toBe(1);
    expect(await holder(store.db)).toEqual({ holder: 'b' });
    expect(await readsOf(() => sql`update leases set holder = ${'c'} where name = 'kept'`.execute(store.db))).toBe(1);
    expect(await holder(store.db)).toEqual({ holder: 'c' });
    expect(await readsOf(() => transaction(store.db, (tx) => tx.updateTable('leases').set({ holder: 'd' }).where('name', '=', 'kept').execute()))).toBe(1);
    expect(await holder(store.db)).toEqual({ holder: 'd' });
    expect(await readsOf(() => store.db.executeQuery(CompiledQuery.raw(`with x as (delete from leases where name = 'nothing' returning name) select count(*) from x`)))).toBe(1);
    expect(await readsOf(() => store.execScript(`update leases set holder = 'e' where name = 'kept'`))).toBe(1);
    expect(await holder(store.db)).toEqual({ holder: 'e' });
    // a failed statement, and a rolled-back transaction that wrote another table: read again (nothing kept may be what was undone)
    expect(await readsOf(() => store.db.insertInto('leases').values({ name: 'kept', holder: 'x', expires_at: new Date() }).execute().catch(() => {}))).toBe(1);
    expect(
      await readsOf(() =>
        transaction(store.db, async (tx) => {
          await tx.updateTable('chairs').set({ chair: 'ZA' }).where('year', '=', 1900).execute();
          throw new Error('undone');
        }).catch(() => {}),
      ),
    ).toBe(1);
    expect(await holder(store.db)).toEqual({ holder: 'e' });
  });

  it(`a read inside a transaction ${kepts ? 'is kept as the store\'s, and nothing of a transaction rolled back is given again' : 'reads every time'}`, async () => {
    // read in a transaction after its own uncommitted write: kept with that write's mark, then undone
    await transaction(store.db, async (tx) => {
      await tx.updateTable('leases').set({ holder: 'uncommitted' }).where('name', '=', 'kept').execute();
      const before = reads;
      expect(await holder(tx as unknown as Db)).toEqual({ holder: 'uncommitted' });
      expect(await holder(tx as unknown as Db)).toEqual({ holder: 'uncommitted' });
      expect(reads - before).toBe(kepts ? 1 : 2);
      throw new Error('undone');
    }).catch(() => {});
    expect(await holder(store.db)).toEqual({ holder: 'e' });
    // read in a transaction that commits: what the store holds, given again outside it without reading
    await transaction(store.db, async (tx) => {
      await tx.updateTable('leases').set({ holder: 'f' }).where('name', '=', 'kept').execute();
      expect(await holder(tx as unknown as Db)).toEqual({ holder: 'f' });
    });
    const before = reads;
    expect(await holder(store.db)).toEqual({ holder: 'f' });
    expect(reads - before).toBe(kepts ? 0 : 1);
    // a statement that fails in a transaction aborts it: a value read before the failure is not given again
    await transaction(store.db, async (tx) => {
      await tx.updateTable('leases').set({ holder: 'g' }).where('name', '=', 'kept').execute();
      await holder(tx as unknown as Db);
      await sql`select 1 / 0`.execute(tx).catch(() => {});
    }).catch(() => {});
    expect(await holder(store.db)).toEqual({ holder: 'f' });
  });

  it(`a write ${kepts ? 'keeps what its writer knows it wrote (written through), only when that statement alone moved the tables' : 'keeps nothing'}`, async () => {
    const through = new KeptReads<string, string>(['leases']);
    let n = 0;
    const read = (db: Db) =>
      through.get(db, 'w', async () => {
        n++;
        return (await db.selectFrom('leases').select('holder').where('name', '=', 'kept').executeTakeFirstOrThrow()).holder;
      });
    const set = (db: Db, holder: string) => db.updateTable('leases').set({ holder }).where('name', '=', 'kept').execute();
    await transaction(store.db, (tx) => through.afterWrite(tx, 'w', () => set(tx, 'h'), () => 'h'));
    expect(await read(store.db)).toBe('h');
    expect(n).toBe(kepts ? 0 : 1);
    // rolled back after the write through: read again, and it reads the value before
    await transaction(store.db, async (tx) => {
      await through.afterWrite(tx, 'w', () => set(tx, 'i'), () => 'i');
      throw new Error('undone');
    }).catch(() => {});
    n = 0;
    expect(await read(store.db)).toBe('h');
    expect(n).toBe(1);
    // another write to the table between the mark and the statement's end: nothing kept (here the
    // write itself does two statements, as a writer that raced another would)
    await through.afterWrite(store.db, 'w', async () => {
      await set(store.db, 'x');
      await set(store.db, 'j');
    }, () => 'x');
    n = 0;
    expect(await read(store.db)).toBe('j');
    expect(n).toBe(1);
    // a write whose writer knows nothing of the result keeps nothing
    await through.afterWrite(store.db, 'w', () => set(store.db, 'k'), () => undefined);
    n = 0;
    expect(await read(store.db)).toBe('k');
    expect(n).toBe(1);
    await set(store.db, 'f');
  });

  it('a value kept is given frozen; a failed read and a value refused by keep are not kept; at most max per store', async () => {
    const value = await holder(store.db);
    // kept on the embedded store, shared by the callers who asked together on PostgreSQL: frozen either way
    expect(Object.isFrozen(value)).toBe(true);
    let n = 0;
    const failing = new KeptReads<string, number>(['leases']);
    await expect(failing.get(store.db, 'k', async () => Promise.reject(new Error(`read ${++n}`)))).rejects.toThrow('read 1');
    expect(await failing.get(store.db, 'k', async () => ++n)).toBe(2);
    const misses = new KeptReads<string, number | null>(['leases'], { keep: (v) => v !== null });
    expect(await misses.get(store.db, 'k', async () => null)).toBeNull();
    expect(await misses.get(store.db, 'k', async () => 7)).toBe(7);
    expect(await misses.get(store.db, 'k', async () => 8)).toBe(kepts ? 7 : 8);
    const small = new KeptReads<number, number>(['leases'], { max: 2 });
    for (const k of [1, 2, 3]) await small.get(store.db, k, async () => k);
    // 1 went first: read again; 3 is still kept
    expect(await small.get(store.db, 1, async () => 10)).toBe(kepts ? 10 : 10);
    expect(await small.get(store.db, 3, async () => 30)).toBe(kepts ? 3 : 30);
  });

  it(`${kepts ? 'keeps what was read' : 'shares one read among the callers who ask one key at once'}: never one sent before a caller asked, a failed read fails only its own key`, async () => {
    if (kepts) return;
    const shared = new KeptReads<string, string | undefined>(['leases']);
    let n = 0;
    const read = (db: Db, name: string) =>
      shared.get(db, name, async () => {
        n++;
        if (name === 'broken') throw new Error('read failed');
        return (await db.selectFrom('leases').select('holder').where('name', '=', name).executeTakeFirst())?.holder;
      });
    await tryLease(store.db, 'other', 'o', 60_000);
    const answers = await Promise.all([read(store.db, 'kept'), read(store.db, 'other'), read(store.db, 'kept'), read(store.db, 'broken').catch((e: Error) => e.message), read(store.db, 'kept')]);
    expect(answers).toEqual(['f', 'o', 'f', 'read failed', 'f']);
    expect(n).toBe(3);
    // asked while a read of that key is on its way: not given that read's answer, but one of its own, sent after
    n = 0;
    const first = read(store.db, 'kept');
    await new Promise((r) => setImmediate(r));
    await store.db.updateTable('leases').set({ holder: 'changed' }).where('name', '=', 'kept').execute();
    const second = read(store.db, 'kept');
    // (the first read and the update ran at once, on two connections: either answer is the store's)
    expect(['f', 'changed']).toContain(await first);
    expect(await second).toBe('changed');
    expect(n).toBe(2);
    // in a transaction nothing is shared: each read runs on the transaction's own connection
    n = 0;
    await transaction(store.db, async (tx) => {
      expect(await Promise.all([read(tx as unknown as Db, 'kept'), read(tx as unknown as Db, 'kept')])).toEqual(['changed', 'changed']);
    });
    expect(n).toBe(2);
    await store.db.updateTable('leases').set({ holder: 'f' }).where('name', '=', 'kept').execute();
  });
});
