// Administrators: a user for South Africa's authority is created, a token issued and shown once,
// and the token works against the API; the audit log's chain verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS, signInAsAdmin } from './pages.js';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('administration', () => {
  it('creates an officer for ZA and issues a token shown once', async () => {
    const { page } = browser;
    await signInAsAdmin(page, server.url);
    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForSelector('[data-testid="users-table"] tr[data-login="admin"]');

    await page.getByLabel('Name', { exact: true }).fill('Thandi Mokoena');
    await page.getByLabel('Login', { exact: true }).fill('thandi');
    await page.selectOption('select[name="participant"]', 'ZA');
    await page.getByLabel('Authority officer').check();
    await page.getByRole('button', { name: 'Create the user' }).click();
    await page.getByText('User Thandi Mokoena created with the login thandi.').waitFor();

    const row = page.locator('[data-testid="users-table"] tr[data-login="thandi"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Authority officer');
    expect(await row.textContent()).toContain('South Africa (ZA)');
    await row.getByRole('button', { name: 'Issue a token' }).click();
    const tokenBox = page.locator('[data-testid="new-token"]');
    await tokenBox.waitFor();
    const token = (await tokenBox.textContent())!.trim();
    expect(token).toMatch(/^kpcs_[A-Za-z0-9_-]{20,}$/);
    expect(await page.getByRole('button', { name: 'Copy' }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-users.png`, fullPage: true });

    const me = await fetch(`${server.url}/api/session`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { name: string; participant: string; roles: string[] } };
    expect(body.user).toMatchObject({ name: 'Thandi Mokoena', participant: 'ZA', roles: ['officer'] });

    await page.getByRole('button', { name: 'Close' }).click();
    expect(await tokenBox.count()).toBe(0);
    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByRole('button', { name: 'Enable' }).waitFor();
    expect(await row.textContent()).toContain('Disabled');
  });

  it('shows the audit log and verifies its chain', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForSelector('[data-testid="audit-table"] tbody tr');
    expect(await page.locator('[data-testid="audit-table"]').textContent()).toContain('users.create');
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    const result = page.locator('[data-testid="chain-result"]');
    await result.waitFor();
    expect(await result.textContent()).toContain('The chain is intact');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-audit.png`, fullPage: false });
  });

  it('refuses a wrong password in the language of the page', async () => {
    const anonymous = await openBrowser({ locale: 'pt-PT' });
    try {
      const { page } = anonymous;
      await page.goto(`${server.url}/sign-in`);
      await page.fill('input[name="login"]', 'admin');
      await page.fill('input[name="password"]', 'not-the-password');
      await page.click('form button[type="submit"]');
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toBe('Nome de utilizador ou palavra-passe incorretos.');
      expect(await page.locator('[data-testid="user-name"]').count()).toBe(0);
    } finally {
      await anonymous.close();
    }
  });

  it('keeps the administrator pages from the public', async () => {
    const anonymous = await openBrowser();
    try {
      const { page } = anonymous;
      await page.goto(`${server.url}/admin/users`);
      await page.getByText('Please sign in to open this page.').waitFor();
      expect(await page.locator('[data-testid="users-table"]').count()).toBe(0);
      expect(await page.locator('nav.main-nav a').allTextContents()).toEqual(['Participants', 'Statistics', 'Verify a certificate', 'Governance']);
    } finally {
      await anonymous.close();
    }
  });
});
