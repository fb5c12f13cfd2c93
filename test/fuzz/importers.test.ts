// Hostile files to the statistics importers (CSV and XLSX, through the import service as an officer):
// arbitrary rows and bytes, other encodings, a BOM, quotes and line breaks inside cells, huge fields,
// unknown and repeated columns. Every file either imports whole or is refused with a KpcsError that
// names the rows/columns at fault — and a refused file leaves the store exactly as it was.
// fast-check prints the seed and the shrunk counterexample when a property fails.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../support/store.js';
import type { Store } from '../../src/db/store.js';
import { localOperator } from '../../src/auth/model.js';
import { KpcsError } from '../../src/core/errors.js';
import * as service from '../../src/statistics/service.js';

const ZA = localOperator('ZA');
const COLUMNS = {
  trade: ['reporter', 'period', 'flow', 'partner', 'hs_code', 'carats', 'value_usd', 'certificates'],
  production: ['reporter', 'period', 'mining', 'carats', 'value_usd'],
} as const;
type Kind = keyof typeof COLUMNS;

const HUGE = 'x'.repeat(300_000);
/** a cell: mostly plausible values (so that some files import), else anything */
const plausible: Record<string, fc.Arbitrary<string>> = {
  reporter: fc.constantFrom('ZA', 'ZA', 'ZA', ' ZA ', 'za', 'BW', 'XX', ''),
  period: fc.constantFrom('2006-Q1', '2006-Q2', '2006', '2006-H1', '2006-Q5', '1900-Q1', '2999-Q1', ''),
  flow: fc.constantFrom('export', 'import', 'EXPORT', 'transit', ''),
  partner: fc.constantFrom('BW', 'BE', 'EU', 'IN', 'CI', 'LR', 'ZA', 'XX', ''),
  hs_code: fc.constantFrom('7102.10', '7102.21', '7102.31', '7102.1', '7102', '9999.99', ''),
  mining: fc.constantFrom('industrial', 'artisanal', 'alluvial', ''),
  carats: fc.oneof(fc.constantFrom('1', '100.5', '0', '-1', '1e3', '1,000', '99999999999999999999', 'NaN', '0.001', ''), fc.double({ noNaN: false }).map(String)),
  value_usd: fc.oneof(fc.constantFrom('10', '2500.25', '0', '-5', '1e308', '$100', ''), fc.double().map(String)),
  certificates: fc.oneof(fc.constantFrom('1', '0', '12', '-3', '1.5', ''), fc.integer().map(String)),
};
const anyCell = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', ';', '\t', ' ', 'a', '\u0000', '\uFEFF'), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
);
// Object.hasOwn: a generated column may be called 'valueOf' or 'toString', which every object has
const cellOf = (column: string) => fc.oneof({ weight: 6, arbitrary: Object.hasOwn(plausible, column) ? plausible[column]! : anyCell }, { weight: 1, arbitrary: anyCell });

/** a header: the right columns shuffled, sometimes one missing, unknown or repeated */
const header = (kind: Kind) =>
  fc.tuple(fc.shuffledSubarray([...COLUMNS[kind]], { minLength: COLUMNS[kind].length - 1 }), fc.array(fc.oneof(fc.constantFrom('comment', 'reporter', 'Carats', ' carats', ''), fc.string({ maxLength: 8 })), { maxLength: 2 }))
    .chain(([known, extra]) => fc.shuffledSubarray([...known, ...extra], { minLength: known.length + extra.length }));

const table = (kind: Kind) =>
  header(kind).chain((cols) =>
    fc.tuple(
      fc.constant(cols),
      fc.array(
        fc.tuple(...cols.map((c) => cellOf(c))).chain((cells) => fc.oneof({ weight: 8, arbitrary: fc.constant(cells) }, { weight: 1, arbitrary: fc.array(anyCell, { maxLength: cols.length + 2 }) })),
        { minLength: 0, maxLength: 6 },
      ),
    ),
  );

function csvText(rows: string[][], quoteAll: boolean, eol: string): string {
  const q = (c: string) => (quoteAll || /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(q).join(',')).join(eol) + eol;
}

const encodings = fc.constantFrom('utf8', 'utf8-bom', 'latin1', 'utf16le', 'raw-quotes');
function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'latin1') return Buffer.from(text, 'latin1');
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'raw-quotes') return Buffer.from(text.replace(/""/g, '"'), 'utf8'); // unbalanced quotes
  return Buffer.from(text, 'utf8');
}

