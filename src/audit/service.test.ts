import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from './service.js';

describe.each(engines)('the audit chain on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    for (let i = 0; i < 5; i++) await transaction(store.db, (tx) => audit.record(tx, localOperator('ZA'), 'test.event', `s${i}`, { i }));
  });
  afterAll(() => store.close());

  it('records who, as which Participant, what and when, chained', async () => {
    const entries = await audit.list(store.db, SYSTEM, { limit: 5 });
    expect(entries.map((e) => e.subject)).toEqual(['s4', 's3', 's2', 's1', 's0']);
    expect(entries[0]).toMatchObject({ actorName: 'local operator as ZA authority', actingFor: 'ZA', action: 'test.event', details: { i: 4 } });
    expect(entries[0]!.prevHash).toBe(entries[1]!.hash);
    expect((await audit.verifyChain(store.db)).problems).toEqual([]);
  });

  it('is readable by administrators only', async () => {
    await expect(audit.list(store.db, localOperator('ZA'), {})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('rolls back with the change it records', async () => {
    const before = (await audit.verifyChain(store.db)).entries;
    await expect(
      transaction(store.db, async (tx) => {
        await audit.record(tx, SYSTEM, 'test.doomed', null);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await audit.verifyChain(store.db)).entries).toBe(before);
  });

  it('detects an altered entry, then a deleted one', async () => {
    const [target] = await audit.list(store.db, SYSTEM, { limit: 1, action: 'test.event' });
    const seq = target!.seq - 2;
    await sql`update audit_log set details = ${JSON.stringify({ i: 99 })}::jsonb where seq = ${seq}`.execute(store.db);
    const altered = await audit.verifyChain(store.db);
    expect(altered.problems).toEqual([{ seq, problem: expect.stringContaining('altered') }]);

    await sql`delete from audit_log where seq = ${seq}`.execute(store.db);
    const deleted = await audit.verifyChain(store.db);
    expect(deleted.problems.map((p) => p.seq)).toContain(seq + 1);
    expect(deleted.problems.some((p) => p.problem.includes('deleted'))).toBe(true);
  });
});
