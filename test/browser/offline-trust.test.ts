// The verify page's offline check (#15): it can require k witness cosignatures on the log's checkpoint
// (a setting remembered in the browser, as `kpcs cert verify --witnesses K`), and it refuses an older
// trust list than one it has seen — the rollback attack: a list saved before a key was rotated away,
// uploaded after the page learnt the newer one.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser';
import { startServer, type TestServer } from './server';
import { adminClient, createUser, tokenFor, type AdminClient } from './seed';

let server: TestServer;
let browser: TestBrowser;
let admin: AdminClient;
const files: string[] = [];
const temp = (name: string, content: unknown) => {
  const f = join(tmpdir(), `kpcs-offline-trust-${process.pid}-${name}`);
  writeFileSync(f, JSON.stringify(content));
  files.push(f);
  return f;
};

beforeAll(async () => {
  server = await startServer();
  admin = await adminClient(server.url);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  for (const f of files) rmSync(f, { force: true });
});

describe('the verify page checks a file offline', () => {
  it('requires k witness cosignatures when set (remembered), and refuses a trust list older than one it saw', async () => {
    const officer = await createUser(admin, { name: 'Thandi Mokoena', login: 'thandi', participant: 'ZA', roles: ['officer'] });
    const token = await tokenFor(admin, officer.id);
    const call = async (method: string, path: string, body?: unknown) => {
      const r = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
      expect(r.status, await r.clone().text()).toBeLessThan(300);
      return r.json();
    };
    const request = { exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' }, importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats: 12.5, valueUsd: 5000 }], parcels: 1 };
    const cert = (await call('POST', '/api/certificates', request)) as { number: string };
    const bundleFile = temp('bundle.json', await call('GET', `/api/certificates/${cert.number}/bundle`));

    const { page } = browser;
    await page.goto(`${server.url}/verify`);
    await page.getByText('Check a certificate file without the server').click();
    const panel = page.locator('.offline-check');
    const check = () => panel.getByRole('button', { name: 'Check the certificate file' }).click();

    // one witness required: the log's checkpoint carries no cosignature
    await panel.getByLabel('Witness cosignatures required').fill('1');
    await panel.locator('input[name="certificate"]').setInputFiles(bundleFile);
    await check();
    await panel.locator('[data-testid="verdict"][data-verdict="not-in-log"]').waitFor();
    expect(await panel.locator('[data-testid="verdict-reason"]').textContent()).toContain('0 valid cosignatures by witnesses of the trust list, 1 required');

    // remembered across a reload; back to 0, the same file is genuine
    await page.reload();
    await page.getByText('Check a certificate file without the server').click();
    expect(await panel.getByLabel('Witness cosignatures required').inputValue()).toBe('1');
    await panel.getByLabel('Witness cosignatures required').fill('0');
    await panel.locator('input[name="certificate"]').setInputFiles(bundleFile);
    await check();
    await panel.locator('[data-testid="verdict"][data-verdict="genuine"]').waitFor();

    // ATTACK (rollback): the list served now is saved; ZA's key is then rotated away (the list moves on);
    // the page checks once with the served list and learns the newer generation; the saved, older list,
    // genuinely signed, is then uploaded: refused in words
    const older = (await (await fetch(`${server.url}/api/trust-list`)).json()) as { generation: number };
    const olderFile = temp('older-list.json', older);
    await admin.call('POST', '/api/participants/ZA/keys/rotation', {});
    await check();
    await panel.locator('[data-testid="verdict"][data-verdict="genuine"]').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('kpcs.trustListGeneration'))).toBe(String(older.generation + 1));
    await panel.locator('input[name="trustList"]').setInputFiles(olderFile);
    await check();
    await panel.getByText('The trust list is older than one this page has already seen').waitFor();
    expect(await panel.textContent()).toContain(`the trust list is of generation ${older.generation}, older than generation ${older.generation + 1}`);
  });
});
