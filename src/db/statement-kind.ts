// What a statement is, read once from its first words. The embedded store asks it twice for every
// statement: whether it may write tables it does not name (the write count, pglite-dialect.ts) and whether
// it may change the schema under what is prepared (pglite-statements.ts). Both answer from this one
// reading, so a statement cannot be a harmless kind for one and another kind for the other.

/**
 * The statement's leading keyword, lower case, after any opening parentheses; the two-word forms that
 * differ from the one word are given whole: `start transaction`, `commit prepared`, `rollback prepared`
 * (which end another, prepared transaction: what it wrote or changed is not this session's to know).
 * Empty when the text begins with anything else (a comment, a quoted name, nothing).
 */
export function leadingKeyword(sql: string): string {
  const m = /^\s*(?:\(\s*)*([a-z]+)\b(?:\s+(transaction|prepared)\b)?/i.exec(sql);
  if (!m) return '';
  const first = m[1]!.toLowerCase();
  const second = m[2]?.toLowerCase();
  // a comment where the second word would be (`commit/**/prepared 'x'` is COMMIT PREPARED): unknown
  if (second === undefined && TWO_WORDS.has(first) && /^\s*(?:--|\/\*)/.test(sql.slice(m[0].length))) return '';
  if (first === 'start' && second === 'transaction') return 'start transaction';
  if ((first === 'commit' || first === 'rollback') && second === 'prepared') return `${first} prepared`;
  return first;
}

/** first words of the two-word forms */
const TWO_WORDS: ReadonlySet<string> = new Set(['start', 'commit', 'rollback']);

/** Statements that begin or end a transaction or mark a point in it, and write nothing themselves. */
export const TRANSACTION_MARKS: ReadonlySet<string> = new Set(['begin', 'start transaction', 'savepoint', 'release', 'commit', 'end']);

/** Statements whose text names the tables they write (insert into, update, delete from), if any. */
export const DATA_STATEMENTS: ReadonlySet<string> = new Set(['select', 'with', 'insert', 'update', 'delete']);

/**
 * Statements that leave the schema as it is. Any other may change it (DDL, SET search_path, DDL behind a
 * leading comment, the end of a prepared transaction that held DDL): a statement prepared before may
 * describe what no longer is, and PostgreSQL would convert its parameters from their old types
 * (test/attack/prepared-statements.test.ts).
 */
const KEEPS_SCHEMA: ReadonlySet<string> = new Set([
  ...DATA_STATEMENTS,
  ...TRANSACTION_MARKS,
  'values',
  'table',
  'rollback',
  'abort',
  'show',
  'vacuum',
  'analyze',
  'lock',
]);

/**
 * What a statement of those kinds may still call to change what its names mean: set_config (search_path,
 * as SET does; also through an update of pg_settings), and the functions that run a query given as text
 * (query_to_xml…, ts_stat, ts_rewrite), whose text may spell set_config with escapes; a U&"…" name may
 * spell any of them.
 */
const CHANGES_SETTINGS = /\b(?:set_config|pg_settings|query_to_xml\w*|ts_stat|ts_rewrite)\b|\bu&"/i;

/** Whether a statement may change the schema (anything not known to leave it as it is). */
export function mayChangeSchema(sql: string): boolean {
  return !KEEPS_SCHEMA.has(leadingKeyword(sql)) || CHANGES_SETTINGS.test(sql);
}
