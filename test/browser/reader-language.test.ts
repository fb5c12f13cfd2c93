// What the server writes for a person reaches the page in the page's language (issue #17, "Done
// means"): in each of the five languages, the public verification page says what a verdict means in that
// language (the server's summary, asked with the page's language), and an issuance the scheme refuses is
// explained on the form in that language, naming the countries as the language names them and no field
// path. The password change in five languages is test/browser/password.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { adminClient, createUser, signIn, tokenFor } from './seed.js';
import { htmlLang } from './pages.js';
import { countryName, LANGUAGES, type Language } from '../../src/core/i18n.js';

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', pt: 'pt-PT', es: 'es-ES', ru: 'ru-RU' };

let server: TestServer;
let number = '';

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  const officer = await createUser(admin, { name: 'Thandi Mokoena', login: 'thandi', participant: 'ZA', roles: ['officer'] });
  const token = await tokenFor(admin, officer.id);
  const issued = await fetch(`${server.url}/api/certificates`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ exporter: { name: 'Kimberley Rough Exports (Pty) Ltd', address: '1 Diamond Road, Kimberley', country: 'ZA' }, importer: { name: 'Antwerp Rough Trading NV', address: 'Hoveniersstraat 22, Antwerpen', country: 'BE' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats: 120.5, valueUsd: 30000 }], parcels: 2 }),
  });
  expect(issued.status).toBe(201);
  number = ((await issued.json()) as { number: string }).number;
});
afterAll(async () => {
  await server?.stop();
});

/** What the server says a verdict means, asked in a language as the page asks it. */
async function summaryIn(lang: Language): Promise<string> {
  const res = await fetch(`${server.url}/api/verify/${number}`, { headers: { 'accept-language': lang } });
  expect(res.headers.get('content-language')).toBe(lang);
  return ((await res.json()) as { summary: string }).summary;
}

describe.each(LANGUAGES)('the server speaks %s', (lang) => {
  it('on the public verification page: what the verdict means, in the language of the page', async () => {
    const expected = await summaryIn(lang);
    const browser = await openBrowser({ locale: LOCALES[lang] });
    try {
      const { page } = browser;
      await page.goto(`${server.url}/verify/${number}`);
      await page.locator('[data-testid="verdict"][data-verdict="genuine"]').waitFor();
      expect(await htmlLang(page)).toBe(lang);
      expect(await page.textContent('[data-testid="verdict-summary"]')).toBe(expected);
      // in that language: it names the issuer as the language names it
      expect(expected).toContain(countryName('ZA', lang));
    } finally {
      await browser.close();
    }
  });

  it('on the issuance form: a refusal by the scheme\'s rules, naming the countries in the language and no field path', async () => {
    const browser = await openBrowser({ locale: LOCALES[lang] });
    try {
      const { page } = browser;
      await signIn(page, server.url, 'thandi', 'Thandi Mokoena');
      expect(await htmlLang(page)).toBe(lang);
      await page.goto(`${server.url}/certificates/new`);
      await page.waitForSelector('form.issue-form');
      await page.fill('input[name="exporter.name"]', 'Kimberley Rough Exports (Pty) Ltd');
      await page.fill('textarea[name="exporter.address"]', '1 Diamond Road, Kimberley 8301');
      await page.fill('input[name="importer.name"]', 'Johannesburg Rough');
      await page.fill('textarea[name="importer.address"]', '5 Main Street, Johannesburg');
      // an export to the issuing Participant itself: the scheme's rules refuse it
      await page.selectOption('select[name="importer.country"]', 'ZA');
      await page.fill('input[name="carats-7102.10"]', '100');
      await page.fill('input[name="value-7102.10"]', '9000');
      await page.click('form.issue-form button[type="submit"]');
      const importerError = page.locator('[data-testid="importer"] .field-error');
      await importerError.waitFor();
      const said = (await importerError.textContent())!;
      expect(said).toContain(countryName('ZA', lang));
      expect(said).not.toContain('importer.country');
      // the same words as the server's refusal in that language
      const api = await page.evaluate(async (l) => {
        const csrf = (await (await fetch('/api/session')).json()).csrfToken as string;
        const r = await fetch('/api/certificates', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': l, 'x-csrf-token': csrf },
          body: JSON.stringify({ exporter: { name: 'Kimberley Rough Exports (Pty) Ltd', address: '1 Diamond Road, Kimberley 8301', country: 'ZA' }, importer: { name: 'Johannesburg Rough', address: '5 Main Street, Johannesburg', country: 'ZA' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 9000 }], parcels: 1 }),
        });
        return { status: r.status, language: r.headers.get('content-language'), body: await r.json() };
      }, lang);
      expect(api.status).toBe(400);
      expect(api.language).toBe(lang);
      expect(said).toContain((api.body as { details: { message: string }[] }).details[0]!.message);
      const alert = page.locator('[role="alert"]');
      if (await alert.count()) expect(await alert.first().textContent()).not.toContain('importer.country');
    } finally {
      await browser.close();
    }
  });
});
