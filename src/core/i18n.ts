// The server's texts in the reader's language. A text a person reads (a refusal, a verdict, an e-mail)
// is a message: a key of a domain's catalogue and its parameters, written in each of the five languages
// of the scheme. The English text stays the message of errors and logs; the HTTP layer renders it
// again in the reader's language (the request's Accept-Language, else the user's setting).
// Countries are named, days and numbers written, the way the reader's language writes them.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

export const LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (x: unknown): x is Language => typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);

/**
 * The language of an Accept-Language header (RFC 9110 §12.5.4): the first of the scheme's languages by
 * the weights the client gives ("fr-CH, fr;q=0.9, en;q=0.8" → fr); undefined when it names none of them.
 */
export function fromAcceptLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranges = header
    .slice(0, 512)
    .split(',')
    .slice(0, 32)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0]!, q: q ? Number(q[1]) : 1, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranges.map((r) => r.lang).find(isLanguage);
}

// ---- country names: one name per country, the same as the web app's (web/src/i18n/countries.ts) ----

const require = createRequire(import.meta.url);
for (const l of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

/**
 * The scheme's own names where the ISO list has none (the European Community speaks for its member
 * States; Chinese Taipei is the name the scheme uses) and corrections to the library's names (pt swaps
 * the two Congos, es calls one just "Congo", en drops the circumflex of Côte d'Ivoire, ru writes China
 * as an abbreviation with a gloss). The web app's catalogues carry the same.
 */
export const COUNTRY_NAME_OVERRIDES: Record<Language, Record<string, string>> = {
  en: { EU: 'European Community', TW: 'Chinese Taipei', CI: "Côte d'Ivoire" },
  fr: { EU: 'Communauté européenne', TW: 'Taipei chinois' },
  pt: { EU: 'Comunidade Europeia', TW: 'Taipé Chinês', CG: 'República do Congo', CD: 'República Democrática do Congo' },
  es: { EU: 'Comunidad Europea', TW: 'Taipéi Chino', CG: 'República del Congo' },
  ru: { EU: 'Европейское сообщество', TW: 'Китайский Тайбэй', CN: 'Китай' },
};

/** A country (or the European Community) by name in a language; the code itself when unknown. */
export function countryName(code: string, lang: Language): string {
  return COUNTRY_NAME_OVERRIDES[lang][code] ?? countries.getName(code, lang, { select: 'official' }) ?? code;
}

// made once per language (a verdict's summary is on the hot path of verification)
const perLanguage = <T>(make: (l: Language) => T) => Object.fromEntries(LANGUAGES.map((l) => [l, make(l)])) as Record<Language, T>;
// English as the United Nations write it (1 June 2006), not the United States (June 1, 2006)
const dayFormats = perLanguage((l) => new Intl.DateTimeFormat(l === 'en' ? 'en-GB' : l, { dateStyle: 'long', timeZone: 'UTC' }));
const numberFormats = perLanguage((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2 }));
const pluralRules = perLanguage((l) => new Intl.PluralRules(l));

/** A day ('YYYY-MM-DD', or the day of an ISO instant) as the language writes it: 2 February 2027, 2 février 2027. */
export function formatDay(iso: string, lang: Language): string {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return iso;
  return dayFormats[lang].format(t);
}

const fixedFormats = new Map<string, Intl.NumberFormat>();

