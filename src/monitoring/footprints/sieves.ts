// Sieve schemes: how the trade writes a size class, and the conversion of other schemes to the
// reference scheme (the trade's round-hole diamond sieve plates, numbered 000 … 21).
//
// Apertures: the round-hole diameters of the diamond sieve plates as published in the trade's sieve
// charts (the melee/rough sieve charts that accompany Diamond Trading Company-style plate sets and
// dealers' conversion tables: sieve 1 ≈ 1.10 mm rising by 0.05 mm per half size to sieve 6 ≈ 1.60 mm,
// then by 0.10 mm per half size to sieve 20 ≈ 4.40 mm; 21 is the largest plate of the usual set).
// They are APPROXIMATE (plate makers differ by a few hundredths of a millimetre); what matters for a
// footprint is that every sample is expressed on the same boundaries, which the sieve numbers are.
// A dealer's guide on sieve usage (SRDC, "Polished Diamond Grading", p. 24) confirms the numbering
// 000, 00, 0, 1, 1½, 2 … 20 and the notation: "+11" stays on sieve 11, "−6½" falls through sieve 6½.
import type { ErrorDetail } from '../../core/errors.js';
import type { Msg } from '../../core/i18n.js';
import { m } from './messages.js';

/** sieve number → aperture (mm), smallest first */
export const SIEVES: readonly { sieve: string; mm: number }[] = [
  { sieve: '000', mm: 0.8 },
  { sieve: '00', mm: 0.9 },
  { sieve: '0', mm: 1.0 },
  // half size between plates 0 and 1 (some sets carry it, e.g. the class -1+0.5); interpolated like the other half sizes
  { sieve: '0.5', mm: 1.05 },
  { sieve: '1', mm: 1.1 },
  { sieve: '1.5', mm: 1.15 },
  { sieve: '2', mm: 1.2 },
  { sieve: '2.5', mm: 1.25 },
  { sieve: '3', mm: 1.3 },
  { sieve: '3.5', mm: 1.35 },
  { sieve: '4', mm: 1.4 },
  { sieve: '4.5', mm: 1.45 },
  { sieve: '5', mm: 1.5 },
  { sieve: '5.5', mm: 1.55 },
  { sieve: '6', mm: 1.6 },
  { sieve: '6.5', mm: 1.7 },
  { sieve: '7', mm: 1.8 },
  { sieve: '7.5', mm: 1.9 },
  { sieve: '8', mm: 2.0 },
  { sieve: '8.5', mm: 2.1 },
  { sieve: '9', mm: 2.2 },
  { sieve: '9.5', mm: 2.3 },
  { sieve: '10', mm: 2.4 },
  { sieve: '10.5', mm: 2.5 },
  { sieve: '11', mm: 2.6 },
  { sieve: '11.5', mm: 2.7 },
  { sieve: '12', mm: 2.8 },
  { sieve: '12.5', mm: 2.9 },
  { sieve: '13', mm: 3.0 },
  { sieve: '13.5', mm: 3.1 },
  { sieve: '14', mm: 3.2 },
  { sieve: '14.5', mm: 3.3 },
  { sieve: '15', mm: 3.4 },
  { sieve: '15.5', mm: 3.5 },
  { sieve: '16', mm: 3.6 },
  { sieve: '16.5', mm: 3.7 },
  { sieve: '17', mm: 3.8 },
  { sieve: '17.5', mm: 3.9 },
  { sieve: '18', mm: 4.0 },
  { sieve: '18.5', mm: 4.1 },
  { sieve: '19', mm: 4.2 },
  { sieve: '19.5', mm: 4.3 },
  { sieve: '20', mm: 4.4 },
  { sieve: '21', mm: 4.6 },
];

/**
 * The schemes a sample may be written in:
 * - `sieve` (the reference): trade sieve numbers, `+9-9.5`, `-1+0.5`, `+21`, `-1`;
 * - `mm`: round-hole apertures in millimetres, `+2.2-2.3`, `+4.6`, `-1.1` — each boundary is converted to
 *   the sieve plate of that aperture (within ±0.02 mm); a boundary between two plates cannot be converted
 *   without re-sieving and is refused, never rounded silently.
 */
