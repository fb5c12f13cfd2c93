// Several servers on one store: a Participant suspended through one process after another process
// checked an issuance request must not get that certificate. The issuing transaction reads the
// issuer's standing again from the store (never from a registry held in memory).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import { today } from '../core/time.js';
import { issuePrepared, prepare } from './issuance.js';

const request = () => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Mumbai Diamond House', address: 'Opera House, Mumbai', country: 'IN' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1234.56, valueUsd: 987654.32 }],
  parcels: 3,
});

describe.each(engines)('the issuer’s standing inside the issuing transaction on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  it('a request checked before the issuer was suspended is refused when it is written, and nothing is written', async () => {
    const ZA = localOperator('ZA');
    const job = await prepare(store, ZA, request(), {}, 'certificates.issue');
    // another process suspends ZA from today, between the check and the write (straight in the store:
    // this process's registry in memory has not seen it)
    const day = today();
    await sql`update participant_status set valid_to = ${day} where participant = 'ZA' and valid_to is null`.execute(store.db);
    await sql`insert into participant_status (participant, id, status, valid_from, basis) values ('ZA', gen_random_uuid(), 'suspended', ${day}, 'test: suspended by another process')`.execute(store.db);
    const before = await store.db.selectFrom('certificates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(issuePrepared(store, ZA, [job], 'test')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('ZA is no longer in good standing (suspended)') });
    const after = await store.db.selectFrom('certificates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
