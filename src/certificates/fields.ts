// The simple fields of a certificate request, each declared ONCE: its schema, its rule, where it sits
// in the signed document, its label on the PDF in the five languages and how it is printed, and its
// term in the W3C credential. The request's schema and the answers echoing it (route-schemas.ts,
// amendment-routes.ts), the rules (model.ts checkShape), the document as signed (model.ts
// normalizeRequest, compose.ts), the PDF (pdf.ts), the credential and its JSON-LD context
// (credential.ts) and the amendment (amendment.ts) read this list; none of them names these fields.
// The parties, the goods lines and a re-export's imports and origins stay bespoke (they are objects or
// lists, with rules across their parts); so do the registry's rules on origin and provenance
// (model.ts checkRules: the standing and UN measures of the countries named).
//
// A new field: one entry below (text() for a free text), its row in docs/formats.md (and in
// docs/credentials.md when the credential carries it), and on the web its entry, with its label, in
// web/src/certificates/fields.ts; docs/openapi.json and web/src/contract follow (KPCS_UPDATE_DOCS=1).
import { Type, type Static, type TOptional, type TSchema } from 'typebox';
import { detail, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import { LIMITS } from '../core/goods.js';
import type { Language } from '../core/i18n.js';
import { m as rq } from './request-messages.js';
import { brokenText } from './signed-text.js';

/** Where a field sits among the bespoke ones (in the request, the signed document and the PDF): right after this one; a field without one goes last. */
export type Anchor = 'importer' | 'goods';

/** Words printed on the PDF: English beside the issuing Participant's language. */
export type Words = Record<Language, string>;

export interface SimpleField<N extends string = string, S extends TSchema = TSchema, O extends boolean = boolean, R extends boolean = boolean> {
  name: N;
  /** optional: absent from the request, absent from the signed document (never null) */
  optional: O;
  /** the value's schema in a request (pattern, bounds), without Optional */
  schema: S;
  /** a request may leave it out though the document always has it: the authority fills it in (a re-export's origin, issuance.ts) */
  filledIn?: R;
  /** said of the field in the request's schema only */
  description?: string;
  /** the signed document's schema (answers echo it, looser than a request's); else the schema's type alone */
  document?: TSchema;
  after?: Anchor;
  /** the rule on the request's shape: the field's value (unchecked), the whole request; catalogued messages only */
  check(value: unknown, request: Record<string, unknown>): ErrorDetail[];
  /** the value as signed (a text: NFC, trimmed); else as given */
  signed?(value: Static<S>): Static<S>;
  /** the PDF's row: the label, and how the value is printed (`both` puts English and the local words together); else as text */
  pdf: { label: Words; print?(value: Static<S>, both: (w: Words) => string): string };
  /** the credential's term (credentialSubject, in the JSON-LD context), and who is shown it (credential.ts CredentialDisclosure) */
  credential?: { term: string; disclosure: 'holder' | 'authority' };
}

const declare = <const N extends string, S extends TSchema, const O extends boolean, const R extends boolean = false>(f: SimpleField<N, S, O, R>) => f as SimpleField<N, S, O, R>;

const ISO = /^[A-Z]{2}$/;

/** A free text of at most `max` characters (signed NFC and trimmed; the forbidden characters are refused for every text, signed-text.ts). */
export function text<const N extends string, const O extends boolean>(f: Omit<SimpleField<N, TSchema, O>, 'schema' | 'check' | 'signed'> & { max: number }) {
  const { max, ...rest } = f;
  return declare({
    ...rest,
    schema: Type.String({ minLength: 1, maxLength: max }),
    check: (v: unknown) => {
      if (v === undefined && f.optional) return [];
      if (typeof v !== 'string' || v.trim() === '') return [detail(f.name, field('required'))];
      if (v.length > max) return [detail(f.name, field('tooLong', { max }))];
      if (brokenText(v)) return [detail(f.name, rq('text.broken'))];
      return [];
    },
    signed: (v: string) => v.normalize('NFC').trim(),
  });
}

export const FIELDS = [
  declare({
    name: 'origin',
    optional: false,
    schema: Type.String({ pattern: '^([A-Z]{2}|mixed)$' }),
    filledIn: true,
    description: 'ISO code of the country of origin, or "mixed" (then provenance is required); required, except on a re-export (it follows from the imports)',
    document: Type.String({ description: 'ISO code of the country of origin, or "mixed"' }),
    after: 'importer',
    check: (v) => (typeof v !== 'string' || !(ISO.test(v) || v === 'mixed') ? [detail('origin', rq('country.orMixed', { standard: 'ISO 3166-1 alpha-2', mixed: 'mixed' }))] : []),
    pdf: {
      label: { en: 'Country of origin', fr: "Pays d'origine", pt: 'País de origem', es: 'País de origen', ru: 'Страна происхождения' },
      print: (v, both) => (v === 'mixed' ? both({ en: 'mixed', fr: 'mixte', pt: 'mista', es: 'mixto', ru: 'смешанное' }) : v),
    },
    credential: { term: 'countryOfOrigin', disclosure: 'authority' },
  }),
  declare({
    name: 'provenance',
    optional: true,
    schema: Type.String({ pattern: '^[A-Z]{2}$' }),
    after: 'importer',
    check: (v, r) => [
      ...(r.origin === 'mixed' && (v === undefined || v === null) ? [detail('provenance', rq('provenance.required'))] : []),
      ...(v !== undefined && (typeof v !== 'string' || !ISO.test(v)) ? [detail('provenance', rq('country.code', { standard: 'ISO 3166-1 alpha-2' }))] : []),
    ],
    pdf: { label: { en: 'Country of provenance', fr: 'Pays de provenance', pt: 'País de proveniência', es: 'País de procedencia', ru: 'Страна отправления' } },
    credential: { term: 'countryOfProvenance', disclosure: 'authority' },
  }),
  declare({
    name: 'parcels',
    optional: false,
    schema: Type.Integer({ minimum: 1, maximum: LIMITS.parcels }),
    after: 'goods',
    check: (v) => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return [detail('parcels', rq('parcels.whole'))];
      if (v > LIMITS.parcels) return [detail('parcels', rq('parcels.max', { parcels: String(v), max: String(LIMITS.parcels) }))];
      return [];
    },
    pdf: { label: { en: 'Number of parcels', fr: 'Nombre de colis', pt: 'Número de volumes', es: 'Número de paquetes', ru: 'Количество упаковок' } },
    credential: { term: 'numberOfParcels', disclosure: 'holder' },
  }),
] as const;

