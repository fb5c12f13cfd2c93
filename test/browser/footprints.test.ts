// Footprints: a member of the diamond experts group registers a (synthetic, marked) reference
// distribution from a file, sees its chart and classes, adds a photo to the photo table, then compares
// a parcel and sees the reference ranked first with both distributions charted; sorted goods get a warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { navLabels, SCREENSHOTS } from './pages.js';
import { adminClient, createUser, signIn } from './seed.js';

let server: TestServer;
let browser: TestBrowser;

const CLASSES = ['-3', '+3-7', '+7-9', '+9-11', '+11-13', '+13'];
const csv = (sample: string, stones: number[]) => ['sample,sieve_class,stones,carats', ...CLASSES.map((c, i) => `${sample},${c},${stones[i]},${(stones[i]! * (i + 1) * 0.01).toFixed(2)}`)].join('\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  // a second reference, registered through the API, so the ranking has something to rank
  await admin.call('POST', '/api/footprints/references', { participant: 'BW', area: 'Orapa (demo)', source: 'synthetic demo sample', synthetic: true, csv: csv('ORA-DEMO', [100, 150, 200, 250, 200, 100]) });
  await createUser(admin, { name: 'Diamond Expert', login: 'expert', participant: 'IN', roles: ['wg-member'], groups: ['WGDE'] });
  await createUser(admin, { name: 'Statistics Member', login: 'stats', participant: 'CA', roles: ['wg-member'], groups: ['WGS'] });
  browser = await openBrowser();
  await signIn(browser.page, server.url, 'expert', 'Diamond Expert');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('footprints of origin', () => {
  it('are the diamond experts’ pages: a member of the statistics group neither sees nor opens them', async () => {
    const other = await openBrowser();
    try {
      const { page } = other;
      await signIn(page, server.url, 'stats', 'Statistics Member');
      expect(await navLabels(page)).toEqual(['Participants', 'Statistics', 'Statistics review', 'Statistics analysis', 'Verify a certificate', 'Governance']);
      await page.goto(`${server.url}/footprints`);
      await page.getByText('Your account may not open this page.').waitFor();
      expect(await page.locator('[data-testid="references-table"]').count()).toBe(0);
    } finally {
      await other.close();
    }
  });


  it('registers a reference from a file, shows its distribution and keeps a photo', async () => {
    const { page } = browser;
    await page.locator('nav.main-nav').getByRole('link', { name: 'Footprints', exact: true }).click();
    await page.locator('[data-testid="references-table"]').waitFor();
    const form = page.locator('[data-testid="add-reference"]');
    await form.locator('select[name="participant"]').selectOption('CD');
    await form.locator('input[name="area"]').fill('Mbuji-Mayi (demo)');
    await form.locator('input[name="source"]').fill('synthetic demo sample');
    await form.locator('input[name="sampledOn"]').fill('2005-06-01');
    await form.locator('input[name="synthetic"]').check();
    // first a file with a bad class: refused, the row named
    await form.locator('input[name="file"]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('sample,sieve_class,stones,carats\nX,+9-9.25,1,0.1') });
    await form.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.textContent('[role="alert"]')).toContain('#2 sieve_class: 9.25 is not a diamond sieve number');
    await form.locator('input[name="file"]').setInputFiles({ name: 'mbj.csv', mimeType: 'text/csv', buffer: Buffer.from(csv('MBJ-DEMO', [500, 300, 120, 50, 20, 10])) });
    await form.getByRole('button', { name: 'Register' }).click();

    await page.locator('[data-testid="classes-table"]').waitFor();
    expect(await page.textContent('h1')).toMatch(/^Mbuji-Mayi \(demo\) — .*Congo/);
    expect(await page.textContent('[data-testid="synthetic-note"]')).toContain('not a real footprint');
    expect(await page.textContent('[data-testid="ref-stones"]')).toBe('1,000');
    expect((await page.locator('[data-testid="classes-table"] tbody th').allTextContents())).toEqual(CLASSES);
    await page.locator('[data-testid="reference-chart"] svg').first().waitFor();

    const photo = page.locator('[data-testid="add-photo"]');
    await photo.locator('input[name="image"]').setInputFiles({ name: 'rough.png', mimeType: 'image/png', buffer: PNG });
    await photo.locator('input[name="caption"]').fill('Typical run-of-mine, +9 and above');
    await photo.getByRole('button', { name: 'Upload' }).click();
    const img = page.locator('[data-testid="gallery"] img');
    await img.waitFor();
    expect(await img.getAttribute('alt')).toBe('Typical run-of-mine, +9 and above');
    // the element appears before its picture has loaded: wait for it to load (or fail), then check it decoded
    await img.evaluate((el: HTMLImageElement) => el.complete || new Promise((done) => ['load', 'error'].forEach((e) => el.addEventListener(e, done, { once: true }))));
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-footprint-reference.png`, fullPage: true });
  });

  it('compares a parcel with every reference, ranked, and refuses to footprint sorted goods', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/footprints/compare`);
    const form = page.locator('[data-testid="compare-form"]');
    await form.locator('input[name="file"]').setInputFiles({ name: 'parcel.csv', mimeType: 'text/csv', buffer: Buffer.from(csv('PARCEL-7', [52, 29, 12, 5, 2, 1])) });
    await form.getByRole('button', { name: 'Compare' }).click();
    const table = page.locator('[data-testid="matches-table"]');
    await table.waitFor();
    const areas = await table.locator('tbody tr td:nth-child(2) a').allTextContents();
    expect(areas).toEqual(['Mbuji-Mayi (demo)', 'Orapa (demo)']);
    expect(await table.locator('tbody tr').first().textContent()).toContain('Synthetic demo');
    await page.locator('[data-testid="compare-chart"] svg').first().waitFor();
    // the parcel and both references
    expect(await page.locator('[data-testid="compare-chart"] svg [aria-label="line"] path').count()).toBe(3);
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-footprint-compare.png`, fullPage: true });

    await form.locator('input[name="sorted"]').check();
    await form.getByRole('button', { name: 'Compare' }).click();
    await page.locator('[data-testid="sorted-warning"]').waitFor();
    expect(await page.textContent('[data-testid="sorted-warning"]')).toContain('sorted goods cannot be footprinted');
    expect(await page.locator('[data-testid="matches-table"]').count()).toBe(0);
  });
});