export const SCHEMES = ['sieve', 'mm'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** A class on the reference scheme: from one sieve boundary (index into SIEVES, -1 = nothing smaller) to the next (SIEVES.length = open top). */
export interface SieveClass {
  /** index of the sieve the stones stay on; -1 when the class is "through" only (e.g. `-1`) */
  lower: number;
  /** index of the sieve the stones fall through; SIEVES.length when open at the top (e.g. `+21`) */
  upper: number;
}

export const TOP = SIEVES.length;

/** The class as the trade writes it on the reference scheme: `+9-9.5`, `+21`, `-1`. */
export function classLabel(c: SieveClass): string {
  const lo = c.lower >= 0 ? `+${SIEVES[c.lower]!.sieve}` : '';
  const hi = c.upper < TOP ? `-${SIEVES[c.upper]!.sieve}` : '';
  return lo + hi || 'all';
}

function sieveIndex(token: string): number {
  const t = token.replace('½', '.5').replace(/^(\d+) 1\/2$/, '$1.5');
  const norm = /^0+$/.test(t) ? t : t.replace(/^0+(?=\d)/, '').replace(/\.0$/, '');
  return SIEVES.findIndex((s) => s.sieve === norm);
}

function mmIndex(token: string): number {
  const v = Number(token);
  if (!Number.isFinite(v)) return -2;
  return SIEVES.findIndex((s) => Math.abs(s.mm - v) <= 0.02 + 1e-9);
}

/** Why a class cannot be read: the message (for the reader's language) and its English text. */
export interface ClassProblem {
  error: string;
  msg: Msg;
}

const problem = (msg: Msg): ClassProblem => ({ error: msg.render('en'), msg });

export interface ParsedClass {
  class: SieveClass;
  /** how a boundary of another scheme was converted, when it was */
  conversion?: string;
}

/**
 * Reads one size class of a scheme into the reference scheme; returns the reason when it cannot.
 * Bounds may come in either order (`+9-9.5` or `-9.5+9`); one bound alone leaves the class open.
 */
export function parseClass(text: string, scheme: Scheme): ParsedClass | ClassProblem {
  const raw = text.trim().replace(/\s+/g, ' ').replace(/[−–]/g, '-').replace(/mm$/i, '');
  const b = /^([+-])\s?([0-9.½]+(?: 1\/2)?)\s?(?:([+-])\s?([0-9.½]+(?: 1\/2)?))?$/.exec(raw);
  if (!b) return problem(m('class.notAClass', { text, a: '+9-9.5', b: '+21', c: '-1' }));
  const bounds: { sign: string; token: string }[] = [{ sign: b[1]!, token: b[2]! }];
  if (b[3]) bounds.push({ sign: b[3], token: b[4]! });
  if (bounds.length === 2 && bounds[0]!.sign === bounds[1]!.sign) return problem(m('class.twoBounds', { text, sign: bounds[0]!.sign }));
  let lower = -1;
  let upper = TOP;
  const conversions: string[] = [];
  for (const bound of bounds) {
    let i: number;
    if (scheme === 'sieve') {
      i = sieveIndex(bound.token);
      if (i < 0) return problem(m('class.notSieve', { token: bound.token, plates: SIEVES.map((s) => s.sieve).join(', '), example: 'scheme mm' }));
    } else {
      i = mmIndex(bound.token);
      if (i === -2) return problem(m('class.notMm', { token: bound.token }));
      if (i < 0) {
        const v = Number(bound.token);
        const above = SIEVES.findIndex((s) => s.mm > v);
        const below = above <= 0 ? undefined : SIEVES[above - 1];
        const next = above < 0 ? undefined : SIEVES[above];
        const largest = SIEVES.at(-1)!;
        const where = below && next
          ? m('where.between', { below: below.sieve, belowMm: below.mm, above: next.sieve, aboveMm: next.mm })
          : next ? m('where.below', { sieve: next.sieve, mm: next.mm }) : m('where.above', { sieve: largest.sieve, mm: largest.mm });
        return problem(m('class.noBoundary', { token: bound.token, where }));
      }
      conversions.push(`${bound.token} mm → sieve ${SIEVES[i]!.sieve}`);
    }
    if (bound.sign === '+') lower = i;
    else upper = i;
  }
  if (lower >= upper) return problem(m('class.reversed', { text }));
  return { class: { lower, upper }, ...(conversions.length && { conversion: conversions.join(', ') }) };
}

export function isScheme(v: string): v is Scheme {
  return (SCHEMES as readonly string[]).includes(v);
}

export type { ErrorDetail };
