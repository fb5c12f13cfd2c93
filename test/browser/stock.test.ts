// Trading centres (issue #21) in the browser: Botswana goods imported into Antwerp under a BW
// certificate the EU confirmed; the EU officer re-exports part of them to India through the issue form
// naming the import drawn on (its balance left and the derived origin shown, a draw beyond the balance
// refused at its row); then the company's stock account on the companies page (in, out, closing
// computed by the server from those certificates), the reporting period set, and a stock report filed
// with its difference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { adminClient, createUser, signIn, tokenFor } from './seed.js';

let server: TestServer;
let browser: TestBrowser;
let imported = '';
const TRADER = 'Antwerp Rough Trading NV';

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const r = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return JSON.parse(text) as T;
}

// the period before the current half-year: ended, so its report can be filed
const today = new Date().toISOString().slice(0, 10);
const halfStart = (d: string) => `${d.slice(0, 4)}-${Number(d.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const previousStart = halfStart(dayBefore(halfStart(today)));

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  const bw = await createUser(admin, { name: 'Kagiso Sebego', login: 'kagiso', participant: 'BW', roles: ['officer'] });
  const eu = await createUser(admin, { name: 'Pieter Claes', login: 'pieter', participant: 'EU', roles: ['officer'] });
  const bwToken = await tokenFor(admin, bw.id);
  const euToken = await tokenFor(admin, eu.id);
  await call(euToken, 'POST', '/api/companies', { licence: 'EU-BE-0001', name: TRADER, address: 'Hoveniersstraat 30, Antwerpen', validFrom: previousStart });
  const cert = await call<{ number: string }>(bwToken, 'POST', '/api/certificates', {
    exporter: { name: 'Okavango Rough Exports', address: 'Plot 64, Gaborone', country: 'BW' },
    importer: { name: TRADER, address: 'Hoveniersstraat 30, Antwerpen', country: 'BE' },
    origin: 'BW',
    goods: [{ hsCode: '7102.31', carats: 2400, valueUsd: 432000 }],
    parcels: 4,
  });
  imported = cert.number;
  await call(euToken, 'POST', `/api/certificates/${imported}/confirmation`, { parcels: 4, carats: 2400, sealsIntact: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('trading centres', () => {
  it('re-exports to India through the form: the import drawn on, its balance and the derived origin', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'pieter', 'Pieter Claes');
    await page.goto(`${server.url}/certificates/new`);
    await page.waitForSelector('form.issue-form');
    await page.fill('input[name="exporter.name"]', TRADER);
    await page.selectOption('select[name="exporter.country"]', 'BE');
    await page.fill('textarea[name="exporter.address"]', 'Hoveniersstraat 30, Antwerpen');
    await page.fill('input[name="importer.name"]', 'Surat Rough Diamonds Pvt Ltd');
    await page.selectOption('select[name="importer.country"]', 'IN');
    await page.fill('textarea[name="importer.address"]', 'Bharat Diamond Bourse, Mumbai');
    await page.fill('input[name="carats-7102.31"]', '1500');
    await page.fill('input[name="value-7102.31"]', '292500');
    await page.getByRole('button', { name: 'Add an import certificate' }).click();
    await page.fill('input[name="imports.0.number"]', imported);
    // the balance left and the origin the re-export takes, as the server counts them
    const balance = page.getByTestId('import-balance');
    await balance.waitFor();
    expect(await balance.textContent()).toBe('2,400.00 carats left of 2,400.00 confirmed received, origin Botswana');
    expect(await page.getByTestId('derived-origin').textContent()).toBe('Origin from the imports: Botswana; provenance: Botswana');
    // the origin fields give way to the derived origin
    expect(await page.locator('select[name="origin"]').count()).toBe(0);
    // beyond the balance: refused at its row
    await page.fill('input[name="imports.0.carats"]', '2500');
    await page.fill('input[name="carats-7102.31"]', '2500');
    await page.click('form.issue-form button[type="submit"]');
    const rowError = page.locator('tr[data-import="0"] .field-error');
    await rowError.waitFor();
    expect(await rowError.textContent()).toContain(`${imported}: 2500 carats drawn, but only 2400 carats are left of the 2400 confirmed received`);
    await page.fill('input[name="imports.0.carats"]', '1500');
    await page.fill('input[name="carats-7102.31"]', '1500');
    await page.click('form.issue-form button[type="submit"]');
    await page.waitForURL(/\/certificates\/EU-/);
    await page.getByText(imported).first().waitFor();
  });

  it("shows the company's stock account, sets the reporting period and files a stock report with its difference", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/companies`);
    await page.getByTestId('companies-table').waitFor();
    // the Participant asks for half-yearly reports from the previous half-year
    await page.selectOption('select[name="periodMonths"]', '6');
    await page.fill('input[name="requiredFrom"]', previousStart);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('link', { name: 'Stock account' }).click();
    await page.getByTestId('stock-table').waitFor();
    const row = page.locator('[data-testid="stock-table"] tr[data-hs="7102.31"]');
    expect(await row.locator('[data-col="in"]').textContent()).toBe('2,400.00 ct · US$ 432,000.00');
    expect(await row.locator('[data-col="out"]').textContent()).toBe('1,500.00 ct · US$ 292,500.00');
    expect(await row.locator('[data-col="closing"]').textContent()).toBe('900.00 ct · US$ 139,500.00');
    expect(await page.locator('[data-testid="stock-movements"] tbody tr').count()).toBe(2);
    // the previous half-year has ended: its report is filed (nothing counted, nothing moved then)
    const period = page.locator(`[data-testid="reports-table"] tr[data-period="${previousStart}"]`);
    await period.waitFor();
    await page.locator('[data-testid="report-form"] button[type="submit"]').click();
    await page.locator(`[data-testid="reports-table"] tr[data-period="${previousStart}"][data-status="filed"]`).waitFor();
    expect(await period.locator('[data-col="difference"]').textContent()).toBe('none');
  });
});
