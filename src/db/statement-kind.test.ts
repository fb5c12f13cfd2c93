// The one reading of a statement's kind (statement-kind.ts) that both the write count (writtenTables) and
// the prepared statements (mayChangeSchema) answer from.
import { describe, expect, it } from 'vitest';
import { writtenTables } from './pglite-dialect.js';
import { leadingKeyword, mayChangeSchema } from './statement-kind.js';

describe('leadingKeyword', () => {
  it('reads the first keyword in lower case, past spaces and opening parentheses', () => {
    expect(leadingKeyword('  SELECT 1')).toBe('select');
    expect(leadingKeyword('((select 1) union (select 2))')).toBe('select');
    expect(leadingKeyword('\n\tInsert into t values (1)')).toBe('insert');
  });
  it('gives the two-word forms whole, and nothing for a text that begins with no keyword', () => {
    expect(leadingKeyword('start  transaction isolation level serializable')).toBe('start transaction');
    expect(leadingKeyword('COMMIT PREPARED $1')).toBe('commit prepared');
    expect(leadingKeyword('rollback prepared x')).toBe('rollback prepared');
    expect(leadingKeyword('commit')).toBe('commit');
    expect(leadingKeyword('rollback to savepoint a')).toBe('rollback');
    expect(leadingKeyword('/* x */ select 1')).toBe('');
    expect(leadingKeyword('-- x\ndrop table t')).toBe('');
    expect(leadingKeyword('"t"')).toBe('');
    expect(leadingKeyword('')).toBe('');
  });
});

describe('one reading for both questions', () => {
  it('statements that keep the schema: data, transaction marks and their ends, maintenance without DDL', () => {
    for (const s of ['select 1', 'with a as (select 1) select * from a', 'insert into t values (1)', 'update t set a = 1', 'delete from t',
      'values (1)', 'table t', 'begin', 'start transaction', 'commit', 'end', 'rollback', 'abort', 'savepoint a', 'release a',
      'show search_path', 'vacuum t', 'analyze t', 'lock table t'])
      expect(mayChangeSchema(s), s).toBe(false);
  });
  it('anything else may change it: DDL in any case or behind a comment, settings, prepared transactions ended', () => {
    for (const s of ['create table t (a int)', 'ALTER TABLE t ADD b int', '/* c */ drop table t', '-- c\ncreate index on t (a)',
      'set search_path to x', 'commit prepared $1', 'rollback prepared $1', 'prepare transaction $1', 'do $$ begin end $$', 'start'])
      expect(mayChangeSchema(s), s).toBe(true);
  });
  it('a transaction mark writes no table and keeps the schema; a prepared transaction ended may have done either', () => {
    for (const s of ['begin', 'start transaction', 'savepoint a', 'release savepoint a', 'commit', 'end']) {
      expect(writtenTables(s), s).toEqual([]);
      expect(mayChangeSchema(s), s).toBe(false);
    }
    for (const s of ['commit prepared $1', 'rollback prepared $1']) {
      expect(writtenTables(s), s).toBe('all');
      expect(mayChangeSchema(s), s).toBe(true);
    }
  });
  it('a statement in parentheses is read for the tables it names', () => {
    expect(writtenTables('((select 1))')).toEqual([]);
    expect(writtenTables('(with e as (delete from leases returning 1) select * from e)')).toEqual(['leases']);
  });
});
