import ExcelJS from 'exceljs';
import { countryName } from '../core/i18n.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import type { KpcsError } from '../core/errors.js';
import * as service from './service.js';

const ZA = localOperator('ZA');
const ADMIN = localOperator();
const HEADER = 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates';
const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\n') + '\n');
const pcsv = (...lines: string[]) => new TextEncoder().encode(['reporter,period,mining,carats,value_usd', ...lines].join('\n') + '\n');

async function counts(store: Store) {
  const [s, t, p] = await Promise.all([
    store.db.selectFrom('statistics_submissions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    store.db.selectFrom('statistics_trade').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    store.db.selectFrom('statistics_production').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { submissions: Number(s.n), trade: Number(t.n), production: Number(p.n) };
}

async function failure(p: Promise<unknown>): Promise<KpcsError> {
  try {
    await p;
  } catch (e) {
    return e as KpcsError;
  }
  throw new Error('expected the import to fail');
}

describe.each(engines)('statistics import on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  /** Imports a file that must fail; asserts nothing was written and returns the error. */
  async function refused(kind: 'trade' | 'production', bytes: Uint8Array, actor = ZA, format: 'csv' | 'xlsx' = 'csv') {
    const before = await counts(store);
    const e = await failure(service.importFile(store.db, actor, kind, format, bytes, { source: 'test' }));
    expect(await counts(store)).toEqual(before);
    return e;
  }

  it('imports a good CSV file as one version per period and says what it imported', async () => {
    const result = await service.importFile(store.db, ZA, 'trade', 'csv', csv(
      'ZA,2006-Q1,export,BE,7102.31,1000.50,250000.00,12',
      'ZA,2006-Q1,export,BW,7102.10,200,10000,2',
      'ZA,2006-Q1,import,BW,7102.10,300.25,30000.5,3',
      'ZA,2006-Q2,export,IN,7102.21,50,500,1',
    ), { source: 'file trade.csv' });
    expect(result).toEqual({
      kind: 'trade',
      dryRun: false,
      rows: 4,
      submissions: [
        { reporter: 'ZA', period: '2006-Q1', version: 1, rows: 3 },
        { reporter: 'ZA', period: '2006-Q2', version: 1, rows: 1 },
      ],
    });
    const q1 = await service.getSubmission(store.db, ZA, 'ZA', 'trade', '2006-Q1');
    // BE is a member state of the European Community: the partner is the Participant EU
    expect(q1.trade).toEqual([
      { flow: 'export', partner: 'BW', hsCode: '7102.10', carats: 200, valueUsd: 10000, certificates: 2 },
      { flow: 'export', partner: 'EU', hsCode: '7102.31', carats: 1000.5, valueUsd: 250000, certificates: 12 },
      { flow: 'import', partner: 'BW', hsCode: '7102.10', carats: 300.25, valueUsd: 30000.5, certificates: 3 },
    ]);
    const [entry] = await audit.list(store.db, SYSTEM, { limit: 1 });
    expect(entry).toMatchObject({ action: 'statistics.trade.submit', actingFor: 'ZA', details: { rows: 4, submissions: ['ZA 2006-Q1 v1', 'ZA 2006-Q2 v1'] } });
  });

  it('accepts columns in any order, and a dry run writes nothing', async () => {
    const bytes = new TextEncoder().encode('period,reporter,carats,value_usd,certificates,hs_code,partner,flow\n2006-Q3,ZA,10,100,1,7102.10,BW,export\n');
    const before = await counts(store);
    const result = await service.importFile(store.db, ZA, 'trade', 'csv', bytes, { source: 'test', dryRun: true });
    expect(result).toMatchObject({ dryRun: true, rows: 1, submissions: [{ reporter: 'ZA', period: '2006-Q3', version: 1, rows: 1 }] });
    expect(await counts(store)).toEqual(before);
  });

  it('numbers rows as the file shows them, blank lines included', async () => {
    const bytes = new TextEncoder().encode(`${HEADER}\nZA,2006-Q1,export,BW,7102.10,1,1,1\n\nZA,2006-Q1,export,AO,7102.10,x,1,1\n`);
    const e = await refused('trade', bytes);
    expect(e.details).toEqual([{ row: 4, column: 'carats', message: 'is not a number, got "x"' }]);
  });

  it('refuses unknown codes', async () => {
    const e = await refused('trade', csv('XQ,2006-Q1,export,BW,7102.10,1,1,1', 'ZA,2006-Q1,export,Bw,7102.10,1,1,1'), ADMIN);
    expect(e.code).toBe('invalid_input');
    expect(e.details).toEqual([
      { row: 2, column: 'reporter', message: 'unknown code XQ: not in the registry' },
      { row: 3, column: 'partner', message: 'unknown code "Bw" (ISO 3166-1 alpha-2, upper case, or EU)' },
    ]);
  });

  it('refuses a reporter that is a member state of the EU', async () => {
    const e = await refused('trade', csv('BE,2006-Q1,export,BW,7102.10,1,1,1'), ADMIN);
    expect(e.details).toEqual([{ row: 2, column: 'reporter', message: 'Belgium (BE) reports through European Community: write EU as the reporter' }]);
  });

  it('refuses malformed periods and periods that have not ended', async () => {
    const before = await counts(store);
    const e = await failure(service.importFile(store.db, ZA, 'trade', 'csv', csv(
      'ZA,2006-Q5,export,BW,7102.10,1,1,1',
      'ZA,2006/3,export,BW,7102.10,1,1,1',
      'ZA,2006-Q3,export,BW,7102.10,1,1,1',
      'ZA,2007-Q1,export,BW,7102.10,1,1,1',
    ), { source: 'test', now: new Date('2006-08-15T12:00:00Z') }));
    expect(await counts(store)).toEqual(before);
    expect(e.details).toEqual([
      { row: 2, column: 'period', message: 'must be a quarter written like 2006-Q3, got "2006-Q5"' },
      { row: 3, column: 'period', message: 'must be a quarter written like 2006-Q3, got "2006/3"' },
      { row: 4, column: 'period', message: '2006-Q3 has not ended yet (it ends on 30 September 2006)' },
      { row: 5, column: 'period', message: '2007-Q1 is in the future' },
    ]);
    const p = await refused('production', pcsv('ZA,2006-H3,industrial,1,1', 'ZA,2006-Q1,industrial,1,1'));
    expect(p.details).toEqual([
      { row: 2, column: 'period', message: 'must be a half year written like 2006-H1, or a year like 2006, got "2006-H3"' },
      { row: 3, column: 'period', message: 'must be a half year written like 2006-H1, or a year like 2006, got "2006-Q1"' },
    ]);
  });

  it('refuses a wrong flow, HS code or mining', async () => {
    const e = await refused('trade', csv('ZA,2006-Q1,exports,BW,7102.10,1,1,1', 'ZA,2006-Q1,export,BW,7102.39,1,1,1'));
    expect(e.details).toEqual([
      { row: 2, column: 'flow', message: 'must be "import" or "export", got "exports"' },
      { row: 3, column: 'hs_code', message: 'must be "7102.10" or "7102.21" or "7102.31", got "7102.39"' },
    ]);
    const p = await refused('production', pcsv('ZA,2006-H1,alluvial,1,1'));
    expect(p.details).toEqual([{ row: 2, column: 'mining', message: 'must be "industrial" or "artisanal", got "alluvial"' }]);
  });

  it('refuses negative, non-numeric and over-precise amounts, each in its column', async () => {
    const e = await refused('trade', csv(
      'ZA,2006-Q1,export,BW,7102.10,-5,100,1',
      'ZA,2006-Q1,export,AO,7102.10,5,"12,5",1',
      'ZA,2006-Q1,export,NA,7102.10,5.123,100.999,1',
      'ZA,2006-Q1,export,IN,7102.10,5,100,-1',
      'ZA,2006-Q1,export,CA,7102.10,five,100,1.5',
    ));
    expect(e.details).toEqual([
      { row: 2, column: 'carats', message: 'must not be negative, got -5' },
      { row: 3, column: 'value_usd', message: 'is not a number (use a dot as the decimal separator), got "12,5"' },
      { row: 4, column: 'carats', message: 'has more than 2 decimals, got 5.123' },
      { row: 4, column: 'value_usd', message: 'has more than 2 decimals, got 100.999' },
      { row: 5, column: 'certificates', message: 'must not be negative, got -1' },
      { row: 6, column: 'carats', message: 'is not a number, got "five"' },
      { row: 6, column: 'certificates', message: 'must be a whole number, got "1.5"' },
    ]);
    expect(e.message).toBe('5 of 5 rows have problems (7 in all). Nothing was imported.');
  });

  it('refuses a value with no carats', async () => {
    const e = await refused('trade', csv('ZA,2006-Q1,export,BW,7102.10,0,5000,1'));
    expect(e.details).toEqual([{ row: 2, column: 'carats', message: 'a value of US$5000 with no carats: report the carats the value is for' }]);
    const p = await refused('production', pcsv('ZA,2006-H1,artisanal,0.00,10.00'));
    expect(p.details).toEqual([{ row: 2, column: 'carats', message: 'a value of US$10.00 with no carats: report the carats the value is for' }]);
  });

  it('refuses a duplicate key within the file, member states counting as the EU', async () => {
    const e = await refused('trade', csv(
      'ZA,2006-Q1,export,BW,7102.10,1,1,1',
      'ZA,2006-Q1,export,BW,7102.10,2,2,1',
      'ZA,2006-Q1,export,BE,7102.31,1,1,1',
      'ZA,2006-Q1,export,DE,7102.31,1,1,1',
    ));
    expect(e.details).toEqual([
      { row: 3, column: 'partner', message: 'duplicate of row 2: one row per reporter, period, flow, partner and HS code' },
      { row: 5, column: 'partner', message: 'duplicate of row 4: one row per reporter, period, flow, partner and HS code (DE is counted under EU)' },
    ]);
    const p = await refused('production', pcsv('ZA,2006-H1,industrial,1,1', 'ZA,2006-H1,industrial,2,2', 'ZA,2006,artisanal,1,1'));
    expect(p.details).toEqual([
      { row: 3, column: 'mining', message: 'duplicate of row 2: one row per reporter, period and mining' },
      { row: 4, column: 'period', message: 'ZA reports 2006 by half year already (row 2): a year and its halves would count the same production twice' },
    ]);
  });

  it('refuses a partner that was not a Participant in good standing in the period', async () => {
    const e = await refused('trade', csv(
      'ZA,2006-Q1,import,LR,7102.10,1,1,1',
      'ZA,2005-Q1,import,CG,7102.10,1,1,1',
      'ZA,2006-Q1,import,ZA,7102.10,1,1,1',
      'ZA,2006-Q1,import,TR,7102.10,1,1,1',
    ));
    expect(e.details).toEqual([
      { row: 2, column: 'partner', message: 'Liberia (LR) was not a Participant in good standing during 2006-Q1 (LR: non-participant); trade with it is not allowed under the scheme' },
      { row: 3, column: 'partner', message: 'Republic of the Congo (CG) was not a Participant in good standing during 2005-Q1 (CG: removed); trade with it is not allowed under the scheme' },
      { row: 4, column: 'partner', message: 'South Africa (ZA) is ZA itself: trade within a Participant is not reported' },
      { row: 5, column: 'partner', message: `${countryName('TR', 'en')} (TR) was not a Participant in good standing during 2006-Q1 (TR: applicant); trade with it is not allowed under the scheme` },
    ]);
    // the Republic of Congo was a Participant on the first day of 2004-Q3 (removed on 9 July)
    await expect(service.importFile(store.db, ZA, 'trade', 'csv', csv('ZA,2004-Q3,import,CG,7102.10,1,1,1'), { source: 'test', dryRun: true })).resolves.toMatchObject({ rows: 1 });
  });

  it("refuses rows of another Participant from an officer (403, every such row), but an administrator imports several reporters", async () => {
    const e = await refused('trade', csv('ZA,2006-Q4,export,BW,7102.10,1,1,1', 'BW,2006-Q4,import,ZA,7102.10,1,1,1', 'BW,2006-Q4,export,ZA,7102.10,1,1,1'));
    expect(e.code).toBe('forbidden');
    expect(e.status).toBe(403);
    expect(e.details).toEqual([
      { row: 3, column: 'reporter', message: "BW is not South Africa: you may submit only your own Participant's figures" },
      { row: 4, column: 'reporter', message: "BW is not South Africa: you may submit only your own Participant's figures" },
    ]);
    const ok = await service.importFile(store.db, ADMIN, 'trade', 'csv', csv('ZA,2006-Q4,export,BW,7102.10,1,1,1', 'BW,2006-Q4,import,ZA,7102.10,1,1,1'), { source: 'test' });
    expect(ok.submissions.map((s) => s.reporter)).toEqual(['ZA', 'BW']);
  });

  it('refuses unknown and missing columns, and a file that is not UTF-8', async () => {
    const e = await refused('trade', new TextEncoder().encode('reporter,period,flow,partner,hs,carats,value_usd,certificates,remark\nZA,2006-Q1,export,BW,7102.10,1,1,1,x\n'));
    expect(e.details).toEqual([
      { row: 1, column: 'hs', message: 'unknown column "hs" (a trade file has exactly: reporter, period, flow, partner, hs_code, carats, value_usd, certificates)' },
      { row: 1, column: 'remark', message: 'unknown column "remark" (a trade file has exactly: reporter, period, flow, partner, hs_code, carats, value_usd, certificates)' },
      { row: 1, column: 'hs_code', message: 'missing column "hs_code"' },
    ]);
    const latin1 = Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nZA,2006-Q1,export,BW,7102.10,1,1,1 `), 0xe9, 0x0a]);
    expect((await refused('trade', latin1)).message).toMatch(/not UTF-8/);
    const json = await failure(service.submit(store.db, ZA, 'trade', service.jsonRows([{ reporter: 'ZA', period: '2006-Q1', flow: 'export', partner: 'BW', hs_code: '7102.10', carats: 1, value_usd: 1 }]), { source: 'api' }));
    expect(json.details).toEqual([{ row: 1, column: 'certificates', message: 'missing column "certificates"' }]);
  });

  it('reads an XLSX workbook with the same columns (numbers as numbers, HS code typed as a number)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('trade');
    ws.addRow(['reporter', 'period', 'flow', 'partner', 'hs_code', 'carats', 'value_usd', 'certificates']);
    ws.addRow(['ZA', '2005-Q4', 'export', 'IL', 7102.1, 1234.56, 98765.43, 7]);
    ws.addRow(['ZA', '2005-Q4', 'import', 'AO', '7102.31', 10, 2000, 1]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await service.importFile(store.db, ZA, 'trade', 'xlsx', bytes, { source: 'file trade.xlsx' });
    expect(result.submissions).toEqual([{ reporter: 'ZA', period: '2005-Q4', version: 1, rows: 2 }]);
    const sub = await service.getSubmission(store.db, ZA, 'ZA', 'trade', '2005-Q4');
    expect(sub.trade).toEqual([
      { flow: 'export', partner: 'IL', hsCode: '7102.10', carats: 1234.56, valueUsd: 98765.43, certificates: 7 },
      { flow: 'import', partner: 'AO', hsCode: '7102.31', carats: 10, valueUsd: 2000, certificates: 1 },
    ]);

    const bad = new ExcelJS.Workbook();
    const bs = bad.addWorksheet('trade');
    bs.addRow(['reporter', 'period', 'flow', 'partner', 'hs_code', 'carats', 'value_usd', 'certificates']);
    bs.addRow(['ZA', '2005-Q3', 'export', 'IL', '7102.10', -3, 10, 1]);
    bs.addRow(['ZA', '2005-Q3', 'export', 'LR', '7102.10', 3, 10, 1]);
    const e = await refused('trade', new Uint8Array(await bad.xlsx.writeBuffer()), ZA, 'xlsx');
    expect(e.details).toEqual([
      { row: 2, column: 'carats', message: 'must not be negative, got -3' },
      { row: 3, column: 'partner', message: 'Liberia (LR) was not a Participant in good standing during 2005-Q3 (LR: non-participant); trade with it is not allowed under the scheme' },
    ]);
  });

  it('keeps every version: a resubmission is version 2, version 1 stays readable', async () => {
    await service.importFile(store.db, ZA, 'production', 'csv', pcsv('ZA,2006-H1,industrial,7000000,600000000', 'ZA,2006-H1,artisanal,100,5000'), { source: 'v1' });
    const second = await service.importFile(store.db, ZA, 'production', 'csv', pcsv('ZA,2006-H1,industrial,7100000,610000000'), { source: 'v2' });
    expect(second.submissions).toEqual([{ reporter: 'ZA', period: '2006-H1', version: 2, rows: 1 }]);
    const list = await service.listSubmissions(store.db, ZA, 'ZA', { kind: 'production' });
    expect(list.map((s) => [s.period, s.version, s.current, s.source, s.rows])).toEqual([
      ['2006-H1', 1, false, 'v1', 2],
      ['2006-H1', 2, true, 'v2', 1],
    ]);
    expect((await service.getSubmission(store.db, ZA, 'ZA', 'production', '2006-H1')).production).toEqual([{ mining: 'industrial', carats: 7100000, valueUsd: 610000000 }]);
    expect((await service.getSubmission(store.db, ZA, 'ZA', 'production', '2006-H1', 1)).production).toEqual([
      { mining: 'artisanal', carats: 100, valueUsd: 5000 },
      { mining: 'industrial', carats: 7000000, valueUsd: 600000000 },
    ]);
    // a stored half year forbids the whole year beside it
    const e = await refused('production', pcsv('ZA,2006,industrial,1,1'));
    expect(e.details).toEqual([{ row: 2, column: 'period', message: 'ZA reports 2006 by half year already (submission 2006-H1): a year and its halves would count the same production twice' }]);
    // another Participant's submissions are not ZA's to read
    await expect(service.listSubmissions(store.db, localOperator('BW'), 'ZA')).rejects.toMatchObject({ code: 'forbidden' });
  });
});
