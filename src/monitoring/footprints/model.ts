// Footprints of origin: a sample's size-frequency distribution (stones and carats per sieve class),
// read from footprint.csv and normalised to the reference sieve scheme, and the comparison of a
// parcel with the reference distributions of the producing areas. Pure: no store, no clock.
//
// The statistics (all on the classes both samples can be expressed in, see `commonBins`):
// - chi-square on stones per class: observed = the parcel's stones, expected = the parcel's total times
//   the reference's proportion of stones in that class. Classes whose expected count is below 5 are
//   merged with their neighbours (smallest sizes upwards) until every expected count is at least 5, the
//   usual condition for the chi-square approximation; degrees of freedom = merged classes − 1; the
//   p-value is the upper regularised gamma function Q(df/2, χ²/2).
// - Kolmogorov–Smirnov distance on the carat-weighted cumulative curve: the largest vertical gap
//   between the two samples' cumulative shares of carats, class by class (0 = same curve, 1 = disjoint).
// - carats per stone of both samples and their ratio.
// Sorted goods (a parcel made of a few sieve classes picked out of production) cannot be footprinted:
// a parcel declared sorted, or whose stones fall in fewer than MIN_CLASSES classes, gets a warning
// and no ranking.
import { detailAt, invalid, type ErrorDetail } from '../../core/errors.js';
import type { Language, Msg } from '../../core/i18n.js';
import { m } from './messages.js';
import { classLabel, isScheme, parseClass, SCHEMES, SIEVES, TOP, type Scheme, type SieveClass } from './sieves.js';

export const MIN_CLASSES = 4;
export const MIN_EXPECTED = 5;
export const HEADER = ['sample', 'sieve_class', 'stones', 'carats'] as const;

export interface ClassRow {
  class: SieveClass;
  /** the class as the file wrote it */
  written: string;
  stones: number;
  /** exact decimal text, two places */
  carats: string;
}

export interface Sample {
  name: string;
  scheme: Scheme;
  rows: ClassRow[];
  /** how boundaries of another scheme were converted (empty for the reference scheme) */
  conversions: string[];
}

/** Reads footprint.csv records (header first) into one sample; all or nothing, every bad row named. */
export function readSample(records: { row: number; cells: string[] }[], declared?: string): Sample {
  const [head, ...body] = records;
  const header = (head?.cells ?? []).map((c) => c.trim().toLowerCase());
  const missing = HEADER.filter((h) => !header.includes(h));
  const unknown = header.filter((h) => !(HEADER as readonly string[]).includes(h) && h !== 'scheme');
  if (!head || missing.length || unknown.length) {
    const problems = [...(missing.length ? [m('header.missing', { columns: missing.join(', ') })] : []), ...(unknown.length ? [m('header.unknown', { columns: unknown.join(', ') })] : [])];
    throw invalid(m('file.header', { header: HEADER.join(','), optional: 'scheme', problems: problems.length ? problems : m('header.none') }), [detailAt({ row: 1 }, m('header.bad'))]);
  }
  const col = (name: string) => header.indexOf(name);
  const errors: ErrorDetail[] = [];
  if (declared !== undefined && !isScheme(declared)) errors.push(detailAt({ path: 'scheme' }, m('scheme.unknown', { scheme: declared, known: SCHEMES.join(', ') })));
  const rows: ClassRow[] = [];
  const names = new Set<string>();
  let fileScheme: string | undefined;
  const conversions: string[] = [];
  for (const rec of body) {
    if (rec.cells.every((c) => c.trim() === '')) continue;
    const cell = (name: string) => (col(name) >= 0 ? (rec.cells[col(name)] ?? '').trim() : '');
    const err = (column: string, msg: Msg) => errors.push(detailAt({ row: rec.row, column }, msg));
    const name = cell('sample');
    if (!name) err('sample', m('sample.noName'));
    else names.add(name);
    let scheme: string = declared ?? 'sieve';
    if (col('scheme') >= 0) {
      const s = cell('scheme') || 'sieve';
      if (!isScheme(s)) err('scheme', m('scheme.unknown', { scheme: s, known: SCHEMES.join(', ') }));
      else if (declared !== undefined && s !== declared) err('scheme', m('scheme.differs', { row: s, declared }));
      else if (fileScheme !== undefined && s !== fileScheme) err('scheme', m('scheme.mixed', { scheme: fileScheme }));
      scheme = s;
      fileScheme ??= s;
    }
    let cls: SieveClass | undefined;
    if (isScheme(scheme)) {
      const parsed = parseClass(cell('sieve_class'), scheme);
      if ('error' in parsed) err('sieve_class', parsed.msg);
      else {
        cls = parsed.class;
        if (parsed.conversion) conversions.push(`${cell('sieve_class')}: ${parsed.conversion}`);
      }
    }
    const stonesText = cell('stones');
    const stones = Number(stonesText);
    if (!/^\d+$/.test(stonesText)) err('stones', m('stones.notWhole', { text: stonesText }));
    const caratsText = cell('carats');
    if (!/^\d+(\.\d{1,2})?$/.test(caratsText)) err('carats', m('carats.notWeight', { text: caratsText }));
    else if (/^\d+$/.test(stonesText)) {
      const c = Number(caratsText);
      if (stones === 0 && c > 0) err('carats', m('carats.noStones'));
      if (stones > 0 && c === 0) err('carats', m('stones.noWeight'));
    }
    if (cls) {
      const clash = rows.find((r) => r.class.lower < cls!.upper && cls!.lower < r.class.upper);
      if (clash) err('sieve_class', m('class.overlaps', { class: clash.written }));
      else rows.push({ class: cls, written: cell('sieve_class'), stones, carats: toFixed2(caratsText) });
    }
  }
  if (names.size > 1) errors.push(detailAt({ column: 'sample' }, m('sample.many', { names: [...names].join(', ') })));
  if (!errors.length && rows.length === 0) errors.push(detailAt({ row: 2 }, m('file.noClasses')));
  if (!errors.length && rows.every((r) => r.stones === 0)) errors.push(detailAt({ column: 'stones' }, m('sample.noStones')));
  if (errors.length) throw invalid(m('file.refused', { count: errors.length }), errors);
  rows.sort((a, b) => a.class.lower - b.class.lower);
  return { name: [...names][0]!, scheme: (fileScheme ?? declared ?? 'sieve') as Scheme, rows, conversions };
}

