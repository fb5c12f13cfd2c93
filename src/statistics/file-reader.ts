// Reading a statistics file (CSV or XLSX) into records of text, within limits — in a worker thread
// (file-pool.ts starts it), so a hostile or merely large file never holds the server's event loop.
// An XLSX is a ZIP: its central directory is read here first, every part's declared size summed, then
// every part inflated with a ceiling (node:zlib, maxOutputLength) and its rows and cells counted,
// before exceljs sees a byte. Rows are numbered as a spreadsheet shows them: the header is row 1.
//
// Self-contained on purpose (node: modules and packages only, no import of kpcs files but types): the test
// runner, whose sources are TypeScript, transpiles this one file to run it in a real thread too.
import { inflateRawSync } from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import { parse, type Options as CsvOptions } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
// types only (erased when the file is transpiled): the keys a refusal may name
import type { field } from '../core/messages.js';
import type { m } from './file-messages.js';

export type FileFormat = 'csv' | 'xlsx';

/** What one file may cost to read (KPCS_IMPORT_* settings, core/config.ts). */
export interface ReadLimits {
  /** the parts of an XLSX, uncompressed, together */
  maxInflatedBytes: number;
  /** records of the file (the header and every line or spreadsheet row) */
  maxRows: number;
  /** cells of the file, all worksheets together */
  maxCells: number;
  /** how many times larger than its compressed bytes a part of an XLSX may inflate (parts over 1 MiB) */
  maxRatio: number;
}

export interface Table {
  /** cells of every record, the header first, with the row number each has in the file */
  records: { row: number; cells: string[] }[];
}

/**
 * What a refusal says: a key of the statistics file catalogue (file-messages.ts; `field.` keys are the
 * common details of core/messages.ts) and its parameters, or
 * a text as it is (a library's own words). Plain data, to cross the thread; made a message on the other side.
 */
export type Said = { key: SaidKey; params?: Record<string, string | number | Said> } | { text: string };
export type SaidKey = Parameters<typeof m>[0] | `field.${Parameters<typeof field>[0]}`;

/** A file refused: the code, message and details of a KpcsError, built on the other side of the thread. */
export interface Problem {
  code: 'invalid_input' | 'payload_too_large';
  said: Said;
  details: { row?: number; path?: string; said: Said }[];
}

export class FileProblem extends Error {
  constructor(readonly problem: Problem) {
    super('key' in problem.said ? problem.said.key : problem.said.text);
  }
}

const say = (key: SaidKey, params?: Record<string, string | number | Said>): Said => ({ key, params });
/** a refusal of the file (400, or 413 past a limit of size), with its one detail at a row */
const refusal = (code: Problem['code']) => (said: Said, row: number, detail: Said) => new FileProblem({ code, said, details: [{ row, said: detail }] });
const invalid = refusal('invalid_input');
const tooLarge = refusal('payload_too_large');
const XLSX = { format: 'XLSX', zip: 'ZIP' };
const INFLATED = 'KPCS_IMPORT_MAX_INFLATED_BYTES';

export async function readTable(format: FileFormat, bytes: Uint8Array, limits: ReadLimits): Promise<Table> {
  return format === 'csv' ? readCsv(bytes, limits) : readXlsx(bytes, limits);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid(say('file.notUtf8', { encoding: 'UTF-8', format: 'CSV UTF-8' }), 1, say('field.notUtf8', { encoding: 'UTF-8' }));
  }
}

function readCsv(bytes: Uint8Array, limits: ReadLimits): Table {
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { lines: number } }[];
  let rows = 0;
  let cells = 0;
  try {
    records = parse(text, {
      relax_column_count: true, skip_empty_lines: true, info: true, trim: false,
      // counted as they come: past a limit the parse stops there
      on_record: (r: unknown, context: { lines: number }) => {
        rows++;
        cells += (Array.isArray(r) ? r : (r as { record: string[] }).record).length;
        if (rows > limits.maxRows) throw rowsProblem(rows, limits, context.lines);
        if (cells > limits.maxCells) throw cellsProblem(cells, limits, context.lines);
        return r;
      },
    } as unknown as CsvOptions<string[], string[]>) as unknown as typeof records;
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof FileProblem) throw cause;
    const err = e as { message: string; lines?: number; records?: number };
    throw invalid(say('csv.unreadable', { format: 'CSV', reason: { text: err.message } }), (err.records ?? 0) + 1, { text: err.message });
  }
  // a record's number is the line it starts on: what an editor shows, and the row a spreadsheet shows
  // (blank lines included) unless a quoted value spans lines
  return { records: records.map((r) => ({ row: r.info.lines - r.record.reduce((k, cell) => k + (cell.match(/\n/g)?.length ?? 0), 0), cells: r.record })) };
}

