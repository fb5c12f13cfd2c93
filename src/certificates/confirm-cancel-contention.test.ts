// Confirmations and cancellations under contention (#19): they run in READ COMMITTED behind row locks
// taken in a fixed order (the log head, then the certificates), as issuance does, so that racing
// writers wait for each other instead of failing to serialize. For every certificate, its importer
// confirms it while its issuer cancels it and other certificates are issued, all at once (on
// PostgreSQL through two pools, as two processes): every request is answered — done, or refused as a
// conflict because the other came first — never "overloaded", and no transaction had to be retried
// (under SERIALIZABLE they were, and could run out of retries); exactly one of the two holds per
// certificate; the log counts each event once.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, processStores } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import { KpcsError } from '../core/errors.js';
import { retried } from '../db/transaction.js';
import type { CertificateRequest } from './model.js';
import * as service from './service.js';

const request = (carats: number): CertificateRequest => ({
  exporter: { name: 'Mine Ltd', address: '1 Main Road', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats, valueUsd: 9000 }],
  parcels: 1,
});

const ZA = localOperator('ZA');
const EU = localOperator('EU');

describe.each(engines)('confirmations and cancellations racing on %s', (engine) => {
  const stores: Store[] = [];
  beforeAll(async () => {
    stores.push(...(await processStores(engine)));
    const masterKey = randomBytes(32);
    for (const s of stores) service.configure(s, { masterKey });
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('answers every confirmation and cancellation (done or conflict, never overloaded), one of the two per certificate', { timeout: 120_000 }, async () => {
    const issued = await service.issueAll(stores[0]!, ZA, Array.from({ length: 12 }, (_, i) => request(100 + i)));
    const numbers = issued.map((c) => c.number);
    const at = (i: number) => stores[i % stores.length]!;
    const retriedBefore = retried.count;
    const outcome = (p: Promise<unknown>) => p.then(() => 'done', (e: unknown) => (e instanceof KpcsError ? e.code : `error: ${(e as Error).message}`));
    const work = numbers.flatMap((n, i) => [
      outcome(service.confirm(at(i), EU, n, { parcels: 1, carats: 100 + i, sealsIntact: true })).then((o) => ({ n, op: 'confirm', o })),
      outcome(service.cancel(at(i + 1), ZA, n, { reason: 'error' })).then((o) => ({ n, op: 'cancel', o })),
    ]);
    // issuance at the same time, on the same log head
    const more = Array.from({ length: 6 }, (_, i) => outcome(service.issue(at(i), ZA, request(500 + i))));
    const results = await Promise.all(work);
    expect(await Promise.all(more)).toEqual(Array(6).fill('done'));
    // no writer collided with another and had to start again: each waited for the locks instead
    expect(retried.count - retriedBefore).toBe(0);
    expect(results.filter((r) => !['done', 'conflict'].includes(r.o))).toEqual([]);
    for (const n of numbers) {
      const mine = results.filter((r) => r.n === n);
      expect(mine.filter((r) => r.o === 'done'), n).toHaveLength(1);
    }
    const db = stores[0]!.db;
    const confirmed = await db.selectFrom('certificate_confirmations').select('certificate_number').where('certificate_number', 'in', numbers).execute();
    const cancelled = await db.selectFrom('certificates').select('number').where('number', 'in', numbers).where('cancelled_at', 'is not', null).execute();
    expect(confirmed.length + cancelled.length).toBe(numbers.length);
    expect(confirmed.length).toBe(results.filter((r) => r.op === 'confirm' && r.o === 'done').length);
    // nothing both confirmed and cancelled
    const both = new Set(confirmed.map((c) => c.certificate_number));
    expect(cancelled.filter((c) => both.has(c.number))).toEqual([]);
    // the log: one entry per confirmation or cancellation that was done, and its head counts every entry
    const events = await db.selectFrom('log_entries').select(['number', 'event']).where('number', 'in', numbers).where('event', '!=', 'issued').execute();
    expect(events.filter((e) => e.event === 'confirmed').map((e) => e.number).sort()).toEqual(confirmed.map((c) => c.certificate_number).sort());
    expect(events.filter((e) => e.event === 'cancelled').map((e) => e.number).sort()).toEqual(cancelled.map((c) => c.number).sort());
    const head = await db.selectFrom('log_head').select('size').executeTakeFirstOrThrow();
    const all = await db.selectFrom('log_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(all.n)).toBe(Number(head.size));
  });
});
