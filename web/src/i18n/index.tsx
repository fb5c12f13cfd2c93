// The app's i18n: a React context holding the current language, t() over the typed catalogues,
// localised country names, dates and numbers. The language follows the browser until the switch
// sets one, which is then remembered; <html lang> always follows.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Catalogue, type MessageKey } from './en';
import { fr } from './fr';
import { pt } from './pt';
import { es } from './es';
import { ru } from './ru';
import { initialLanguage, rememberLanguage, type Language } from './languages';
import { isoCountryName } from './countries';
import { interpolate } from './plural';
import { saveLanguageChoice, setRequestLanguage } from '../api';

export type { MessageKey } from './en';
export { LANGUAGES, ENDONYMS, type Language } from './languages';

export const CATALOGUES: Record<Language, Catalogue> = { en, fr, pt, es, ru };

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  t(key: MessageKey, vars?: Vars): string;
  /** the localised name of a Participant or country code; `fallback` (e.g. the registry's name) when unknown */
  country(code: string, fallback?: string): string;
  /** a day 'YYYY-MM-DD' as the language writes it */
  day(iso: string): string;
  /** an instant (ISO timestamp) with date and time */
  instant(iso: string): string;
  number(n: number): string;
}

export { interpolate } from './plural';

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);

  // the server writes its texts (refusals, verdicts) in the language shown
  setRequestLanguage(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    rememberLanguage(next);
    setRequestLanguage(next);
    saveLanguageChoice(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[lang];
    const t = (key: MessageKey, vars?: Vars) => interpolate(catalogue[key] ?? en[key], vars, lang);
    const dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const instantFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });
    const numberFormat = new Intl.NumberFormat(lang);
    return {
      lang,
      setLang,
      t,
      country(code, fallback) {
        if (code === 'EU') return t('country.EU');
        if (code === 'TW') return t('country.TW');
        return isoCountryName(code, lang) ?? fallback ?? code;
      },
      day(iso) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        if (!m) return iso;
        return dayFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
      },
      instant(iso) {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : instantFormat.format(d);
      },
      number: (n) => numberFormat.format(n),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}
