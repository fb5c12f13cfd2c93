// Statistics: the public annual summary of a released year (world total, chart, map, downloads); an
// authority officer's file submission, refused row by row first, then previewed and submitted; the
// working group on statistics' reconciliation and compliance tables, and its release of a draft year.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';
import { adminClient, createUser, seedStatistics, signIn } from './seed.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  await seedStatistics(admin);
  await admin.call('POST', '/api/statistics/releases', { year: 2006 });
  // 2005 (a draft): India reports half of what South Africa says it sent in the third quarter
  await admin.call('POST', '/api/statistics/trade', {
    rows: [
      { reporter: 'ZA', period: '2005-Q3', flow: 'export', partner: 'IN', hs_code: '7102.10', carats: 1000, value_usd: 100000, certificates: 2 },
      { reporter: 'IN', period: '2005-Q3', flow: 'import', partner: 'ZA', hs_code: '7102.10', carats: 500, value_usd: 50000, certificates: 1 },
    ],
  });
  await createUser(admin, { name: 'Thandi Mokoena', login: 'thandi', participant: 'ZA', roles: ['officer'] });
  await createUser(admin, { name: 'Statistics Analyst', login: 'analyst', participant: 'CA', roles: ['wg-member'], groups: ['WGS'] });
});
afterAll(async () => {
  await server?.stop();
});

describe('public annual summary', () => {
  it('shows the world total of a released year with chart, map and downloads', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await page.locator('nav.main-nav').getByRole('link', { name: 'Statistics', exact: true }).click();
      const world = page.locator('[data-testid="world-row"]');
      await world.waitFor();
      expect(await page.inputValue('select[name="year"]')).toBe('2006');
      const cells = (await world.locator('th, td').allTextContents()).map((s) => s.trim());
      // production, then exports: 750,000.50 ct for US$75,000,000 (US$100.00/ct) on 15 certificates
      expect(cells).toEqual(['World total', '400,000.00', '40,000,000', '100.00', '750,000.50', '75,000,000', '100.00', '15', '750,000.50', '75,000,000', '100.00', '15']);
      expect(await page.textContent('[data-testid="world-exports-usd"]')).toBe('USD\u00a075,000,000');
      expect(await page.textContent('[data-testid="world-exports-carats"]')).toBe('750,000.50');
      expect(await page.locator('[data-testid="summary-table"] tbody tr').count()).toBe(3);
      expect(await page.textContent('[data-testid="release-note"]')).toContain('version 1');

      // the chart of top exporters: South Africa first
      await page.locator('[data-testid="top-exporters-chart"] svg').waitFor();
      const bars = await page.locator('[data-testid="top-exporters-chart"] svg g[aria-label="bar"] rect').count();
      expect(bars).toBe(2);
      expect(await page.textContent('[data-testid="top-exporters-chart"]')).toContain('South Africa');
      // the map colours the exporters
      await page.locator('[data-testid="export-map"] path[data-code="ZA"]').waitFor();
      expect(await page.locator('[data-testid="export-map"] path[data-code="ZA"]').getAttribute('style')).toContain('fill');
      expect(await page.locator('[data-testid="export-map"] path[data-code="FR"]').getAttribute('style')).toBeNull();
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-statistics.png`, fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('kp-statistics-2006.csv');
      const csv = readFileSync((await download.path())!, 'utf8').trim().split('\n');
      expect(csv[0]).toBe('participant,name,production_carats,production_usd,production_usd_per_carat,exports_carats,exports_usd,exports_certificates,imports_carats,imports_usd,imports_certificates');
      expect(csv.at(-1)).toBe('WORLD,World,400000.00,40000000.00,100.00,750000.50,75000000.25,15,750000.50,75000000.25,15');
      const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download JSON' }).click()]);
      expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toMatchObject({ year: 2006, status: 'released', world: { exports: { carats: 750000.5, certificates: 15 } } });
    } finally {
      await browser.close();
    }
  });

  it('says so when the year asked for is not released', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.url}/statistics?year=2005`);
      await page.getByRole('alert').waitFor();
      expect(await page.textContent('[role="alert"]')).toContain('have not been released');
    } finally {
      await browser.close();
    }
  });
});

