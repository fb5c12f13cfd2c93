// Reading trade and production files (CSV or XLSX, the columns of the interchange formats) into rows of text.
// Rows are numbered as a spreadsheet shows them: the header is row 1, the first figures row 2.
// Only the shape is checked here (encoding, header, cell counts); the figures are checked by model.ts.
import { importLimits, type ImportLimits } from '../core/config.js';
import { detail, detailAt, invalid, messagesOf, type ErrorDetail } from '../core/errors.js';
import { verbatim } from '../core/i18n.js';
import { m } from './file-messages.js';
import type { FileFormat, Table } from './file-reader.js';
import { readInThread } from './file-pool.js';
import { checkHeader, type RawRow, type SubmissionKind } from './model.js';

export type { FileFormat } from './file-reader.js';

export function formatOf(fileName: string): FileFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

/** The refusal of a request whose body is not a file (POST …/import/{kind}). */
export const notAFile = () => invalid(m('body.notFile', { header: 'Content-Type', csv: 'text/csv', format: 'XLSX' }), [detail('body', m('body.notFileDetail'))]);

/** The refusal of a file whose name says neither format (the command line). */
export const notAFileName = (file: string) => invalid(m('cli.extension', { file, csv: '.csv', xlsx: '.xlsx' }));

/** The refusal of a file that cannot be read from disk (the command line). */
export const unreadableFile = (file: string, e: Error) => invalid(m('cli.unreadable', { file, reason: verbatim(e.message) }));

/**
 * The rows of a file. It is read in a thread (file-pool.ts, file-reader.ts) within the limits of
 * KPCS_IMPORT_* (core/config.ts, importLimits) — inflated size, rows, cells, time, memory — so the
 * server keeps answering meanwhile; its shape (header, cell counts) is checked here.
 */
export async function readRows(kind: SubmissionKind, format: FileFormat, bytes: Uint8Array, limits: ImportLimits = importLimits()): Promise<RawRow[]> {
  const table = await readInThread(format, bytes, limits);
  return toRows(kind, table);
}

function toRows(kind: SubmissionKind, table: Table): RawRow[] {
  const [head, ...body] = table.records;
  const columns = kind === 'trade' ? 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates' : 'reporter,period,mining,carats,value_usd';
  if (!head) throw invalid(m(`empty.${kind}`, { columns }), [detailAt({ row: 1 }, m('empty.detail'))]);
  const header = head.cells.map((c) => c.trim());
  const headerErrors = checkHeader(kind, header);
  if (headerErrors.length) throw invalid(m(`header.${kind}`, { problems: messagesOf(headerErrors) }), headerErrors);
  const errors: ErrorDetail[] = [];
  const rows: RawRow[] = [];
  for (const rec of body) {
    if (rec.cells.every((c) => c.trim() === '')) continue;
    if (rec.cells.length > header.length && rec.cells.slice(header.length).some((c) => c.trim() !== '')) {
      errors.push(detailAt({ row: rec.row }, m('row.cells', { cells: rec.cells.length, columns: header.length })));
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = rec.cells[i] ?? ''));
    rows.push({ row: rec.row, values });
  }
  if (errors.length) throw invalid(m('rows.mismatch', { count: errors.length }), errors);
  return rows;
}
