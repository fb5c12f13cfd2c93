// Stock accounts, stock reports and withholding (issue #21, point 2) on the real embedded store (and
// PostgreSQL): the account computed from certificates really issued and confirmed (a Botswana import
// into Antwerp, re-exported to India); reports filed by the company's own user with their difference;
// bad rows named and nothing written; withholding refused (in the reader's language) and allowed;
// another Participant's officer and another company's user refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { createUser, issueToken } from '../accounts/service.js';
import { addDays, today } from '../core/time.js';
import { formatDay, type Language } from '../core/i18n.js';
import * as audit from '../audit/service.js';
import { buildServer } from '../http/server.js';
import * as certificates from '../certificates/service.js';
import type { CertificateRequest, SignedCertificate } from '../certificates/model.js';
import * as companies from './service.js';
import { account, periodOf, receivedLines } from './stock-model.js';
import { refused } from '../../test/support/refused.js';

const BW = localOperator('BW');
const EU = localOperator('EU');
const TRADER = 'Antwerp Rough Trading NV';
const OTHER = 'Schelde Diamonds BVBA';
/** a day as the message writes it in a language */
const d = (iso: string, lang: Language = 'en') => formatDay(iso, lang);

// the reporting periods (half-yearly): two ended periods before the current one, whatever today is
const current = periodOf(today(), 6, 30);
const previous = periodOf(addDays(current.start, -1), 6, 30);
const first = periodOf(addDays(previous.start, -1), 6, 30);
const on = (days: number) => addDays(first.start, days);

const toAntwerp = (carats: number[]): CertificateRequest => ({
  exporter: { name: 'Okavango Rough Exports', address: 'Plot 1, Gaborone', country: 'BW' },
  importer: { name: TRADER, address: 'Hoveniersstraat 30, Antwerpen', country: 'BE' },
  origin: 'BW',
  goods: [
    { hsCode: '7102.31', carats: carats[0]!, valueUsd: carats[0]! * 150 },
    { hsCode: '7102.10', carats: carats[1]!, valueUsd: carats[1]! * 40 },
  ],
  parcels: 2,
});

const toIndia = (exporter: string, imports: { number: string; carats: number }[], hsCode: '7102.31' | '7102.10' = '7102.31') => ({
  exporter: { name: exporter, address: 'Hoveniersstraat 30, Antwerpen', country: 'BE' },
  importer: { name: 'Surat Diamonds Pvt', address: 'Bharat Diamond Bourse, Mumbai', country: 'IN' },
  goods: [{ hsCode, carats: imports.reduce((a, d) => a + d.carats, 0), valueUsd: 99_000 }],
  parcels: 1,
  imports,
});

const line = (a: { lines: { hsCode: string }[] }, hs: string) => a.lines.find((l) => l.hsCode === hs) as unknown as { opening: { carats: number; valueUsd: number }; in: { carats: number; valueUsd: number }; out: { carats: number; valueUsd: number }; closing: { carats: number; valueUsd: number } };

describe('the account (pure)', () => {
  it('opening before the period, in and out within it, closing at its end; received carats scaled by line', () => {
    const m = [
      { direction: 'in' as const, day: '2006-01-10', certificate: 'A', hsCode: '7102.31', carats: 100, valueUsd: 1000 },
      { direction: 'out' as const, day: '2006-02-10', certificate: 'B', hsCode: '7102.31', carats: 30.5, valueUsd: 400 },
      { direction: 'in' as const, day: '2006-03-10', certificate: 'C', hsCode: '7102.31', carats: 10, valueUsd: 100 },
      { direction: 'in' as const, day: '2006-05-10', certificate: 'D', hsCode: '7102.31', carats: 999, valueUsd: 1 },
    ];
    const a = account(m, '2006-02-01', '2006-03-31');
    expect(a.lines).toEqual([{ hsCode: '7102.31', opening: { carats: 100, valueUsd: 1000 }, in: { carats: 10, valueUsd: 100 }, out: { carats: 30.5, valueUsd: 400 }, closing: { carats: 79.5, valueUsd: 700 } }]);
    expect(a.movements.map((x) => x.certificate)).toEqual(['B', 'C']);
    expect(receivedLines([{ hsCode: '7102.31', carats: 100, valueUsd: 5 }, { hsCode: '7102.10', carats: 50, valueUsd: 5 }], 75)).toEqual([{ hsCode: '7102.31', carats: 50, valueUsd: 5 }, { hsCode: '7102.10', carats: 25, valueUsd: 5 }]);
    expect(periodOf('2006-08-15', 6, 30)).toEqual({ start: '2006-07-01', end: '2006-12-31', due: '2007-01-30' });
    expect(periodOf('2006-02-28', 3, 0)).toEqual({ start: '2006-01-01', end: '2006-03-31', due: '2006-03-31' });
  });
});

