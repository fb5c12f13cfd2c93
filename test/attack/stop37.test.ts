// ATTACK (stop 37: git log e20dd8f..): the one reading of a statement's kind (src/db/statement-kind.ts)
// that the write count (writtenTables, src/db/pglite-dialect.ts) and the prepared statements
// (src/db/pglite-statements.ts) answer from, the per-text cache of writtenTables, statements of more than
// 64 parameters prepared for one run, and certificate copies built by assignment (signing.ts `without`,
// stored-form.ts). Each ATTACK test makes the store or a document go wrong the way the change could; each
// "held" test checks a claim that stood. The revocations through SQL the write count misread (a quoted name
// right after its keyword) and its cache are with the others of their kind, in kept-reads-2.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type RawBuilder } from 'kysely';
import { createHash } from 'node:crypto';
import { freshStore } from '../support/store.js';
import { writtenTables } from '../../src/db/pglite-dialect.js';
import { leadingKeyword, mayChangeSchema } from '../../src/db/statement-kind.js';
import { bodyHash } from '../../src/certificates/signing.js';
import { documentOf, storedForm } from '../../src/certificates/stored-form.js';
import { canonicalJson } from '../../src/core/canonical-json.js';
import { STATEMENT, type SignedCertificate } from '../../src/certificates/model.js';
import type { Store } from '../../src/db/store.js';

const AFTERNOON = new Date('2026-01-02T15:00:00.000Z');

describe('ATTACK: statements the classifiers could misread (stop 37)', () => {
  it('writtenTables and mayChangeSchema read these as the statements they are', () => {
    expect(writtenTables('update"api_tokens"set a = $1')).toEqual(['api_tokens']);
    expect(writtenTables('insert into"t"("a") values ($1)')).toEqual(['t']);
    expect(writtenTables('delete from"s"."t"where a = $1')).toEqual(['t']);
    expect(writtenTables('update only"t"set a = $1')).toEqual(['t']);
    // COMMIT PREPARED with a comment for its space (prepared transactions are off in PGlite: latent)
    for (const s of ['commit/**/prepared $1', 'COMMIT -- x\n PREPARED $1', 'rollback/* x */prepared $1', 'start/**/transaction']) {
      expect(leadingKeyword(s), s).toBe('');
      expect(writtenTables(s), s).toBe('all');
      expect(mayChangeSchema(s), s).toBe(true);
    }
    for (const s of ['commit', 'rollback', 'commit and chain', 'rollback to savepoint a']) expect(leadingKeyword(s), s).toBe(s.split(' ')[0]);
    // a Unicode space is a space to the reading (\s) but part of a name to PostgreSQL: such a text is a
    // syntax error there (the next test), so it runs nothing whatever it is read as
    expect(leadingKeyword('\u00a0select 1')).toBe('select');
    // a setting that changes what names mean, from a statement of a kind that keeps the schema
    for (const s of ["select set_config('search_path', 'x', false)", 'select pg_catalog."set_config"($1, $2, $3)', "update pg_settings set setting = 'x' where name = 'search_path'",
      "select query_to_xml(E'select 1', true, true, '')", 'select U&"\\0073et_config"($1, $2, $3)', "with a as (select set_config('search_path', 'x', true)) select 1"])
      expect(mayChangeSchema(s), s).toBe(true);
    for (const s of ['select settings from t', 'select * from posts_status', 'update stock_settings set a = $1']) expect(mayChangeSchema(s), s).toBe(false);
  });
});

