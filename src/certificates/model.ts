// Kimberley Process certificates: the request, the signed document, and the scheme's rules as pure
// functions. checkRequest() takes the request and the registry facts of the day and returns EVERY
// violation with the path of the field at fault, so an officer fixes a request in one round.
import { detail, detailAt, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import { country, day as isoDay, type Msg } from '../core/i18n.js';
import { m } from './messages.js';
import { m as rq } from './request-messages.js';
import { m as rc } from './receipt-messages.js';
import { inPeriod, type IsoDay } from '../core/time.js';
import { bars, legalBasis, statusWord, type MeasureScope } from '../participants/model.js';

import { HS_CODES, LIMITS, type HsCode } from '../core/goods.js';
import { NUMBER_PATTERN } from './numbering.js';
import { brokenText, checkSignedText } from './signed-text.js';
import { checkFields, FIELD_NAMES, signedRequest, type FieldValues } from './fields.js';

export { HS_CODES, LIMITS, type HsCode } from '../core/goods.js';

export const STATEMENT =
  'The rough diamonds in this shipment have been handled in accordance with the provisions of the Kimberley Process Certification Scheme for rough diamonds.';

export interface Party {
  name: string;
  address: string;
  country: string;
}

export interface GoodsLine {
  hsCode: HsCode;
  carats: number;
  valueUsd: number;
}

/** A request: its simple fields (origin, provenance, parcels…) as declared in fields.ts, and the bespoke ones. */
export interface CertificateRequest extends FieldValues {
  exporter: Party;
  importer: Party;
  goods: GoodsLine[];
  /** a re-export: the import certificates it draws on and the carats drawn on each (signed; absent on other certificates) */
  imports?: ImportDrawing[];
  /** a re-export of mixed origin: the countries of origin of what it draws on (set by the authority, signed) */
  origins?: string[];
}

export interface ImportDrawing {
  number: string;
  carats: number;
}

/** The signed content. Field names of the request are kept; the rest is added by the issuing authority. */
export interface CertificateBody extends CertificateRequest {
  type: 'kp-certificate';
  version: 1;
  title: 'Kimberley Process Certificate';
  statement: string;
  number: string;
  issuedAt: string;
  expiresAt: string;
  issuer: {
    participant: string;
    name: string;
    authority: string | null;
    /** the member state of export for an EU certificate, else the Participant itself */
    countryOfExport: string;
    keyId: string;
  };
  totals: { carats: number; valueUsd: number };
  /** where the certificate sits in the public log; signed, so the holder's proof is bound to it */
  transparency: { leafIndex: number; treeSize: number; rootHash: string };
}

export interface SignedCertificate extends CertificateBody {
  signature: { alg: 'Ed25519'; value: string };
  /** the inclusion proof of the issue leaf in the tree of `transparency.treeSize` leaves (hex, leaf side first); not signed — it is checked by recomputation to the signed root */
  logProof: string[];
}

/** Fields outside the signed content. */
export const UNSIGNED_FIELDS = ['signature', 'logProof'] as const;

export interface StandingFact {
  country: string;
  participant: string;
  status: string | null;
  goodStanding: boolean;
  measures: MeasureFact[];
  /** the registry's names of the country and of its Participant (the code when absent) */
  name?: string;
  participantName?: string;
}

export interface MeasureFact {
  kind: string;
  basis: string;
  validFrom: string;
  validTo: string | null;
  /** the registry entry it is imposed on (the country, or the Participant speaking for it) */
  target?: string;
  /** the resolution's symbol, e.g. S/RES/1643 (2005) */
  symbol?: string | null;
  /** what it bars; a measure without one bars rough diamonds from its target */
  scope?: MeasureScope;
}

/** What the rules need to know about the registry on the day of issue. */
export interface RegistryFacts {
  day: IsoDay;
  issuer: { code: string; status: string | null; goodStanding: boolean };
  /** standing of every country the request names (exporter, importer, origin, provenance) */
  countries: Record<string, StandingFact>;
}

const ISO = /^[A-Z]{2}$/;

function describeStatus(f: StandingFact | undefined, code: string): Msg {
  if (!f || f.status === null || f.status === 'non_participant') return m('status.notParticipant', { country: country(code) });
  const who = { country: country(f.participant) };
  if (f.status === 'removed') return m('status.removed', who);
  if (f.status === 'suspended') return m('status.suspended', who);
  if (f.status === 'applicant') return m('status.applicant', who);
  return m('status.other', { ...who, status: statusWord(f.status) });
}

export const decimals = (x: number) => {
  const s = String(x);
  if (s.includes('e')) return 99;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

function checkParty(p: unknown, path: string): ErrorDetail[] {
  if (typeof p !== 'object' || p === null) return [detail(path, rq('party.required', { fields: 'name, address, country' }))];
  const out: ErrorDetail[] = [];
  const party = p as Record<string, unknown>;
  for (const key of Object.keys(party)) if (!['name', 'address', 'country'].includes(key)) out.push(detail(`${path}.${key}`, field('unknownField')));
  for (const [key, max] of [['name', LIMITS.nameLength], ['address', LIMITS.addressLength]] as const) {
    const v = party[key];
    if (typeof v !== 'string' || v.trim() === '') out.push(detail(`${path}.${key}`, rq(key === 'name' ? 'party.name' : 'party.address')));
    else if (v.length > max) out.push(detail(`${path}.${key}`, field('tooLong', { max })));
    else if (brokenText(v)) out.push(detail(`${path}.${key}`, rq('text.broken')));
  }
  if (typeof party.country !== 'string' || !ISO.test(party.country)) out.push(detail(`${path}.country`, rq('country.capitals', { standard: 'ISO 3166-1 alpha-2', example: 'ZA' })));
  return out;
}

/** A detail moved under another path (a request's within a batch), its message still from its catalogue. */
export const under = (d: ErrorDetail, path: string): ErrorDetail => (d.msg ? detailAt({ ...d, path }, d.msg) : { ...d, path });
export const notAnHsCode = () => rq('goods.hsCode', { codes: Object.keys(HS_CODES).join(', ') });

function checkAmount(v: unknown, path: string, kind: 'amount.carats' | 'amount.value' | 'amount.drawn', max: number, out: ErrorDetail[]) {
  const what = rq(kind);
  if (typeof v !== 'number' || !Number.isFinite(v)) out.push(detail(path, rq('amount.notNumber', { what })));
  else if (v <= 0) out.push(detail(path, rq('amount.notPositive', { what, value: String(v) })));
  else if (decimals(v) > 2) out.push(detail(path, rq('amount.decimals', { what, value: String(v) })));
  else if (v > max) out.push(detail(path, rq('amount.max', { what, value: String(v), max: String(max) })));
}

function checkGoods(goods: unknown): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (!Array.isArray(goods) || goods.length === 0) return [detail('goods', rq('goods.required'))];
  const seen = new Map<string, number>();
  goods.forEach((g: unknown, i: number) => {
    const path = `goods[${i}]`;
    if (typeof g !== 'object' || g === null) return out.push(detail(path, rq('goods.line', { fields: 'hsCode, carats, valueUsd' })));
    const line = g as Record<string, unknown>;
    for (const key of Object.keys(line)) if (!['hsCode', 'carats', 'valueUsd'].includes(key)) out.push(detail(`${path}.${key}`, field('unknownField')));
    if (typeof line.hsCode !== 'string' || !(line.hsCode in HS_CODES)) out.push(detail(`${path}.hsCode`, notAnHsCode()));
    else if (seen.has(line.hsCode)) out.push(detail(`${path}.hsCode`, rq('goods.hsCodeTwice', { hsCode: line.hsCode, line: String(seen.get(line.hsCode)) })));
    else seen.set(line.hsCode, i);
    checkAmount(line.carats, `${path}.carats`, 'amount.carats', LIMITS.carats, out);
    checkAmount(line.valueUsd, `${path}.valueUsd`, 'amount.value', LIMITS.valueUsd, out);
  });
  return out;
}

/** The shape and sanity of a request, without the registry. */
export function checkShape(req: unknown): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (typeof req !== 'object' || req === null || Array.isArray(req)) return [detail('', rq('request.notObject', { format: 'JSON' }))];
  const r = req as Record<string, unknown>;
  const known = ['exporter', 'importer', ...FIELD_NAMES, 'goods', 'imports', 'origins'];
  for (const key of Object.keys(r)) if (!known.includes(key)) out.push(detail(key, field('unknownField')));
  // the simple fields' rules (fields.ts), each in its place among the bespoke ones
  out.push(...checkFields(r, {
    exporter: () => checkParty(r.exporter, 'exporter'),
    importer: () => [...checkParty(r.importer, 'importer'), ...checkSignedText(r)],
    goods: () => [...checkGoods(r.goods), ...(r.imports !== undefined ? checkImportsShape(r.imports, Array.isArray(r.goods) ? totals(r.goods as GoodsLine[]).carats : undefined) : [])],
  }));
  return out;
}