const rowsProblem = (rows: number, limits: ReadLimits, row: number) =>
  invalid(say('rows.tooMany', { max: limits.maxRows, setting: 'KPCS_IMPORT_MAX_ROWS' }), row, say('rows.past', { row: rows, max: limits.maxRows }));
const cellsProblem = (cells: number, limits: ReadLimits, row: number) =>
  tooLarge(say('cells.tooMany', { max: limits.maxCells, setting: 'KPCS_IMPORT_MAX_CELLS' }), row, say('cells.past', { cell: cells, max: limits.maxCells }));

/** an unreadable workbook, and why: a key of the catalogue with the part's name (`part`), or a library's words */
const notXlsx = (why: Said | SaidKey, part?: Record<string, string | number>) =>
  invalid(say('xlsx.unreadable', { format: 'XLSX', why: typeof why === 'string' ? say(why, { ...XLSX, ...part }) : why }), 1, say('xlsx.not', { format: 'XLSX' }));

/** Parts up to this size may inflate at any ratio (a small XML part compresses very well). */
const RATIO_GRACE_BYTES = 1024 * 1024;

/** Most parts an XLSX may hold (a workbook has a dozen or so). */
const MAX_PARTS = 1000;

interface Part {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  dataStart: number;
}

/** The parts of a ZIP from its central directory, checked against each local header. */
function zipParts(zip: Buffer): Part[] {
  const floor = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= floor; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx('xlsx.noDirectory');
  const count = zip.readUInt16LE(eocd + 10);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw notXlsx('xlsx.zip64', { zip64: 'ZIP64' });
  // a count past the limit is refused once the directory proves to hold that many entries (a damaged
  // count is damage, 400, not size)
  if (count > MAX_PARTS) {
    let probe = cdOffset;
    for (let i = 0; i < count; i++) {
      if (probe + 46 > zip.length || zip.readUInt32LE(probe) !== 0x02014b50) throw notXlsx('xlsx.entryDamaged', { entry: i + 1 });
      probe += 46 + zip.readUInt16LE(probe + 28) + zip.readUInt16LE(probe + 30) + zip.readUInt16LE(probe + 32);
    }
    throw tooLarge(say('xlsx.tooManyParts', { format: 'XLSX', count, max: MAX_PARTS }), 1, say('xlsx.entries', { count, zip: 'ZIP' }));
  }
  const parts: Part[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw notXlsx('xlsx.entryDamaged', { entry: i + 1 });
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const declaredSize = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (flags & 1) throw notXlsx('xlsx.encrypted', { part: name });
    if (method !== 0 && method !== 8) throw notXlsx('xlsx.method', { part: name, method: String(method), deflate: 'deflate' });
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw notXlsx('xlsx.localDamaged', { part: name });
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataStart + compressedSize > zip.length) throw notXlsx('xlsx.truncated', { part: name });
    // the sizes are said twice — in the local header, or with flag 8 in a data descriptor after the
    // data — and a difference is damage (400), not a size to refuse
    const localFlags = zip.readUInt16LE(local + 6);
    let at2 = dataStart + compressedSize;
    if (localFlags & 8 && at2 + 4 <= zip.length && zip.readUInt32LE(at2) === 0x08074b50) at2 += 4;
    const [localCompressed, localSize] = localFlags & 8
      ? at2 + 12 <= zip.length ? [zip.readUInt32LE(at2 + 4), zip.readUInt32LE(at2 + 8)] : [-1, -1]
      : [zip.readUInt32LE(local + 18), zip.readUInt32LE(local + 22)];
    if (localCompressed !== compressedSize || localSize !== declaredSize) throw notXlsx('xlsx.sizesDiffer', { part: name });
    parts.push({ name, method, compressedSize, declaredSize, dataStart });
  }
  return parts;
}

