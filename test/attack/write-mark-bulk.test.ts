// ATTACK (write mark, bulk paths): look-ups and the trust list asked between the batches of a bulk
// issuance (pipeline.ts composes the next batch on a worker thread while the store writes this one), and
// after a historical issuance that back-dates a key. On the embedded store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { freshStore } from '../support/store.js';
import { zaToIndia } from '../support/certificates.js';
import type { Store } from '../../src/db/store.js';
import { PUBLIC, SYSTEM, localOperator } from '../../src/auth/model.js';
import { lookUp } from '../../src/certificates/lookup.js';
import { servedTrustList } from '../../src/certificates/trust.js';
import { issueBulk, issueBulkInBatches } from '../../src/certificates/bulk.js';
import * as service from '../../src/certificates/service.js';

const ZA = localOperator('ZA');

describe('ATTACK: stale answers around bulk issuance (embedded store)', () => {
  let s: Store;
  beforeAll(async () => {
    s = await freshStore('pglite');
    service.configure(s, { masterKey: randomBytes(32) });
  });
  afterAll(() => s.close());

  it('holds: a historical issuance back-dating ZA\'s key is in the next trust list served, not the one kept', async () => {
    await service.issue(s, ZA, zaToIndia());
    await servedTrustList(s);
    const before = await servedTrustList(s);
    const keyId = before.list.keys.find((k) => k.owner === 'ZA')!.keyId;
    const fromBefore = before.list.keys.find((k) => k.keyId === keyId)!.validFrom;
    await issueBulk(s, SYSTEM, [{ actor: ZA, request: zaToIndia(), on: '2006-05-02' }], 'attack: history');
    const after = await servedTrustList(s);
    expect(after.etag).not.toBe(before.etag);
    const zaKeys = after.list.keys.filter((k) => k.owner === 'ZA');
    expect(zaKeys.some((k) => k.validFrom < fromBefore)).toBe(true);
  });

  it('holds: between batches (onBatch), a cancellation of a certificate of an earlier batch shows at once; look-ups of each batch genuine', async () => {
    const requests = Array.from({ length: 6 }, () => ({ actor: ZA, request: zaToIndia() }));
    const numbers: string[] = [];
    const seen: string[] = [];
    await issueBulkInBatches(s, SYSTEM, requests, 'attack: batches', {
      batchSize: 2,
      onBatch: async (docs, index) => {
        for (const d of docs) {
          numbers.push(d.number);
          seen.push((await lookUp(s, PUBLIC, d.number)).verdict);
          seen.push((await lookUp(s, PUBLIC, d.number)).verdict);
        }
        if (index === 1) {
          await service.cancel(s, ZA, numbers[0]!, { reason: 'lost' });
          seen.push(`after-cancel:${(await lookUp(s, PUBLIC, numbers[0]!)).verdict}`);
        }
      },
    });
    expect(seen.filter((v) => !v.startsWith('after')).every((v) => v === 'genuine')).toBe(true);
    expect(seen).toContain('after-cancel:cancelled');
    expect((await lookUp(s, PUBLIC, numbers[0]!)).verdict).toBe('cancelled');
    expect((await lookUp(s, PUBLIC, numbers[5]!)).verdict).toBe('genuine');
  });
});
