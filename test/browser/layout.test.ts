// The layout fits a 1366×768 laptop and a 360 px phone: the page itself never scrolls sideways, the
// header of a customs officer acting for the European Community stays on one row on the laptop, every
// entry of the administrator's navigation (the longest) can be reached — wrapped on the laptop,
// scrolled inside the menu on the phone — and a wide table scrolls inside its own box.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { signInAsAdmin } from './pages.js';
import { adminClient, createUser, seedStatistics, signIn } from './seed.js';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  const admin = await adminClient(server.url);
  await createUser(admin, { name: 'Lieve Janssens', login: 'eu.customs', participant: 'EU', roles: ['customs'] });
  await seedStatistics(admin);
  await admin.call('POST', '/api/statistics/releases', { year: 2006 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 360, height: 740 },
] as const;

const PAGES = ['/', '/statistics?year=2006', '/verify', '/admin/users', '/admin/audit', '/governance'];

/** How far the page scrolls sideways (0 when it fits). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function settle(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('main h1');
  await page.waitForLoadState('networkidle');
}

describe('layout at 1366×768 and 360 px', () => {
  it("the administrator's pages never scroll sideways, and every menu entry can be reached", async () => {
    const { page } = browser;
    await signInAsAdmin(page, server.url);
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const path of PAGES) {
        await settle(page, path);
        expect(await sideways(page), `${path} at ${size.width} px`).toBeLessThanOrEqual(0);
      }
      const menu = await page.evaluate(() => {
        const ul = document.querySelector('nav.main-nav ul')!;
        const box = ul.getBoundingClientRect();
        return {
          overflowX: getComputedStyle(ul).overflowX,
          scrolls: ul.scrollWidth > ul.clientWidth,
          links: [...ul.querySelectorAll('a')].map((a) => {
            const r = a.getBoundingClientRect();
            return { text: a.textContent, left: r.left - box.left + ul.scrollLeft, right: r.right - box.left + ul.scrollLeft, top: r.top };
          }),
          width: ul.scrollWidth,
        };
      });
      expect(menu.links.length).toBeGreaterThanOrEqual(12);
      if (size.name === 'laptop') {
        // wrapped: every entry inside the window, none cut off
        for (const l of menu.links) expect(l.right, l.text ?? '').toBeLessThanOrEqual(size.width);
        expect(new Set(menu.links.map((l) => Math.round(l.top))).size).toBeGreaterThan(1);
      } else {
        // one row that scrolls inside the menu, the last entry reachable by scrolling it
        expect(menu.overflowX).toBe('auto');
        expect(menu.scrolls).toBe(true);
        expect(menu.links.at(-1)!.right).toBeLessThanOrEqual(menu.width + 1);
        await page.locator('nav.main-nav a').last().scrollIntoViewIfNeeded();
        const last = await page.locator('nav.main-nav a').last().boundingBox();
        expect(last!.x + last!.width).toBeLessThanOrEqual(size.width + 1);
      }
      // the annual summary's table is wider than a phone: it scrolls inside its box, not the page
      await settle(page, '/statistics?year=2006');
      const table = await page.evaluate(() => {
        const t = document.querySelector('table[data-testid="summary-table"]');
        const box = t?.parentElement;
        return box && { overflowX: getComputedStyle(box).overflowX, inner: box.scrollWidth, outer: box.clientWidth, boxRight: box.getBoundingClientRect().right };
      });
      expect(table, 'the summary table is shown').toBeTruthy();
      expect(table!.boxRight).toBeLessThanOrEqual(size.width);
      if (table!.inner > table!.outer) expect(table!.overflowX).toBe('auto');
      if (size.name === 'phone') expect(table!.inner).toBeGreaterThan(table!.outer);
    }
  });

  it("a customs officer's header stays on one row on the laptop; on the phone nothing sticks out", async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, server.url, 'eu.customs', 'Lieve Janssens');
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const path of ['/certificates', '/certificates/awaiting', '/verify']) {
        await settle(page, path);
        expect(await sideways(page), `${path} at ${size.width} px`).toBeLessThanOrEqual(0);
        const header = await page.evaluate(() => {
          const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
          const brand = rect('.brand');
          const tools = rect('.header-tools');
          const roles = document.querySelector('.user-roles') as HTMLElement;
          return { sameRow: tools.top < brand.bottom && brand.top < tools.bottom, toolsRight: tools.right, title: roles.title, text: roles.textContent };
        });
        expect(header.toolsRight).toBeLessThanOrEqual(size.width);
        // the account line is whole on hover even when the window cuts it
        expect(header.title).toBe(header.text);
        expect(header.text).toContain('European Community');
        if (size.name === 'laptop') expect(header.sameRow, `header on one row at ${path}`).toBe(true);
      }
    }
  });
});
