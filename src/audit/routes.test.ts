// An administrator checks the audit chain in the web: what is wrong at each place it breaks is said in
// the reader's language (issue #17), the entry numbers unchanged; the CLI and the logs keep English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { engines } from '../../test/support/store.js';
import { appWith, type AppWorld } from '../../test/support/app.js';
import { transaction } from '../db/transaction.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from './service.js';
import { m } from './messages.js';

describe.each(engines)('GET /api/audit/verify on %s', (engine) => {
  let world: AppWorld;
  beforeAll(async () => {
    world = await appWith(engine, [{ key: 'admin', name: 'Chain Keeper', roles: ['admin'] }]);
    for (let i = 0; i < 3; i++) await transaction(world.store.db, (tx) => audit.record(tx, localOperator('ZA'), 'test.event', `s${i}`, { i }));
  });
  afterAll(async () => {
    await world.app.close();
    await world.store.close();
  });

  it('says where the chain breaks in French, Russian and English, the same places', async () => {
    const [last] = await audit.list(world.store.db, SYSTEM, { limit: 1, action: 'test.event' });
    const seq = last!.seq - 1;
    await sql`update audit_log set details = ${JSON.stringify({ i: 99 })}::jsonb where seq = ${seq}`.execute(world.store.db);
    const said = async (lang: string) => {
      const res = await world.app.inject({ url: '/api/audit/verify', headers: { ...world.bearer('admin'), 'accept-language': lang } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-language']).toBe(lang);
      return (res.json() as { problems: { seq: number; problem: string }[] }).problems;
    };
    expect(await said('fr')).toEqual([{ seq, problem: m.catalogue['problem.hash'].fr }]);
    expect(await said('ru')).toEqual([{ seq, problem: m.catalogue['problem.hash'].ru }]);
    expect(await said('en')).toEqual([{ seq, problem: 'content does not match its hash (the entry was altered)' }]);
  });
});
