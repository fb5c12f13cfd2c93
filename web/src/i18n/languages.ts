// The five working languages of the plenary, how each names itself, and which one the app opens in:
// the one remembered from the switch, else the first of the browser's languages that is one of the
// five, else English.

export const LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name (shown on the switch; the same in every catalogue). */
export const ENDONYMS: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  pt: 'Português',
  es: 'Español',
  ru: 'Русский',
};

export const STORAGE_KEY = 'kpcs.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** 'fr-FR' → 'fr'; undefined when not one of the five. */
export function toLanguage(tag: string): Language | undefined {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

export function browserLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const lang = toLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function rememberedLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

export function initialLanguage(): Language {
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  return rememberedLanguage() ?? browserLanguage(tags);
}
