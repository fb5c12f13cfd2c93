// ATTACK (commits 3fdbb8f, 17a3635): on the embedded store each statement text is prepared once and its
// parameters' types kept (src/db/pglite-statements.ts); helmet's headers are recorded once at start
// (src/http/server.ts). A prepared statement whose table changed is re-analysed by PostgreSQL with the
// parameter types it was prepared with, and a value of the old type is converted to the new column
// without an error: a Date sent as a `date` lands in a timestamptz column at midnight, '007' sent as an
// integer lands in a text column as '7'. Each ATTACK test makes the program keep such a statement (DDL
// the first list of DDL words missed, DDL rolled back, a statement queued behind a migration script) and
// checks the value written; each "held" test checks a claim of the change that stood.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerResponse, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { freshStore } from '../support/store.js';
import { buildServer } from '../../src/http/server.js';
import { markRead } from '../../src/notifications/store.js';
import type { Store } from '../../src/db/store.js';

const AFTERNOON = new Date('2026-01-02T15:00:00.000Z');

describe('ATTACK: statements prepared once on the embedded store, against changes of the schema', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore('pglite');
  });
  afterAll(() => store.close());
  const prepared = async () => (await store.pglite!.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0]!.n;

  it('ATTACK: DDL behind a leading comment is seen: a Date then written to the altered column keeps its time of day', async () => {
    await sql`create table pa_comment (id int primary key, day date)`.execute(store.db);
    const ins = (id: number) => sql`insert into pa_comment (id, day) values (${id}, ${AFTERNOON})`.execute(store.db);
    await ins(1);
    await sql`/* widened */ alter table pa_comment alter column day type timestamptz`.execute(store.db);
    await ins(2);
    const rows = (await sql<{ day: Date }>`select day from pa_comment where id = ${2}`.execute(store.db)).rows;
    expect(rows[0]!.day).toEqual(AFTERNOON);
  });

  it('ATTACK: a statement prepared inside a transaction that changed the schema and rolled back writes what it is given after', async () => {
    await sql`create table pa_rollback (id int primary key, note text)`.execute(store.db);
    await store.db.transaction().execute(async (tx) => {
      await sql`alter table pa_rollback alter column note type integer using note::integer`.execute(tx);
      await sql`insert into pa_rollback (id, note) values (${1}, ${'7'})`.execute(tx);
      throw new Error('rolled back');
    }).catch(() => {});
    // the same text, now on the text column again
    await sql`insert into pa_rollback (id, note) values (${1}, ${'007'})`.execute(store.db);
    expect((await sql`select note from pa_rollback`.execute(store.db)).rows).toEqual([{ note: '007' }]);
  });

  it('ATTACK: rolled back to a savepoint, the change of the schema is not kept in a statement prepared after it', async () => {
    await sql`create table pa_savepoint (id int primary key, note text)`.execute(store.db);
    await store.db.transaction().execute(async (tx) => {
      await sql`savepoint s`.execute(tx);
      await sql`alter table pa_savepoint alter column note type integer using note::integer`.execute(tx);
      await sql`insert into pa_savepoint (id, note) values (${1}, ${'7'})`.execute(tx);
      await sql`rollback to savepoint s`.execute(tx);
      await sql`insert into pa_savepoint (id, note) values (${1}, ${'007'})`.execute(tx);
    });
    await sql`insert into pa_savepoint (id, note) values (${2}, ${'008'})`.execute(store.db);
    expect((await sql`select note from pa_savepoint order by id`.execute(store.db)).rows).toEqual([{ note: '007' }, { note: '008' }]);
  });

  it('ATTACK: a statement queued behind a migration script (execScript) runs with the types the script made', async () => {
    await sql`create table pa_script (id int primary key, day date)`.execute(store.db);
    const ins = (id: number) => sql`insert into pa_script (id, day) values (${id}, ${AFTERNOON})`.execute(store.db);
    await ins(1);
    const script = store.execScript('alter table pa_script alter column day type timestamptz');
    const queued = ins(2);
    await Promise.all([script, queued]);
    const rows = (await sql<{ day: Date }>`select day from pa_script where id = ${2}`.execute(store.db)).rows;
    expect(rows[0]!.day).toEqual(AFTERNOON);
    // and the statement is kept again once the script is done
    await ins(3);
    expect(await prepared()).toBeGreaterThan(0);
  });

  it('held: a table dropped and made again with other types, DDL in lower or upper case, search_path: right values or a loud error', async () => {
    await sql`create table pa_again (id int primary key, v integer)`.execute(store.db);
    const ins = (id: number, v: unknown) => sql`insert into pa_again (id, v) values (${id}, ${v})`.execute(store.db);
    await ins(1, 7);
    await sql`DROP TABLE pa_again`.execute(store.db);
    await sql`Create Table pa_again (id int primary key, v text)`.execute(store.db);
    await ins(1, '007');
    expect((await sql`select v from pa_again`.execute(store.db)).rows).toEqual([{ v: '007' }]);
    // a select * of a table that gained a column: the new shape
    const all = () => sql<Record<string, unknown>>`select * from pa_again where id = ${1}`.execute(store.db);
    await all();
    await sql`  ALTER TABLE pa_again ADD COLUMN w int default 3`.execute(store.db);
    expect((await all()).rows).toEqual([{ id: 1, v: '007', w: 3 }]);
    await sql`set search_path = pg_catalog, public`.execute(store.db);
    expect((await all()).rows).toEqual([{ id: 1, v: '007', w: 3 }]);
    await sql`set search_path = public`.execute(store.db);
  });

  it('held: syntax errors and failures, in and out of transactions, keep their code and leave the session usable', async () => {
    await sql`create table pa_err (id int primary key)`.execute(store.db);
    await sql`insert into pa_err (id) values (${1})`.execute(store.db);
    expect(await sql.raw('selec 1').execute(store.db).catch((e: unknown) => e)).toMatchObject({ code: '42601' });
    const inTx = await store.db.transaction().execute(async (tx) => {
      await sql`select 1 as one`.execute(tx);
      await sql.raw('selec 2').execute(tx);
    }).catch((e: unknown) => e);
    expect(inTx).toMatchObject({ code: '42601' });
    expect(store.pglite!.isInTransaction()).toBe(false);
    const dup = await store.db.transaction().execute(async (tx) => {
      await sql`insert into pa_err (id) values (${2})`.execute(tx);
      await sql`insert into pa_err (id) values (${1})`.execute(tx);
    }).catch((e: unknown) => e);
    expect(dup).toMatchObject({ code: '23505', constraint: 'pa_err_pkey' });
    expect((await sql`select id from pa_err order by id`.execute(store.db)).rows).toEqual([{ id: 1 }]);
    // a statement prepared inside a transaction rolled back still runs after it
    await store.db.transaction().execute(async (tx) => {
      await sql`select id from pa_err where id > ${0} and id < ${100}`.execute(tx);
      throw new Error('rolled back');
    }).catch(() => {});
    expect((await sql`select id from pa_err where id > ${0} and id < ${100}`.execute(store.db)).rows).toEqual([{ id: 1 }]);
  });

  it('held: closes queued before a failing call are not lost: the prepared set stays bounded through errors', async () => {
    for (let i = 0; i < 600; i++) {
      await sql.raw(`select ${i} as n`).execute(store.db);
      if (i % 7 === 0) await sql.raw(`selec ${i}`).execute(store.db).catch(() => {});
      if (i % 11 === 0) await sql.raw(`select 1/${0}::int as n${i}`).execute(store.db).catch(() => {});
    }
    expect(await prepared()).toBeLessThanOrEqual(257);
  });

  it('held: statements counted once each, concurrent transactions and reads give their own rows', async () => {
    await sql`create table pa_conc (id int primary key, who text)`.execute(store.db);
    const before = store.writes!.statements;
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.db.transaction().execute(async (tx) => {
      await sql`insert into pa_conc (id, who) values (${i}, ${`w${i}`})`.execute(tx);
      const r = await sql<{ who: string }>`select who from pa_conc where id = ${i}`.execute(tx);
      expect(r.rows).toEqual([{ who: `w${i}` }]);
    })));
    // begin, insert, select, commit
    expect(store.writes!.statements - before).toBe(160);
  });

  it('held: a user\'s list of up to 1000 ids (POST /api/inbox/read) keeps the prepared set and the engine\'s memory bounded', async () => {
    const user = randomUUID();
    for (let n = 1000; n > 700; n--) {
      const ids = Array.from({ length: n }, () => randomUUID());
      await store.db.transaction().execute((tx) => markRead(tx as never, user, ids, new Date()));
    }
    expect(await prepared()).toBeLessThanOrEqual(256);
    const bytes = (await store.pglite!.query<{ n: number }>('select sum(total_bytes)::float8 as n from pg_backend_memory_contexts')).rows[0]!.n;
    // measured: about 50 MB with 256 statements of 700 to 1000 parameters each
    expect(bytes).toBeLessThan(128 * 1024 * 1024);
  });

  it('held: the values the program sends round-trip as through PGlite\'s own query', async () => {
    await sql`create table pa_types (id int, n numeric(14, 2), b bigint, d date, at timestamptz, bytes bytea, ints int[], j jsonb, js json, ok boolean)`.execute(store.db);
    const values = [1, 12.5, 9_007_199_254_740, new Date('2026-12-07T00:00:00Z'), AFTERNOON, new Uint8Array([0, 255, 16]), [1, 2, 3], '{"a":[1,"x"]}', { b: null }, true] as const;
    const text = 'insert into pa_types values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)';
    await sql`insert into pa_types values (${values[0]}, ${values[1]}, ${values[2]}, ${values[3]}, ${values[4]}, ${values[5]}, ${values[6]}, ${values[7]}, ${values[8]}, ${values[9]})`.execute(store.db);
    await store.pglite!.query(text, [2, ...values.slice(1)]);
    await sql`insert into pa_types (id, n, ok) values (${3}, ${'7.25'}, ${undefined})`.execute(store.db);
    await store.pglite!.query('insert into pa_types (id, n, ok) values ($1, $2, $3)', [4, '7.25', undefined]);
    const rows = (await sql<Record<string, unknown>>`select * from pa_types order by id`.execute(store.db)).rows;
    expect({ ...rows[0], id: 0 }).toEqual({ ...rows[1], id: 0 });
    expect({ ...rows[2], id: 0 }).toEqual({ ...rows[3], id: 0 });
    expect(rows[0]).toMatchObject({ n: '12.50', b: 9_007_199_254_740, at: AFTERNOON, ints: [1, 2, 3], j: { a: [1, 'x'] }, js: { b: null }, ok: true });
  });
});

