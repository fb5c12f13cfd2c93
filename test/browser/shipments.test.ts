// Suspicious shipments: an authority officer of the United Arab Emirates files a report of a parcel
// suspected of Ivorian origin through the form; the Chair sees it in the list, opens it, and finds it
// in the regional view of West Africa; another Participant's officer does not see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { navLabels, SCREENSHOTS } from './pages.js';
import { adminClient, createUser, signIn } from './seed.js';

let server: TestServer;
let officer: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  await createUser(admin, { name: 'Dubai Officer', login: 'ae-officer', participant: 'AE', roles: ['officer'] });
  await createUser(admin, { name: 'Botswana Officer', login: 'bw-officer', participant: 'BW', roles: ['officer'] });
  await createUser(admin, { name: 'The Chair', login: 'chair', participant: 'BW', roles: ['chair'] });
  // Ghana's production and exports of two recent years, for the regional charts
  const year = new Date().getUTCFullYear() - 1;
  await admin.call('POST', '/api/statistics/production', {
    rows: [year - 1, year].map((y, i) => ({ reporter: 'GH', period: String(y), mining: 'artisanal', carats: 900000 + i * 300000, value_usd: 27000000 + i * 9000000 })),
  });
  await admin.call('POST', '/api/statistics/trade', {
    rows: [year - 1, year].map((y, i) => ({ reporter: 'GH', period: `${y}-Q2`, flow: 'export', partner: 'AE', hs_code: '7102.10', carats: 880000 + i * 400000, value_usd: 26000000 + i * 12000000, certificates: 40 })),
  });
  officer = await openBrowser();
});
afterAll(async () => {
  await officer?.close();
  await server?.stop();
});

describe('suspicious shipment reports', () => {
  let reportUrl = '';

  it('lets an officer file a report through the form', async () => {
    const { page } = officer;
    await signIn(page, server.url, 'ae-officer', 'Dubai Officer');
    expect(await navLabels(page)).toContain('Suspicious shipments');
    await page.locator('nav.main-nav').getByRole('link', { name: 'Suspicious shipments', exact: true }).click();
    await page.getByText('No report yet.').waitFor();
    await page.getByRole('button', { name: 'Report a shipment' }).click();
    const form = page.locator('[data-testid="shipment-form"]');
    await form.getByLabel('Suspected origin').fill('CI');
    await form.getByLabel('Origin declared on the papers').fill('GH');
    await form.getByLabel('Certificate number').fill('not-a-number');
    await form.getByLabel('Carats', { exact: true }).fill('1250.5');
    await form.getByLabel('Exporter', { exact: true }).fill('Accra Gem Traders');
    await form.getByLabel('Country of the exporter').fill('GH');
    await form.getByLabel('What was met and why it is suspected').fill('Coated octahedra typical of Séguéla, declared as Ghanaian alluvial goods.');
    await form.getByRole('button', { name: 'Send the report' }).click();
    // the bad certificate number is refused, named at its field
    await form.locator('[data-testid="field-error"]').first().waitFor();
    expect(await form.locator('[data-testid="field-error"]').first().textContent()).toContain('not a certificate number');
    await form.getByLabel('Certificate number').fill('GH-2026-999999');
    await form.getByRole('button', { name: 'Send the report' }).click();
    await page.locator('[data-testid="shipment-sent"]').waitFor();
    expect(await page.textContent('[data-testid="shipment-sent"]')).toMatch(/^Report SSR-AE-\d{4}-[0-9A-F]{8} sent; the Chair and the monitoring group have been alerted\.$/);
    expect(await page.textContent('[data-testid="certificate-verdict"]')).toBe('not-in-log');
    reportUrl = new URL(page.url()).pathname;
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-shipment-report.png`, fullPage: true });
  });

  it('shows the report to the Chair, in the list and in the regional view of West Africa', async () => {
    const chair = await openBrowser();
    try {
      const { page } = chair;
      await signIn(page, server.url, 'chair', 'The Chair');
      await page.locator('nav.main-nav').getByRole('link', { name: 'Suspicious shipments', exact: true }).click();
      const row = page.locator('[data-testid="shipments-table"] tbody tr');
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.first().textContent()).toContain('Accra Gem Traders');
      expect(await row.first().textContent()).toContain('GH-2026-999999 (not-in-log)');
      await row.first().getByRole('link').click();
      await page.locator('[data-testid="shipment-detail"]').waitFor();
      expect(new URL(page.url()).pathname).toBe(reportUrl.split('?')[0]);
      expect(await page.textContent('[data-testid="suspected-origin"]')).toBe("Côte d'Ivoire");

      // the Chair records the seizure the officer reported by telephone
      const form = page.locator('[data-testid="enforcement-form"]');
      await form.getByLabel('Outcome').fill('Parcel seized at Dubai airport; the exporter is prosecuted.');
      await form.getByLabel('Carats seized').fill('1250.5');
      await form.getByRole('button', { name: 'Report the action' }).click();
      await page.locator('[data-testid="enforcement"] table').getByText('Parcel seized at Dubai airport').waitFor();

      await page.locator('nav.main-nav').getByRole('link', { name: 'Regional view', exact: true }).click();
      await page.locator('[data-testid="region-map"]').waitFor();
      expect(await page.locator('[data-testid="region-map"] path[data-code="GH"]').getAttribute('data-status')).toBe('participant');
      await page.locator('[data-testid="region-shipments"]').getByText(/SSR-AE-/).waitFor();
      expect(await page.textContent('[data-testid="region-measures"]')).toContain("Côte d'Ivoire");
      // Ghana's production and exports drawn year by year (Observable Plot)
      for (const chart of ['productionCarats', 'exportsCarats']) {
        await page.locator(`[data-testid="region-chart-${chart}"] [role="img"] svg`).last().waitFor();
        expect(await page.locator(`[data-testid="region-chart-${chart}"]`).textContent()).toContain('Ghana');
      }
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-region-west-africa.png`, fullPage: true });
    } finally {
      await chair.close();
    }
  });

  it("does not show it to another Participant's officer", async () => {
    const other = await openBrowser();
    try {
      const { page } = other;
      await signIn(page, server.url, 'bw-officer', 'Botswana Officer');
      await page.goto(`${server.url}/shipments`);
      await page.getByText('No report yet.').waitFor();
      await page.goto(`${server.url}${reportUrl.split('?')[0]}`);
      await page.locator('[role="alert"]').filter({ hasText: 'may not shipments.read for AE' }).waitFor();
      expect(await page.locator('[data-testid="shipment-detail"]').count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
