// Every catalogue of the server's texts (src/**/messages.ts) says each message in the five languages,
// with the same placeholders in each, and in Russian with Cyrillic words only (names and codes come in
// through the placeholders). Plural texts are read in each of their forms.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language, type Text, type Texts } from './i18n.js';

const SRC = join(import.meta.dirname, '..');

function catalogueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? catalogueFiles(p) : /(^|-)messages\.ts$/.test(name) ? [p] : [];
  });
}

/** Every form a text may take: a template as it is; a function of the parameters for counts that choose each plural form. */
function forms(text: Text, lang: Language): string[] {
  if (typeof text === 'string') return [text];
  // each parameter shown as its own placeholder, every count set to values of each plural category
  const shown = new Proxy({} as Record<string, string>, { get: (_t, k) => (typeof k === 'string' ? `{${k}}` : undefined) });
  return [0, 1, 2, 3, 5, 21, 1.5].map((n) => text(shown, new Proxy({} as Record<string, number>, { get: () => n }), lang));
}

const placeholders = (texts: string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();

const files = catalogueFiles(SRC);

describe('the catalogues of the server (src/**/messages.ts)', () => {
  it('are found: certificates, companies, governance, monitoring, notifications, statistics', () => {
    const names = files.map((f) => relative(SRC, f));
    for (const expected of ['certificates/messages.ts', 'companies/messages.ts', 'governance/messages.ts', 'monitoring/messages.ts', 'notifications/messages.ts', 'statistics/messages.ts']) expect(names).toContain(expected);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s: every key in five languages, the same placeholders, Russian in Cyrillic', async (_name, file) => {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const catalogues = Object.values(mod).filter((v): v is { catalogue: Record<string, Texts> } => typeof v === 'function' && 'catalogue' in v);
    expect(catalogues.length).toBeGreaterThan(0);
    for (const { catalogue } of catalogues) {
      expect(Object.keys(catalogue).length).toBeGreaterThan(0);
      for (const [key, texts] of Object.entries(catalogue)) {
        expect(Object.keys(texts).sort(), key).toEqual([...LANGUAGES].sort());
        const en = placeholders(forms(texts.en, 'en'));
        for (const lang of LANGUAGES) {
          const all = forms(texts[lang], lang);
          for (const t of all) expect(t.trim(), `${key} ${lang}`).not.toBe('');
          expect(placeholders(all), `${key}: the placeholders of ${lang} and en`).toEqual(en);
        }
        for (const t of forms(texts.ru, 'ru')) {
          const words = t.replace(/\{\w+\}/g, '');
          // a text that is only its placeholders (a name) has no words of its own
          if (/\p{L}/u.test(words)) expect(words, `${key} ru`).toMatch(/\p{Script=Cyrillic}/u);
          expect(words.match(/[A-Za-z]+/g) ?? [], `${key} ru: Latin words`).toEqual([]);
        }
      }
    }
  });
});
