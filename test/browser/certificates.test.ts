// Certificates: a South African authority officer issues a certificate to Belgium through the form
// (what the browser can tell is refused at once, then what breaks the scheme's rules, field by field); the public verify page
// (the address of the PDF's QR code) says it is genuine; the importing EU officer confirms receipt;
// an unknown number is "not in the log"; the signed file is checked offline in the browser (and an
// altered copy refused); a cancelled certificate stops verifying.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';
import { generateKeyPair, keyIdOf, privateKeyObject, signTrustList, type TrustList } from '../../src/certificates/signing.js';
import { adminClient, createUser, signIn, tokenFor } from './seed.js';

let server: TestServer;
let browser: TestBrowser;
let number = '';
let signedFile = '';
let code = '';
let zaToken = '';

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  const thandi = await createUser(admin, { name: 'Thandi Mokoena', login: 'thandi', participant: 'ZA', roles: ['officer'] });
  zaToken = await tokenFor(admin, thandi.id);
  await createUser(admin, { name: 'Pieter Claes', login: 'pieter', participant: 'EU', roles: ['officer'] });
  await createUser(admin, { name: 'Karoo Diamonds', login: 'karoo', participant: 'ZA', roles: ['company'] });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  for (const file of [signedFile, signedFile.replace(/\.json$/, '-altered.json')]) if (file) rmSync(file, { force: true });
});