function toFixed2(text: string): string {
  const [i, f = ''] = text.split('.');
  return `${BigInt(i!)}.${f.padEnd(2, '0')}`;
}

/** A bin on the reference scheme with both samples' stones and carats in it. */
export interface Bin {
  class: SieveClass;
  label: string;
  stones: [number, number];
  carats: [number, number];
}

/**
 * The finest classes both samples can be expressed in: the sieve boundaries the two have in common
 * (a class of either sample never straddles one of them). Samples with different sieve sets are
 * thereby compared on coarser, shared classes instead of being guessed into each other's.
 */
export function commonBins(a: ClassRow[], b: ClassRow[]): Bin[] {
  const bounds = (rows: ClassRow[]) => new Set(rows.flatMap((r) => [r.class.lower, r.class.upper]));
  const ba = bounds(a);
  const bb = bounds(b);
  const shared = [...ba].filter((x) => bb.has(x)).sort((x, y) => x - y);
  // the extremes are always shared: nothing is smaller than "nothing" nor larger than "open top"
  const edges = [...new Set([-1, ...shared, TOP])].sort((x, y) => x - y);
  const bins: Bin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const cls = { lower: edges[i]!, upper: edges[i + 1]! };
    bins.push({ class: cls, label: classLabel(cls), stones: [0, 0], carats: [0, 0] });
  }
  const put = (rows: ClassRow[], side: 0 | 1) => {
    for (const r of rows) {
      const bin = bins.find((x) => x.class.lower <= r.class.lower && r.class.upper <= x.class.upper)!;
      bin.stones[side] += r.stones;
      bin.carats[side] += Number(r.carats);
    }
  };
  put(a, 0);
  put(b, 1);
  // drop the empty ends (nothing on either side) so tables and charts show what was sieved
  const used = bins.filter((x) => x.stones[0] + x.stones[1] > 0);
  if (!used.length) return [];
  return bins.slice(bins.indexOf(used[0]!), bins.indexOf(used.at(-1)!) + 1);
}

export interface ChiSquare {
  statistic: number;
  df: number;
  /** null when no test is possible (a single class after merging) */
  pValue: number | null;
  /** the classes after merging those with expected counts below 5 */
  classes: { label: string; observed: number; expected: number }[];
  /** how many classes were merged away */
  merged: number;
}

/** Chi-square of observed counts against a reference's proportions, merging sparse classes (expected ≥ 5). */
export function chiSquare(bins: { label: string; observed: number; reference: number }[]): ChiSquare | null {
  const n = bins.reduce((s, b) => s + b.observed, 0);
  const r = bins.reduce((s, b) => s + b.reference, 0);
  if (n === 0 || r === 0) return null;
  const raw = bins.map((b) => ({ labels: [b.label], observed: b.observed, expected: (n * b.reference) / r }));
  const merged: typeof raw = [];
  let acc: (typeof raw)[number] | undefined;
  for (const b of raw) {
    acc = acc ? { labels: [...acc.labels, ...b.labels], observed: acc.observed + b.observed, expected: acc.expected + b.expected } : { ...b };
    if (acc.expected >= MIN_EXPECTED) {
      merged.push(acc);
      acc = undefined;
    }
  }
  if (acc) {
    const last = merged.pop();
    merged.push(last ? { labels: [...last.labels, ...acc.labels], observed: last.observed + acc.observed, expected: last.expected + acc.expected } : acc);
  }
  const statistic = merged.reduce((s, b) => s + (b.expected > 0 ? (b.observed - b.expected) ** 2 / b.expected : 0), 0);
  const df = merged.length - 1;
  const label = (labels: string[]) => (labels.length === 1 ? labels[0]! : mergedLabel(labels));
  return {
    statistic,
    df,
    pValue: df > 0 ? gammaQ(df / 2, statistic / 2) : null,
    classes: merged.map((b) => ({ label: label(b.labels), observed: b.observed, expected: b.expected })),
    merged: raw.length - merged.length,
  };
}

