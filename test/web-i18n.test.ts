// The web app's message catalogues: every language translates exactly the keys of English, keeps
// its placeholders, and leaves nothing in English except the words that are the same in that
// language (listed here, each checked to really be identical, so the list cannot go stale).
import { describe, expect, it } from 'vitest';
import { en, type Catalogue } from '../web/src/i18n/en.js';
import { fr } from '../web/src/i18n/fr.js';
import { pt } from '../web/src/i18n/pt.js';
import { es } from '../web/src/i18n/es.js';
import { ru } from '../web/src/i18n/ru.js';
import { browserLanguage, toLanguage } from '../web/src/i18n/languages.js';
import { WEB_FIELDS } from '../web/src/certificates/fields.js';

const CATALOGUES: Record<string, Catalogue> = { fr, pt, es, ru };

/** Values that are rightly the same as in English. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  // "Participant" is the scheme's defined term in French as in English; the others are the French words.
  fr: ['nav.registry', 'status.participant', 'registry.statParticipants', 'users.participants', 'status.non_participant', 'users.organisations', 'users.actions', 'field.carats'],
  pt: [],
  es: [],
  ru: [],
};

/** the variables a message uses: {name}, and a count choosing a plural form {name, plural, one {…} other {…}} */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
/** a message without its plural syntax (the keywords plural, one, few, many, other are not words of the language) */
const withoutPluralSyntax = (s: string) => s.replace(/\{\w+,\s*plural,/g, '').replace(/(?:=\d+|\b(?:zero|one|two|few|many|other))\s*\{/g, '');

describe('web message catalogues', () => {
  const keys = Object.keys(en).sort();

  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    describe(lang, () => {
      it('has exactly the keys of English', () => {
        expect(Object.keys(catalogue).sort()).toEqual(keys);
      });

      it('has a non-empty value for every key', () => {
        const empty = keys.filter((k) => !catalogue[k as keyof Catalogue]?.trim());
        expect(empty).toEqual([]);
      });

      it('keeps the placeholders of English', () => {
        const wrong = keys.filter((k) => placeholders(catalogue[k as keyof Catalogue]).join() !== placeholders(en[k as keyof Catalogue]).join());
        expect(wrong).toEqual([]);
      });

      it('translates every value, apart from the listed words that are the same', () => {
        const same = keys.filter((k) => catalogue[k as keyof Catalogue] === en[k as keyof Catalogue]);
        expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[lang] ?? [])].sort());
      });
    });
  }

  it('writes Russian in Cyrillic: no Latin word but the acronym API', () => {
    const latin = keys.filter((k) => (withoutPluralSyntax(ru[k as keyof Catalogue]).replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? []).some((w) => w !== 'API'));
    expect(latin).toEqual([]);
  });
});

describe("the certificate's simple fields (web/src/certificates/fields.ts), labelled in their declaration", () => {
  it('label each field in the five languages: none empty, none left in English, Russian in Cyrillic', () => {
    for (const f of WEB_FIELDS) {
      for (const text of Object.values(f.label)) expect(text.trim()).not.toBe('');
      for (const lang of ['fr', 'pt', 'es', 'ru'] as const) expect(f.label[lang]).not.toBe(f.label.en);
      expect(f.label.ru).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('choice of language', () => {
  it('takes the first of the browser languages that is one of the five', () => {
    expect(browserLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(browserLanguage(['pt-BR'])).toBe('pt');
    expect(browserLanguage(['ru'])).toBe('ru');
    expect(browserLanguage(['es-419', 'en-US'])).toBe('es');
  });

  it('falls back to English', () => {
    expect(browserLanguage(['de-DE', 'ja'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
    expect(toLanguage('zh-Hant-TW')).toBeUndefined();
  });
});
