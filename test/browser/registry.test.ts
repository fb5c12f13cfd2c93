// The public registry: the world map coloured by status on a chosen day, the counts, the table and
// a Participant's record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';

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

const map = (date: string) => `svg[data-testid="world-map"][data-date="${date}"]`;

async function statusOf(page: Page, date: string, code: string): Promise<string | null> {
  return page.getAttribute(`${map(date)} path[data-code="${code}"]`, 'data-status');
}

describe('the registry map', () => {
  it('colours the world by status on 2006-11-09 and on 2004-01-01', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?at=2006-11-09`);
    await page.waitForSelector(`${map('2006-11-09')} path[data-code="ZA"]`);

    const participants = await page.locator(`${map('2006-11-09')} path[data-status="participant"]`).count();
    expect(participants).toBeGreaterThanOrEqual(40);
    expect(await statusOf(page, '2006-11-09', 'CG')).toBe('removed');
    expect(await statusOf(page, '2006-11-09', 'ZA')).toBe('participant');
    expect(await statusOf(page, '2006-11-09', 'FR')).toBe('participant'); // as the European Community
    expect(await statusOf(page, '2006-11-09', 'TR')).toBe('applicant');
    expect(await statusOf(page, '2006-11-09', 'TW')).toBe('trading_entity');
    expect(await page.textContent('[data-testid="count-participants"]')).toBe('47');
    expect(await page.textContent('[data-testid="count-countries"]')).toBe('71');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-registry-2006.png`, fullPage: true });

    await page.fill('input[name="at"]', '2004-01-01');
    await page.waitForSelector(`${map('2004-01-01')} path[data-code="CG"]`);
    expect(await statusOf(page, '2004-01-01', 'CG')).toBe('participant');
    expect(await statusOf(page, '2004-01-01', 'PL')).toBe('none'); // joined the EU on 1 May 2004
    expect(new URL(page.url()).searchParams.get('at')).toBe('2004-01-01');
  });

  it('finds an entry in the table and opens its record', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?at=2006-11-09`);
    await page.waitForSelector('table.data-table tbody tr');
    await page.fill('input[type="search"]', 'congo');
    expect(await page.locator('table.data-table tbody tr').count()).toBe(2);
    await page.click('tr[data-code="CG"]');
    await page.waitForURL(/\/participants\/CG\?at=2006-11-09$/);
    await page.getByRole('heading', { name: 'Status history' }).waitFor();
    expect(await page.textContent('h1')).toBe('Republic of the Congo');
    const history = await page.locator('section:has(h2:text("Status history")) tbody tr').allTextContents();
    expect(history).toHaveLength(2);
    expect(history[1]).toContain('Removed');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-detail-cg.png`, fullPage: true });
  });
});
