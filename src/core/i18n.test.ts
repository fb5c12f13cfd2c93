// The server's languages: which one a request asks for, one name per country (the same as the web
// app's), days and numbers as each language writes them, and messages rendered in all five.
import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { countryName, defineMessages, formatDay, fromAcceptLanguage, LANGUAGES, country, day, verbatim } from './i18n.js';
import { isoCountryName } from '../../web/src/i18n/countries.js';
import { en as webEn } from '../../web/src/i18n/en.js';
import { fr as webFr } from '../../web/src/i18n/fr.js';
import { pt as webPt } from '../../web/src/i18n/pt.js';
import { es as webEs } from '../../web/src/i18n/es.js';
import { ru as webRu } from '../../web/src/i18n/ru.js';

describe('the reader\'s language', () => {
  it('follows Accept-Language by weight, the first of the five it names', () => {
    expect(fromAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(fromAcceptLanguage('de-DE, ru;q=0.5, pt;q=0.7')).toBe('pt');
    expect(fromAcceptLanguage('es-419')).toBe('es');
    expect(fromAcceptLanguage('en;q=0, ru;q=0.1')).toBe('ru');
    expect(fromAcceptLanguage('de, it')).toBeUndefined();
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
    // hostile: very long or malformed headers are bounded and never throw
    expect(fromAcceptLanguage(`${'x-'.repeat(100_000)}fr`)).toBeUndefined();
    expect(fromAcceptLanguage(';;;q=;,,,fr;q=abc')).toBe('fr');
  });

  it('names every country once, as the web app does, in the five languages', () => {
    const web = { en: webEn, fr: webFr, pt: webPt, es: webEs, ru: webRu };
    const codes = [...Object.keys(countries.getAlpha2Codes()), 'EU', 'TW'];
    let compared = 0;
    for (const lang of LANGUAGES) {
      for (const code of codes) {
        const shown = code === 'EU' || code === 'TW' ? web[lang][`country.${code}`] : isoCountryName(code, lang);
        expect(countryName(code, lang), `${code} in ${lang}`).toBe(shown ?? code);
        compared++;
      }
    }
    expect(compared).toBe(codes.length * 5);
    expect(countryName('CN', 'ru')).toBe('Китай');
    expect(countryName('ZA', 'fr')).toBe('Afrique du Sud');
  });

  it('writes days as each language does (English as the UN writes it)', () => {
    expect(formatDay('2006-06-01', 'en')).toBe('1 June 2006');
    expect(formatDay('2027-02-02T14:35:17.005Z', 'fr')).toBe('2 février 2027');
    expect(formatDay('2027-02-02', 'ru')).toMatch(/^2 февраля 2027/);
    expect(formatDay('not a day', 'es')).toBe('not a day');
  });

  it('renders a message with countries, days, numbers, plurals and nested messages in each language', () => {
    const m = defineMessages({
      'test.parcels': {
        en: (p, n) => `${p.count} ${n.count === 1 ? 'parcel' : 'parcels'} for ${p.country} on ${p.on}`,
        fr: (p) => `${p.count} colis pour ${p.country} le ${p.on}`,
        pt: (p) => `${p.count} volumes para ${p.country} em ${p.on}`,
        es: (p) => `${p.count} paquetes para ${p.country} el ${p.on}`,
        ru: (p) => `${p.count} посылок для ${p.country} на ${p.on}`,
      },
      'test.outer': { en: 'Refused: {inner}', fr: 'Refusé : {inner}', pt: 'Recusado: {inner}', es: 'Rechazado: {inner}', ru: 'Отказано: {inner}' },
    });
    const inner = m('test.parcels', { count: 1234, country: country('BW'), on: day('2006-03-01') });
    expect(inner.render('fr')).toBe('1\u202f234 colis pour Botswana le 1 mars 2006');
    expect(m('test.outer', { inner: [inner, verbatim('as {is}')] }).render('es')).toBe('Rechazado: 1234 paquetes para Botswana el 1 de marzo de 2006; as {is}');
    // a message leaves nothing in JSON: its English text goes there instead
    expect(JSON.stringify({ msg: inner })).toBe('{}');
  });
});
