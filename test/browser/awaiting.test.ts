// The confirmation loop in the browser: South Africa issues two certificates for Antwerp; the EU's
// officer finds them in the queue of certificates awaiting confirmation (exporter, parcels, carats,
// days left), confirms one as stated and the other with a parcel missing, and each leaves the queue;
// South Africa's officer reads in the inbox, in French, the difference the EU found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';
import { adminClient, createUser, signIn, tokenFor } from './seed.js';

let server: TestServer;
let browser: TestBrowser;
const numbers: string[] = [];

const request = (carats: number) => ({
  exporter: { name: 'Kimberley Rough Exports (Pty) Ltd', address: '1 Diamond Road, Kimberley 8301', country: 'ZA' },
  importer: { name: 'Antwerp Rough Trading NV', address: 'Hoveniersstraat 22, 2018 Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.31', carats, valueUsd: carats * 200 }],
  parcels: 3,
});

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  const thandi = await createUser(admin, { name: 'Thandi Mokoena', login: 'thandi', participant: 'ZA', roles: ['officer'] });
  await createUser(admin, { name: 'Pieter Claes', login: 'pieter', participant: 'EU', roles: ['officer'] });
  const token = await tokenFor(admin, thandi.id);
  for (const carats of [1245.06, 310.5]) {
    const res = await fetch(`${server.url}/api/certificates`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(request(carats)) });
    expect(res.status).toBe(201);
    numbers.push(((await res.json()) as { number: string }).number);
  }
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the queue of certificates awaiting confirmation', () => {
  it("shows the importing officer the certificates addressed to the EU, and confirms one from the queue", async () => {
    const { page } = browser;
    await signIn(page, server.url, 'pieter', 'Pieter Claes');
    await page.locator('nav.main-nav').getByRole('link', { name: 'To confirm', exact: true }).click();
    const table = page.locator('[data-testid="awaiting-table"]');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    const first = table.locator(`tr[data-number="${numbers[0]}"]`);
    const text = await first.textContent();
    expect(text).toContain('Kimberley Rough Exports (Pty) Ltd');
    expect(text).toContain('1,245.06');
    expect(text).toContain('60'); // days left: the validity of South Africa's certificates
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-awaiting.png`, fullPage: true });

    await first.getByRole('button', { name: 'Confirm receipt' }).click();
    const form = page.locator('[data-testid="confirm-form"]');
    await form.waitFor();
    await form.getByLabel('Parcels received').fill('3');
    await form.getByLabel('Carats received').fill('1245.06');
    await form.getByRole('button', { name: 'Confirm the receipt' }).click();
    await page.locator('[data-testid="awaiting-done"]').waitFor();
    expect(await page.textContent('[data-testid="awaiting-done"]')).toContain(numbers[0]);
    await table.locator(`tr[data-number="${numbers[0]}"]`).waitFor({ state: 'detached' });
    expect(await table.locator('tbody tr').count()).toBe(1);

    // the second with a parcel missing
    await table.locator(`tr[data-number="${numbers[1]}"]`).getByRole('button', { name: 'Confirm receipt' }).click();
    await form.waitFor();
    await form.getByLabel('Parcels received').fill('2');
    await form.getByLabel('Carats received').fill('310.5');
    await form.getByRole('button', { name: 'Confirm the receipt' }).click();
    await page.getByText('No certificate awaits confirmation.').waitFor();
  });

  it("tells the exporting officer, in the reader's language, each difference found", async () => {
    const za = await openBrowser();
    try {
      const { page } = za;
      await signIn(page, server.url, 'thandi', 'Thandi Mokoena');
      await page.getByRole('button', { name: 'Français' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      await page.goto(`${server.url}/inbox`);
      const items = page.locator('[data-testid="inbox-item"]');
      await items.first().waitFor();
      expect(await items.count()).toBe(2);
      const differences = page.locator('[data-testid="differences"]');
      await differences.waitFor();
      expect((await differences.locator('li').allTextContents())).toEqual(['Colis : 3 déclarés, 2 reçus']);
      expect(await page.textContent('body')).toContain('Réception avec écarts');
      expect(await page.textContent('body')).toContain('Réception confirmée');
    } finally {
      await za.close();
    }
  });
});