function mergedLabel(labels: string[]): string {
  const first = /^\+[^-+]+/.exec(labels[0]!)?.[0] ?? '';
  const last = /-[^-+]+$/.exec(labels.at(-1)!)?.[0] ?? '';
  return first + last || 'all';
}

/** Kolmogorov–Smirnov distance between two weight curves (cumulative shares over the same ordered classes). */
export function ksDistance(a: number[], b: number[]): number {
  const ta = a.reduce((s, x) => s + x, 0);
  const tb = b.reduce((s, x) => s + x, 0);
  if (ta === 0 || tb === 0) return 1;
  let ca = 0;
  let cb = 0;
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    ca += a[i]!;
    cb += b[i]!;
    d = Math.max(d, Math.abs(ca / ta - cb / tb));
  }
  return d;
}

// ---- the regularised incomplete gamma function (Numerical Recipes §6.2: series for x < a+1, continued fraction otherwise)

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let s = c[0]!;
  for (let i = 1; i < 9; i++) s += c[i]! / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
}

/** P(a, x), the lower regularised gamma function. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) {
    let sum = 1 / a;
    let del = sum;
    let ap = a;
    for (let n = 0; n < 1000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }
  return 1 - gammaQ(a, x);
}

/** Q(a, x) = 1 − P(a, x), the upper regularised gamma function: the chi-square p-value is Q(df/2, χ²/2). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - gammaP(a, x);
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

// ---- the comparison

export interface ReferenceDistribution {
  id: string;
  participant: string;
  area: string;
  synthetic: boolean;
  rows: ClassRow[];
}

export interface Match {
  reference: { id: string; participant: string; area: string; synthetic: boolean };
  rank: number;
  chiSquare: ChiSquare | null;
  ks: number;
  caratsPerStone: { parcel: number; reference: number; ratio: number | null };
  bins: Bin[];
}

export interface Comparison {
  parcel: { name: string; scheme: Scheme; conversions: string[]; stones: number; carats: number; classes: number };
  /** why there is no ranking (sorted goods), when there is none */
  warning?: string;
  matches: Match[];
  method: string;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export function compare(parcel: Sample, references: ReferenceDistribution[], options: { sorted?: boolean; lang?: Language } = {}): Comparison {
  const lang = options.lang ?? 'en';
  const method = m('compare.method').render(lang);
  const stones = sum(parcel.rows.map((r) => r.stones));
  const carats = sum(parcel.rows.map((r) => Number(r.carats)));
  const classes = parcel.rows.filter((r) => r.stones > 0).length;
  const head = { name: parcel.name, scheme: parcel.scheme, conversions: parcel.conversions, stones, carats: round2(carats), classes };
  if (options.sorted) return { parcel: head, warning: m('compare.sorted').render(lang), matches: [], method };
  if (classes < MIN_CLASSES) {
    return { parcel: head, warning: m('compare.fewClasses', { classes, min: MIN_CLASSES }).render(lang), matches: [], method };
  }
  const matches: Match[] = references.map((ref) => {
    const bins = commonBins(parcel.rows, ref.rows);
    const cs = chiSquare(bins.map((b) => ({ label: b.label, observed: b.stones[0], reference: b.stones[1] })));
    const refStones = sum(ref.rows.map((r) => r.stones));
    const refCarats = sum(ref.rows.map((r) => Number(r.carats)));
    const cpsP = carats / stones;
    const cpsR = refStones ? refCarats / refStones : 0;
    return {
      reference: { id: ref.id, participant: ref.participant, area: ref.area, synthetic: ref.synthetic },
      rank: 0,
      chiSquare: cs,
      ks: ksDistance(bins.map((b) => b.carats[0]), bins.map((b) => b.carats[1])),
      caratsPerStone: { parcel: cpsP, reference: cpsR, ratio: cpsR ? cpsP / cpsR : null },
      bins,
    };
  });
  const p = (m: Match) => (m.chiSquare?.pValue ?? -1);
  const perDf = (m: Match) => (m.chiSquare && m.chiSquare.df > 0 ? m.chiSquare.statistic / m.chiSquare.df : Infinity);
  matches.sort((a, b) => p(b) - p(a) || perDf(a) - perDf(b) || a.ks - b.ks);
  matches.forEach((m, i) => (m.rank = i + 1));
  return { parcel: head, matches, method };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The sample's rows as the reference scheme writes them (what a stored reference keeps). */
export function normalisedRows(sample: Sample): { sieveClass: string; lower: number; upper: number; stones: number; carats: string; written: string }[] {
  return sample.rows.map((r) => ({ sieveClass: classLabel(r.class), lower: r.class.lower, upper: r.class.upper, stones: r.stones, carats: r.carats, written: r.written }));
}

export { SIEVES };
