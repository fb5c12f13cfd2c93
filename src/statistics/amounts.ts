// The numbers of the statistics (pure): amounts and counts checked as a person wrote them, with the
// reason in the reader's language, and the arithmetic of totals in cents.
import type { Msg } from '../core/i18n.js';
import { m } from './messages.js';

// Numbers: decimal strings with a dot, at most two decimals, never negative. Kept as strings to the
// database (numeric); arithmetic on totals uses cents as integers.

export type NumberCheck = { ok: true; value: string } | { ok: false; message: Msg };

export function checkAmount(text: string, maxIntegerDigits: number): NumberCheck {
  const t = text.trim();
  if (t === '') return { ok: false, message: m('field.required') };
  if (/^-\d+(\.\d+)?$/.test(t)) return { ok: false, message: m('amount.negative', { text: t }) };
  if (!/^\+?\d+(\.\d+)?$/.test(t)) return { ok: false, message: m(/^\d+,\d+$/.test(t) ? 'amount.notNumberComma' : 'amount.notNumber', { text }) };
  const unsigned = t.replace(/^\+/, '');
  const [int, dec = ''] = unsigned.split('.') as [string, string?];
  if (dec.length > 2) return { ok: false, message: m('amount.decimals', { text: t }) };
  const digits = int.replace(/^0+(?=\d)/, '');
  if (digits.length > maxIntegerDigits) return { ok: false, message: m('amount.tooLarge', { digits: String(maxIntegerDigits), text: t }) };
  return { ok: true, value: dec ? `${digits}.${dec}` : digits };
}

export function checkCount(text: string): NumberCheck {
  const t = text.trim();
  if (t === '') return { ok: false, message: m('field.required') };
  if (/^-\d+$/.test(t)) return { ok: false, message: m('amount.negative', { text: t }) };
  if (!/^\+?\d+$/.test(t)) return { ok: false, message: m('count.notWhole', { text }) };
  const n = Number(t);
  if (n > 2_147_483_647) return { ok: false, message: m('count.tooLarge', { text: t }) };
  return { ok: true, value: String(n) };
}

/** "1234.5" → 123450 (cents): exact sums of amounts with two decimals. */
export function toCents(value: string): number {
  const [int, dec = ''] = value.split('.') as [string, string?];
  return Number(int) * 100 + Number((dec + '00').slice(0, 2));
}

export function fromCents(cents: number): number {
  return Math.round(cents) / 100;
}

export const CARATS_DIGITS = 14; // numeric(16,2)
export const USD_DIGITS = 16; // numeric(18,2)

/** US$ per carat, two decimals; null without carats. */
export function perCarat(usdCents: number, caratCents: number): number | null {
  return caratCents === 0 ? null : Math.round((usdCents / caratCents) * 100) / 100;
}
