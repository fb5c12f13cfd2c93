// Figures from certificates beside reported statistics: a Participant's quarter, per flow, partner
// and HS code, through the HTTP route.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from './support/store.js';
import type { Store } from '../src/db/store.js';
import { localOperator, SYSTEM } from '../src/auth/model.js';
import * as auth from '../src/accounts/service.js';
import * as certificates from '../src/certificates/service.js';
import { issue } from '../src/certificates/issuance.js';
import * as statistics from '../src/statistics/service.js';
import { buildServer } from '../src/http/server.js';

const shipment = (hsCode: string, carats: number, valueUsd: number) => ({
  exporter: { name: 'Kimberley Mines', address: 'Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp Rough', address: 'Antwerp', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode, carats, valueUsd }],
  parcels: 1,
});

describe.each(engines)('reported trade against certificates on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let token: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
    const za = localOperator('ZA');
    const a = await issue(store, za, shipment('7102.10', 1000, 100_000), { on: '2006-02-01' });
    await issue(store, za, shipment('7102.10', 500, 50_000), { on: '2006-03-01' });
    const cancelled = await issue(store, za, shipment('7102.10', 9999, 999_999), { on: '2006-03-02' });
    await certificates.cancel(store, za, cancelled.number, { reason: 'void' });
    await issue(store, za, shipment('7102.31', 10, 90_000), { on: '2006-04-02' }); // next quarter
    await certificates.confirm(store, localOperator('EU'), a.number, { parcels: 1, carats: 1000, sealsIntact: true, receivedOn: '2006-02-03' });
    // ZA reports 1,500 ct to the EU as its certificates say, and 200 ct to India that no certificate shows
    await statistics.submit(store.db, SYSTEM, 'trade', statistics.jsonRows([
      { reporter: 'ZA', period: '2006-Q1', flow: 'export', partner: 'BE', hs_code: '7102.10', carats: 1500, value_usd: 150_000, certificates: 2 },
      { reporter: 'ZA', period: '2006-Q1', flow: 'export', partner: 'IN', hs_code: '7102.10', carats: 200, value_usd: 20_000, certificates: 1 },
    ]), { source: 'test', now: new Date('2006-05-01T00:00:00Z') });
    app = await buildServer({ store, webDir: null });
    const user = await auth.createUser(store.db, SYSTEM, { name: 'ZA officer', member: 'ZA', roles: ['officer'] });
    token = (await auth.issueToken(store.db, SYSTEM, user.id)).token;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('pairs each reported line with the certificates of the quarter, leaving out cancelled ones', async () => {
    const res = await app.inject({ url: '/api/statistics/submissions/ZA/trade/2006-Q1/certificates', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    const lines = res.json().lines as { flow: string; partner: string; hsCode: string; reported: { carats: number }; fromCertificates: { carats: number; certificates: number }; index: { carats: number } }[];
    const eu = lines.find((l) => l.partner === 'EU')!;
    expect(eu).toMatchObject({ flow: 'export', hsCode: '7102.10', reported: { carats: 1500 }, fromCertificates: { carats: 1500, certificates: 2, reExports: { carats: 0, certificates: 0 } }, index: { carats: 0 } });
    const india = lines.find((l) => l.partner === 'IN')!;
    expect(india).toMatchObject({ reported: { carats: 200 }, fromCertificates: { carats: 0, certificates: 0 }, index: { carats: 1 } });
    expect(lines).toHaveLength(2);
  });

  it('counts imports from the importer’s confirmations', async () => {
    const figures = await certificates.certificateFigures(store).figures('EU', { start: '2006-01-01', end: '2006-03-31' });
    expect(figures).toEqual([{ flow: 'import', partner: 'ZA', hsCode: '7102.10', carats: 1000, valueUsd: 100_000, certificates: 1, reExports: 0, reExportCarats: 0 }]);
  });

  it('explains a mirror discrepancy down to the certificate numbers', async () => {
    // the EU reports only 1,000 ct from South Africa in the quarter: 1,500 were certified
    await statistics.submit(store.db, SYSTEM, 'trade', statistics.jsonRows([
      { reporter: 'EU', period: '2006-Q1', flow: 'import', partner: 'ZA', hs_code: '7102.10', carats: 1000, value_usd: 100_000, certificates: 1 },
    ]), { source: 'test', now: new Date('2006-05-01T00:00:00Z') });
    const wgs = await auth.createUser(store.db, SYSTEM, { name: 'Stats Canada', member: 'CA', roles: ['wg-member'], groups: ['WGS'] });
    const t = (await auth.issueToken(store.db, SYSTEM, wgs.id)).token;
    const res = await app.inject({ url: '/api/statistics/reconciliation?year=2006&trail=true&timing=false', headers: { authorization: `Bearer ${t}` } });
    expect(res.statusCode).toBe(200);
    const line = (res.json().lines as { exporter: string; importer: string; period: string; status: string; certificates?: { number: string; carats: number; confirmedOn: string | null }[] }[]).find((l) => l.exporter === 'ZA' && l.importer === 'EU' && l.period === '2006-Q1')!;
    expect(line.status).toBe('discrepancy');
    expect(line.certificates!.map((c) => [c.carats, c.confirmedOn])).toEqual([[1000, '2006-02-03'], [500, null]]);
    expect(line.certificates!.every((c) => /^ZA-2006-\d{6}$/.test(c.number))).toBe(true);
  });

  it('is refused to another Participant’s officer', async () => {
    const other = await auth.createUser(store.db, SYSTEM, { name: 'BW officer', member: 'BW', roles: ['officer'] });
    const t = (await auth.issueToken(store.db, SYSTEM, other.id)).token;
    expect((await app.inject({ url: '/api/statistics/submissions/ZA/trade/2006-Q1/certificates', headers: { authorization: `Bearer ${t}` } })).statusCode).toBe(403);
  });
});
