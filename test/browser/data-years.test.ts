// Pages open on the data's last year, not the calendar's (issue #17, item 7): with statistics of 2004
// and 2006 in the store, the monitoring findings open on 2006 (the analysis offered for 2006 too),
// "All years" shows every year, and the statistics group's matrix and review open on 2006; an empty
// list says what will appear there and how.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { adminClient, createUser, seedStatistics, signIn } from './seed.js';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  await seedStatistics(admin);
  await admin.call('POST', '/api/statistics/trade', {
    rows: [{ reporter: 'ZA', period: '2004-Q3', flow: 'export', partner: 'IN', hs_code: '7102.10', carats: 1000, value_usd: 100000, certificates: 1 }],
  });
  await createUser(admin, { name: 'Monitoring Member', login: 'monitor', participant: 'EU', roles: ['wg-member'], groups: ['WGM', 'WGS'] });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the year a page opens on', () => {
  it('is the latest year with statistics on the findings, matrix and review pages', async () => {
    const { page } = browser;
    expect(new Date().getFullYear()).toBeGreaterThan(2006);
    await signIn(page, server.url, 'monitor', 'Monitoring Member');
    await page.goto(`${server.url}/findings`);
    await expect.poll(() => page.inputValue('select[name="year"]')).toBe('2006');
    expect(await page.inputValue('select[name="runYear"]')).toBe('2006');
    // nothing analysed yet: the sentence says how findings come, not an empty table
    const empty = page.locator('[data-testid="empty-state"][data-list="findings"]');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('once the analysis of a year is run');
    expect(await page.locator('[data-testid="findings-table"]').count()).toBe(0);

    await page.selectOption('select[name="year"]', 'all');
    await page.waitForURL(/year=all/);
    expect(await page.inputValue('select[name="year"]')).toBe('all');

    await page.goto(`${server.url}/statistics/analysis/matrix`);
    await expect.poll(() => page.inputValue('select[name="year"]')).toBe('2006');
    await page.goto(`${server.url}/statistics/review`);
    await expect.poll(() => page.inputValue('select[name="year"]')).toBe('2006');
  });
});
