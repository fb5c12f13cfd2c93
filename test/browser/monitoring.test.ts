// Monitoring: a member of the working group on monitoring runs the analysis of 2006, sees South
// Africa's exports flagged as beyond its production and imports, opens the finding with its rule and
// figures, acknowledges it, comments, and closes it with the outcome.
import { countryName } from '../../src/core/i18n.js';
import { findingTypeName } from '../../src/monitoring/detectors/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { navLabels, SCREENSHOTS } from './pages.js';
import { adminClient, createUser, seedStatistics, signIn } from './seed.js';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  await seedStatistics(admin);
  await createUser(admin, { name: 'Monitoring Member', login: 'monitor', participant: 'CA', roles: ['wg-member'], groups: ['WGM'] });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('monitoring findings', () => {
  it('shows a WGM member the finding of a year after running the analysis', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'monitor', 'Monitoring Member');
    // the pages of the monitoring group and the diamond experts' footprints, not those of the statistics group
    expect(await navLabels(page)).toEqual(['Participants', 'Statistics', 'Verify a certificate', 'Monitoring findings', 'Regional view', 'Production capacity', 'Suspicious shipments', 'Footprints', 'Governance']);
    await page.locator('nav.main-nav').getByRole('link', { name: 'Monitoring findings', exact: true }).click();
    await page.getByText('No finding matches.').waitFor();

    await page.selectOption('select[name="runYear"]', '2006');
    await page.getByRole('button', { name: 'Run the analysis for the year' }).click();
    await page.locator('[data-testid="run-result"]').waitFor();
    expect(await page.textContent('[data-testid="run-result"]')).toMatch(/^Analysis of 2006: \d+ findings, \d+ new\.$/);
    expect(await page.inputValue('select[name="year"]')).toBe('2006');
    const row = page.locator('[data-testid="findings-table"] tr[data-participant="ZA"][data-type="balance"]');
    await row.waitFor();
    expect(await row.textContent()).toContain(findingTypeName('balance', 'en'));
    expect(await row.textContent()).toContain('High');
    expect(await row.textContent()).toContain('Open');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-findings.png`, fullPage: true });

    // the filters narrow the list
    await page.selectOption('select[name="participant"]', 'BW');
    await page.waitForURL(/participant=BW/);
    await expect.poll(() => row.count()).toBe(0);
    await page.selectOption('select[name="participant"]', '');
    await row.waitFor();
    // the kinds of finding to filter by, as the server's detectors name them
    await expect.poll(() => page.locator('select[name="type"] option[value="balance"]').textContent()).toBe(findingTypeName('balance', 'en'));
    await page.selectOption('select[name="type"]', 'unit_value');
    await page.waitForURL(/type=unit_value/);
    await expect.poll(() => row.count()).toBe(0);
    await page.selectOption('select[name="type"]', '');
    await row.waitFor();

    await row.getByRole('link').click();
    await page.locator('[data-testid="finding-summary"]').waitFor();
    expect(await page.textContent('[data-testid="finding-summary"]')).toContain(`${countryName('ZA', 'en')} exported 500,000 ct in 2006`);
    const figures = await page.textContent('[data-testid="evidence-figures"]');
    expect(figures).toContain('exportsCarats');
    expect(figures).toContain('500,000');
    expect(figures).toContain('productionCarats');
    expect(figures).toContain('Production (ct)');

    // the evidence in the reader's language: the reason, the rule and the figures' labels
    await page.getByRole('button', { name: 'Français' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await expect.poll(() => page.textContent('[data-testid="finding-summary"]')).toMatch(new RegExp(`^${countryName('ZA', 'fr')} a exporté 500\\s000 ct en 2006 mais a produit`));
    expect(await page.getAttribute('[data-testid="finding-summary"]', 'lang')).toBe('fr');
    expect(await page.textContent('[data-testid="evidence-figures"]')).toContain('Exportations (ct)');
    await expect.poll(() => page.locator('h1').textContent()).toContain(findingTypeName('balance', 'fr'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect.poll(() => page.textContent('[data-testid="finding-summary"]')).toContain(`${countryName('ZA', 'en')} exported 500,000 ct in 2006`);

    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.locator('[data-testid="finding-status"] [data-finding-status="acknowledged"]').waitFor();
    await page.getByRole('button', { name: 'Myself' }).click();
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect.poll(() => page.textContent('[data-testid="finding-assignee"]')).toBe('Monitoring Member');
    await page.getByLabel('Comment', { exact: true }).fill('Ask South Africa for its stock figures.');
    await page.getByRole('button', { name: 'Add the comment' }).click();
    await page.locator('[data-testid="comments"]').getByText('Ask South Africa for its stock figures.').waitFor();
    await page.getByLabel('Outcome', { exact: true }).fill('Explained by sales from stocks mined in 2005.');
    await page.getByRole('button', { name: 'Close with this outcome' }).click();
    await page.locator('[data-testid="finding-status"] [data-finding-status="closed"]').waitFor();
    expect(await page.textContent('[data-testid="finding-outcome"]')).toContain('Explained by sales from stocks');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-finding.png`, fullPage: true });
  });

  it('keeps findings from the public', async () => {
    const anonymous = await openBrowser();
    try {
      const { page } = anonymous;
      await page.goto(`${server.url}/findings`);
      await page.getByText('Please sign in to open this page.').waitFor();
      expect(await page.locator('[data-testid="findings-table"]').count()).toBe(0);
    } finally {
      await anonymous.close();
    }
  });
});
