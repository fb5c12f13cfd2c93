// Public verification keeps what cannot change (issue 18, goal 2): a look-up reads the store once; the
// document, the log's root and the verdict are kept by the process, and a cancellation, a confirmation or a
// key revocation committed through another process shows at the very next look-up. On PGlite (a second
// store object on the same database stands for another process: its own kept documents and verdicts) and
// on PostgreSQL (a second store opened on the same database, its own pool).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { zaToIndia } from '../../test/support/certificates.js';
import { engines, twoStores } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { PUBLIC, localOperator } from '../auth/model.js';
import { lookUp } from './lookup.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';

const request = () => zaToIndia();
const ZA = localOperator('ZA');
const IN = localOperator('IN');
const admin = localOperator();

/** The store with every query it runs counted (a store object of its own: its own kept look-ups). */
function counted(s: Store): { store: Store; queries: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { store: { ...s, db: s.db.withPlugin(plugin), close: async () => {} }, queries: () => n };
}

describe.each(engines)('public look-ups keep what cannot change, on %s', (engine) => {
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    [a, b] = await twoStores(engine);
    const masterKey = randomBytes(32);
    service.configure(a, { masterKey });
    service.configure(b, { masterKey });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('reads the store once per look-up, cold or kept, and answers as the full verification does', async () => {
    const issued = await service.issueWithCode(a, ZA, request());
    const number = issued.certificate.number;
    const { store, queries } = counted(a);
    const cold = await lookUp(store, PUBLIC, number);
    expect(queries()).toBe(1);
    const kept = await lookUp(store, PUBLIC, number);
    // read again on PostgreSQL (other processes write unseen); on the embedded store, which one process
    // serves, not while nothing was written since (writeMark)
    expect(queries()).toBe(engine === 'pglite' ? 1 : 2);
    expect(kept).toEqual({ ...cold, checkedAt: kept.checkedAt });
    expect(cold).toMatchObject({ verdict: 'genuine', valid: true, issuer: 'ZA' });
    // the verdict is the one verifyDocument gives from the store, query by query
    expect((await onlineVerification.verifyNumber(a, number)).reason).toBe((await lookUp(store, ZA, number)).reason);
    const holder = await lookUp(store, PUBLIC, number, { code: issued.verificationCode });
    expect(holder).toMatchObject({ disclosure: 'holder', verdict: 'genuine', confirmed: false });
    expect(await lookUp(store, PUBLIC, 'ZA-1999-000001')).toMatchObject({ verdict: 'not-in-log', valid: false });
  });

  it('on the embedded store, reads again after any write, wherever it was made: through Kysely, in a transaction, or raw', async () => {
    if (engine !== 'pglite') return;
    const issued = await service.issue(a, ZA, request());
    const { store, queries } = counted(a);
    await lookUp(store, PUBLIC, issued.number);
    await lookUp(store, PUBLIC, issued.number);
    expect(queries()).toBe(1);
    // a write that has nothing to do with it still makes the next look-up read
    await a.db.insertInto('rate_limit_counts').values({ client: 'x', bucket: 'y', window_start: new Date(), count: 1 }).execute();
    await lookUp(store, PUBLIC, issued.number);
    expect(queries()).toBe(2);
    await a.execScript("delete from rate_limit_counts where client = 'x'");
    await lookUp(store, PUBLIC, issued.number);
    expect(queries()).toBe(3);
    // a cancellation in a transaction, and a failed write: read again after each
    await service.cancel(a, ZA, issued.number, { reason: 'lost' });
    expect(await lookUp(store, PUBLIC, issued.number)).toMatchObject({ verdict: 'cancelled' });
    expect(queries()).toBe(4);
    await expect(a.db.insertInto('rate_limit_counts').values({ client: 'x', bucket: 'y', window_start: 'not a time' as never, count: 1 }).execute()).rejects.toThrow();
    await lookUp(store, PUBLIC, issued.number);
    expect(queries()).toBe(5);
  });

  it('a cancellation committed through another process is never answered genuine after it', async () => {
    const issued = await service.issue(a, ZA, request());
    expect(await lookUp(a, PUBLIC, issued.number)).toMatchObject({ verdict: 'genuine' });
    expect(await lookUp(a, PUBLIC, issued.number)).toMatchObject({ verdict: 'genuine' });
    await service.cancel(b, ZA, issued.number, { reason: 'lost', note: 'stolen in transit' });
    expect(await lookUp(a, PUBLIC, issued.number)).toMatchObject({ verdict: 'cancelled', valid: false });
    expect(await lookUp(a, ZA, issued.number)).toMatchObject({ verdict: 'cancelled', cancellation: { reason: 'lost', note: 'stolen in transit' } });
  });

  it('reads many look-ups asked at once together, one statement for all, and each sees what was committed before it was asked', async () => {
    const issued = await service.issueAll(a, ZA, [request(), request(), request()]);
    const numbers = issued.map((c) => c.number);
    const { store, queries } = counted(a);
    // cold, each number asked twice, and one the store does not hold
    const cold = await Promise.all([...numbers, ...numbers, 'ZA-1999-000002'].map((n) => lookUp(store, PUBLIC, n)));
    expect(queries()).toBe(1);
    expect(cold.map((l) => l.verdict)).toEqual(['genuine', 'genuine', 'genuine', 'genuine', 'genuine', 'genuine', 'not-in-log']);
    expect(cold.map((l) => l.number)).toEqual([...numbers, ...numbers, 'ZA-1999-000002']);
    // a cancellation and a confirmation committed through the other process before the look-ups are asked
    await service.cancel(b, ZA, numbers[0]!, { reason: 'lost' });
    await service.confirm(b, IN, numbers[1]!, { parcels: 2, carats: 125.5, sealsIntact: true });
    const after = await Promise.all([...numbers, numbers[0]!].map((n) => lookUp(store, IN, n)));
    expect(queries()).toBe(2);
    expect(after.map((l) => [l.verdict, l.confirmed])).toEqual([['cancelled', false], ['genuine', true], ['genuine', false], ['cancelled', false]]);
  });

  it('a confirmation, a replacement and a key revocation made through another process show at the next look-up', async () => {
    const issued = await service.issueWithCode(a, ZA, request());
    const number = issued.certificate.number;
    const code = issued.verificationCode;
    expect(await lookUp(a, PUBLIC, number, { code })).toMatchObject({ verdict: 'genuine', confirmed: false });
    await service.confirm(b, IN, number, { parcels: 3, carats: 1234.56, sealsIntact: true });
    expect(await lookUp(a, PUBLIC, number, { code })).toMatchObject({ verdict: 'genuine', confirmed: true });
    expect(await lookUp(a, IN, number)).toMatchObject({ confirmation: { participant: 'IN', parcels: 3, carats: 1234.56, sealsIntact: true, flagged: false } });

    // a certificate named later as the replacement of a cancelled one says so at once
    const original = await service.issue(a, ZA, request());
    const replacement = await service.issue(a, ZA, request());
    expect(await lookUp(a, PUBLIC, replacement.number)).not.toHaveProperty('replaces');
    await service.cancel(b, ZA, original.number, { reason: 'replaced', replacedBy: replacement.number });
    expect(await lookUp(a, PUBLIC, replacement.number)).toMatchObject({ verdict: 'genuine', replaces: original.number });
    expect(await lookUp(a, PUBLIC, original.number)).toMatchObject({ verdict: 'cancelled', replacedBy: replacement.number });

    // the key revoked from before the certificate's date, through the other process
    const signed = await service.issue(a, ZA, request());
    expect(await lookUp(a, PUBLIC, signed.number)).toMatchObject({ verdict: 'genuine' });
    await service.revokeKey(b, admin, signed.issuer.keyId, { at: new Date(Date.parse(signed.issuedAt) - 1).toISOString(), reason: 'key stolen' });
    expect(await lookUp(a, PUBLIC, signed.number)).toMatchObject({ verdict: 'revoked-key', valid: false });
  });
});
