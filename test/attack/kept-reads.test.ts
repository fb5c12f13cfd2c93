// ATTACK (reads kept on the embedded store while their tables are unwritten, src/db/kept.ts): the bearer
// token's actor (api_tokens, users), the company register (companies) and the stock-report settings
// (stock_report_settings) are no longer read at every request on PGlite. Each test here uses a token or
// issues first (so something is kept), then changes the store through some path, then asks again: a
// request that still passes after the change used a stale actor or rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { appWith, type AppWorld } from '../support/app.js';
import { updateUser } from '../../src/accounts/service.js';
import { SYSTEM, localOperator } from '../../src/auth/model.js';
import * as companies from '../../src/companies/service.js';
import { transaction } from '../../src/db/transaction.js';

const request = (exporter = 'Kimberley Mines (Pty) Ltd') => ({
  exporter: { name: exporter, address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 12.5, valueUsd: 6_100 }],
  parcels: 1,
});

describe('ATTACK: stale actors and rules from reads kept on the embedded store', () => {
  let w: AppWorld;
  const issue = (who: string, exporter?: string) => w.app.inject({ method: 'POST', url: '/api/certificates', headers: w.bearer(who), payload: request(exporter) });
  const me = async (who: string) => w.app.inject({ url: '/api/session', headers: w.bearer(who) });

  beforeAll(async () => {
    w = await appWith('pglite', [{ key: 'admin', name: 'Admin', roles: ['admin'] }, ['a', 'ZA', ['officer']], ['b', 'ZA', ['officer']], ['c', 'ZA', ['officer']], ['d', 'ZA', ['officer']], ['e', 'ZA', ['officer']]], {});
  });
  afterAll(() => w.close());

  it('tokens revoked, a user disabled, roles taken away: refused at the very next request', async () => {
    expect((await issue('a')).statusCode).toBe(201);
    expect((await issue('a')).statusCode).toBe(201);
    // through the API, as an administrator does (this alone answered 500 before: an update with nothing to set)
    const revoked = await w.app.inject({ method: 'PATCH', url: `/api/users/${w.people.a!.id}`, headers: w.bearer('admin'), payload: { revokeTokens: true } });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await issue('a')).statusCode).toBe(401);

    expect((await me('b')).statusCode).toBe(200);
    await updateUser(w.store.db, SYSTEM, w.people.b!.id, { disabled: true });
    expect((await me('b')).statusCode).toBe(401);

    expect((await issue('c')).statusCode).toBe(201);
    await updateUser(w.store.db, SYSTEM, w.people.c!.id, { roles: ['customs'] });
    expect((await issue('c')).statusCode).toBe(403);
    expect((await me('c')).json().user).toMatchObject({ roles: ['customs'] });
  });

  it('a revocation written as raw SQL holds at once; one rolled back leaves the token working (and read again)', async () => {
    expect((await me('d')).statusCode).toBe(200);
    await transaction(w.store.db, async (tx) => {
      await sql`update api_tokens set revoked_at = now() where user_id = ${w.people.d!.id}`.execute(tx);
      throw new Error('changed my mind');
    }).catch(() => {});
    expect((await me('d')).statusCode).toBe(200);
    await sql`update api_tokens set revoked_at = now() where user_id = ${w.people.d!.id}`.execute(w.store.db);
    expect((await me('d')).statusCode).toBe(401);
  });

  it('a licence suspended, and a company registered that makes the Participant keep a register: the next issuance is judged by it', async () => {
    expect((await issue('e', 'Lucara Diamonds')).statusCode).toBe(201);
    // the first company registered: from now on only registered names may export
    await companies.add(w.store.db, localOperator('ZA'), { participant: 'ZA', licence: 'ZA-L-0001', name: 'Lucara Diamonds', validFrom: '2000-01-01' });
    const unknown = await issue('e', 'Nobody Mining');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details).toEqual([expect.objectContaining({ path: 'exporter.name' })]);
    expect((await issue('e', 'Lucara Diamonds')).statusCode).toBe(201);
    await companies.suspend(w.store.db, localOperator('ZA'), 'ZA', 'ZA-L-0001', 'records not kept');
    const suspended = await issue('e', 'Lucara Diamonds');
    expect(suspended.statusCode).toBe(400);
    expect(suspended.json().details[0].message).toContain('suspended');
  });

  it('held: the stock-report settings: withholding set through the service refuses the next issuance; cleared by raw SQL, the next one passes', async () => {
    const { setReportingSettings } = await import('../../src/companies/stock.js');
    await companies.add(w.store.db, localOperator('ZA'), { participant: 'ZA', licence: 'ZA-L-0002', name: 'Orapa Stones', validFrom: '2000-01-01' });
    // no settings yet: what is kept is that there are none
    expect((await issue('e', 'Orapa Stones')).statusCode).toBe(201);
    expect((await issue('e', 'Orapa Stones')).statusCode).toBe(201);
    await setReportingSettings(w.store.db, w.people.e!.actor, { participant: 'ZA', periodMonths: 1, graceDays: 0, requiredFrom: '2001-01-01', withhold: true });
    const withheld = await issue('e', 'Orapa Stones');
    expect(withheld.statusCode, withheld.body).toBe(409);
    await sql`update stock_report_settings set withhold = false where participant = ${'ZA'}`.execute(w.store.db);
    expect((await issue('e', 'Orapa Stones')).statusCode).toBe(201);
    await sql`update stock_report_settings set withhold = true where participant = ${'ZA'}`.execute(w.store.db);
    expect((await issue('e', 'Orapa Stones')).statusCode).toBe(409);
    await sql`delete from stock_report_settings`.execute(w.store.db);
    expect((await issue('e', 'Orapa Stones')).statusCode).toBe(201);
  });

  it('BLIND: a revocation written through the PGlite object itself (not through the store) is not seen until the next write', async () => {
    const { token } = await import('../../src/accounts/service.js').then((s) => s.issueToken(w.store.db, SYSTEM, w.people.e!.id));
    const headers = { authorization: `Bearer ${token}` };
    expect((await w.app.inject({ url: '/api/session', headers })).statusCode).toBe(200);
    await w.store.pglite!.query('update api_tokens set revoked_at = now() where user_id = $1', [w.people.e!.id]);
    expect((await w.app.inject({ url: '/api/session', headers })).statusCode).toBe(200);
    // any write to the tokens or users through the store ends it
    await sql`update users set name = name where id = ${w.people.e!.id}`.execute(w.store.db);
    expect((await w.app.inject({ url: '/api/session', headers })).statusCode).toBe(401);
  });
});