/** Occurrences of an XML start tag (`<c ` / `<c>` / `<c/>`) in an inflated part, counted until past `limit`. */
function countTag(xml: Buffer, tag: string, limit: number): number {
  let count = 0;
  const open = Buffer.from(`<${tag}`);
  for (let at = xml.indexOf(open); at >= 0 && count <= limit; at = xml.indexOf(open, at + open.length)) {
    const next = xml[at + open.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count++;
  }
  return count;
}

/**
 * The checks before exceljs: the declared sizes of the parts within the limit, then each part inflated
 * with a ceiling (the declared sizes may lie) and its size compared, the worksheets' rows and cells counted.
 */
function checkWorkbook(bytes: Uint8Array, limits: ReadLimits): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = zipParts(zip);
  const declared = parts.reduce((s, p) => s + p.declaredSize, 0);
  const limit = { format: 'XLSX', max: limits.maxInflatedBytes, setting: INFLATED };
  if (declared > limits.maxInflatedBytes) throw tooLarge(say('xlsx.declaredTooLarge', { ...limit, size: declared }), 1, say('xlsx.inflatesTo', { size: declared }));
  // a ZIP bomb inflates a thousand times; a worksheet's XML, some ten to thirty times
  const ratioCeiling = (p: Part) => Math.max(RATIO_GRACE_BYTES, p.compressedSize * limits.maxRatio);
  const ratioProblem = (p: Part, how: Said) =>
    tooLarge(
      say('xlsx.ratio', { ...XLSX, part: p.name, how, compressed: p.compressedSize, ratio: limits.maxRatio, setting: 'KPCS_IMPORT_MAX_RATIO' }),
      1,
      say('xlsx.ratioDetail', { part: p.name, ratio: limits.maxRatio }),
    );
  for (const p of parts) if (p.declaredSize > ratioCeiling(p)) throw ratioProblem(p, say('xlsx.ratioDeclared', { size: p.declaredSize }));
  let inflated = 0;
  let rows = 0;
  let cells = 0;
  for (const p of parts) {
    const data = zip.subarray(p.dataStart, p.dataStart + p.compressedSize);
    let out: Buffer;
    if (p.method === 0) out = data;
    else {
      try {
        const ceiling = Math.min(limits.maxInflatedBytes - inflated, ratioCeiling(p));
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, ceiling + 1) });
      } catch (e) {
        const past = (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError;
        if (past && ratioCeiling(p) < limits.maxInflatedBytes - inflated) throw ratioProblem(p, say('xlsx.ratioPast', { size: ratioCeiling(p), declared: p.declaredSize }));
        if (past) throw tooLarge(say('xlsx.pastAlone', { ...limit, part: p.name }), 1, say('xlsx.partPast', { part: p.name }));
        throw notXlsx(say('xlsx.notInflated', { part: p.name, reason: { text: (e as Error).message } }));
      }
    }
    inflated += out.length;
    if (inflated > limits.maxInflatedBytes) throw tooLarge(say('xlsx.past', limit), 1, say('xlsx.pastAt', { part: p.name }));
    if (out.length !== p.declaredSize) throw notXlsx('xlsx.sizeLies', { part: p.name, size: out.length, declared: p.declaredSize });
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(p.name)) {
      rows += countTag(out, 'row', limits.maxRows - rows);
      cells += countTag(out, 'c', limits.maxCells - cells);
      if (rows > limits.maxRows) throw rowsProblem(rows, limits, limits.maxRows + 1);
      if (cells > limits.maxCells) {
        throw tooLarge(say('xlsx.cells', { cells, part: p.name, max: limits.maxCells, setting: 'KPCS_IMPORT_MAX_CELLS' }), 1, say('xlsx.moreCells', { max: limits.maxCells }));
      }
    }
  }
}

async function readXlsx(bytes: Uint8Array, limits: ReadLimits): Promise<Table> {
  checkWorkbook(bytes, limits);
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw notXlsx({ text: (e as Error).message });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw invalid(say('xlsx.noSheet'), 1, say('xlsx.noSheetDetail'));
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
function numberText(x: number): string {
  if (Number.isInteger(x)) return x.toFixed(0);
  const s = String(x);
  return /e/i.test(s) ? x.toFixed(20).replace(/0+$/, '') : s;
}

// ---- the thread: one job per message, the answer posted back (file-pool.ts) ----

export const READER_ROLE = 'kpcs-statistics-file-reader';

export interface Job {
  id: number;
  format: FileFormat;
  bytes: Uint8Array;
  limits: ReadLimits;
}

export type Answer = { id: number; table: Table } | { id: number; problem: Problem } | { id: number; error: string };

if (parentPort && (workerData as { role?: string } | undefined)?.role === READER_ROLE) {
  const port = parentPort;
  port.on('message', async (job: Job) => {
    let answer: Answer;
    try {
      answer = { id: job.id, table: await readTable(job.format, job.bytes, job.limits) };
    } catch (e) {
      answer = e instanceof FileProblem ? { id: job.id, problem: e.problem } : { id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(answer);
  });
}