/** The countries whose standing the rules need. */
export function countriesOf(req: CertificateRequest): string[] {
  const c = [req.exporter.country, req.importer.country, req.origin, req.provenance].filter((x): x is string => typeof x === 'string' && ISO.test(x));
  return [...new Set(c)];
}

/** Every rule of the scheme on a well-shaped request, judged by the registry of the day. */
export function checkRules(req: CertificateRequest, facts: RegistryFacts): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const day = facts.day;
  const issuer = country(facts.issuer.code);
  if (!facts.issuer.goodStanding) {
    const status = describeStatus({ country: facts.issuer.code, participant: facts.issuer.code, status: facts.issuer.status, goodStanding: false, measures: [] }, facts.issuer.code);
    out.push(detail('issuer', m('rule.issuerStanding', { status, day: isoDay(day) })));
  }
  const exporter = facts.countries[req.exporter.country];
  if (exporter && exporter.participant !== facts.issuer.code) {
    out.push(detail('exporter.country', exporter.participant === req.exporter.country
      ? m('rule.exporterOwnParticipant', { country: country(req.exporter.country), issuer })
      : m('rule.exporterElsewhere', { country: country(req.exporter.country), owner: country(exporter.participant), issuer })));
  }
  const importer = facts.countries[req.importer.country];
  if (!importer || !importer.goodStanding) {
    out.push(detail('importer.country', m('rule.importerStanding', { status: describeStatus(importer, req.importer.country), day: isoDay(day) })));
  } else if (importer.participant === facts.issuer.code) {
    out.push(detail('importer.country', m('rule.importerIsIssuer', { country: country(req.importer.country), issuer })));
  }
  out.push(...embargoViolations(req, facts));
  for (const [path, code] of [['origin', req.origin], ['provenance', req.provenance]] as const) {
    if (!code || code === 'mixed') continue;
    const f = facts.countries[code];
    // a measure on the country of origin or provenance, in force on the day or not: its diamonds are refused
    for (const x of (f?.measures ?? []).filter((y) => bars(scoped(y), 'export'))) {
      out.push(detail(path, m(path === 'origin' ? 'rule.originMeasure' : 'rule.provenanceMeasure', { measure: measureMsg(f!, x, day) })));
    }
  }
  return out;
}