type Field = (typeof FIELDS)[number];
export type FieldName = Field['name'];
/** The simple fields' values in a request and in the signed document (model.ts CertificateRequest). */
export type FieldValues = { [F in Field as F['optional'] extends true ? never : F['name']]: Static<F['schema']> } & {
  [F in Field as F['optional'] extends true ? F['name'] : never]?: Static<F['schema']>;
};
export const FIELD_NAMES: readonly FieldName[] = FIELDS.map((f) => f.name);
const fields = FIELDS as readonly SimpleField[];
type Optionally<B, S extends TSchema> = B extends true ? TOptional<S> : S;
/** The fields' schemas in a request (optional there: an optional field, or one the authority fills in) or an amendment (each optional). */
type RequestSchemas<Amendment extends boolean> = {
  [F in Field as F['name']]: Optionally<Amendment extends true ? true : F['optional'] extends true ? true : F extends SimpleField<string, TSchema, boolean, true> ? true : false, F['schema']>;
};
/** The fields' schemas in the signed document: their values are not re-checked there (documents signed under older rules stay readable). */
type DocumentSchemas = { [F in Field as F['name']]: Optionally<F['optional'], TSchema> };

/** The bespoke entries with the fields' put in place: each right after its anchor (in the list's order), the others last. */
export function placed<T>(bespoke: Record<string, T>, entry: (f: SimpleField) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  // a field whose anchor is not among these goes last
  const anchor = (f: SimpleField) => (f.after !== undefined && f.after in bespoke ? f.after : undefined);
  const put = (at: string | undefined) => {
    for (const f of fields) {
      if (anchor(f) !== at) continue;
      const e = entry(f);
      if (e !== undefined) out[f.name] = e;
    }
  };
  for (const [key, value] of Object.entries(bespoke)) {
    out[key] = value;
    put(key);
  }
  put(undefined);
  return out;
}

/** The request schema's properties of the fields, in place among the bespoke ones; an amendment's: each optional, undescribed. */
export const requestProperties = <B extends Record<string, TSchema>, A extends boolean = false>(bespoke: B, opts: { amendment?: A } = {}) =>
  placed(bespoke, (f): TSchema => {
    if (opts.amendment) return Type.Optional(f.schema);
    const s = f.description ? { ...f.schema, description: f.description } : f.schema;
    return f.optional || f.filledIn ? Type.Optional(s) : s;
  }) as B & RequestSchemas<A>;

const loose = (s: TSchema): TSchema => {
  const type = (s as { type?: string }).type;
  return type === 'integer' ? Type.Integer() : type === 'number' ? Type.Number() : type === 'boolean' ? Type.Boolean() : Type.String();
};

/** The signed document schema's properties of the fields, in place among the bespoke ones. */
export const documentProperties = <B extends Record<string, TSchema>>(bespoke: B) =>
  placed(bespoke, (f): TSchema => {
    const s = f.document ?? loose(f.schema);
    return f.optional ? Type.Optional(s) : s;
  }) as B & DocumentSchemas;

/** The fields' problems in a request, each check in place among the bespoke ones (which give theirs by name). */
export function checkFields(r: Record<string, unknown>, bespoke: Record<string, () => ErrorDetail[]>): ErrorDetail[] {
  return Object.values(placed<() => ErrorDetail[]>(bespoke, (f) => () => f.check(r[f.name], r))).flatMap((check) => check());
}

/** The request as signed: the bespoke entries (given), the fields in place; an optional one only when given. */
export function signedRequest(bespoke: Record<string, unknown>, r: Record<string, unknown>): Record<string, unknown> {
  return placed(bespoke, (f) => (r[f.name] === undefined ? undefined : f.signed ? f.signed(r[f.name] as never) : r[f.name]));
}

/** The PDF's rows: the bespoke ones (given), and a row for each field of the document (label, value as printed) in place. */
export function pdfRows<T>(bespoke: Record<string, T>, doc: Record<string, unknown>, row: (label: Words, value: string) => T, both: (w: Words) => string): T[] {
  return Object.values(
    placed(bespoke, (f) => {
      const v = doc[f.name];
      // an optional field left out prints no row
      if (v === undefined || v === null || v === '') return undefined;
      return row(f.pdf.label, f.pdf.print ? f.pdf.print(v as never, both) : String(v));
    }),
  );
}

/** The credential terms of the fields shown at a disclosure, from a document: {term: value}, an absent field left out. */
export function credentialTerms(doc: Record<string, unknown>, disclosure: 'holder' | 'authority'): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => f.credential?.disclosure === disclosure && doc[f.name] !== undefined).map((f) => [f.credential!.term, doc[f.name]]));
}

/** Every credential term of the fields (the JSON-LD context defines them). */
export const CREDENTIAL_TERMS: readonly string[] = fields.flatMap((f) => (f.credential ? [f.credential.term] : []));