describe('held: helmet\'s headers recorded once are those it sets, on every kind of answer', () => {
  it('held: JSON, a static file, a 304, /docs, a 404 and a 400 carry exactly helmet\'s headers', async () => {
    const store = await freshStore('pglite');
    const webDir = mkdtempSync(join(tmpdir(), 'kpcs-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>kpcs</title>');
    writeFileSync(join(webDir, 'app.js'), 'console.log(1)');
    const app = await buildServer({ store, webDir });
    try {
      // what helmet (same options as server.ts) sets on a real answer
      const res = new ServerResponse(new IncomingMessage(new Socket()));
      helmet({
        contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'], connectSrc: ["'self'"], upgradeInsecureRequests: null } },
        crossOriginEmbedderPolicy: false,
      })(res.req, res, () => {});
      const expected = res.getHeaders();
      expect(Object.keys(expected).length).toBeGreaterThan(8);
      const js = await app.inject({ url: '/app.js' });
      const docs = await app.inject({ url: '/docs' });
      const answers = [
        await app.inject({ url: '/api/health' }),
        await app.inject({ url: '/' }),
        js,
        await app.inject({ url: '/app.js', headers: { 'if-none-match': String(js.headers.etag) } }),
        docs,
        await app.inject({ url: '/api/no-such-thing' }),
        await app.inject({ method: 'POST', url: '/api/inbox/read', payload: 'not json', headers: { 'content-type': 'application/json' } }),
      ];
      expect(answers.map((a) => a.statusCode)).toContain(304);
      for (const a of answers) {
        // swagger-ui sets its own CSP on its pages, after onRequest (as before the change)
        for (const [name, value] of Object.entries(expected)) if (!(a === docs && name === 'content-security-policy')) expect([a.statusCode, name, a.headers[name]]).toEqual([a.statusCode, name, value]);
        expect(a.headers['x-powered-by']).toBeUndefined();
      }
    } finally {
      await app.close();
      await store.close();
    }
  });
});