describe('submission of statistics', () => {
  it('shows every bad row and column, then previews and submits a correct file', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, server.url, 'thandi', 'Thandi Mokoena');
      await page.locator('nav.main-nav').getByRole('link', { name: 'Submit statistics', exact: true }).click();
      const header = 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates\n';
      await page.setInputFiles('input[name="file"]', {
        name: 'za-2007-q1.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${header}ZA,2007-Q1,export,IN,7102.10,100.50,2000.25,3\nZA,2007-Q1,expot,IN,7102.99,abc,2000,1\n`),
      });
      await page.getByRole('button', { name: 'Check the file' }).click();
      const errors = page.locator('[data-testid="import-errors"]');
      await errors.waitFor();
      const rows = (await errors.locator('tbody tr').allTextContents()).join('\n');
      expect(rows).toContain('3flow');
      expect(rows).toContain('3hs_code');
      expect(rows).toContain('3carats');
      expect(await errors.textContent()).toContain('Nothing was imported');
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-submit-errors.png`, fullPage: true });

      await page.setInputFiles('input[name="file"]', {
        name: 'za-2007-q1.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${header}ZA,2007-Q1,export,IN,7102.10,100.50,2000.25,3\nZA,2007-Q1,import,BW,7102.21,50,500,1\n`),
      });
      await page.getByRole('button', { name: 'Check the file' }).click();
      const preview = page.locator('[data-testid="import-preview"]');
      await preview.waitFor();
      expect(await preview.textContent()).toContain('2 rows checked');
      expect(await preview.locator('tbody tr').allTextContents()).toEqual(['ZA2007-Q112']);
      await page.getByTestId('submit-for-real').click();
      await page.locator('[data-testid="import-done"]').waitFor();
      expect(await page.textContent('[data-testid="import-done"]')).toContain('Submitted: 2 rows stored.');
      await page.getByText('file za-2007-q1.csv').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-submit-done.png`, fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

describe('statistics review', () => {
  it('shows the working group the reconciliation and compliance of a year', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, server.url, 'analyst', 'Statistics Analyst');
      await page.locator('nav.main-nav').getByRole('link', { name: 'Statistics review', exact: true }).click();
      await page.selectOption('select[name="year"]', '2006');
      await page.getByLabel('Also show the flows that agree').check();
      const table = page.locator('[data-testid="reconciliation-table"]');
      await table.locator('tr[data-status="agreed"]').first().waitFor();
      expect(await table.locator('tbody tr').count()).toBe(2);
      const compliance = page.locator('[data-testid="compliance-table"]');
      await compliance.waitFor();
      expect(await compliance.textContent()).toContain('2006-Q4');

      // 2005: a mirror discrepancy, opened and resolved by the working group
      await page.selectOption('select[name="year"]', '2005');
      await table.locator('tr[data-status="discrepancy"]').first().waitFor();
      await page.getByText('No discrepancy has been opened for this year.').waitFor();
      await page.getByRole('button', { name: 'Open every discrepancy of 2005' }).click();
      expect(await page.locator('[data-testid="opened-count"]').textContent()).toBe('Discrepancies opened: 1.');
      const discrepancy = page.locator('[data-testid="discrepancies-table"] tr[data-discrepancy="ZA-IN-2005-Q3"]');
      await discrepancy.waitFor();
      expect(await discrepancy.textContent()).toContain('Open');
      await discrepancy.getByRole('button', { name: 'Notes and resolution' }).click();
      await page.getByLabel('Outcome', { exact: true }).fill('India counted the second parcel in the fourth quarter.');
      await page.getByRole('button', { name: 'Resolve with this outcome' }).click();
      await expect.poll(() => discrepancy.textContent()).toContain('Resolved');
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-statistics-review.png`, fullPage: true });

      // the draft of 2007 (South Africa's file above), released by the working group
      await page.goto(`${server.url}/statistics?year=2007`);
      await page.locator('[data-testid="draft-note"]').waitFor();
      expect(await page.textContent('[data-testid="draft-note"]')).toContain('Draft: the figures of 2007 have not been released');
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Release 2007 to the public' }).click();
      await page.locator('[data-testid="release-note"]').waitFor();
      expect(await page.textContent('[data-testid="world-exports-carats"]')).toBe('100.50');
    } finally {
      await browser.close();
    }
  });
});
