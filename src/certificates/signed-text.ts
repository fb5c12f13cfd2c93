// A signed text says what it shows: the characters refused in every text of a certificate request,
// because they make it display otherwise than it reads in the signed bytes (pure; model.checkShape).
import { detail, type ErrorDetail } from '../core/errors.js';
import { m as rq } from './request-messages.js';

/**
 * Characters that make a text display otherwise than it reads in the signed bytes: bidirectional
 * controls reorder what follows (an exporter "Acme \u202Eevil" prints as "Acme live"), zero-width
 * characters make two different names look the same, and U+FFFD marks text already damaged by a
 * wrong decoding. Refused in every signed text of a request.
 */
const FORBIDDEN_TEXT: readonly { from: number; to: number; what: Parameters<typeof rq>[0] }[] = [
  { from: 0x202a, to: 0x202e, what: 'char.bidi' },
  { from: 0x2066, to: 0x2069, what: 'char.isolate' },
  { from: 0x200b, to: 0x200d, what: 'char.zeroWidth' },
  { from: 0xfeff, to: 0xfeff, what: 'char.bom' },
  { from: 0xfffd, to: 0xfffd, what: 'char.replacement' },
  // found by an attacker's review: more characters that show nothing, or move what is shown
  { from: 0x200e, to: 0x200f, what: 'char.mark' },
  { from: 0x061c, to: 0x061c, what: 'char.arabicMark' },
  // (the other C0 controls and DEL are refused with the party's shape, brokenText below; a line break stays allowed)
  { from: 0x0009, to: 0x0009, what: 'char.tab' },
  { from: 0x000d, to: 0x000d, what: 'char.carriageReturn' },
  { from: 0x0080, to: 0x009f, what: 'char.control' },
  { from: 0x00ad, to: 0x00ad, what: 'char.softHyphen' },
  { from: 0x180e, to: 0x180e, what: 'char.zeroWidth' },
  { from: 0x2028, to: 0x2029, what: 'char.separator' },
  { from: 0x2060, to: 0x2064, what: 'char.invisible' },
  { from: 0x115f, to: 0x1160, what: 'char.hangulFiller' },
  { from: 0x3164, to: 0x3164, what: 'char.hangulFiller' },
  { from: 0xffa0, to: 0xffa0, what: 'char.hangulFiller' },
  { from: 0xfe00, to: 0xfe0f, what: 'char.variation' },
  { from: 0xe0100, to: 0xe01ef, what: 'char.variation' },
  { from: 0xe0000, to: 0xe007f, what: 'char.tag' },
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** RFC 8785 cannot canonicalize broken UTF-16 (a lone surrogate), nor should a certificate carry control characters. */
export const brokenText = (v: string) => LONE_SURROGATE.test(v) || CONTROL.test(v);

const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The violations of one text: each forbidden character named as U+XXXX with its position (1-based, in characters). */
export function forbiddenCharacters(text: string, path: string): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  let position = 0;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0)!;
    const rule = FORBIDDEN_TEXT.find((f) => cp >= f.from && cp <= f.to);
    if (rule) out.push(detail(path, rq('text.forbidden', { codePoint: codePoint(cp), what: rq(rule.what), position: String(position) })));
  }
  return out;
}

/**
 * Every text of a request (the signed free text: names, addresses, and any text field a request may
 * carry), walked with its path: bidi controls, zero-width characters and U+FFFD are refused. Texts
 * are NFC-normalised before signing (normalizeRequest), so a verifier sees the bytes that were signed.
 */
export function checkSignedText(req: Record<string, unknown>): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const walk = (v: unknown, path: string, depth: number) => {
    if (typeof v === 'string') out.push(...forbiddenCharacters(v, path));
    else if (Array.isArray(v) && depth < 8) v.forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1));
    else if (v !== null && typeof v === 'object' && depth < 8) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, depth + 1);
  };
  walk(req, '', 0);
  return out;
}