describe('certificates', () => {
  it('lets a ZA officer issue a certificate to BE, showing each refused field first', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'thandi', 'Thandi Mokoena');
    await page.locator('nav.main-nav').getByRole('link', { name: 'Certificates', exact: true }).click();
    await page.getByText('No certificate yet.').waitFor();
    await page.getByRole('link', { name: 'Issue a certificate' }).click();
    await page.waitForSelector('form.issue-form');

    // exporter's country is preset to the officer's Participant
    expect(await page.inputValue('select[name="exporter.country"]')).toBe('ZA');
    await page.fill('input[name="exporter.name"]', 'Kimberley Rough Exports (Pty) Ltd');
    await page.fill('textarea[name="exporter.address"]', '1 Diamond Road, Kimberley 8301');
    await page.fill('input[name="importer.name"]', 'Antwerp Rough Trading NV');
    await page.fill('textarea[name="importer.address"]', 'Hoveniersstraat 22, 2018 Antwerpen');
    // wrong on purpose: an "export" to South Africa itself, and three decimals of carats
    await page.selectOption('select[name="importer.country"]', 'ZA');
    await page.fill('input[name="carats-7102.10"]', '1234.567');
    await page.fill('input[name="value-7102.10"]', '250000');
    await page.click('form.issue-form button[type="submit"]');
    const caratsError = page.locator('tr[data-hs="7102.10"] .field-error');
    await caratsError.waitFor();
    expect(await caratsError.textContent()).toBe('A positive number with at most two decimals.');
    expect(await page.getAttribute('input[name="carats-7102.10"]', 'aria-invalid')).toBe('true');
    await page.fill('input[name="carats-7102.10"]', '1234.56');
    await page.click('form.issue-form button[type="submit"]');
    const importerError = page.locator('[data-testid="importer"] .field-error');
    await importerError.waitFor();
    expect(await importerError.textContent()).toContain('belongs to the issuing Participant South Africa');
    expect(await page.getAttribute('select[name="importer.country"]', 'aria-invalid')).toBe('true');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-issue-errors.png`, fullPage: true });

    await page.selectOption('select[name="importer.country"]', 'BE');
    await page.fill('input[name="carats-7102.31"]', '10.5');
    await page.fill('input[name="value-7102.31"]', '42000.75');
    await page.fill('input[name="parcels"]', '3');
    await page.click('form.issue-form button[type="submit"]');
    await page.locator('[data-testid="issued-message"]').waitFor();
    number = (await page.textContent('[data-testid="cert-number"]'))!.trim();
    expect(number).toMatch(/^ZA-\d{4}-\d{6}$/);
    expect(await page.textContent('[data-testid="issued-message"]')).toContain(`Certificate ${number} has been issued`);
    expect(await page.textContent('[data-testid="total-carats"]')).toBe('1,245.06');
    expect(await page.getAttribute('[data-testid="pdf-link"]', 'href')).toBe(`/api/certificates/${number}/pdf`);
    // the verification code, shown once, with the PDF that prints it beside the QR code
    code = (await page.textContent('[data-testid="verification-code"]'))!.trim();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await page.getAttribute('[data-testid="pdf-with-code"]', 'href')).toBe(`/api/certificates/${number}/pdf?code=${code}`);
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-certificate.png`, fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Signed certificate file (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${number}.json`);
    signedFile = join(tmpdir(), `kpcs-${number}.json`);
    await download.saveAs(signedFile);
    // the file is the offline bundle: the signed document and the log's signed checkpoint covering it
    expect(JSON.parse(readFileSync(signedFile, 'utf8'))).toMatchObject({ type: 'kp-certificate-bundle', certificate: { number, totals: { carats: 1245.06, valueUsd: 292000.75 }, parcels: 3 } });

    const pdf = await page.context().request.get(`${server.url}/api/certificates/${number}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    await page.getByRole('link', { name: '← Back to the certificates' }).click();
    const row = page.locator(`[data-testid="certificates-table"] tr[data-number="${number}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Belgium');
    expect(await row.textContent()).toContain('Issued');
  });

  it('tells the public the certificate is genuine at /verify/{number}', async () => {
    const anonymous = await openBrowser();
    try {
      const { page } = anonymous;
      await page.goto(`${server.url}/verify/${number}`);
      const verdict = page.locator('[data-testid="verdict"]');
      await verdict.waitFor();
      expect(await verdict.getAttribute('data-verdict')).toBe('genuine');
      expect(await verdict.textContent()).toContain('Genuine and valid');
      expect(await verdict.textContent()).toContain('South Africa');
      // the number alone: the verdict and the issuer, not the parcels or the carats
      expect(await page.getAttribute('[data-testid="disclosure"]', 'data-disclosure')).toBe('public');
      expect(await page.locator('[data-testid="verify-parcels"]').count()).toBe(0);
      expect(await page.locator('[data-testid="credential-link"]').count()).toBe(0);
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-verify.png`, fullPage: true });

      // the holder types the code printed beside the QR code (in lower case, without the hyphen)
      await page.fill('input[name="code"]', code.replace('-', '').toLowerCase());
      await page.getByRole('button', { name: 'Verify', exact: true }).click();
      await page.locator('[data-testid="disclosure"][data-disclosure="holder"]').waitFor();
      expect(await page.textContent('[data-testid="verify-parcels"]')).toBe('3');
      expect(await page.textContent('[data-testid="verify-carats"]')).toBe('1,245.06');
      expect(await page.locator('[data-testid="verify-exporter"]').count()).toBe(0);
      // the holder's W3C Verifiable Credential (docs/credentials.md), from the link under the view
      const href = await page.getAttribute('[data-testid="credential-link"]', 'href');
      expect(href).toBe(`/api/certificates/${number}/credential?code=${code.replace('-', '').toLowerCase()}`);
      const vc = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
      expect(vc.type).toEqual(['VerifiableCredential', 'KimberleyProcessCertificate']);
      expect(vc.credentialSubject).toMatchObject({ certificateNumber: number, disclosure: 'holder', numberOfParcels: 3 });
      // as the QR code's address carries it
      await page.goto(`${server.url}/verify/${number}?code=${code}`);
      await page.locator('[data-testid="disclosure"][data-disclosure="holder"]').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-verify-code.png`, fullPage: true });
      // a wrong code is refused
      await page.goto(`${server.url}/verify/${number}?code=00000-00000`);
      await page.locator('[role="alert"]').waitFor();
      expect(await page.textContent('[role="alert"]')).toContain('does not match');

      // typing a number that was never issued
      await page.fill('input[name="number"]', 'za-2006-999999');
      await page.getByRole('button', { name: 'Verify', exact: true }).click();
      await page.waitForURL(/\/verify\/ZA-2006-999999$/);
      await page.locator('[data-testid="verdict"][data-verdict="not-in-log"]').waitFor();
      expect(await page.textContent('[data-testid="verdict"]')).toContain('Not in the public log');
      expect(await page.locator('[data-testid="border-check-form"]').count()).toBe(0);
    } finally {
      await anonymous.close();
    }
    const russian = await openBrowser({ locale: 'ru-RU' });
    try {
      await russian.page.goto(`${server.url}/verify/${number}`);
      await russian.page.locator('[data-testid="verdict"]').waitFor();
      expect(await russian.page.textContent('.verdict-title')).toContain('Подлинный и действительный');
    } finally {
      await russian.close();
    }
  });

  it('lets the importing EU officer confirm receipt', async () => {
    const eu = await openBrowser();
    try {
      const { page } = eu;
      await signIn(page, server.url, 'pieter', 'Pieter Claes');
      // the check at the EU border, against the number
      await page.goto(`${server.url}/verify/${number}`);
      const check = page.locator('[data-testid="border-check-form"]');
      await check.waitFor();
      await check.getByRole('button', { name: 'Record the check' }).click();
      await page.locator('[data-testid="border-result"]').waitFor();
      expect(await page.textContent('[data-testid="border-result"]')).toBe('The check was recorded.');

      await page.goto(`${server.url}/certificates?role=received`);
      await page.locator(`tr[data-number="${number}"] a`).click();
      const form = page.locator('[data-testid="confirm-form"]');
      await form.waitFor();
      expect(await page.locator('[data-testid="cancel-form"]').count()).toBe(0);
      expect(await page.textContent('table:has(caption)')).toContain('Genuine and valid');
      await form.getByLabel('Parcels received').fill('3');
      await form.getByLabel('Carats received').fill('1245.06');
      await form.getByRole('button', { name: 'Confirm the receipt' }).click();
      const confirmation = page.locator('[data-testid="confirmation"]');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain('Receipt confirmed by Pieter Claes');
      expect(await confirmation.textContent()).toContain('Seals intact.');
      expect(await page.locator('.cert-badge').first().textContent()).toBe('Received');
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-confirmed.png`, fullPage: true });
    } finally {
      await eu.close();
    }
  });
  it('checks the signed file offline in the browser, and refuses an altered copy', async () => {
    const anonymous = await openBrowser();
    try {
      const { page } = anonymous;
      await page.goto(`${server.url}/verify`);
      await page.getByText('Check a certificate file without the server').click();
      const panel = page.locator('.offline-check');
      await panel.locator('input[name="certificate"]').setInputFiles(signedFile);
      await panel.getByRole('button', { name: 'Check the certificate file' }).click();
      await panel.locator('[data-testid="verdict"][data-verdict="genuine"]').waitFor();
      expect(await panel.textContent()).toContain('Genuine and valid');

      const altered = JSON.parse(readFileSync(signedFile, 'utf8')) as { certificate: { goods: { carats: number }[] } };
      altered.certificate.goods[0]!.carats = 234.56; // a thousand carats fewer on paper
      const alteredFile = join(tmpdir(), `kpcs-${number}-altered.json`);
      writeFileSync(alteredFile, JSON.stringify(altered));
      await panel.locator('input[name="certificate"]').setInputFiles(alteredFile);
      await panel.getByRole('button', { name: 'Check the certificate file' }).click();
      await panel.locator('[data-testid="verdict"][data-verdict="altered"]').waitFor();
      expect(await panel.textContent()).toContain('Altered or forged');
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-offline-altered.png`, fullPage: true });

      // ATTACK (A6): a trust list of the forger's own, listing the same keys, signed by a key nothing links to the served list's
      const served = (await (await fetch(`${server.url}/api/trust-list`)).json()) as TrustList;
      const forger = generateKeyPair();
      const forged = signTrustList({ type: 'kp-trust-list', version: 1, issuedAt: served.issuedAt, chair: null, signer: { keyId: keyIdOf('KP', forger.publicKey), publicKey: forger.publicKey }, keys: served.keys, cancelled: [] }, privateKeyObject(forger.privateKeyDer));
      const forgedFile = join(tmpdir(), `kpcs-${number}-forged-list.json`);
      const servedFile = join(tmpdir(), `kpcs-${number}-served-list.json`);
      writeFileSync(forgedFile, JSON.stringify(forged));
      writeFileSync(servedFile, JSON.stringify(served));
      try {
        await panel.locator('input[name="certificate"]').setInputFiles(signedFile);
        await panel.locator('input[name="trustList"]').setInputFiles(forgedFile);
        await panel.getByRole('button', { name: 'Check the certificate file' }).click();
        await panel.getByText('The trust list file is not signed by the key this page trusts').waitFor();
        await panel.locator('input[name="trustList"]').setInputFiles(servedFile);
        await panel.getByRole('button', { name: 'Check the certificate file' }).click();
        await panel.locator('[data-testid="verdict"][data-verdict="genuine"]').waitFor();
      } finally {
        rmSync(forgedFile, { force: true });
        rmSync(servedFile, { force: true });
      }
    } finally {
      await anonymous.close();
    }
  });

  it('lets the issuing officer cancel a certificate, which then stops verifying', async () => {
    const request = {
      exporter: { name: 'Kimberley Rough Exports (Pty) Ltd', address: '1 Diamond Road, Kimberley', country: 'ZA' },
      importer: { name: 'Antwerp Rough Trading NV', address: 'Hoveniersstraat 22, Antwerpen', country: 'BE' },
      origin: 'ZA',
      goods: [{ hsCode: '7102.21', carats: 50, valueUsd: 1000 }],
      parcels: 1,
    };
    const res = await fetch(`${server.url}/api/certificates`, { method: 'POST', headers: { authorization: `Bearer ${zaToken}`, 'content-type': 'application/json' }, body: JSON.stringify(request) });
    expect(res.status).toBe(201);
    const second = ((await res.json()) as { number: string }).number;

    const { page } = browser;
    await page.goto(`${server.url}/certificates/${second}`);
    const form = page.locator('[data-testid="cancel-form"]');
    await form.waitFor();
    expect(await page.locator('[data-testid="confirm-form"]').count()).toBe(0);
    await form.getByLabel('Reason').selectOption('lost');
    await form.getByLabel('Note (optional)').fill('Lost in transit to the airport.');
    page.once('dialog', (d) => void d.accept());
    await form.getByRole('button', { name: 'Cancel this certificate' }).click();
    await page.locator('[data-testid="cancelled"]').waitFor();
    expect(await page.textContent('[data-testid="cancelled"]')).toContain('Lost');
    expect(await page.locator('[data-testid="cancel-form"]').count()).toBe(0);

    await page.goto(`${server.url}/verify/${second}`);
    await page.locator('[data-testid="verdict"][data-verdict="cancelled"]').waitFor();
    expect(await page.textContent('[data-testid="verdict"]')).toContain('Cancelled by the authority of South Africa');
  });
  it('lets a licensed exporter apply and the officer approve, which issues the certificate', async () => {
    const company = await openBrowser();
    try {
      const { page } = company;
      await signIn(page, server.url, 'karoo', 'Karoo Diamonds');
      await page.locator('nav.main-nav').getByRole('link', { name: 'Applications', exact: true }).click();
      await page.getByText('No application.').waitFor();
      await page.getByRole('link', { name: 'Apply for a certificate' }).click();
      await page.fill('input[name="exporter.name"]', 'Karoo Diamonds (Pty) Ltd');
      await page.fill('textarea[name="exporter.address"]', '5 Long Street, Cape Town');
      await page.fill('input[name="importer.name"]', 'Antwerp Rough Trading NV');
      await page.fill('textarea[name="importer.address"]', 'Hoveniersstraat 22, 2018 Antwerpen');
      await page.selectOption('select[name="importer.country"]', 'BE');
      await page.fill('input[name="carats-7102.21"]', '320');
      await page.fill('input[name="value-7102.21"]', '6400');
      await page.click('form.issue-form button[type="submit"]');
      await page.locator('[data-testid="applied-message"]').waitFor();
      const mine = page.locator('[data-testid="applications-table"] tr[data-status="pending"]');
      await mine.waitFor();
      expect(await mine.textContent()).toContain('Pending');
      expect(await page.locator('[data-testid="decision"]').count()).toBe(0);
    } finally {
      await company.close();
    }

    const { page } = browser; // the ZA officer
    await page.locator('nav.main-nav').getByRole('link', { name: 'Applications', exact: true }).click();
    const pending = page.locator('[data-testid="applications-table"] tr[data-status="pending"]');
    await pending.waitFor();
    expect(await pending.textContent()).toContain('Karoo Diamonds');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-applications.png`, fullPage: true });
    await page.getByRole('button', { name: 'Approve and issue' }).click();
    await page.locator('[data-testid="issued-message"]').waitFor();
    const issued = (await page.textContent('[data-testid="cert-number"]'))!.trim();
    expect(issued).toMatch(/^ZA-\d{4}-\d{6}$/);
    expect(await page.textContent('[data-testid="total-carats"]')).toBe('320.00');
  });
});