// ---- UN diamond measures on the countries of export and import ----

const scoped = (m: MeasureFact) => ({ scope: m.scope ?? ('rough diamonds export' as const) });

/** The measures of a country's standing that bar rough diamonds leaving it (export) or reaching it (import) on a day. */
export function measuresBarring(f: StandingFact | undefined, direction: 'export' | 'import', day: IsoDay): MeasureFact[] {
  return (f?.measures ?? []).filter((m) => bars(scoped(m), direction) && inPeriod(day, m.validFrom, m.validTo));
}

/** "Côte d'Ivoire is under UN Security Council resolution 1643 (2005), a UN embargo in force on 1 June 2006 (from 15 December 2005 until 29 April 2014)" */
export function measureMsg(f: StandingFact, x: MeasureFact, on: IsoDay): Msg {
  const who = x.target && x.target !== f.country && x.target === f.participant ? m('measure.speaksFor', { country: country(f.country), participant: country(f.participant) }) : country(f.country);
  const r = x.symbol ? /^S\/RES\/(\d+) \((\d{4})\)$/.exec(x.symbol) : null;
  const basis = r ? m('measure.resolution', { number: r[1]!, year: r[2]! }) : legalBasis({ symbol: x.symbol ?? null, basis: x.basis });
  const until = x.validTo ? m('measure.until', { to: isoDay(x.validTo) }) : '';
  return m(x.kind === 'sanctions' ? 'measure.sanctions' : 'measure.embargo', { who, basis, day: isoDay(on), from: isoDay(x.validFrom), until });
}

/** The measure in English (what the findings and flags of other domains quote). */
export function describeMeasure(f: StandingFact, x: MeasureFact, on: IsoDay): string {
  return measureMsg(f, x, on).render('en');
}

/**
 * The UN diamond measures on the countries of a shipment (every State must prevent the import of rough
 * diamonds from Côte d'Ivoire under resolution 1643 (2005), from Liberia under 1343 (2001) and 1521
 * (2003)): an authority whose country is under a measure barring its exports on the day cannot issue,
 * whatever origin or provenance it declares; no certificate is issued to a country under a measure
 * barring imports into it.
 */
export function embargoViolations(req: CertificateRequest, facts: RegistryFacts): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const exporter = facts.countries[req.exporter.country];
  for (const x of measuresBarring(exporter, 'export', facts.day)) {
    out.push(detail('exporter.country', m('rule.embargoExport', { measure: measureMsg(exporter!, x, facts.day) })));
  }
  const importer = facts.countries[req.importer.country];
  for (const x of measuresBarring(importer, 'import', facts.day)) {
    out.push(detail('importer.country', m('rule.embargoImport', { measure: measureMsg(importer!, x, facts.day) })));
  }
  return out;
}

