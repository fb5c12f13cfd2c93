// Issuance on the embedded store keeps what it read before a request joins its batch (issue 18, goal 1;
// src/db/kept.ts): the bearer token's actor, the company register, the stock-report settings. Those stay
// kept only while no statement may have written their tables, and a statement the driver cannot read
// for table names (a quoted string, a comment, DDL…) counts as writing every table. So every statement
// of an issuance, a confirmation and a cancellation must name the tables it writes: one that did not
// (the log append's decode(…, 'hex'), found by the bench) made each batch read all three again.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appWith, type AppWorld } from '../../test/support/app.js';
import { zaToIndia } from '../../test/support/certificates.js';
import { PreparedStatements } from '../db/pglite-statements.js';

describe('an issuance names every table it writes (the embedded store keeps its reads across batches)', () => {
  let w: AppWorld;
  const issue = () => w.app.inject({ method: 'POST', url: '/api/certificates', headers: w.bearer('za'), payload: zaToIndia() });
  /** the writes the driver could not name: each one makes every kept read stale */
  const unnamed = () => w.store.writes!.of([]);

  beforeAll(async () => {
    w = await appWith('pglite', [
      ['za', 'ZA', ['officer']],
      ['in', 'IN', ['officer']],
    ], {});
  });
  afterAll(() => w.close());

  it('issuing, confirming and cancelling through the API write only tables they name', async () => {
    const first = await issue();
    expect(first.statusCode).toBe(201);
    const before = unnamed();
    const issued = await Promise.all([issue(), issue(), issue()]);
    expect(issued.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const [a, b] = issued.map((r) => r.json<{ number: string }>().number);
    const confirmed = await w.app.inject({ method: 'POST', url: `/api/certificates/${a}/confirmation`, headers: w.bearer('in'), payload: { parcels: 3, carats: 1234.56, sealsIntact: true } });
    expect(confirmed.statusCode).toBe(201);
    const cancelled = await w.app.inject({ method: 'POST', url: `/api/certificates/${b}/cancellation`, headers: w.bearer('za'), payload: { reason: 'lost' } });
    expect(cancelled.statusCode).toBe(201);
    expect(unnamed()).toBe(before);
    // and the log those statements wrote is whole: one entry per event
    const entries = await w.app.inject({ url: '/api/log/entries?from=0' });
    expect(entries.json<{ entries: unknown[] }>().entries.length).toBe(6);
  });

  it('the next issuance reads neither the token, nor the register, nor the settings again', async () => {
    expect((await issue()).statusCode).toBe(201);
    const query = vi.spyOn(PreparedStatements.prototype, 'query');
    try {
      for (let i = 0; i < 3; i++) expect((await issue()).statusCode).toBe(201);
      const read = (table: string) => query.mock.calls.filter(([text]) => new RegExp(`from "${table}"`).test(String(text))).length;
      expect({ tokens: read('api_tokens'), register: read('companies'), settings: read('stock_report_settings') }).toEqual({ tokens: 0, register: 0, settings: 0 });
      // nor, inside its transaction, what it wrote itself or nothing wrote since: the log's size and
      // right edge, the audit chain's head, the issuer's standing and key, the officers to alert
      const inBatch = { logHead: read('log_head'), logNodes: read('log_nodes'), audit: read('audit_log'), standing: read('participant_status'), keys: read('authority_keys'), officers: read('users') };
      expect(inBatch).toEqual({ logHead: 0, logNodes: 0, audit: 0, standing: 0, keys: 0, officers: 0 });
      // and it did write: three certificates, each in the log
      expect(query.mock.calls.filter(([text]) => /insert into "certificates"/.test(String(text))).length).toBe(3);
    } finally {
      query.mockRestore();
    }
  });
});
