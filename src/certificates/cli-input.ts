// What the command line of certificates reads: JSON files and numbers given as options, refused in
// the reader's language (cli-messages.ts) when they cannot be read.
import { readFileSync } from 'node:fs';
import { detail, invalid } from '../core/errors.js';
import { field, notJson } from '../core/messages.js';
import { m } from './cli-messages.js';
import { checkTrustList, type TrustList } from './signing.js';

type What = 'what.request' | 'what.certificate' | 'what.certificates' | 'what.trustList' | 'what.consistencyProof';

/** The text of `file`, the kind of document it holds naming it in a refusal. */
export function readText(file: string, kind: What): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw invalid(m('file.unreadable', { what: m(kind), file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), [detail(file, field('unreadable'))]);
  }
}

/** The JSON in `file`, the kind of document it holds naming it in a refusal. */
export function readJson(file: string, kind: What): unknown {
  const what = m(kind);
  const text = readText(file, kind);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw invalid(m('file.notJson', { what, file, format: 'JSON', reason: (e as Error).message }), [detail(file, notJson())]);
  }
}

/** The number an option gives (`what`: the option's name). */
export function number(value: string, what: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw invalid(m('option.notANumber', { option: what, value }), [detail(what, field('notANumber'))]);
  return n;
}

/** A whole number of at least `min` an option gives (`option`: its name). */
export function count(value: string, option: string, min: number): number {
  const n = number(value, option);
  if (!Number.isInteger(n) || n < min) throw invalid(m('option.notACount', { option, value: String(value) }), [detail(option, m('option.notACount.detail'))]);
  return n;
}

/** The moment `--at` names (yyyy-mm-dd: the end of that day, or an ISO time); now without it. */
export function atOption(value: string | undefined): Date {
  const at = value === undefined ? new Date() : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59Z` : value);
  if (Number.isNaN(at.getTime())) throw invalid(m('option.notATime', { option: '--at', value: String(value) }), [detail('at', m('option.notATime.detail'))]);
  return at;
}

/** The trust list in `file`, its signature checked (and its chain to `pin`, a key trusted before). */
export function trustListFile(file: string, pin: string | undefined, path = file): { list: TrustList; path?: string[] } {
  const checked = checkTrustList(readJson(file, 'what.trustList'), pin);
  if (!checked.ok) throw invalid(m('trustList.unusable', { reason: checked.reason }), [{ path, message: checked.reason }]);
  return checked;
}

