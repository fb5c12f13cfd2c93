// Reading trade and production files (CSV or XLSX, the columns of the interchange formats) into rows of text.
// Rows are numbered as a spreadsheet shows them: the header is row 1, the first figures row 2.
// Only the shape is checked here (encoding, header, cell counts); the figures are checked by model.ts.
import { parse } from 'csv-parse/sync';
// exceljs is loaded on first use: it costs a third of a second at every start of kpcs otherwise
import type ExcelJS from 'exceljs';
import { invalid, type ErrorDetail } from '../core/errors.js';
import { checkHeader, type RawRow, type SubmissionKind } from './model.js';

export type FileFormat = 'csv' | 'xlsx';

/** Most rows one file may hold (a whole world's year of trade is about 150,000). */
export const MAX_ROWS = 1_000_000;

export function formatOf(fileName: string): FileFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

export async function readRows(kind: SubmissionKind, format: FileFormat, bytes: Uint8Array): Promise<RawRow[]> {
  const table = format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  return toRows(kind, table);
}

interface Table {
  /** cells of every record, the header first, with the row number each has in the file */
  records: { row: number; cells: string[] }[];
}

function toRows(kind: SubmissionKind, table: Table): RawRow[] {
  const [head, ...body] = table.records;
  if (!head) throw invalid(`The ${kind} file is empty: it needs a header row (${kind === 'trade' ? 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates' : 'reporter,period,mining,carats,value_usd'}) and the figures.`, [{ row: 1, message: 'no header row' }]);
  const header = head.cells.map((c) => c.trim());
  const headerErrors = checkHeader(kind, header);
  if (headerErrors.length) throw invalid(`The ${kind} file's header is not right: ${headerErrors.map((e) => e.message).join('; ')}. Nothing was imported.`, headerErrors);
  if (body.length > MAX_ROWS) throw invalid(`The file holds ${body.length} rows; at most ${MAX_ROWS} are accepted in one file.`);
  const errors: ErrorDetail[] = [];
  const rows: RawRow[] = [];
  for (const rec of body) {
    if (rec.cells.every((c) => c.trim() === '')) continue;
    if (rec.cells.length > header.length && rec.cells.slice(header.length).some((c) => c.trim() !== '')) {
      errors.push({ row: rec.row, message: `has ${rec.cells.length} cells but the header names ${header.length} columns` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = rec.cells[i] ?? ''));
    rows.push({ row: rec.row, values });
  }
  if (errors.length) throw invalid(`${errors.length} row(s) of the file do not match its header. Nothing was imported.`, errors);
  return rows;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid('The file is not UTF-8 text: save it as CSV UTF-8 (comma separated). Nothing was imported.', [{ row: 1, message: 'not UTF-8' }]);
  }
}

function readCsv(bytes: Uint8Array): Table {
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true, trim: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as { message: string; lines?: number; records?: number };
    throw invalid(`The CSV file cannot be read: ${err.message}. Nothing was imported.`, [{ row: (err.records ?? 0) + 1, message: err.message }]);
  }
  // a record's number is the line it starts on: what an editor shows, and the row a spreadsheet shows
  // (blank lines included) unless a quoted value spans lines
  return { records: records.map((r) => ({ row: r.info.lines - r.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0), cells: r.record })) };
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw invalid(`The file is not a readable XLSX workbook: ${(e as Error).message}. Nothing was imported.`, [{ row: 1, message: 'not an XLSX workbook' }]);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw invalid('The workbook has no worksheet. Nothing was imported.', [{ row: 1, message: 'no worksheet' }]);
  const records: Table['records'] = [];
  let hsColumn = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const count = row.cellCount;
    for (let c = 1; c <= count; c++) cells.push(cellText(row.getCell(c).value, c - 1 === hsColumn));
    if (records.length === 0) hsColumn = cells.findIndex((h) => h.trim() === 'hs_code');
    records.push({ row: rowNumber, cells });
  });
  return { records };
}

/** A cell as the text the CSV would have held. A number typed as 7102.10 arrives as 7102.1: HS codes keep two decimals. */
function cellText(value: ExcelJS.CellValue, isHsCode: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return isHsCode ? value.toFixed(2) : numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value && value.result !== undefined) return cellText(value.result as ExcelJS.CellValue, isHsCode);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Plain decimal notation (no exponent) for what a cell holds. */
function numberText(n: number): string {
  if (Number.isInteger(n)) return n.toFixed(0);
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/0+$/, '') : s;
}
