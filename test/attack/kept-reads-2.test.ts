// ATTACK (reads kept on the embedded store, src/db/kept.ts; the writes counted per table, writtenTables
// in src/db/pglite-dialect.ts), second part (kept-reads.test.ts grew): SQL that writes a kept table
// without naming it the way writtenTables reads names, transactions PostgreSQL ends otherwise than they
// say, reads racing writes, the session path, and what a caller could do to the cache itself. Each
// test keeps something first (a token used twice), then changes the store, then asks again: a request
// that still passes after the change was served a stale actor.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql, type RawBuilder } from 'kysely';
import type { InjectOptions } from 'fastify';
import { appWith, type AppWorld } from '../support/app.js';
import { actorFromToken, createUser, issueToken, updateUser } from '../../src/accounts/service.js';
import { SYSTEM, localOperator } from '../../src/auth/model.js';
import * as companies from '../../src/companies/service.js';
import * as companyStore from '../../src/companies/store.js';
import { nameKey } from '../../src/companies/model.js';
import { writtenTables } from '../../src/db/pglite-dialect.js';
import { transaction } from '../../src/db/transaction.js';
import { PreparedStatements } from '../../src/db/pglite-statements.js';

describe('ATTACK: a kept table written by SQL writtenTables did not read as writing it', () => {
  let w: AppWorld;
  let user: string;
  const session = (token: string) => w.app.inject({ url: '/api/session', headers: { authorization: `Bearer ${token}` } });
  /** a new token of the user, used twice (so its actor is kept) */
  const keptToken = async () => {
    const { token } = await issueToken(w.store.db, SYSTEM, user);
    expect((await session(token)).statusCode).toBe(200);
    expect((await session(token)).statusCode).toBe(200);
    return token;
  };

  beforeAll(async () => {
    w = await appWith('pglite', [['x', 'ZA', ['officer']]]);
    user = w.people.x!.id;
  });
  afterAll(() => w.close());

  // each revokes the user's tokens (or disables the user); the token kept before must be refused at once
  const revocations: [string, (id: string) => RawBuilder<unknown>][] = [
    ['broke and mended: a /* comment */ between update and the table', (id) => sql`update /* c */ api_tokens set revoked_at = now() where user_id = ${id}`],
    ['broke and mended: a -- comment between update and the table', (id) => sql`update -- c\n api_tokens set revoked_at = now() where user_id = ${id}`],
    ['broke and mended: a comment between delete from and the table', (id) => sql`delete from/**/api_tokens where user_id = ${id}`],
    ['broke and mended: update only (table), the name in parentheses', (id) => sql`update only (api_tokens) set revoked_at = now() where user_id = ${id}`],
    ['broke and mended: a U&"…" name spelling the table with escapes', (id) => sql`update U&"\\0061pi_tokens" set revoked_at = now() where user_id = ${id}`],
    ['broke and mended: database.schema.table (three parts)', (id) => sql`update ${sql.raw('postgres')}.public.api_tokens set revoked_at = now() where user_id = ${id}`],
    ['held: upper case, quoted, schema-qualified with spaces, an alias', (id) => sql`UPDATE "public" . API_TOKENS as "t" set revoked_at = now() where "t".user_id = ${id}`],
    ['held: a data-modifying WITH before a select', (id) => sql`with r as (update api_tokens set revoked_at = now() where user_id = ${id} returning 1) select count(*) from r`],
    ['held: delete … using', (id) => sql`delete from api_tokens t using users u where t.user_id = u.id and u.id = ${id}`],
    ['held: update … from the other table', (id) => sql`update users u set disabled = true from api_tokens t where t.user_id = u.id and u.id = ${id}`],
    ['held: insert … on conflict do update', (id) => sql`insert into users (id, login, name, roles) select id, login, name, roles from users where id = ${id} on conflict (id) do update set disabled = true`],
    ['held: a quoted string (anything may be written)', (id) => sql`update api_tokens set revoked_at = now(), label = 'x' where user_id = ${id}`],
    // the eighth attacker's review (stop 37)
    ['broke and mended: update"api_tokens"set (a quoted name with no space after the keyword)', (id) => sql`update"api_tokens"set revoked_at = now() where user_id = ${id}`],
    ['broke and mended: delete from"api_tokens"', (id) => sql`delete from"api_tokens"where user_id = ${id}`],
    ['broke and mended: the same inside a data-modifying WITH', (id) => sql`with r as (update"public"."api_tokens"set revoked_at = now() where user_id = ${id} returning 1) select count(*) from r`],
    ['held: mixed case, parentheses around a WITH', (id) => sql`(WiTh r AS (UPDATE api_tokens SET revoked_at = now() WHERE user_id = ${id} RETURNING 1) SELECT count(*) FROM r)`],
    ['held: MERGE inside a WITH (PostgreSQL 17+) is read as writing anything (its "into")', (id) => sql`with m as (merge into api_tokens t using users u on t.user_id = u.id and u.id = ${id} when matched then update set revoked_at = now() returning 1) select count(*) from m`],
  ];

  for (const [label, revoke] of revocations) {
    it(`${label}: refused at the next request`, async () => {
      await sql`update users set disabled = false where id = ${user}`.execute(w.store.db);
      const token = await keptToken();
      const r = await revoke(user).execute(w.store.db);
      expect(Number(r.numAffectedRows || r.rows.length)).toBeGreaterThan(0);
      expect((await session(token)).statusCode).toBe(401);
    });
  }

  it('held (stop 37): the per-text cache of writtenTables (cleared at 512) still counts a revocation after 600 other texts', async () => {
    await sql`update users set disabled = false where id = ${user}`.execute(w.store.db);
    const token = await keptToken();
    const revoke = () => sql`update api_tokens set revoked_at = now() where user_id = ${user} and revoked_at is null`.execute(w.store.db);
    await revoke();
    expect((await session(token)).statusCode).toBe(401);
    for (let i = 0; i < 600; i++) await sql`update users set disabled = false where id = ${user} and ${sql.raw(String(i))} >= 0`.execute(w.store.db);
    const again = await keptToken();
    await revoke();
    expect((await session(again)).statusCode).toBe(401);
  });

  it('the upper-case one above is a write to another table ("API_TOKENS" quoted is not api_tokens): it fails, and the token works', async () => {
    await sql`update users set disabled = false where id = ${user}`.execute(w.store.db);
    const token = await keptToken();
    await expect(sql`UPDATE "API_TOKENS" set revoked_at = now() where user_id = ${user}`.execute(w.store.db)).rejects.toThrow(/does not exist/);
    expect((await session(token)).statusCode).toBe(200);
  });

  it('held: Kysely updateTable with an alias, truncate, and a script (execScript)', async () => {
    await sql`update users set disabled = false where id = ${user}`.execute(w.store.db);
    let token = await keptToken();
    await w.store.db.updateTable('api_tokens as t').set({ revoked_at: new Date() }).where('t.user_id', '=', user).execute();
    expect((await session(token)).statusCode).toBe(401);
    token = await keptToken();
    await w.store.execScript(`update api_tokens set revoked_at = now() where user_id = '${user}'`);
    expect((await session(token)).statusCode).toBe(401);
    token = await keptToken();
    await sql`truncate api_tokens`.execute(w.store.db);
    expect((await session(token)).statusCode).toBe(401);
  });

  it('held: two statements in one (a select first, so it passes for a read) are refused by PGlite', async () => {
    const token = await keptToken();
    await expect(sql`select 1; update api_tokens set revoked_at = now() where user_id = ${user}`.execute(w.store.db)).rejects.toThrow(/multiple commands/);
    await expect(sql.raw(`select 1; update api_tokens set revoked_at = now() where user_id = '${user}'`).execute(w.store.db)).rejects.toThrow(/multiple commands/);
    expect((await session(token)).statusCode).toBe(200);
  });

  it('held: a statement that fails midway writes nothing, the token still works (and is read again)', async () => {
    const token = await keptToken();
    await expect(sql`with r as (update api_tokens set revoked_at = now() where user_id = ${user} returning 1) select 1 / 0 from r`.execute(w.store.db)).rejects.toThrow(/division by zero/);
    expect((await session(token)).statusCode).toBe(200);
  });

  it('held: savepoints (raw SQL: the PGlite driver gives Kysely none): a revocation rolled back to a savepoint leaves the token working; one released and committed holds', async () => {
    let token = await keptToken();
    await transaction(w.store.db, async (tx) => {
      await sql`savepoint a`.execute(tx);
      await tx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('user_id', '=', user).execute();
      await sql`rollback to savepoint a`.execute(tx);
    });
    expect((await session(token)).statusCode).toBe(200);
    // a failed statement undone by a savepoint: the transaction goes on and commits what came before
    token = await keptToken();
    await transaction(w.store.db, async (tx) => {
      await tx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('user_id', '=', user).execute();
      await sql`savepoint a`.execute(tx);
      await expect(sql`select 1 / 0`.execute(tx)).rejects.toThrow(/division by zero/);
      await sql`rollback to savepoint a`.execute(tx);
      await sql`release savepoint a`.execute(tx);
    });
    expect((await session(token)).statusCode).toBe(401);
  });

  it('broke and mended: a COMMIT that PostgreSQL turns into a ROLLBACK (the transaction had failed) after a read kept what it had written', async () => {
    // a transaction begun by raw SQL on the store's own Db (nothing in src/ does this): the reads between
    // its statements run inside it, and are kept
    const token = await keptToken();
    await sql`begin`.execute(w.store.db);
    await sql`update users set roles = '{admin}' where id = ${user}`.execute(w.store.db);
    const during = await actorFromToken(w.store.db, token);
    expect(during.roles).toEqual(['admin']);
    // a statement fails (a read): the transaction is aborted; COMMIT answers without an error, and rolls back
    await expect(sql`select 1 / 0`.execute(w.store.db)).rejects.toThrow(/division by zero/);
    await sql`commit`.execute(w.store.db);
    expect((await w.store.db.selectFrom('users').select('roles').where('id', '=', user).executeTakeFirstOrThrow()).roles).toEqual(['officer']);
    // the actor kept inside the transaction is not given again
    expect((await actorFromToken(w.store.db, token)).roles).toEqual(['officer']);
    expect((await w.app.inject({ url: '/api/users', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(403);
  });

  it('BLIND: an update through a view writes the table under it, counted as a write to the view only', async () => {
    await sql`update users set disabled = false where id = ${user}`.execute(w.store.db);
    await sql`create view kpcs_attack_tokens as select * from api_tokens`.execute(w.store.db);
    const token = await keptToken();
    await sql`update kpcs_attack_tokens set revoked_at = now() where user_id = ${user}`.execute(w.store.db);
    expect((await w.store.db.selectFrom('api_tokens').select('revoked_at').where('user_id', '=', user).where('revoked_at', 'is', null).execute()).length).toBe(0);
    // stale: the token is revoked in the store and still served
    expect((await session(token)).statusCode).toBe(200);
    await sql`drop view kpcs_attack_tokens`.execute(w.store.db);
    expect((await session(token)).statusCode).toBe(401);
  });

  it('BLIND: a trigger on another table that writes a kept one: counted as a write to the other table only', async () => {
    await sql`update users set disabled = false where id = ${user}`.execute(w.store.db);
    await sql.raw(`create function kpcs_attack_revoke() returns trigger language plpgsql as $$ begin update api_tokens set revoked_at = now() where revoked_at is null; return new; end $$`).execute(w.store.db);
    await sql`create trigger kpcs_attack_revoke after update on leases for each statement execute function kpcs_attack_revoke()`.execute(w.store.db);
    const token = await keptToken();
    await sql`update leases set holder = holder`.execute(w.store.db);
    expect((await session(token)).statusCode).toBe(200);
    await sql`drop trigger kpcs_attack_revoke on leases`.execute(w.store.db);
    await sql`drop function kpcs_attack_revoke()`.execute(w.store.db);
    expect((await session(token)).statusCode).toBe(401);
  });

  it('the guard of the two blind spots above (and of cascades, rules, inheritance): the migrations make none', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../../src/db/migrations');
    const made = readdirSync(dir).filter((f) => /\bcreate\s+(or\s+replace\s+)?(materialized\s+)?(view|rule|trigger|constraint\s+trigger)\b|\bon\s+(delete|update)\s+(cascade|set\s+null|set\s+default)\b|\binherits\b|\bpartition\s+of\b/i.test(readFileSync(join(dir, f), 'utf8')));
    expect(made).toEqual([]);
  });

  it('writtenTables reads these as writing the table (or all)', () => {
    expect(writtenTables('update only(api_tokens) set a = $1')).toEqual(['api_tokens']);
    expect(writtenTables('update only ( "public"."api_tokens" ) set a = $1')).toEqual(['api_tokens']);
    expect(writtenTables('delete from "my.schema"."users" where id = $1')).toEqual(['users']);
    expect(writtenTables('insert into postgres . public . companies (a) values ($1)')).toEqual(['companies']);
    for (const s of ['update /**/users set a = $1', 'update users -- x\n set a = $1', 'update U&"\\0075sers" set a = $1', 'commit prepared $1', 'COMMIT PREPARED x']) expect(writtenTables(s), s).toBe('all');
    // an "only" that is the start of a name
    expect(writtenTables('update only_users set a = $1')).toEqual(['only_users']);
  });
});

describe('ATTACK: the mend above on a closed store', () => {
  it('held (was broken by the mend: the transaction state asked of a closed PGlite threw a TypeError): a query on a closed PGlite still fails with its own error', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { Kysely } = await import('kysely');
    const { PGliteDialect } = await import('../../src/db/pglite-dialect.js');
    const pg = new PGlite();
    const dialect = new PGliteDialect(pg);
    const db = new Kysely<unknown>({ dialect });
    await sql`select 1`.execute(db);
    await pg.close();
    const before = dialect.writes.all;
    await expect(sql`select 1`.execute(db)).rejects.toThrow('PGlite is closed');
    await expect(sql`update t set a = 1`.execute(db)).rejects.toThrow('PGlite is closed');
    // what it cannot say is counted as a write to all
    expect(dialect.writes.all).toBeGreaterThan(before);
  });
});

describe('ATTACK: reads racing writes, the session path, the cache itself', () => {
  let w: AppWorld;
  const session = (token: string) => w.app.inject({ url: '/api/session', headers: { authorization: `Bearer ${token}` } });
  const keptToken = async (who: string) => {
    const { token } = await issueToken(w.store.db, SYSTEM, w.people[who]!.id);
    expect((await session(token)).statusCode).toBe(200);
    expect((await session(token)).statusCode).toBe(200);
    return token;
  };

  beforeAll(async () => {
    w = await appWith('pglite', [{ key: 'admin', name: 'Admin', roles: ['admin'] }, ['r', 'ZA', ['officer']], ['s', 'ZA', ['officer']]]);
  });
  afterAll(() => w.close());

  it('held: requests that start while a revocation is open and answer after it ends: refused when it commits, served when it rolls back', async () => {
    for (const outcome of ['rollback', 'commit'] as const) {
      const token = await keptToken('r');
      let open!: () => void;
      const opened = new Promise<void>((r) => (open = r));
      let finish!: () => void;
      const gate = new Promise<void>((r) => (finish = r));
      const tx = transaction(w.store.db, async (t) => {
        await t.updateTable('api_tokens').set({ revoked_at: new Date() }).where('user_id', '=', w.people.r!.id).execute();
        open();
        await gate;
        if (outcome === 'rollback') throw new Error('undone');
      }).catch(() => {});
      await opened;
      const during = [session(token), session(token), actorFromToken(w.store.db, token).then(() => 200, () => 401)];
      await new Promise((r) => setTimeout(r, 20));
      finish();
      await tx;
      const want = outcome === 'commit' ? 401 : 200;
      expect((await Promise.all(during)).map((a) => (typeof a === 'number' ? a : a.statusCode))).toEqual([want, want, want]);
      expect((await session(token)).statusCode).toBe(want);
    }
  });

  it('held: the session path reads at every request (not kept): a user disabled is signed out at once, roles changed show at once', async () => {
    const u = await createUser(w.store.db, SYSTEM, { name: 'Web User', member: 'ZA', roles: ['officer'], password: 'a long password 1' });
    const login = await w.app.inject({ method: 'POST', url: '/api/session', payload: { login: 'web.user', password: 'a long password 1' } });
    expect(login.statusCode).toBe(200);
    const cookies = { kpcs_session: login.cookies.find((c) => c.name === 'kpcs_session')!.value };
    const query = vi.spyOn(PreparedStatements.prototype, 'query');
    try {
      for (let i = 0; i < 3; i++) expect((await w.app.inject({ url: '/api/session', cookies })).json().user.roles).toEqual(['officer']);
      expect(query.mock.calls.filter(([text]) => /from "sessions"/.test(String(text))).length).toBe(3);
    } finally {
      query.mockRestore();
    }
    await updateUser(w.store.db, SYSTEM, u.id, { roles: ['customs'] });
    expect((await w.app.inject({ url: '/api/session', cookies })).json().user.roles).toEqual(['customs']);
    await updateUser(w.store.db, SYSTEM, u.id, { disabled: true });
    expect((await w.app.inject({ url: '/api/session', cookies })).statusCode).toBe(401);
  });

  it('held: an unknown token is read at every request and never kept (no growth from guessed tokens); a known one is read once', async () => {
    const query = vi.spyOn(PreparedStatements.prototype, 'query');
    try {
      for (let i = 0; i < 20; i++) expect((await session(`kpcs_guess${i % 2}`)).statusCode).toBe(401);
      expect(query.mock.calls.filter(([text]) => /from "api_tokens"/.test(String(text))).length).toBe(20);
      query.mockClear();
      const token = await keptToken('s');
      query.mockClear();
      for (let i = 0; i < 5; i++) expect((await session(token)).statusCode).toBe(200);
      expect(query.mock.calls.filter(([text]) => /from "api_tokens"/.test(String(text))).length).toBe(0);
    } finally {
      query.mockRestore();
    }
  });

  it("held: a kept actor cannot be changed by one request for the next (frozen, its lists too); one token's actor is never another's", async () => {
    const a = await keptToken('r');
    const b = await keptToken('s');
    const actor = await actorFromToken(w.store.db, a);
    expect(() => (actor.roles as string[]).push('admin')).toThrow(TypeError);
    expect(() => ((actor as { participant: string | null }).participant = 'BW')).toThrow(TypeError);
    expect(() => (actor.groups as string[]).push('x')).toThrow(TypeError);
    expect(await actorFromToken(w.store.db, a)).toMatchObject({ userId: w.people.r!.id, participant: 'ZA', roles: ['officer'] });
    expect(await actorFromToken(w.store.db, b)).toMatchObject({ userId: w.people.s!.id });
    expect((await w.app.inject({ url: '/api/users', headers: { authorization: `Bearer ${a}` } })).statusCode).toBe(403);
  });

  it('held: register keys do not collide: the same name in two Participants, one suspended; a register kept on one day is not another day\'s', async () => {
    const ZA = localOperator('ZA');
    const BW = localOperator('BW');
    expect(await companyStore.keepsRegister(w.store.db, 'BW', '2001-01-01')).toBe(false);
    await companies.add(w.store.db, ZA, { participant: 'ZA', licence: 'ZA-L-9', name: 'Twin  Mining', validFrom: '2001-01-02' });
    await companies.add(w.store.db, BW, { participant: 'BW', licence: 'BW-L-9', name: 'Twin Mining', validFrom: '2001-01-01' });
    expect(await companyStore.keepsRegister(w.store.db, 'BW', '2001-01-01')).toBe(true);
    expect(await companyStore.keepsRegister(w.store.db, 'ZA', '2001-01-01')).toBe(false);
    expect(await companyStore.keepsRegister(w.store.db, 'ZA', '2001-01-02')).toBe(true);
    // a name key has no line break (white space collapsed): `${participant}\n${nameKey}` is one pair only
    expect(nameKey('ZA\nTwin\nMining')).toBe('za twin mining');
    expect((await companyStore.byName(w.store.db, 'ZA', nameKey('Twin Mining')))?.licence).toBe('ZA-L-9');
    expect((await companyStore.byName(w.store.db, 'BW', nameKey('twin mining')))?.licence).toBe('BW-L-9');
    expect(await companyStore.byName(w.store.db, 'ZA\ntwin', 'mining')).toBeUndefined();
    await companies.suspend(w.store.db, ZA, 'ZA', 'ZA-L-9', 'records not kept');
    expect((await companyStore.byName(w.store.db, 'ZA', nameKey('Twin Mining')))?.suspended_at).not.toBeNull();
    expect((await companyStore.byName(w.store.db, 'BW', nameKey('Twin Mining')))?.suspended_at).toBeNull();
    const row = await companyStore.byName(w.store.db, 'BW', nameKey('Twin Mining'));
    expect(Object.isFrozen(row)).toBe(true);
  });

  it('BLIND: a Date inside a kept row (a company, the stock settings) can still be changed in place (setTime): no code of src/ does it', async () => {
    const row = (await companyStore.byName(w.store.db, 'BW', nameKey('Twin Mining')))!;
    const at = row.registered_at.getTime();
    row.registered_at.setTime(0);
    expect((await companyStore.byName(w.store.db, 'BW', nameKey('Twin Mining')))!.registered_at.getTime()).toBe(0);
    row.registered_at.setTime(at);
  });
});

describe("ATTACK: security headers from helmet's middleware made once (was @fastify/helmet 13.2.0)", () => {
  it('held: every kind of answer carries all the headers helmet itself sets with these options, and no X-Powered-By', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { ServerResponse, IncomingMessage } = await import('node:http');
    const { Socket } = await import('node:net');
    const helmet = (await import('helmet')).default;
    const { freshStore } = await import('../support/store.js');
    const { buildServer } = await import('../../src/http/server.js');
    // what helmet's own middleware sets with the options of src/http/server.ts, on a bare response
    const req = new IncomingMessage(new Socket());
    const res = new ServerResponse(req);
    res.setHeader('x-powered-by', 'x');
    const options = { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'], connectSrc: ["'self'"], upgradeInsecureRequests: null } }, crossOriginEmbedderPolicy: false };
    helmet(options)(req, res, () => {});
    const want = Object.fromEntries(Object.entries(res.getHeaders()).map(([k, v]) => [k, String(v)]));
    expect(Object.keys(want).length).toBeGreaterThanOrEqual(12);
    expect(want['x-powered-by']).toBeUndefined();

    const web = mkdtempSync(join(tmpdir(), 'kpcs-attack-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>kpcs</title>');
    writeFileSync(join(web, 'app.js'), 'console.log(1)');
    const store = await freshStore('pglite');
    const app = await buildServer({ store, webDir: web });
    try {
      const etag = String((await app.inject({ url: '/app.js' })).headers.etag);
      const answers: [string, InjectOptions, number][] = [
        ['the web app', { url: '/' }, 200],
        ['a static file', { url: '/app.js' }, 200],
        ['a static file not modified', { url: '/app.js', headers: { 'if-none-match': etag } }, 304],
        ['a page of the web app (index.html)', { url: '/certificates/ZA-2006-000001' }, 200],
        ['HEAD of the web app', { method: 'HEAD', url: '/' }, 200],
        ['HEAD of the API', { method: 'HEAD', url: '/api/participants' }, 200],
        ['OPTIONS', { method: 'OPTIONS', url: '/api/participants' }, 404],
        ['a success', { url: '/api/participants' }, 200],
        ['a refusal', { url: '/api/users', headers: { authorization: 'Bearer kpcs_nobody' } }, 401],
        ['an unknown route', { url: '/api/no-such-route' }, 404],
        ['another method on the web app', { method: 'DELETE', url: '/' }, 404],
        ['a bad body', { method: 'POST', url: '/api/session', payload: '{"login":', headers: { 'content-type': 'application/json' } }, 400],
        ['an unknown media type', { method: 'POST', url: '/api/session', payload: 'x', headers: { 'content-type': 'text/weird' } }, 415],
        ['a body too large', { method: 'POST', url: '/api/session', payload: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } }, 413],
      ];
      for (const [what, request, status] of answers) {
        const a = await app.inject(request);
        expect(a.statusCode, what).toBe(status);
        expect(Object.fromEntries(Object.keys(want).map((k) => [k, a.headers[k]])), what).toEqual(want);
        expect(a.headers['x-powered-by'], what).toBeUndefined();
      }
      // the API documentation (Swagger UI, staticCSP) sets a CSP of its own, as it did under @fastify/helmet; the others stay
      for (const url of ['/docs/', '/docs/json']) {
        const docs = await app.inject({ url });
        expect(docs.statusCode, url).toBe(200);
        const { 'content-security-policy': _csp, ...rest } = want;
        expect(Object.fromEntries(Object.keys(rest).map((k) => [k, docs.headers[k]])), url).toEqual(rest);
        expect(String(docs.headers['content-security-policy']), url).toContain("default-src 'self'");
      }
    } finally {
      await app.close();
      await store.close();
    }
  });
});
