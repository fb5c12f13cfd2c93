// What the command line of certificates reads: JSON files and numbers given as options, refused in
// the reader's language (cli-messages.ts) when they cannot be read.
import { readFileSync } from 'node:fs';
import { detail, invalid } from '../core/errors.js';
import { field, notJson } from '../core/messages.js';
import { m } from './cli-messages.js';

/** The JSON in `file`, the kind of document it holds naming it in a refusal. */
export function readJson(file: string, kind: 'what.request' | 'what.certificate' | 'what.trustList' | 'what.consistencyProof'): unknown {
  const what = m(kind);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw invalid(m('file.unreadable', { what, file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), [detail(file, field('unreadable'))]);
  }
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
