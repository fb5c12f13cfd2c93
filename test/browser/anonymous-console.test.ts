// Anonymous pages log no error in the browser console (issue #17 point 7): the web app asks for the
// session only when a sign-in left its hint cookie (kpcs_signed_in), so no 401 is logged; after a
// sign-out, the same. Signed in, the session is still found after a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { signInAsAdmin } from './pages.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const PUBLIC_PAGES = ['/', '/participants/ZA', '/statistics', '/verify', '/verify/ZA-2006-000001', '/governance', '/decisions', '/recommendations', '/governance/groups', '/documents', '/sign-in', '/no-such-page'];

describe('anonymous pages', () => {
  let browser: TestBrowser;
  const errors: string[] = [];
  const failed: string[] = [];
  beforeAll(async () => {
    browser = await openBrowser({ locale: 'en-GB' });
    browser.page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${browser.page.url()}: ${m.text()}`);
    });
    browser.page.on('response', (r) => {
      if (r.status() >= 400 && r.url().includes('/api/')) failed.push(`${browser.page.url()}: ${r.status()} ${r.url()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('open without any console error or failed API request', async () => {
    const { page } = browser;
    for (const path of PUBLIC_PAGES) {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('h1');
      await page.waitForLoadState('networkidle');
    }
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('signed in, the session survives a reload; signed out, the pages are quiet again', async () => {
    const { page } = browser;
    await signInAsAdmin(page, server.url);
    await page.reload();
    await page.waitForSelector('[data-testid="user-name"]');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    errors.length = 0;
    failed.length = 0;
    for (const path of ['/', '/statistics', '/verify']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('h1');
      await page.waitForLoadState('networkidle');
    }
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
