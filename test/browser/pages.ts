// Steps the browser tests share.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from './server.js';

export const SCREENSHOTS = process.env.KPCS_SCREENSHOTS ?? '/tmp';

export async function signInAsAdmin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill('input[name="login"]', 'admin');
  await page.fill('input[name="password"]', ADMIN_PASSWORD);
  await page.click('form button[type="submit"]');
  await page.waitForSelector('[data-testid="user-name"]');
  expect(await page.textContent('[data-testid="user-name"]')).toBe('Administrator');
}

/** The labels of the main navigation, in order. */
export async function navLabels(page: Page): Promise<string[]> {
  return (await page.locator('nav.main-nav a').allTextContents()).map((s) => s.trim());
}

export async function htmlLang(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('lang'));
}