/**
 * What an importing authority or a customs officer is told about a shipment whose country of export
 * (or of import) is under a UN diamond measure on the day it left or the day it is received or checked:
 * flagged, with the measure, the country by name, the day and the legal basis.
 */
export function embargoFlags(exporter: StandingFact | undefined, importer: StandingFact | undefined, days: { issued: IsoDay; at: IsoDay }): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const seen = new Set<MeasureFact>();
  for (const [f, direction] of [[exporter, 'export'], [importer, 'import']] as const) {
    for (const day of [...new Set([days.issued, days.at])]) {
      for (const m of measuresBarring(f, direction, day)) {
        if (seen.has(m)) continue;
        seen.add(m);
        out.push(detail('embargo', rc(direction === 'export' ? 'embargo.fromCountry' : 'embargo.toCountry', { measure: measureMsg(f!, m, day) })));
      }
    }
  }
  return out;
}

export function totals(goods: readonly GoodsLine[]): { carats: number; valueUsd: number } {
  // in hundredths, so sums of two-decimal amounts stay exact
  const cents = (f: (g: GoodsLine) => number) => goods.reduce((s, g) => s + Math.round(f(g) * 100), 0) / 100;
  return { carats: cents((g) => g.carats), valueUsd: cents((g) => g.valueUsd) };
}

/** The request with only its known fields, in a stable order (what gets signed). */
export function normalizeRequest(req: CertificateRequest): CertificateRequest {
  // NFC: "é" typed as e + U+0301 and "é" as one character are signed as the same bytes
  const text = (t: string) => t.normalize('NFC').trim();
  const party = (p: Party): Party => ({ name: text(p.name), address: text(p.address), country: p.country });
  // the simple fields (fields.ts) in their places: origin and provenance after the importer, parcels after the goods
  return signedRequest({
    exporter: party(req.exporter),
    importer: party(req.importer),
    goods: req.goods.map((g) => ({ hsCode: g.hsCode, carats: g.carats, valueUsd: g.valueUsd })),
    ...(req.imports !== undefined && { imports: req.imports.map((d) => ({ number: d.number, carats: d.carats })) }),
    ...(req.origins !== undefined && { origins: req.origins }),
  }, req as unknown as Record<string, unknown>) as unknown as CertificateRequest;
}

/** A re-export's list of drawings: 1 to 100 distinct import certificates, carats with two decimals, summing to the goods' carats. */
export function checkImportsShape(v: unknown, goodsCarats: number | undefined): ErrorDetail[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > 100) return [detail('imports', rc('imports.shape', { max: '100', shape: '[{number, carats}]' }))];
  const out: ErrorDetail[] = [];
  const seen = new Set<string>();
  v.forEach((d: unknown, i: number) => {
    const path = `imports[${i}]`;
    if (typeof d !== 'object' || d === null) return out.push(detail(path, rq('goods.line', { fields: 'number, carats' })));
    const x = d as Record<string, unknown>;
    for (const key of Object.keys(x)) if (!['number', 'carats'].includes(key)) out.push(detail(`${path}.${key}`, field('unknownField')));
    if (typeof x.number !== 'string' || !new RegExp(NUMBER_PATTERN).test(x.number)) out.push(detail(`${path}.number`, rc('imports.number', { example: 'BW-2006-000123' })));
    else if (seen.has(x.number)) out.push(detail(`${path}.number`, rc('imports.twice', { number: x.number })));
    else seen.add(x.number);
    checkAmount(x.carats, `${path}.carats`, 'amount.drawn', LIMITS.carats, out);
  });
  if (out.length === 0 && goodsCarats !== undefined) {
    const drawn = v.reduce((sum: number, d: { carats: number }) => sum + Math.round(d.carats * 100), 0) / 100;
    if (Math.round(drawn * 100) !== Math.round(goodsCarats * 100)) out.push(detail('imports', rc('imports.sum', { drawn: String(drawn), goods: String(goodsCarats) })));
  }
  return out;
}

/**
 * The longest period of validity the scheme allows a certificate: an authority's validity period is 1 to
 * 366 days (participants: certificateValidityDays). A verifier refuses a certificate whose expiresAt is
 * further from its issuedAt than this, whoever signed it.
 */
export const MAX_VALIDITY_DAYS = 366;

/** How far ahead of a verifier's clock a signed time (a certificate's issue, a checkpoint, a cosignature) may be. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export function expiry(issuedAt: Date, validityDays: number): Date {
  return new Date(issuedAt.getTime() + validityDays * 86_400_000);
}
