// Notifications in the browser: the working group on statistics opens two discrepancies on South
// Africa's exports; South Africa's officer sees "2" on the inbox badge in the header, opens the
// inbox, marks one alert read (the badge shows 1), then all (the badge is gone). The Chair then
// reads the annual report of 2006 in Russian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';
import { adminClient, createUser, signIn, type AdminClient } from './seed.js';

let server: TestServer;
let browser: TestBrowser;
let admin: AdminClient;

beforeAll(async () => {
  server = await startServer();
  admin = await adminClient(server.url);
  await admin.call('POST', '/api/statistics/trade', {
    rows: [
      { reporter: 'ZA', period: '2006-Q1', flow: 'export', partner: 'BW', hs_code: '7102.10', carats: 1000, value_usd: 100000, certificates: 2 },
      { reporter: 'ZA', period: '2006-Q2', flow: 'export', partner: 'BW', hs_code: '7102.10', carats: 2000, value_usd: 200000, certificates: 3 },
      { reporter: 'BW', period: '2006-Q1', flow: 'import', partner: 'ZA', hs_code: '7102.10', carats: 500, value_usd: 50000, certificates: 1 },
      { reporter: 'BW', period: '2006-Q2', flow: 'import', partner: 'ZA', hs_code: '7102.10', carats: 900, value_usd: 90000, certificates: 1 },
    ],
  });
  await createUser(admin, { name: 'Thabo Officer', login: 'thabo', participant: 'ZA', roles: ['officer'] });
  await createUser(admin, { name: 'The Chair', login: 'chair', participant: 'BW', roles: ['chair'] });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the inbox', () => {
  it('counts the alerts on the badge and marks them read', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'thabo', 'Thabo Officer');
    const badge = page.locator('[data-testid="inbox-badge"]');
    await badge.waitFor();
    expect(await page.locator('[data-testid="inbox-count"]').count()).toBe(0);

    // the working group opens two discrepancies while the officer is signed in
    await admin.call('POST', '/api/statistics/discrepancies', { exporter: 'ZA', importer: 'BW', period: '2006-Q1' });
    await admin.call('POST', '/api/statistics/discrepancies', { exporter: 'ZA', importer: 'BW', period: '2006-Q2' });
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="inbox-count"]').textContent()).toBe('2');
    expect(await badge.getAttribute('aria-label')).toBe('Inbox: 2 unread');

    await badge.click();
    await page.waitForURL(/\/inbox$/);
    const items = page.locator('[data-testid="inbox-item"]');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.allTextContents()).toEqual([expect.stringContaining('Discrepancy opened: South Africa → Botswana, 2006-Q2'), expect.stringContaining('Discrepancy opened: South Africa → Botswana, 2006-Q1')]);
    expect(await page.textContent('[data-testid="inbox-unread"]')).toBe('2 unread');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-inbox.png`, fullPage: true });

    await items.nth(1).getByRole('button', { name: 'Mark read' }).click();
    await expect.poll(() => page.textContent('[data-testid="inbox-unread"]')).toBe('1 unread');
    await expect.poll(() => page.locator('[data-testid="inbox-count"]').textContent()).toBe('1');
    // unread first: the one still unread is on top, the read one below with no button
    expect(await items.nth(0).getByRole('button', { name: 'Mark read' }).count()).toBe(1);
    expect(await items.nth(1).getByRole('button', { name: 'Mark read' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => page.textContent('[data-testid="inbox-unread"]')).toBe('0 unread');
    await expect.poll(() => page.locator('[data-testid="inbox-count"]').count()).toBe(0);

    // it stays read after a reload
    await page.reload();
    await page.locator('[data-testid="inbox-unread"]').waitFor();
    expect(await page.textContent('[data-testid="inbox-unread"]')).toBe('0 unread');
  });
});

describe("the Chair's report", () => {
  it('shows the annual report of 2006 in Russian with the registry’s figures', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await signIn(page, server.url, 'chair', 'The Chair');
    await page.goto(`${server.url}/governance/reports?year=2006&lang=ru`);
    const report = page.locator('[data-testid="report"]');
    await report.waitFor();
    expect(await report.locator('h2').textContent()).toBe('Доклад Председателя Системы сертификации Кимберлийского процесса за 2006 год');
    const text = await report.textContent();
    expect(text).toContain('Участие');
    expect(text).toContain('насчитывал 47 Участников, представляющих 71 стран');
    // the governance sections: the nine applications, the Ghana mission, the Gaborone decisions
    expect(text).toContain('Заявки и решения о статусе');
    expect(text).toContain('Коллегиальный обзор');
    expect(text).toContain('обзорная миссия');
    expect(text).toContain('28 февраля 2007');
    expect(text).toContain('Решения пленарного заседания и рекомендации');
    expect(text).toContain('ожидается перевод: французский, португальский, испанский и русский');
    // the decisions' titles exist only in English: quoted, with their source in Russian
    expect(await report.locator('td q').first().textContent()).toBe('Ghana to export only Ghanaian diamonds');
    expect(await report.locator('td cite').first().textContent()).toContain('решение 1');
    expect(await page.getAttribute('[data-testid="report-pdf"]', 'href')).toBe('/api/reports/annual?year=2006&lang=ru&format=pdf');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-report-ru.png`, fullPage: true });
  });
});
