// The language: the switch changes the whole shell and is remembered across a reload; the browser's
// own language chooses the first one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { htmlLang, navLabels, SCREENSHOTS, signInAsAdmin } from './pages.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('language switch', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await openBrowser({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in as admin, switches to French, and stays in French after a reload', async () => {
    const { page } = browser;
    await signInAsAdmin(page, server.url);
    expect(await htmlLang(page)).toBe('en');
    expect(await navLabels(page)).toEqual(['Participants', 'Statistics', 'Statistics review', 'Statistics analysis', 'Verify a certificate', 'Monitoring findings', 'Regional view', 'Production capacity', 'Suspicious shipments', 'Footprints', 'Governance', 'Users', 'Audit log']);

    await page.getByRole('button', { name: 'Français' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await navLabels(page)).toEqual(['Participants', 'Statistiques', 'Examen des statistiques', 'Analyse statistique', 'Vérifier un certificat', 'Constats de suivi', 'Vue régionale', 'Capacité de production', 'Expéditions suspectes', 'Empreintes', 'Gouvernance', 'Utilisateurs', "Journal d'audit"]);
    expect(await page.getByRole('button', { name: 'Se déconnecter' }).count()).toBe(1);
    expect(await page.textContent('h1')).toBe('Participants du Processus de Kimberley');

    await page.reload();
    await page.waitForSelector('[data-testid="user-name"]');
    expect(await htmlLang(page)).toBe('fr');
    expect(await navLabels(page)).toEqual(['Participants', 'Statistiques', 'Examen des statistiques', 'Analyse statistique', 'Vérifier un certificat', 'Constats de suivi', 'Vue régionale', 'Capacité de production', 'Expéditions suspectes', 'Empreintes', 'Gouvernance', 'Utilisateurs', "Journal d'audit"]);
    expect(await page.getAttribute('button[data-lang="fr"]', 'aria-pressed')).toBe('true');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-french.png`, fullPage: false });

    // signing out is a DELETE: it only works if the CSRF token was fetched again after the reload
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await navLabels(page)).toEqual(['Participants', 'Statistiques', 'Vérifier un certificat', 'Gouvernance']);
  });
});

describe('browser language', () => {
  it('opens in French when the browser speaks French', async () => {
    const browser = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page } = browser;
      await page.goto(server.url);
      await page.waitForSelector('h1');
      expect(await htmlLang(page)).toBe('fr');
      expect(await page.textContent('h1')).toBe('Participants du Processus de Kimberley');
      expect(await page.getByRole('link', { name: 'Se connecter' }).count()).toBe(1);
      expect(await page.title()).toContain('Système de certification du Processus de Kimberley');
    } finally {
      await browser.close();
    }
  });

  it('opens in English when the browser speaks none of the five languages', async () => {
    const browser = await openBrowser({ locale: 'de-DE' });
    try {
      const { page } = browser;
      await page.goto(server.url);
      await page.waitForSelector('h1');
      expect(await htmlLang(page)).toBe('en');
      expect(await page.textContent('h1')).toBe('Participants of the Kimberley Process');
    } finally {
      await browser.close();
    }
  });
});
