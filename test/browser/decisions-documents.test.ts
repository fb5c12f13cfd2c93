// Governance records in the browser: a public visitor browses the public documents — counted by
// category and year, searchable, downloadable — and never sees a restricted one, not even its title;
// the Chair records a decision's French translation, checks it, and is told which languages are still
// missing before the decision can be formally adopted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';
import { adminClient, createUser, signIn } from './seed.js';

const GHANA_DECISION = '6a0f0000-0000-4000-8001-000000000001';
let server: TestServer;
let browser: TestBrowser;
let publicId: string;
let restrictedId: string;

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  await createUser(admin, { name: 'Chair Botswana', login: 'chair', participant: 'BW', roles: ['chair'] });
  publicId = (await admin.call<{ id: string }>('POST', '/api/documents', { title: 'Gaborone final communiqué', category: 'plenary', publishedOn: '2006-11-09', access: 'public', versions: [{ language: 'en', text: 'The Kimberley Process met November 6-9 in Gaborone, Botswana.' }, { language: 'fr', text: 'Le Processus de Kimberley s’est réuni à Gaborone.' }] })).id;
  await admin.call('POST', '/api/documents', { title: 'Third year review report', category: 'review', publishedOn: '2006-10-31', access: 'public', versions: [{ language: 'en', text: 'The Kimberley Process Certification Scheme is an example of international cooperation at its best.' }] });
  restrictedId = (await admin.call<{ id: string }>('POST', '/api/documents', { title: 'Confidential review visit report of Ghana', category: 'peer-review', publishedOn: '2006-10-01', access: 'participants', versions: [{ language: 'en', text: 'Weaknesses in internal controls in Gaborone and Accra.' }] })).id;
  browser = await openBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('documents and decisions', () => {
  it('lets a public visitor browse and download public documents, and shows nothing of a restricted one', async () => {
    const anonymous = await openBrowser();
    try {
      const { page } = anonymous;
      await page.goto(`${server.url}/documents`);
      const browse = page.locator('[data-testid="documents-browse"]');
      await browse.getByText('What there is: 2 documents').waitFor();
      expect(await browse.locator('[data-category="plenary"]').textContent()).toContain('2006: 1');
      expect(await browse.locator('[data-category="review"]').textContent()).toContain('2006: 1');
      expect(await browse.locator('[data-category="peer-review"]').count()).toBe(0);
      const table = page.locator('[data-testid="documents-table"]');
      await table.getByText('Gaborone final communiqué').waitFor();
      expect(await page.locator('body').textContent()).not.toContain('Confidential review visit report');
      await page.screenshot({ path: `${SCREENSHOTS}/kpcs-documents.png`, fullPage: true });

      // search in the texts finds only what the visitor may read, though the restricted text matches too
      await page.fill('input[name="q"]', 'Gaborone');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(/q=Gaborone/);
      await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
      expect(await table.textContent()).toContain('Gaborone final communiqué');
      expect(await page.locator('body').textContent()).not.toContain('Confidential');

      // a document's page and its versions to download
      await table.getByRole('link', { name: 'Gaborone final communiqué' }).click();
      await page.locator('[data-testid="document-versions"]').waitFor();
      expect(await page.locator('[data-testid="document-access"]').textContent()).toBe('Everyone');
      const fr = page.locator('[data-testid="document-versions"] a', { hasText: 'FR' });
      const res = await page.request.get(`${server.url}${await fr.getAttribute('href')}`);
      expect(res.status()).toBe(200);
      expect(await res.text()).toBe('Le Processus de Kimberley s’est réuni à Gaborone.');
      expect(await page.locator('form').filter({ hasText: 'Add a language version' }).count()).toBe(0);

      // the restricted document, asked for by its address, is not there for the public
      await page.goto(`${server.url}/documents/${restrictedId}`);
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain(`No document ${restrictedId} (or it is not shared with you).`);
      expect(await page.locator('body').textContent()).not.toContain('Confidential');
      const direct = await page.request.get(`${server.url}/api/documents/${restrictedId}/versions/en`);
      expect(direct.status()).toBe(404);
      expect(await direct.text()).not.toContain('Weaknesses');
      expect(publicId).toBeTruthy();
    } finally {
      await anonymous.close();
    }
  });

  it("lets the Chair record and check a decision's translation, and says what is missing before formal adoption", async () => {
    const { page } = browser;
    await signIn(page, server.url, 'chair', 'Chair Botswana');
    await page.goto(`${server.url}/governance`);
    await page.getByRole('link', { name: 'Plenary decisions' }).click();
    const row = page.locator(`[data-testid="decisions-table"] tr[data-decision="${GHANA_DECISION}"]`);
    await row.waitFor();
    expect(await page.textContent('[data-testid="decisions-count"]')).toBe('14 decisions, 0 formally adopted.');
    expect(await row.locator('[data-language="fr"]').getAttribute('data-status')).toBe('requested');
    await row.getByRole('link', { name: 'Ghana to export only Ghanaian diamonds' }).click();

    await page.locator('[data-testid="decision-text"]').waitFor();
    expect(await page.textContent('[data-testid="decision-text"]')).toBe('Plenary decided that Ghana must take immediate steps to ensure that Ghana export only Ghanaian diamonds.');
    const french = page.locator('[data-testid="translation-fr"]');
    await french.getByLabel('Text in French').fill("La Plénière a décidé que le Ghana doit prendre des mesures immédiates pour n'exporter que des diamants ghanéens.");
    await french.getByRole('button', { name: 'Record the text' }).click();
    await french.locator('.lang-status[data-status="provided"]').waitFor();
    expect(await french.textContent()).toContain("La Plénière a décidé que le Ghana doit prendre des mesures immédiates");
    await french.getByRole('button', { name: 'Mark as checked' }).click();
    await french.locator('.lang-status[data-status="checked"]').waitFor();
    expect(await french.textContent()).toContain('checked on');

    await page.getByRole('button', { name: 'Mark formally adopted' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('missing Portuguese (pt), Spanish (es), Russian (ru).');
    expect(await page.textContent('[data-testid="decision-adoption"]')).toBe('Not formally adopted yet: still to be made available in Portuguese, Spanish, Russian.');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-decision.png`, fullPage: true });

    // the list shows the French translation checked
    await page.getByRole('link', { name: /All decisions/ }).click();
    await expect.poll(() => row.locator('[data-language="fr"]').getAttribute('data-status')).toBe('checked');
    expect(await row.locator('[data-testid="decision-adoption"]').textContent()).toBe('Missing: PT, ES, RU');

    // the Chair records a new decision of the plenary: its four translations are requested at once
    await page.getByLabel('Title', { exact: true }).fill('Seminar on origin determination held in 2007');
    await page.getByLabel('Text in English').fill('The plenary welcomed the seminar.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.locator('[data-testid="decision-text"]').getByText('The plenary welcomed the seminar.').waitFor();
    expect(await page.locator('.lang-status[data-status="requested"]').count()).toBe(4);
    expect(await page.locator('h1').textContent()).toBe('Gaborone Plenary 2006, decision 15');
  });

  it("lets the Chair move a recommendation of the three-year review with its evidence", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/recommendations`);
    const summary = page.locator('[data-testid="review-summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('46 recommendations adopted on Nov 9, 2006; 5 recorded here.');
    expect(await page.locator('[data-testid="priority-issues"] li').allTextContents()).toEqual([
      'Funding and resource requirements',
      'Improving statistical data gathering and analysis — recommendations: A/61/589, para. 22.13',
      'Effective and credible government oversight of the diamond industry',
      'The treatment of illegal shipments',
    ]);
    await page.getByRole('link', { name: 'A/61/589, para. 22.3', exact: true }).click();
    await page.locator('[data-testid="recommendation-text"]').waitFor();
    await page.getByLabel('Evidence').fill('Documents are published with access levels, browsable by category and year.');
    await page.getByRole('button', { name: 'Record the status' }).click();
    await page.locator('[data-testid="recommendation-status"] [data-status="in-progress"]').waitFor();
    expect(await page.textContent('[data-testid="recommendation-history"]')).toContain('Not started → In progress');
    const funding = page.getByRole('checkbox', { name: 'Funding and resource requirements' });
    await funding.click(); // the box shows the link once the server has recorded it
    await expect.poll(() => funding.isChecked()).toBe(true);
    await page.goto(`${server.url}/recommendations`);
    await expect.poll(() => page.locator('[data-testid="priority-issues"] li').first().textContent()).toBe('Funding and resource requirements — recommendations: A/61/589, para. 22.3');
    expect(await summary.locator('[data-status="in-progress"] .count').textContent()).toBe('1');
  });
});
