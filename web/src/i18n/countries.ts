// Country names in the five languages (i18n-iso-countries), with the scheme's own names where the
// ISO list differs: the European Community (EU) and Chinese Taipei (TW) come from the catalogues.
import * as countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import frNames from 'i18n-iso-countries/langs/fr.json';
import ptNames from 'i18n-iso-countries/langs/pt.json';
import esNames from 'i18n-iso-countries/langs/es.json';
import ruNames from 'i18n-iso-countries/langs/ru.json';
import type { Language } from './languages';

for (const names of [enNames, frNames, ptNames, esNames, ruNames]) countries.registerLocale(names);

/** Corrections to the library's names (pt swaps the two Congos, es calls one just "Congo", en drops
 * the circumflex of Côte d'Ivoire, ru writes China as an abbreviation with a gloss). */
const OVERRIDES: Partial<Record<Language, Record<string, string>>> = {
  en: { CI: "Côte d'Ivoire" },
  pt: { CG: 'República do Congo', CD: 'República Democrática do Congo' },
  es: { CG: 'República del Congo' },
  ru: { CN: 'Китай' },
};

/** The localised name of an ISO 3166-1 alpha-2 code, or undefined when the library does not know it. */
export function isoCountryName(code: string, lang: Language): string | undefined {
  return OVERRIDES[lang]?.[code] ?? countries.getName(code, lang, { select: 'official' });
}

/** ISO 3166-1 numeric (as in world-atlas ids, e.g. '710') → alpha-2 ('ZA'). */
export function alpha2FromNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric);
}

/** Every ISO 3166-1 alpha-2 code the library knows. */
export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes());
}