describe('ATTACK: statements prepared once, against settings and long parameter lists (stop 37)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore('pglite');
  });
  afterAll(() => store.close());
  const prepared = async () => (await store.pglite!.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0]!.n;

  const searchPathChanges: [string, RawBuilder<unknown>][] = [
    ['select set_config(search_path)', sql`select set_config('search_path', 'st37_s2, public', false)`],
    ['update pg_settings', sql`update pg_settings set setting = 'st37_s2, public' where name = 'search_path'`],
  ];
  for (const [i, [label, change]] of searchPathChanges.entries()) {
    it(`broke and mended: a search_path changed by ${label}: a Date then written to the other table keeps its time of day`, async () => {
      const t = sql.raw(`st37_sp${i}`);
      await sql`create schema if not exists st37_s2`.execute(store.db);
      await sql`create table ${t} (id int primary key, day date)`.execute(store.db);
      await sql`create table st37_s2.${t} (id int primary key, day timestamptz)`.execute(store.db);
      const ins = (id: number) => sql`insert into ${t} (id, day) values (${id}, ${AFTERNOON})`.execute(store.db);
      await ins(1);
      await change.execute(store.db);
      try {
        await ins(2);
        const rows = (await sql<{ day: Date }>`select day from st37_s2.${t} where id = ${2}`.execute(store.db)).rows;
        expect(rows[0]!.day).toEqual(AFTERNOON);
      } finally {
        await sql`set search_path = public`.execute(store.db);
      }
    });
  }

  it('held: a statement led by a Unicode space (read past by \\s) is refused by PostgreSQL', async () => {
    for (const text of ['\u00a0select 1', '\u2003update users set disabled = true', '\ufeffcommit'])
      await expect(sql`${sql.raw(text)}`.execute(store.db), JSON.stringify(text)).rejects.toThrow(/syntax error/);
  });

  const many = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  /** an insert of 70 parameters (more than the 64 kept) */
  const insertMany = (id: number, day: unknown) =>
    sql`insert into st37_many (id, day, n) select ${id}, ${day}, ${sql.join(many(68).map((v) => sql`${v}::int`), sql` + `)}`;

  it('held: more than 64 parameters: after DDL the new types, nulls, and a value of each type the program sends', async () => {
    await sql`create table st37_many (id int primary key, day date, n int)`.execute(store.db);
    await insertMany(1, AFTERNOON).execute(store.db);
    await sql`alter table st37_many alter column day type timestamptz`.execute(store.db);
    await insertMany(2, AFTERNOON).execute(store.db);
    await insertMany(3, null).execute(store.db);
    const rows = (await sql<{ id: number; day: Date | null; n: number }>`select * from st37_many order by id`.execute(store.db)).rows;
    expect(rows).toEqual([
      { id: 1, day: new Date('2026-01-02T00:00:00.000Z'), n: 2346 },
      { id: 2, day: AFTERNOON, n: 2346 },
      { id: 3, day: null, n: 2346 },
    ]);
    // the same values at the end of a list of 70 as alone: written and read alike
    const values: unknown[] = ['text', true, 12.5, { a: [1] }, AFTERNOON, null, 2n ** 40n, undefined, [1, 2]];
    const select = (vs: unknown[]) => sql<Record<string, unknown>>`select ${sql.join(vs.map((v, i) => sql`${v} as ${sql.ref(`c${i}`)}`))}`.execute(store.db);
    const long = (await select([...many(70 - values.length), ...values])).rows[0]!;
    const short = (await select(values)).rows[0]!;
    expect(Object.values(long).slice(70 - values.length)).toEqual(Object.values(short));
  });

  it('held: more than 64 parameters in a transaction: a failure rolls back, the session stays usable, none is kept', async () => {
    await expect(store.db.transaction().execute(async (tx) => {
      await insertMany(10, AFTERNOON).execute(tx);
      await insertMany(10, AFTERNOON).execute(tx);
    })).rejects.toThrow(/duplicate key/);
    expect((await sql`select id from st37_many where id = ${10}`.execute(store.db)).rows).toEqual([]);
    await insertMany(11, AFTERNOON).execute(store.db);
    for (let n = 65; n < 100; n++) await sql`select ${sql.join(many(n).map((v) => sql`${v}::int`), sql` + `)} as s`.execute(store.db);
    expect(await prepared()).toBeGreaterThan(0);
    const long = await store.pglite!.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements where cardinality(parameter_types) > 64');
    expect(long.rows[0]!.n).toBe(0);
  });
});

describe('ATTACK: certificate copies by assignment (signing.ts without, stored-form.ts) (stop 37)', () => {
  const doc = {
    type: 'kp-certificate', version: 1, title: 'Kimberley Process Certificate', statement: STATEMENT,
    number: 'BW-2006-000001', issuedAt: '2006-01-01T12:00:00.000Z', goods: [{ hsCode: '7102.31', carats: 1.5, valueUsd: 10 }],
    transparency: { leafIndex: 0, treeSize: 1, rootHash: 'ab' }, signature: { alg: 'Ed25519', value: 'x' }, logProof: ['cd'],
  };
  /** the copy as defineProperty built it before */
  const reference = (d: object) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(d)) if (!['signature', 'logProof', 'transparency'].includes(k)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return createHash('sha256').update(canonicalJson(out)!).digest('hex');
  };
  const withKey = (k: string, at: 'first' | 'after-statement' | 'last') => {
    const text = JSON.stringify(doc);
    const field = `${JSON.stringify(k)}:{"odd":1}`;
    const out = at === 'first' ? text.replace('{', `{${field},`) : at === 'last' ? text.replace(/}$/, `,${field}}`) : text.replace('"number"', `${field},"number"`);
    return JSON.parse(out) as SignedCertificate;
  };
  const ODD = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', '__lookupSetter__', 'isPrototypeOf', '1', '01', '-1', '4294967295', '', ' '];

  it('held: odd keys in any place give the body hash defineProperty gave, differ from the untampered one, and round-trip the stored text exactly', () => {
    const plain = bodyHash(doc);
    for (const k of ODD) for (const at of ['first', 'after-statement', 'last'] as const) {
      const d = withKey(k, at);
      expect(bodyHash(d), `${k} ${at}`).toBe(reference(d));
      expect(bodyHash(d), `${k} ${at}`).not.toBe(plain);
      const { logProof: _p, ...rest } = d;
      const back = documentOf(storedForm(d));
      expect(JSON.stringify(back), `${k} ${at}`).toBe(JSON.stringify(rest));
      expect(Object.getPrototypeOf(back), `${k} ${at}`).toBe(Object.prototype);
      expect(bodyHash(back), `${k} ${at}`).toBe(bodyHash(d));
    }
  });

  it('broke and mended: a field named "@stored" (the mark of the stored form) is kept on the round trip', () => {
    for (const v of [1, 2, 'x']) {
      const d = JSON.parse(JSON.stringify(doc).replace('"number"', `"@stored":${JSON.stringify(v)},"number"`)) as SignedCertificate;
      const { logProof: _p, ...rest } = d;
      const back = documentOf(storedForm(d));
      expect(JSON.stringify(back)).toBe(JSON.stringify(rest));
      expect(bodyHash(back)).toBe(bodyHash(d));
    }
  });
});