/** A number with exactly `digits` decimals as the language writes it (1,234.50 · 1 234,50). */
export function formatFixed(n: number, digits: number, lang: Language): string {
  const key = `${lang}:${digits}`;
  let f = fixedFormats.get(key);
  if (!f) fixedFormats.set(key, (f = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(n);
}

/** A number as the language writes it (1,234.5 · 1 234,5). */
export function formatNumber(n: number, lang: Language, maximumFractionDigits = 2): string {
  return maximumFractionDigits === 2 ? numberFormats[lang].format(n) : new Intl.NumberFormat(lang, { maximumFractionDigits }).format(n);
}

// ---- messages ----

/**
 * A parameter: text as is, a number, a country (named in the language), a day (written in it), or
 * other messages (rendered in the same language; a list joined with semicolons).
 */
export type Param = string | number | { country: string } | { day: string } | { fixed: number; digits: number } | Msg | readonly Msg[];

export const country = (code: string): Param => ({ country: code });
export const day = (iso: string): Param => ({ day: iso });
/** A number written with exactly `digits` decimals in the reader's way (1,234.50 · 1 234,50); its value chooses plurals. */
export const fixed = (n: number, digits: number): Param => ({ fixed: n, digits });

/** A text in one language: a template with {name} placeholders, or a function of the rendered parameters (plurals). */
export type Text = string | ((p: Record<string, string>, n: Record<string, number>, lang: Language) => string);
export type Texts = Record<Language, Text>;

/** The plural category of n in a language (one, few, many, other). */
export function pluralOf(n: number, lang: Language): Intl.LDMLPluralRule {
  return pluralRules[lang].select(n);
}

/**
 * A text whose words follow a count: the form of `count`'s plural category in the language (one, few,
 * many; other when the form is not given), its {placeholders} filled as a template's are.
 */
export function plural(count: string, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): Text {
  return (p, n, lang) => {
    const form = forms[pluralOf(n[count] ?? Number.NaN, lang)] ?? forms.other;
    return form.replace(/\{(\w+)\}/g, (whole, k: string) => p[k] ?? whole);
  };
}

/**
 * A message to a person: its key, its parameters, and its text in any of the five languages.
 * It is not data: it leaves nothing in JSON (the rendered text goes there instead).
 */
export class Msg {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, Param>>,
    private readonly texts: Texts,
  ) {}

  render(lang: Language): string {
    const shown: Record<string, string> = {};
    const numbers: Record<string, number> = {};
    for (const [k, v] of Object.entries(this.params)) {
      if (typeof v === 'number') {
        numbers[k] = v;
        shown[k] = formatNumber(v, lang);
      } else if (typeof v === 'string') shown[k] = v;
      else if (v instanceof Msg) shown[k] = v.render(lang);
      else if (isList(v)) shown[k] = v.map((x) => x.render(lang)).join('; ');
      else if ('country' in v) shown[k] = countryName(v.country, lang);
      else if ('fixed' in v) {
        numbers[k] = v.fixed;
        shown[k] = formatFixed(v.fixed, v.digits, lang);
      } else shown[k] = formatDay(v.day, lang);
    }
    const text = this.texts[lang];
    if (typeof text === 'function') return text(shown, numbers, lang);
    return text.replace(/\{(\w+)\}/g, (whole, k: string) => shown[k] ?? whole);
  }

  toString(): string {
    return this.render('en');
  }

  toJSON(): undefined {
    return undefined;
  }
}

/**
 * A domain's catalogue: each key in the five languages (the type refuses a key missing a language).
 * `m(key, params)` makes the message.
 */
export function defineMessages<K extends string>(catalogue: Record<K, Texts>) {
  const m = (key: K, params: Record<string, Param> = {}): Msg => new Msg(key, params, catalogue[key]);
  return Object.assign(m, { catalogue });
}

/** A text as a reader reads it: a message rendered in their language, a plain string as it is. */
export function textIn(t: string | Msg, lang: Language): string {
  return typeof t === 'string' ? t : t.render(lang);
}

/** The language a user reads: their setting, else English. */
export const languageOr = (x: unknown, fallback: Language = 'en'): Language => (isLanguage(x) ? x : fallback);

const isList = (v: Param): v is readonly Msg[] => Array.isArray(v);

/** A text written by a person in each language (a decision's title and its translations): each reader reads theirs. */
export function written(texts: Record<Language, string>): Msg {
  return new Msg('written', {}, { en: () => texts.en, fr: () => texts.fr, pt: () => texts.pt, es: () => texts.es, ru: () => texts.ru });
}

/** A text no catalogue wrote (it stays as it is in every language): to list beside messages. */
export function verbatim(text: string): Msg {
  return new Msg('verbatim', {}, { en: () => text, fr: () => text, pt: () => text, es: () => text, ru: () => text });
}
