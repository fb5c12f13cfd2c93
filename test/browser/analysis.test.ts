// Interactive statistics analysis: a member of the working group on statistics opens a Participant's
// series over the years, the partner matrix of a year (and a pair over the quarters by a click), and
// the comparison of two Participants, on seeded statistics, and sees the right figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';
import { adminClient, createUser, seedStatistics, signIn } from './seed.js';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  await seedStatistics(admin);
  // 2005 too: production and exports of South Africa and Botswana to India
  await admin.call('POST', '/api/statistics/production', {
    rows: [
      { reporter: 'ZA', period: '2005', mining: 'industrial', carats: 80000, value_usd: 6000000 },
      { reporter: 'BW', period: '2005', mining: 'industrial', carats: 250000, value_usd: 20000000 },
    ],
  });
  await admin.call('POST', '/api/statistics/trade', {
    rows: [
      { reporter: 'ZA', period: '2005-Q2', flow: 'export', partner: 'IN', hs_code: '7102.10', carats: 400000, value_usd: 30000000, certificates: 8 },
      { reporter: 'BW', period: '2005-Q3', flow: 'export', partner: 'IN', hs_code: '7102.10', carats: 200000, value_usd: 20000000, certificates: 4 },
    ],
  });
  await createUser(admin, { name: 'Statistics Analyst', login: 'analyst', participant: 'CA', roles: ['wg-member'], groups: ['WGS'] });
  browser = await openBrowser();
  await signIn(browser.page, server.url, 'analyst', 'Statistics Analyst');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const cells = async (row: import('playwright-core').Locator) => (await row.locator('th, td').allTextContents()).map((s) => s.trim());

describe('interactive statistics analysis', () => {
  it("shows a Participant's series over the years: chart and table", async () => {
    const { page } = browser;
    await page.locator('nav.main-nav').getByRole('link', { name: 'Statistics analysis', exact: true }).click();
    await page.getByText('Choose a Participant.').waitFor();
    await page.selectOption('select[name="participant"]', 'ZA');
    await page.selectOption('select[name="from"]', '2004');
    await page.selectOption('select[name="to"]', '2006');
    const y2006 = page.locator('[data-testid="series-table"] tr[data-year="2006"]');
    await y2006.waitFor();
    // production, exports, imports: carats, US$, US$/ct
    expect(await cells(y2006)).toEqual(['2006', '100,000.00', '10,000,000', '100.00', '500,000.00', '50,000,000', '100.00', '0.00', '0', '—']);
    expect(await cells(page.locator('[data-testid="series-table"] tr[data-year="2005"]'))).toEqual(['2005', '80,000.00', '6,000,000', '75.00', '400,000.00', '30,000,000', '75.00', '0.00', '0', '—']);
    expect(await page.locator('[data-testid="series-table"] tr[data-year="2004"]').count()).toBe(0);
    await page.locator('[data-testid="series-chart"] svg').first().waitFor();
    // three lines (production, exports, imports), two years each
    expect(await page.locator('[data-testid="series-chart"] svg [aria-label="line"] path').count()).toBe(3);
    await page.selectOption('select[name="unit"]', 'usdPerCarat');
    expect(await page.locator('[data-testid="series-chart"] [role="img"]').getAttribute('aria-label')).toBe('South Africa: US$ per carat by year');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-analysis-series.png`, fullPage: true });
  });

  it("shows a year's partner matrix with totals, and a pair over the quarters on a click", async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Partner matrix', exact: true }).click();
    await page.selectOption('select[name="year"]', '2006');
    const table = page.locator('[data-testid="matrix-table"]');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await page.textContent('[data-cell="ZA-IN"]')).toBe('500,000.00');
    expect(await page.textContent('[data-cell="BW-IN"]')).toBe('250,000.50');
    expect(await page.textContent('[data-testid="row-total-ZA"]')).toBe('500,000.00');
    expect(await page.textContent('[data-testid="col-total-IN"]')).toBe('750,000.50');
    expect(await page.textContent('[data-testid="grand-total"]')).toBe('750,000.50');
    // the larger flow is the darker cell
    const alpha = async (code: string) => Number(/[,/] ?([\d.]+)\)/.exec((await page.locator(`[data-cell="${code}"]`).getAttribute('style')) ?? '')?.[1]);
    expect(await alpha('ZA-IN')).toBeGreaterThan(await alpha('BW-IN'));
    await page.selectOption('select[name="unit"]', 'valueUsd');
    expect(await page.textContent('[data-cell="BW-IN"]')).toBe('25,000,000');

    await page.locator('[data-cell="ZA-IN"] button').click();
    const pair = page.locator('[data-testid="pair-table"]');
    await pair.waitFor();
    expect(await page.textContent('#pair-title')).toBe('South Africa and India in 2006, quarter by quarter');
    const rows = await Promise.all([0, 1, 2, 3].map((i) => cells(pair.locator('tbody tr').nth(i))));
    // South Africa's exports as it reported them, India's imports from it as India reported them
    expect(rows).toEqual([
      ['2006-Q1', '50,000,000', '50,000,000', '—', '—'],
      ['2006-Q2', '—', '—', '—', '—'],
      ['2006-Q3', '—', '—', '—', '—'],
      ['2006-Q4', '—', '—', '—', '—'],
    ]);
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-analysis-matrix.png`, fullPage: true });
  });

  it('compares several Participants on one measure over the years', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Compare Participants', exact: true }).click();
    await page.getByText('Add the Participants to compare.').waitFor();
    await page.selectOption('select[name="add"]', 'ZA');
    await page.selectOption('select[name="add"]', 'BW');
    await page.selectOption('select[name="from"]', '2005');
    await page.selectOption('select[name="to"]', '2006');
    const table = page.locator('[data-testid="compare-table"]');
    await table.waitFor();
    expect(await cells(table.locator('thead tr'))).toEqual(['Year', 'South Africa', 'Botswana']);
    expect(await cells(table.locator('tr[data-year="2005"]'))).toEqual(['2005', '400,000.00', '200,000.00']);
    expect(await cells(table.locator('tr[data-year="2006"]'))).toEqual(['2006', '500,000.00', '250,000.50']);
    await page.selectOption('select[name="flow"]', 'production');
    await page.selectOption('select[name="unit"]', 'usdPerCarat');
    await table.locator('tr[data-year="2005"] td', { hasText: '75.00' }).waitFor();
    expect(await cells(table.locator('tr[data-year="2005"]'))).toEqual(['2005', '75.00', '80.00']);
    expect(await cells(table.locator('tr[data-year="2006"]'))).toEqual(['2006', '100.00', '100.00']);
    expect(await page.locator('[data-testid="compare-chart"] svg [aria-label="line"] path').count()).toBe(2);
    // the whole view is one request for both Participants
    expect(page.url()).toContain('participants=ZA%2CBW');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-analysis-compare.png`, fullPage: true });
  });
});
