// Peer review in the browser: the Chair opens peer review from the governance hub and sees the
// overdue action items (the seeded Ghana plan of 2006 and a visit's plan past its deadline), opens the
// review and sees the item marked overdue; the owner's officer marks it done with evidence; the
// coverage chart is drawn; an officer of another Participant sees the review without its documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';
import { adminClient, createUser, signIn } from './seed.js';

let server: TestServer;
let browser: TestBrowser;
let reviewId: string;

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  await createUser(admin, { name: 'Chair Person', login: 'chair', participant: 'BW', roles: ['chair'] });
  await createUser(admin, { name: 'Angola Officer', login: 'ao-officer', participant: 'AO', roles: ['officer'] });
  await createUser(admin, { name: 'Namibia Officer', login: 'na-officer', participant: 'NA', roles: ['officer'] });
  await createUser(admin, { name: 'South Africa Officer', login: 'za-officer', participant: 'ZA', roles: ['officer'] });
  await createUser(admin, { name: 'Sierra Leone Officer', login: 'sl-officer', participant: 'SL', roles: ['officer'] });
  const review = await admin.call<{ id: string }>('POST', '/api/reviews', {
    participant: 'AO', kind: 'visit', purpose: 'review visit of the diamond control system', invitedOn: '2019-03-01',
    team: [{ member: 'ZA', person: 'Team Leader', leader: true }, { member: 'WDC', person: 'Industry Expert', leader: false }],
  });
  reviewId = review.id;
  await admin.call('POST', `/api/reviews/${reviewId}/status`, { status: 'scheduled', scheduledFrom: '2019-05-06', scheduledTo: '2019-05-10' });
  await admin.call('POST', `/api/reviews/${reviewId}/status`, { status: 'done', doneOn: '2019-05-10' });
  await admin.call('POST', `/api/reviews/${reviewId}/plans`, { title: 'Follow-up of the 2019 visit', items: [{ owner: 'AO', deadline: '2020-01-31', description: 'Register every diamond buyer' }] });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('peer review', () => {
  it('shows the Chair the overdue items and the review with its overdue item', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'chair', 'Chair Person');
    await page.goto(`${server.url}/governance`);
    await page.getByRole('link', { name: 'Peer review', exact: true }).click();
    const due = page.locator('[data-testid="due-items"]');
    await due.locator('[data-testid="due-item"]').first().waitFor();
    const rows = await due.locator('[data-testid="due-item"]').allTextContents();
    expect(rows.some((r) => r.includes('Register every diamond buyer') && r.includes('Overdue'))).toBe(true);
    expect(rows.some((r) => r.includes('internal control issues') && r.includes('Ghana'))).toBe(true);
    // the Ghana mission was due by 2007-02-28 and is not recorded as carried out
    expect(await due.locator('[data-testid="due-review"]').allTextContents()).toEqual([expect.stringMatching(/Overdue.*Feb 28, 2007.*Ghana.*Review mission.*Invited/)]);
    await page.locator('[data-testid="coverage-chart"] svg').first().waitFor();
    expect(await page.textContent('[data-testid="coverage-baseline"]')).toContain('Reported for 2006: 34 Participants visited, 42 visited or invited');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-reviews.png`, fullPage: true });

    await due.getByRole('link', { name: 'Register every diamond buyer' }).click();
    await page.locator('[data-testid="review-status"]').getByText('Carried out').waitFor();
    const item = page.locator('[data-testid="plans"] [data-testid="action-item"]');
    await item.waitFor();
    expect(await item.getAttribute('data-urgency')).toBe('overdue');
    expect(await item.textContent()).toContain('Overdue');
    expect(await page.textContent('main')).toContain('Team Leader (ZA) — Team leader');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-review.png`, fullPage: true });
  });

  it("lets the owner's officer mark the item done, and keeps the documents from another Participant", async () => {
    const owner = await openBrowser();
    try {
      const { page } = owner;
      await signIn(page, server.url, 'ao-officer', 'Angola Officer');
      await page.goto(`${server.url}/governance/reviews/${reviewId}`);
      const item = page.locator('[data-testid="action-item"]');
      await item.waitFor();
      await item.getByLabel('Evidence that it is done').fill('Register of buyers published in the gazette');
      await item.getByRole('button', { name: 'Mark the item done' }).click();
      await expect.poll(() => item.getAttribute('data-urgency')).toBe('');
      expect(await item.textContent()).toContain('Register of buyers published in the gazette');
    } finally {
      await owner.close();
    }
    const other = await openBrowser();
    try {
      const { page } = other;
      await signIn(page, server.url, 'na-officer', 'Namibia Officer');
      await page.goto(`${server.url}/governance/reviews/${reviewId}`);
      await page.locator('[data-testid="confidential"]').waitFor();
      expect(await page.locator('[data-testid="action-item"]').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('takes the report from the team in the web, and the Chair adopts it and shares it with UN bodies', async () => {
    const member = await openBrowser();
    try {
      const { page } = member;
      await signIn(page, server.url, 'za-officer', 'South Africa Officer');
      await page.goto(`${server.url}/governance/reviews/${reviewId}`);
      const form = page.locator('[data-testid="report-form"]');
      await form.getByLabel('Text of the report').fill('The diamond control system is largely in place.');
      await form.getByLabel('Recommendations of the report').fill('Register all buyers\nPublish production statistics');
      await form.getByRole('button', { name: 'Submit the report' }).click();
      await page.locator('[data-testid="report"]').getByText('Submitted by the team, awaiting adoption').waitFor();
      expect(await page.locator('[data-testid="report"] ol li').allTextContents()).toEqual(['Register all buyers', 'Publish production statistics']);
    } finally {
      await member.close();
    }
    const { page } = browser;
    await page.goto(`${server.url}/governance/reviews/${reviewId}`);
    await page.getByRole('button', { name: 'Adopt the report' }).click();
    await page.locator('[data-testid="report"]').getByText('Adopted by the working group').waitFor();
    await page.getByRole('button', { name: 'Share with UN bodies' }).click();
    await page.locator('[data-testid="report"]').getByText(/shared with UN bodies by Chair Person/).waitFor();
    await page.getByRole('button', { name: 'Withdraw the share with UN bodies' }).waitFor();
  });

  it('lets an officer declare a need for technical assistance', async () => {
    const officer = await openBrowser();
    try {
      const { page } = officer;
      await signIn(page, server.url, 'sl-officer', 'Sierra Leone Officer');
      await page.goto(`${server.url}/governance`);
      await page.getByRole('link', { name: 'Technical assistance', exact: true }).click();
      await page.locator('[data-testid="coordinator"]').getByText('United States').waitFor();
      await page.locator('input[name="need-title"]').fill('Diamond valuation training');
      await page.locator('textarea[name="need-description"]').fill('Train ten government valuators');
      await page.selectOption('select[name="need-area"]', 'valuation');
      await page.locator('section', { has: page.getByRole('heading', { name: 'Declare a need' }) }).getByRole('button', { name: 'Declare it' }).click();
      const needs = page.locator('[data-testid="needs"]');
      await needs.getByText('Diamond valuation training').waitFor();
      expect(await needs.textContent()).toContain('Waiting for an offer');
      expect(await needs.textContent()).toContain('Sierra Leone');
    } finally {
      await officer.close();
    }
  });
});