describe.each(engines)('stock accounts, reports and withholding on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const as = (who: string, lang?: string) => ({ authorization: `Bearer ${tokens[who]}`, ...(lang && { 'accept-language': lang }) });
  let imported: SignedCertificate;
  let reExported: SignedCertificate;
  let cancelled: SignedCertificate;
  const count = async (table: string) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(store.db)).rows[0]!.n);

  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null });
    await companies.add(store.db, EU, { participant: 'EU', licence: 'EU-BE-0001', name: TRADER, validFrom: first.start });
    await companies.add(store.db, EU, { participant: 'EU', licence: 'EU-BE-0002', name: OTHER, validFrom: first.start });
    for (const [who, member, roles, licence] of [
      ['eu', 'EU', ['officer'], null],
      ['bw', 'BW', ['officer'], null],
      ['trader', 'EU', ['company'], 'EU-BE-0001'],
      ['other', 'EU', ['company'], 'EU-BE-0002'],
    ] as const) {
      const user = await createUser(store.db, SYSTEM, { name: who, member, roles: [...roles] });
      if (licence) await companies.tie(store.db, EU, 'EU', user.id, licence);
      tokens[who] = (await issueToken(store.db, SYSTEM, user.id)).token;
    }
    // real certificates: Botswana goods into Antwerp (confirmed with 1 200 of the 1 250 carats), one
    // re-export to India drawn on them, one export cancelled (counts for nothing)
    imported = await certificates.issue(store, BW, toAntwerp([1000, 250]), { on: on(20) });
    await certificates.confirm(store, EU, imported.number, { parcels: 2, carats: 1200, sealsIntact: true, receivedOn: on(24) });
    reExported = await certificates.issue(store, EU, toIndia(TRADER, [{ number: imported.number, carats: 600 }]), { on: on(60) });
    cancelled = await certificates.issue(store, EU, toIndia(TRADER, [{ number: imported.number, carats: 100 }], '7102.10'), { on: on(61) });
    await certificates.cancel(store, EU, cancelled.number, { reason: 'void' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it("computes the account from the certificates: confirmed imports in, exports out, by HS code; the company's own user sees it", async () => {
    expect(reExported).toMatchObject({ origin: 'BW', provenance: 'BW' });
    const received = receivedLines(imported.goods, 1200);
    const res = await app.inject({ url: `/api/companies/EU-BE-0001/stock?from=${first.start}&to=${first.end}`, headers: as('trader') });
    expect(res.statusCode).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ participant: 'EU', licence: 'EU-BE-0001', name: TRADER, from: first.start, to: first.end });
    const in31 = received.find((l) => l.hsCode === '7102.31')!;
    const in10 = received.find((l) => l.hsCode === '7102.10')!;
    expect(in31.carats + in10.carats).toBe(1200);
    expect(line(a, '7102.31')).toEqual({
      hsCode: '7102.31',
      opening: { carats: 0, valueUsd: 0 },
      in: { carats: in31.carats, valueUsd: in31.valueUsd },
      out: { carats: reExported.goods[0]!.carats, valueUsd: reExported.goods[0]!.valueUsd },
      closing: { carats: in31.carats - reExported.goods[0]!.carats, valueUsd: in31.valueUsd - reExported.goods[0]!.valueUsd },
    });
    expect(line(a, '7102.10').out).toEqual({ carats: 0, valueUsd: 0 }); // the cancelled export counts for nothing
    expect(a.movements.map((m: { certificate: string }) => m.certificate)).toEqual([imported.number, imported.number, reExported.number]);
    // from after the import: it is the opening stock
    const later = (await app.inject({ url: `/api/companies/EU-BE-0001/stock?from=${on(40)}&to=${first.end}`, headers: as('eu') })).json();
    expect(line(later, '7102.31').opening.carats).toBe(in31.carats);
    expect(line(later, '7102.31').in.carats).toBe(0);
    expect(line(later, '7102.31').closing.carats).toBe(in31.carats - reExported.goods[0]!.carats);
  });

  it("refuses another Participant's officer and another company's user; bad days named", async () => {
    const bw = await app.inject({ url: '/api/companies/EU-BE-0001/stock?participant=EU', headers: as('bw') });
    expect(bw.statusCode).toBe(403);
    const other = await app.inject({ url: '/api/companies/EU-BE-0001/stock', headers: as('other') });
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain(`acts for ${OTHER} (licence EU-BE-0002)`);
    expect((await app.inject({ url: '/api/companies/EU-BE-0001/reports', headers: as('other') })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/companies/EU-BE-0001/stock' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/companies/EU-BE-9999/stock', headers: as('eu') })).statusCode).toBe(404);
    const bad = await app.inject({ url: `/api/companies/EU-BE-0001/stock?from=${first.end}&to=${first.start}`, headers: as('eu') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([{ path: 'from', message: `the period starts on ${first.end}, after it ends on ${first.start}` }]);
  });

  it("shows an import's balance left to its importer's officers and own company user, and to no one else", async () => {
    const b = await app.inject({ url: `/api/companies/imports/${imported.number}`, headers: as('trader') });
    expect(b.statusCode).toBe(200);
    // 600 drawn by the re-export; the cancelled one's 100 released
    expect(b.json()).toMatchObject({ number: imported.number, issuer: 'BW', importer: TRADER, origin: 'BW', cancelled: false, confirmedCarats: 1200, drawnCarats: reExported.goods[0]!.carats, leftCarats: 1200 - reExported.goods[0]!.carats });
    expect((await app.inject({ url: `/api/companies/imports/${imported.number}`, headers: as('eu') })).statusCode).toBe(200);
    expect((await app.inject({ url: `/api/companies/imports/${imported.number}`, headers: as('other') })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/companies/imports/${imported.number}`, headers: as('bw') })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/companies/mine', headers: as('trader') })).json()).toEqual({ participant: 'EU', licence: 'EU-BE-0001', name: TRADER });
    expect((await app.inject({ url: '/api/companies/mine', headers: as('eu') })).statusCode).toBe(404);
  });

  it('sets the reporting period (officers, audited); reports are filed once by the company with their difference; bad rows named, nothing written', async () => {
    expect((await app.inject({ method: 'PUT', url: '/api/companies/reporting', headers: as('trader'), payload: { withhold: true } })).statusCode).toBe(403);
    const set = await app.inject({ method: 'PUT', url: '/api/companies/reporting', headers: as('eu'), payload: { periodMonths: 6, graceDays: 30, requiredFrom: first.start } });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ participant: 'EU', periodMonths: 6, graceDays: 30, requiredFrom: first.start, withhold: false, updatedBy: 'eu (eu)' });
    const badSet = await app.inject({ method: 'PUT', url: '/api/companies/reporting', headers: as('eu'), payload: { periodMonths: 5 } });
    expect(badSet.json().details).toEqual([{ path: 'periodMonths', message: 'one of 1, 3, 6, 12 months (monthly, quarterly, half-yearly, yearly from 1 January)' }]);
    expect(((await audit.recordedDetails(store.db, 'companies.stock.settings')) as { after: { periodMonths: number } }[]).at(-1)!.after.periodMonths).toBe(6);

    const before = await count('stock_reports');
    const auditBefore = (await audit.recordedDetails(store.db, 'companies.stock.report')).length;
    const bad = await app.inject({
      method: 'POST', url: '/api/companies/EU-BE-0001/reports', headers: as('trader'),
      payload: { from: first.start, to: first.end, lines: [{ hsCode: '7102.31', carats: -1, valueUsd: 10 }, { hsCode: '7102.31', carats: 5, valueUsd: 1.234 }, { hsCode: '7103.10', carats: 1, valueUsd: 1 }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([
      { path: 'lines[0].carats', message: 'a non-negative amount with at most two decimals, at most 50000000' },
      { path: 'lines[1].hsCode', message: 'HS code 7102.31 is already on line 0: one line per HS code' },
      { path: 'lines[1].valueUsd', message: 'a non-negative amount with at most two decimals, at most 5000000000' },
      { path: 'lines[2].hsCode', message: "not a rough diamond HS code in the scheme's scope (7102.10, 7102.21, 7102.31)" },
    ]);
    const wrongPeriod = await app.inject({ method: 'POST', url: '/api/companies/EU-BE-0001/reports', headers: as('trader'), payload: { from: first.start, to: addDays(first.start, 30), lines: [] } });
    expect(wrongPeriod.json().details[0]).toEqual({ path: 'from', message: `the reporting period is 6 months from 1 January: ${first.start} falls in the period ${first.start} to ${first.end}` });
    const notEnded = await app.inject({ method: 'POST', url: '/api/companies/EU-BE-0001/reports', headers: as('trader'), payload: { from: current.start, to: current.end, lines: [] } });
    expect(notEnded.json().details[0].path).toBe('to');
    const otherCompany = await app.inject({ method: 'POST', url: '/api/companies/EU-BE-0001/reports', headers: as('other'), payload: { from: first.start, to: first.end, lines: [] } });
    expect(otherCompany.statusCode).toBe(403);
    expect(await count('stock_reports')).toBe(before);
    expect((await audit.recordedDetails(store.db, 'companies.stock.report')).length).toBe(auditBefore);

    // the company counts 10 carats fewer of 7102.31 than the account says, and no 7102.10
    const account = (await app.inject({ url: `/api/companies/EU-BE-0001/stock?to=${first.end}`, headers: as('trader') })).json();
    const closing31 = line(account, '7102.31').closing;
    const filed = await app.inject({ method: 'POST', url: '/api/companies/EU-BE-0001/reports', headers: as('trader'), payload: { from: first.start, to: first.end, lines: [{ hsCode: '7102.31', carats: closing31.carats - 10, valueUsd: closing31.valueUsd }] } });
    expect(filed.statusCode).toBe(201);
    const d = filed.json().differences;
    expect(d.find((x: { hsCode: string }) => x.hsCode === '7102.31').difference).toEqual({ carats: -10, valueUsd: 0 });
    expect(d.find((x: { hsCode: string }) => x.hsCode === '7102.10')).toMatchObject({ reported: { carats: 0, valueUsd: 0 }, computed: line(account, '7102.10').closing });
    const again = await app.inject({ method: 'POST', url: '/api/companies/EU-BE-0001/reports', headers: as('trader'), payload: { from: first.start, to: first.end, lines: [] } });
    expect(again.statusCode).toBe(409);
    expect((await audit.recordedDetails(store.db, 'companies.stock.report')).length).toBe(auditBefore + 1);
    // the officer files the next period on the company's behalf
    expect((await app.inject({ method: 'POST', url: '/api/companies/EU-BE-0001/reports', headers: as('eu'), payload: { from: previous.start, to: previous.end, lines: [] } })).statusCode).toBe(201);

    const list = (await app.inject({ url: '/api/companies/EU-BE-0001/reports', headers: as('trader') })).json();
    expect(list.periods.slice(0, 2).map((p: { start: string; status: string }) => [p.start, p.status])).toEqual([[first.start, 'filed'], [previous.start, 'filed']]);
    expect(list.overdue).toBeNull();
    const others = (await app.inject({ url: '/api/companies/EU-BE-0002/reports', headers: as('other') })).json();
    expect(others.overdue).toEqual(first);
    expect(others.periods[0]).toMatchObject({ start: first.start, status: 'overdue', report: null });
  });

  it('withholds issuance for a company whose report is overdue, in the reader\'s language; nothing written; allowed once lifted or reported', async () => {
    const req = toIndia(OTHER, []);
    const plain = { exporter: req.exporter, importer: req.importer, origin: 'BW', goods: [{ hsCode: '7102.31' as const, carats: 10, valueUsd: 1000 }], parcels: 1 };
    expect((await app.inject({ method: 'PUT', url: '/api/companies/reporting', headers: as('eu'), payload: { withhold: true } })).json().withhold).toBe(true);
    const n = await count('certificates');
    const fr = await app.inject({ method: 'POST', url: '/api/certificates', headers: as('eu', 'fr-BE,fr;q=0.9,en;q=0.5'), payload: plain });
    expect(fr.statusCode).toBe(409);
    expect(fr.headers['content-language']).toBe('fr');
    expect(fr.json().message).toBe(`Aucun certificat ne peut être délivré pour ${OTHER} (licence EU-BE-0002) : Communauté européenne suspend la délivrance tant que le rapport de stock de l'entreprise pour la période du ${d(first.start, 'fr')} au ${d(first.end, 'fr')} est en retard (il était dû le ${d(first.due, 'fr')}).`);
    const en = await app.inject({ method: 'POST', url: '/api/certificates', headers: as('eu'), payload: plain });
    expect(en.json().message).toBe(`No certificate may be issued for ${OTHER} (licence EU-BE-0002): European Community withholds issuance while the company's stock report for ${d(first.start)} to ${d(first.end)} is overdue (it was due on ${d(first.due)}).`);
    expect(en.json().details).toEqual([{ path: 'exporter.name', message: `the stock report of ${OTHER} for ${d(first.start)} to ${d(first.end)} was due on ${d(first.due)} and has not been filed` }]);
    for (const lang of ['pt', 'es', 'ru']) {
      const r = await app.inject({ method: 'POST', url: '/api/certificates', headers: as('eu', lang), payload: plain });
      expect(r.headers['content-language']).toBe(lang);
      expect(r.json().message).toContain(d(first.due, lang as Language));
      expect(r.json().message).toContain(OTHER);
    }
    expect(await count('certificates')).toBe(n);
    // the company that reported is not withheld: its re-export is issued
    const ok = await certificates.issue(store, EU, toIndia(TRADER, [{ number: imported.number, carats: 50 }]));
    expect(ok.exporter.name).toBe(TRADER);
    // its report filed, the other company is issued again
    expect((await app.inject({ method: 'POST', url: '/api/companies/EU-BE-0002/reports', headers: as('other'), payload: { from: first.start, to: first.end, lines: [] } })).statusCode).toBe(201);
    // the next period is overdue too when its due date has passed: then it is the one named
    if (previous.due < today()) expect((await refused(certificates.issue(store, EU, plain))).message).toContain(d(previous.due));
    await app.inject({ method: 'POST', url: '/api/companies/EU-BE-0002/reports', headers: as('other'), payload: { from: previous.start, to: previous.end, lines: [] } });
    expect((await certificates.issue(store, EU, plain)).exporter.name).toBe(OTHER);
    // lifted: withholding off
    await app.inject({ method: 'PUT', url: '/api/companies/reporting', headers: as('eu'), payload: { withhold: false } });
    const details = (await audit.recordedDetails(store.db, 'companies.stock.settings')) as { before: { withhold: boolean }; after: { withhold: boolean } }[];
    expect(details.at(-1)).toMatchObject({ before: { withhold: true }, after: { withhold: false } });
  });
});
