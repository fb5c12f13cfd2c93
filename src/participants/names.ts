// Countries' names as they were on a day, in the five plenary languages: a country renamed is named in
// a report on a year by its name of that year (Swaziland in 2006, Eswatini in 2019). Also the names by
// which the United Nations call a country where the common locale data differ (the two Congos,
// Myanmar). Pure: no I/O. For a code not listed here, a caller uses the locale's name (Intl).

export type NameLanguage = 'en' | 'fr' | 'pt' | 'es' | 'ru';
type Names = Record<NameLanguage, string>;

export interface NamePeriod {
  code: string;
  /** the first day of this name (null: always before `until`) */
  from: string | null;
  /** the day the next name took effect (null: still in use) */
  until: string | null;
  names: Names;
  /** why the name changed, and on what authority */
  note: string;
}

export const HISTORICAL_NAMES: readonly NamePeriod[] = [
  {
    code: 'SZ', from: null, until: '2018-04-19',
    names: { en: 'Swaziland', fr: 'Swazilande', pt: 'Suazilândia', es: 'Suazilandia', ru: 'Свазиленд' },
    note: 'Kingdom of Swaziland until King Mswati III renamed the country on 19 April 2018',
  },
  {
    code: 'SZ', from: '2018-04-19', until: null,
    names: { en: 'Eswatini', fr: 'Eswatini', pt: 'Essuatíni', es: 'Esuatini', ru: 'Эсватини' },
    note: 'Kingdom of Eswatini from 19 April 2018 (notified to the United Nations in May 2018)',
  },
  {
    code: 'MK', from: null, until: '2019-02-12',
    names: { en: 'the former Yugoslav Republic of Macedonia', fr: "l'ex-République yougoslave de Macédoine", pt: 'antiga República Jugoslava da Macedónia', es: 'la ex República Yugoslava de Macedonia', ru: 'бывшая югославская Республика Македония' },
    note: 'the provisional name of United Nations usage (General Assembly resolution 47/225) until the Prespa agreement took effect on 12 February 2019',
  },
  {
    code: 'MK', from: '2019-02-12', until: null,
    names: { en: 'North Macedonia', fr: 'Macédoine du Nord', pt: 'Macedónia do Norte', es: 'Macedonia del Norte', ru: 'Северная Македония' },
    note: 'Republic of North Macedonia from 12 February 2019 (the Prespa agreement)',
  },
  {
    code: 'CV', from: null, until: '2013-10-24',
    names: { en: 'Cape Verde', fr: 'Cap-Vert', pt: 'Cabo Verde', es: 'Cabo Verde', ru: 'Кабо-Верде' },
    note: 'the name in the United Nations languages until Cabo Verde asked that its Portuguese name be used in every language (24 October 2013)',
  },
  {
    code: 'CV', from: '2013-10-24', until: null,
    names: { en: 'Cabo Verde', fr: 'Cabo Verde', pt: 'Cabo Verde', es: 'Cabo Verde', ru: 'Кабо-Верде' },
    note: 'Cabo Verde in every language from 24 October 2013',
  },
  {
    code: 'TR', from: null, until: '2022-06-01',
    names: { en: 'Turkey', fr: 'Turquie', pt: 'Turquia', es: 'Turquía', ru: 'Турция' },
    note: 'the English name until the United Nations recorded Türkiye on 1 June 2022',
  },
  {
    code: 'TR', from: '2022-06-01', until: null,
    names: { en: 'Türkiye', fr: 'Türkiye', pt: 'Turquia', es: 'Türkiye', ru: 'Турция' },
    note: 'Türkiye in United Nations usage from 1 June 2022',
  },
  {
    code: 'CD', from: null, until: '1997-05-17',
    names: { en: 'Zaire', fr: 'Zaïre', pt: 'Zaire', es: 'Zaire', ru: 'Заир' },
    note: 'Republic of Zaire until 17 May 1997',
  },
  {
    code: 'CD', from: '1997-05-17', until: null,
    names: { en: 'Democratic Republic of the Congo', fr: 'République démocratique du Congo', pt: 'República Democrática do Congo', es: 'República Democrática del Congo', ru: 'Демократическая Республика Конго' },
    note: 'the Democratic Republic of the Congo from 17 May 1997; the locale data say "Congo - Kinshasa"',
  },
  {
    code: 'CG', from: null, until: null,
    names: { en: 'Republic of the Congo', fr: 'République du Congo', pt: 'República do Congo', es: 'República del Congo', ru: 'Республика Конго' },
    note: 'the locale data say "Congo - Brazzaville" (and Spanish just "Congo")',
  },
  {
    code: 'MM', from: null, until: '1989-06-18',
    names: { en: 'Burma', fr: 'Birmanie', pt: 'Birmânia', es: 'Birmania', ru: 'Бирма' },
    note: 'Burma until 18 June 1989',
  },
  {
    code: 'MM', from: '1989-06-18', until: null,
    names: { en: 'Myanmar', fr: 'Myanmar', pt: 'Myanmar', es: 'Myanmar', ru: 'Мьянма' },
    note: 'Myanmar in United Nations usage from 18 June 1989; the locale data add "(Burma)"',
  },
];

/** A country's name on a day (yyyy-mm-dd) in a language, when the table knows it; undefined otherwise. */
export function historicalName(code: string, lang: NameLanguage, on: string): string | undefined {
  const period = HISTORICAL_NAMES.find((p) => p.code === code && (p.from === null || p.from <= on) && (p.until === null || on < p.until));
  return period?.names[lang];
}

/** The day a report on a year names countries by: the year's last day. */
export const namingDay = (year: number) => `${year}-12-31`;
