// Launches the system's Chromium (headless) for a browser test, with a fresh temporary profile
// (user data directory) that close() removes again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.KPCS_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** `locale` sets the browser's language (navigator.languages, Accept-Language). */
export async function openBrowser(options: { locale?: string } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'kpcs-chromium-'));
  // Playwright takes the user data directory as the first argument of a persistent context (it
  // refuses --user-data-dir among the args); this is the same fresh profile.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1366, height: 900 },
  });
  // an upper bound on each wait, not a timing: two files run at once (vitest.browser.config.ts), and a
  // loaded machine may take more than Playwright's 30 s to answer a page
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