async function counts(store: Store) {
  const n = async (t: 'statistics_submissions' | 'statistics_trade' | 'statistics_production' | 'audit_log') =>
    Number((await store.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { submissions: await n('statistics_submissions'), trade: await n('statistics_trade'), production: await n('statistics_production'), audit: await n('audit_log') };
}

describe.each(engines)('the statistics importers under hostile files on %s', (engine) => {
  let store: Store;
  const outcome = { imported: 0, refused: 0 };
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(async () => {
    // the properties mean something only if both ends were reached
    expect(outcome.imported).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
    await store.close();
  });

  /** imports and checks the all-or-nothing contract; returns what happened */
  async function importChecked(kind: Kind, format: 'csv' | 'xlsx', bytes: Uint8Array) {
    const before = await counts(store);
    try {
      const r = await service.importFile(store.db, ZA, kind, format, bytes, { source: 'fuzz' });
      const after = await counts(store);
      // a full import: every checked row written, one submission per (reporter, period), one audit entry
      expect(r.dryRun).toBe(false);
      expect(r.rows).toBe(r.submissions.reduce((n, s) => n + s.rows, 0));
      expect(after[kind] - before[kind]).toBe(r.rows);
      expect(after.submissions - before.submissions).toBe(r.submissions.length);
      expect(after.audit - before.audit).toBe(1);
      outcome.imported++;
    } catch (e) {
      if (!(e instanceof KpcsError)) throw new Error(`a crash instead of a refusal: ${(e as Error).stack}`);
      expect([400, 403]).toContain(e.status);
      expect(e.message.length).toBeGreaterThan(10);
      // the error lists the rows/columns at fault, except for a file that is wholly empty of figures
      if (!/no (trade|production) rows|at most/.test(e.message)) {
        expect(e.details.length).toBeGreaterThan(0);
        for (const d of e.details) {
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.row !== undefined || d.column !== undefined || d.path !== undefined).toBe(true);
        }
      }
      expect(await counts(store)).toEqual(before);
      outcome.refused++;
    }
  }

  it('a CSV file of arbitrary rows, quoting, line ends and encodings imports whole or is refused precisely, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Kind>('trade', 'production').chain((k) => fc.tuple(fc.constant(k), table(k))), fc.boolean(), fc.constantFrom('\n', '\r\n', '\r'), encodings, async ([kind, [cols, rows]], quoteAll, eol, encoding) => {
        await importChecked(kind, 'csv', encode(csvText([cols, ...rows], quoteAll, eol), encoding));
      }),
      {
        numRuns: 120,
        // one file that must import, tried on every run: a random run may produce none that does
        examples: [[['production', [['reporter', 'period', 'mining', 'carats', 'value_usd'], [['ZA', '2006-H1', 'industrial', '100.5', '2500.25']]]], false, '\n', 'utf8']],
      },
    );
  }, 60_000);

  it('arbitrary bytes as a CSV or an XLSX file are refused with a reason, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Kind>('trade', 'production'), fc.constantFrom<'csv' | 'xlsx'>('csv', 'xlsx'), fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([Buffer.from('PK\u0003\u0004'), b]))), async (kind, format, bytes) => {
        await importChecked(kind, format, bytes);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  /** an XLSX cell value of any kind exceljs writes */
  const xlsxValue = (plain: fc.Arbitrary<string>): fc.Arbitrary<ExcelJS.CellValue> =>
    fc.oneof(
      { weight: 6, arbitrary: plain },
      { weight: 2, arbitrary: plain.filter((s) => s.trim() !== '' && Number.isFinite(Number(s))).map(Number) },
      { weight: 1, arbitrary: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true, min: new Date('1900-03-01'), max: new Date('2100-01-01') })) },
      { weight: 1, arbitrary: plain.map((s) => ({ richText: [{ text: s.slice(0, 2) }, { text: s.slice(2), font: { bold: true } }] })) },
      { weight: 1, arbitrary: plain.map((s) => ({ formula: 'A1', result: s })) },
      { weight: 1, arbitrary: fc.constant({ error: '#N/A' } as ExcelJS.CellErrorValue) },
    );

  it('an XLSX workbook of arbitrary cells (numbers, dates, rich text, formulas, errors) imports whole or is refused precisely, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Kind>('trade', 'production').chain((k) => fc.tuple(fc.constant(k), header(k).chain((cols) => fc.tuple(fc.constant(cols), fc.array(fc.tuple(...cols.map((c) => xlsxValue(cellOf(c).filter((s) => s.length < 32_767)))), { maxLength: 5 }))))),
        fc.boolean(),
        async ([kind, [cols, rows]], emptySheetFirst) => {
          const wb = new ExcelJS.Workbook();
          if (emptySheetFirst) wb.addWorksheet('notes');
          const sheet = wb.addWorksheet('figures');
          sheet.addRow(cols);
          for (const r of rows) sheet.addRow(r);
          await importChecked(kind, 'xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);

  it('a real workbook with bytes flipped is refused with a reason or read as what it still holds, never a crash', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('figures');
    sheet.addRow([...COLUMNS.trade]);
    sheet.addRow(['ZA', '2006-Q3', 'export', 'BW', '7102.10', 10, 100, 1]);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const bytes = Buffer.from(good);
        for (const [at, v] of flips) bytes[at] = v;
        await importChecked('trade', 'xlsx', bytes);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
