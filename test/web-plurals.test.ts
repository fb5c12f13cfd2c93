// Plurals in the web's five languages (issue #17 point 7: "1 parcels"): counts choose the form by the
// language's rules (Intl.PluralRules), Russian's one/few/many included, and every plural message of
// every catalogue has an "other" form and resolves completely.
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../web/src/i18n/index.js';
import { interpolate } from '../web/src/i18n/plural.js';

describe('plurals', () => {
  const figures = (lang: keyof typeof CATALOGUES, parcels: number) => interpolate(CATALOGUES[lang]['cert.confirmedFigures'], { parcels, carats: '3' }, lang);

  it('say "1 parcel" and "2 parcels" in English, and the right form in each language', () => {
    expect(figures('en', 1)).toBe('Counted: 1 parcel, 3 carats.');
    expect(figures('en', 2)).toBe('Counted: 2 parcels, 3 carats.');
    expect(figures('en', 1234)).toBe('Counted: 1,234 parcels, 3 carats.');
    expect(figures('pt', 1)).toBe('Contado: 1 lote, 3 quilates.');
    expect(figures('es', 1)).toBe('Contado: 1 paquete, 3 quilates.');
    expect(figures('es', 3)).toBe('Contado: 3 paquetes, 3 quilates.');
    expect(figures('fr', 1)).toBe('Compté : 1 colis, 3 carats.');
    expect(figures('ru', 1)).toBe('Подсчитано: 1 посылка, карат — 3.');
    expect(figures('ru', 3)).toBe('Подсчитано: 3 посылки, карат — 3.');
    expect(figures('ru', 5)).toBe('Подсчитано: 5 посылок, карат — 3.');
    expect(figures('ru', 21)).toBe('Подсчитано: 21 посылка, карат — 3.');
  });

  it('follow each language: French counts 0 and 1 as one, English 0 as other', () => {
    const unread = (lang: keyof typeof CATALOGUES, n: number) => interpolate(CATALOGUES[lang]['inbox.unreadCount'], { n }, lang);
    expect(unread('fr', 0)).toBe('0 non lue');
    expect(unread('fr', 1)).toBe('1 non lue');
    expect(unread('fr', 2)).toBe('2 non lues');
    expect(unread('es', 1)).toBe('1 no leída');
    expect(interpolate(CATALOGUES.en['docs.browse'], { total: 1 }, 'en')).toBe('What there is: 1 document');
    expect(interpolate(CATALOGUES.fr['decisions.count'], { total: 1, adopted: 1 }, 'fr')).toBe('1 décision, dont 1 formellement adoptée.');
  });

  it('every plural message of every catalogue has an "other" form and resolves for any count', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, message] of Object.entries(catalogue)) {
        if (!message.includes(', plural,')) continue;
        const names = [...message.matchAll(/\{(\w+),\s*plural,/g)].map((m) => m[1]!);
        for (const n of [0, 1, 2, 5, 21, 1.5]) {
          const vars = Object.fromEntries([...message.matchAll(/\{(\w+)[,}]/g)].map((m) => [m[1]!, names.includes(m[1]!) ? n : 'x']));
          const out = interpolate(message, vars, lang);
          expect(out, `${lang} ${key} with ${n}`).not.toMatch(/[{}#]/);
        }
        expect(message.match(/\bother\s*\{/g)?.length, `${lang} ${key}: an "other" form per plural`).toBe(names.length);
      }
    }
  });
});
