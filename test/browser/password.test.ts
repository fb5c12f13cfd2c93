// Password self-service in the browser (issue #17 point 3), in the five languages: an administrator's
// reset gives a temporary password; signed in with it, the app shows only the Password page (whatever
// the address) and refuses a wrong current password in the reader's language; once changed, the app is
// back, and the new password signs in. A user also reaches the page from the user menu.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accountMessages } from '../../web/src/auth/messages.js';
import { openBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { adminClient, createUser, PASSWORD, signIn, type AdminClient } from './seed.js';
import { htmlLang } from './pages.js';

let server: TestServer;
let admin: AdminClient;

beforeAll(async () => {
  server = await startServer();
  admin = await adminClient(server.url);
});
afterAll(async () => {
  await server?.stop();
});

const LOCALES = { en: 'en-GB', fr: 'fr-FR', pt: 'pt-PT', es: 'es-ES', ru: 'ru-RU' } as const;

async function fillPassword(page: Page, current: string, next: string, again = next) {
  await page.fill('input[name="current-password"]', current);
  await page.fill('input[name="new-password"]', next);
  await page.fill('input[name="new-password-again"]', again);
  await page.click('[data-testid="password-form"] button[type="submit"]');
}

describe.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])('password change in %s', (lang) => {
  const m = accountMessages[lang];

  it('after an administrator reset: forced Password page, a wrong current password refused, the new one signs in', async () => {
    const login = `reset.${lang}`;
    const name = `Reset ${lang}`;
    const user = await createUser(admin, { name, login, participant: 'ZA', roles: ['officer'] });
    const { temporaryPassword } = await admin.call<{ temporaryPassword: string }>('POST', `/api/users/${user.id}/password-reset`, {});
    const browser = await openBrowser({ locale: LOCALES[lang] });
    try {
      const { page } = browser;
      await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/certificates/awaiting')}`);
      await page.fill('input[name="login"]', login);
      await page.fill('input[name="password"]', temporaryPassword);
      await page.click('form button[type="submit"]');
      await page.waitForSelector('[data-testid="password-form"]');
      expect(await htmlLang(page)).toBe(lang);
      expect(await page.textContent('h1')).toBe(m['password.title']);
      expect(await page.textContent('main')).toContain(m['password.required']);
      // another address shows the same page: nothing else until the password is changed
      await page.goto(`${server.url}/participants`);
      await page.waitForSelector('[data-testid="password-form"]');

      await fillPassword(page, 'not the temporary one', 'my own new password 1');
      await page.waitForSelector('[data-testid="field-error"]');
      expect(await page.textContent('[data-testid="field-error"]')).toBe(m['password.wrongCurrent']);

      await fillPassword(page, temporaryPassword, 'my own new password 1', 'a different one 22');
      expect(await page.textContent('[data-testid="field-error"]')).toBe(m['password.mismatch']);
      // the same as the current one: said beside the new password, in the reader's language
      await fillPassword(page, temporaryPassword, temporaryPassword);
      expect(await page.textContent('[data-testid="field-error"]')).toBe(m['password.same']);

      await fillPassword(page, temporaryPassword, 'my own new password 1');
      await page.waitForSelector('[data-testid="password-changed"]');
      expect(await page.textContent('[data-testid="password-changed"]')).toBe(m['password.changed']);
      expect(await page.textContent('[data-testid="password-continue"]')).toBe(m['password.continue']);
      // the app is back: "continue" opens the page asked for
      await page.click('[data-testid="password-continue"]');
      await page.waitForFunction(() => window.location.pathname === '/participants');
      await page.waitForSelector('[data-testid="user-name"]');
      expect(await page.locator('[data-testid="password-form"]').count()).toBe(0);
    } finally {
      await browser.close();
    }
    // the new password signs in; the temporary one no longer does
    const old = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: temporaryPassword }) });
    expect(old.status).toBe(401);
    const fresh = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: 'my own new password 1' }) });
    expect(fresh.status).toBe(200);
    expect(((await fresh.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(false);
  });
});

describe('the user menu', () => {
  it('leads a signed-in user to the Password page (French), where the password is changed', async () => {
    await createUser(admin, { name: 'Menu Utilisateur', login: 'menu.fr', participant: 'BW', roles: ['customs'] });
    const browser = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page } = browser;
      await signIn(page, server.url, 'menu.fr', 'Menu Utilisateur');
      await page.getByRole('link', { name: 'Mot de passe' }).click();
      await page.waitForSelector('[data-testid="password-form"]');
      expect(await page.textContent('h1')).toBe('Mot de passe');
      await fillPassword(page, PASSWORD, 'short');
      expect(await page.textContent('[data-testid="field-error"]')).toBe('Le nouveau mot de passe doit compter au moins 10 caractères.');
      await fillPassword(page, PASSWORD, 'un mot de passe tout neuf');
      await page.waitForSelector('[data-testid="password-changed"]');
      expect(await page.textContent('[data-testid="password-changed"]')).toBe('Votre mot de passe est changé. Vos autres sessions sont déconnectées.');
    } finally {
      await browser.close();
    }
  });
});
