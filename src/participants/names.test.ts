// Countries' names of a day: the table of renamings in the five languages is whole and without gaps,
// and a name changes on the day of its renaming.
import { describe, expect, it } from 'vitest';
import { HISTORICAL_NAMES, historicalName, namingDay } from './names.js';

const LANGS = ['en', 'fr', 'pt', 'es', 'ru'] as const;

describe('historical names', () => {
  it('names Swaziland until 18 April 2018 and Eswatini from 19 April, in the five languages', () => {
    expect(LANGS.map((l) => historicalName('SZ', l, '2018-04-18'))).toEqual(['Swaziland', 'Swazilande', 'Suazilândia', 'Suazilandia', 'Свазиленд']);
    expect(LANGS.map((l) => historicalName('SZ', l, '2018-04-19'))).toEqual(['Eswatini', 'Eswatini', 'Essuatíni', 'Esuatini', 'Эсватини']);
    expect(historicalName('SZ', 'en', namingDay(2006))).toBe('Swaziland');
    expect(historicalName('SZ', 'en', namingDay(2019))).toBe('Eswatini');
  });

  it('knows the other renamings among the scheme’s countries, and nothing of the others', () => {
    expect(historicalName('MK', 'en', namingDay(2018))).toBe('the former Yugoslav Republic of Macedonia');
    expect(historicalName('MK', 'fr', namingDay(2019))).toBe('Macédoine du Nord');
    expect(historicalName('CV', 'en', namingDay(2006))).toBe('Cape Verde');
    expect(historicalName('CV', 'en', namingDay(2014))).toBe('Cabo Verde');
    expect(historicalName('TR', 'en', namingDay(2006))).toBe('Turkey');
    expect(historicalName('TR', 'en', namingDay(2022))).toBe('Türkiye');
    expect(historicalName('CD', 'en', '1996-12-31')).toBe('Zaire');
    expect(historicalName('CD', 'ru', namingDay(2006))).toBe('Демократическая Республика Конго');
    expect(historicalName('MM', 'es', namingDay(2006))).toBe('Myanmar');
    expect(historicalName('ZA', 'en', namingDay(2006))).toBeUndefined();
  });

  it('has, for every code, periods that follow one another without gap or overlap, each named in the five languages', () => {
    const codes = [...new Set(HISTORICAL_NAMES.map((p) => p.code))];
    for (const code of codes) {
      const periods = HISTORICAL_NAMES.filter((p) => p.code === code);
      expect(periods[0]!.from, code).toBeNull();
      expect(periods.at(-1)!.until, code).toBeNull();
      periods.slice(1).forEach((p, i) => expect(p.from, code).toBe(periods[i]!.until));
      for (const p of periods) for (const l of LANGS) expect(p.names[l].trim(), `${code} ${l}`).not.toBe('');
      for (const p of periods) expect(p.names.ru, code).not.toMatch(/[A-Za-z]/);
    }
  });
});
