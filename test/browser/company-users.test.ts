// Company users and the re-export chain (issue #21) in the browser. The administrator creates a company
// user with its company through the new-user form (the company chosen from the Participant's register);
// the EU officer sees it tied on the company's page, unties it and ties another; the Indian officer
// verifies a re-export of Antwerp and sees, in Russian, the countries of origin and the import
// certificate drawn on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { adminClient, createUser, PASSWORD, signIn, tokenFor, type AdminClient } from './seed.js';
import { signInAsAdmin } from './pages.js';

let server: TestServer;
let browser: TestBrowser;
let admin: AdminClient;
let imported = '';
let reExport = '';
const TRADER = 'Antwerp Rough Trading NV';

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const r = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return JSON.parse(text) as T;
}

beforeAll(async () => {
  server = await startServer();
  admin = await adminClient(server.url);
  const bw = await createUser(admin, { name: 'Kagiso Sebego', login: 'kagiso', participant: 'BW', roles: ['officer'] });
  await createUser(admin, { name: 'Pieter Claes', login: 'pieter', participant: 'EU', roles: ['officer'] });
  await createUser(admin, { name: 'Anjali Mehta', login: 'anjali', participant: 'IN', roles: ['officer'] });
  await createUser(admin, { name: 'Sofie Peeters', login: 'sofie', participant: 'EU', roles: ['company'] });
  const bwToken = await tokenFor(admin, bw.id);
  const pieter = (await admin.call<{ users: { id: string; login: string }[] }>('GET', '/api/users')).users.find((u) => u.login === 'pieter')!;
  const euToken = await tokenFor(admin, pieter.id);
  await call(euToken, 'POST', '/api/companies', { licence: 'EU-BE-0001', name: TRADER, address: 'Hoveniersstraat 30, Antwerpen', validFrom: '2020-01-01' });
  imported = (await call<{ number: string }>(bwToken, 'POST', '/api/certificates', {
    exporter: { name: 'Okavango Rough Exports', address: 'Plot 64, Gaborone', country: 'BW' },
    importer: { name: TRADER, address: 'Hoveniersstraat 30, Antwerpen', country: 'BE' },
    origin: 'BW',
    goods: [{ hsCode: '7102.31', carats: 2400, valueUsd: 432000 }],
    parcels: 4,
  })).number;
  await call(euToken, 'POST', `/api/certificates/${imported}/confirmation`, { parcels: 4, carats: 2400, sealsIntact: true });
  reExport = (await call<{ number: string }>(euToken, 'POST', '/api/certificates', {
    exporter: { name: TRADER, address: 'Hoveniersstraat 30, Antwerpen', country: 'BE' },
    importer: { name: 'Surat Rough Diamonds Pvt Ltd', address: 'Bharat Diamond Bourse, Mumbai', country: 'IN' },
    goods: [{ hsCode: '7102.31', carats: 1500, valueUsd: 292500 }],
    parcels: 1,
    imports: [{ number: imported, carats: 1500 }],
  })).number;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('company users and the re-export chain', () => {
  it('the administrator creates a company user with its company, chosen from the register', async () => {
    const { page } = browser;
    await signInAsAdmin(page, server.url);
    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForSelector('[data-testid="users-table"] tr[data-login="admin"]');
    await page.fill('input[name="name"]', 'Jan Wouters');
    await page.fill('input[name="login"]', 'jan');
    await page.fill('input[name="password"]', PASSWORD);
    await page.selectOption('select[name="participant"]', 'EU');
    await page.check('input[name="roles"][value="company"]');
    const select = page.getByTestId('user-company');
    await page.locator('[data-testid="user-company"] option[value="EU-BE-0001"]').waitFor({ state: 'attached' });
    await select.selectOption('EU-BE-0001');
    await page.click('form[aria-labelledby="create-user-title"] button[type="submit"]');
    await page.locator('[data-testid="users-table"] tr[data-login="jan"]').waitFor();
    const users = await admin.call<{ users: unknown[] }>('GET', '/api/companies/EU-BE-0001/users?participant=EU');
    expect(users.users).toMatchObject([{ login: 'jan' }]);
  });

  it("the officer unties and ties the company's users on its page", async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await signIn(page, server.url, 'pieter', 'Pieter Claes');
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${server.url}/companies/EU-BE-0001/stock`);
    const card = page.getByTestId('company-users');
    await card.locator('li[data-login="jan"]').waitFor();
    await card.locator('li[data-login="jan"] button').click();
    await card.getByText('No user is tied to this company.').waitFor();
    // Sofie and Jan are now free to be tied: tie Sofie
    await card.locator('select[name="user"] option', { hasText: 'sofie' }).waitFor({ state: 'attached' });
    const sofie = await card.locator('select[name="user"] option', { hasText: 'sofie' }).getAttribute('value');
    await card.locator('select[name="user"]').selectOption(sofie!);
    await card.getByRole('button', { name: 'Tie' }).click();
    await card.locator('li[data-login="sofie"]').waitFor();
    expect(await card.locator('li').count()).toBe(1);
  });

  it('the importing officer verifies the re-export and sees its chain, in Russian', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await signIn(page, server.url, 'anjali', 'Anjali Mehta');
    await page.evaluate(() => localStorage.setItem('kpcs.language', 'ru'));
    await page.goto(`${server.url}/verify/${reExport}`);
    const chain = page.getByTestId('verify-chain');
    await chain.waitFor();
    expect(await page.getByTestId('verify-origins').textContent()).toBe('Ботсвана');
    const link = chain.locator(`li[data-number="${imported}"]`);
    expect(await link.textContent()).toContain('списано 1');
    expect(await link.textContent()).toContain('Ботсвана');
    expect(await chain.locator('h3').textContent()).toBe('Списано с импортных сертификатов');
  });
});
