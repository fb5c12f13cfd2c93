// A nil return: a Participant with nothing to report for a period says so, and compliance counts it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import * as audit from '../audit/service.js';
import { buildServer } from '../http/server.js';
import * as compliance from './compliance.js';
import * as service from './service.js';
import * as annualSummary from './annual-summary.js';

describe.each(engines)('nil returns on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let za: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildServer({ store, webDir: null });
    const user = await auth.createUser(store.db, SYSTEM, { name: 'ZA officer', member: 'ZA', roles: ['officer'] });
    za = `Bearer ${(await auth.issueToken(store.db, SYSTEM, user.id)).token}`;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const nil = (body: Record<string, string>, query = '') => app.inject({ method: 'POST', url: `/api/statistics/nil-returns${query}`, headers: { authorization: za }, payload: body });

  it('records a version with no rows that counts as submitted, audited', async () => {
    const preview = await nil({ kind: 'trade', reporter: 'ZA', period: '2006-Q2' }, '?dryRun=true');
    expect(preview.json()).toEqual({ kind: 'trade', dryRun: true, rows: 0, submissions: [{ reporter: 'ZA', period: '2006-Q2', version: 1, rows: 0 }] });
    const res = await nil({ kind: 'trade', reporter: 'ZA', period: '2006-Q2' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ kind: 'trade', dryRun: false, rows: 0, submissions: [{ reporter: 'ZA', period: '2006-Q2', version: 1, rows: 0 }] });
    const table = await compliance.compliance(store.db, localOperator(), 2006);
    const cells = table.participants.find((p) => p.participant === 'ZA')!.cells;
    expect(cells.find((c) => c.period === '2006-Q2')!.status).toBe('late'); // declared today, long after its due date
    expect(cells.find((c) => c.period === '2006-Q1')!.status).toBe('missing');
    const entries = await audit.list(store.db, localOperator(), { action: 'statistics.trade.nil' });
    expect(entries.map((e) => e.subject)).toContain('ZA 2006-Q2');
  });

  it('replaces earlier figures of the period wholly, like any resubmission', async () => {
    await service.submit(store.db, localOperator(), 'trade', service.jsonRows([{ reporter: 'ZA', period: '2006-Q3', flow: 'export', partner: 'BW', hs_code: '7102.10', carats: 10, value_usd: 1000, certificates: 1 }]), { source: 'test' });
    expect((await annualSummary.summary(store.db, localOperator(), 2006)).participants.find((p) => p.participant === 'ZA')!.exports.certificates).toBe(1);
    const res = await nil({ kind: 'trade', reporter: 'ZA', period: '2006-Q3' });
    expect(res.json().submissions[0].version).toBe(2);
    const za2006 = (await annualSummary.summary(store.db, localOperator(), 2006)).participants.find((p) => p.participant === 'ZA')!;
    expect(za2006.exports).toMatchObject({ carats: 0, certificates: 0 });
  });

  it("refuses another Participant's nil return, a whole-year production one, and a period not ended", async () => {
    expect((await nil({ kind: 'trade', reporter: 'BW', period: '2006-Q2' })).statusCode).toBe(403);
    const year = await nil({ kind: 'production', reporter: 'ZA', period: '2006' });
    expect(year.statusCode).toBe(400);
    expect(year.json().details).toEqual([{ path: 'period', message: 'a nil return of production is for a half year, written like 2006-H1' }]);
    const future = await nil({ kind: 'trade', reporter: 'ZA', period: '2099-Q1' });
    expect(future.statusCode).toBe(400);
    expect(future.json().details).toEqual([{ path: 'period', message: '2099-Q1 is in the future' }]);
  });
});
