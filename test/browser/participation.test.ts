// Participation: a member of the Participation Committee opens Cameroon's application from the
// governance hub, reviews the last minimum requirement, admits Cameroon from a day, and the registry
// then lists Cameroon as a Participant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { SCREENSHOTS } from './pages.js';
import { adminClient, createUser, signIn, type AdminClient } from './seed.js';

let server: TestServer;
let browser: TestBrowser;
let admin: AdminClient;
let cmId: string;

beforeAll(async () => {
  server = await startServer();
  admin = await adminClient(server.url);
  await createUser(admin, { name: 'Committee Member', login: 'pcmember', participant: 'RU', roles: ['wg-member'], groups: ['PC'] });
  await createUser(admin, { name: 'Liberia Officer', login: 'lrofficer', participant: 'LR', roles: ['officer'] });
  const { applications } = await admin.call<{ applications: { id: string; applicant: string }[] }>('GET', '/api/participation/applications?applicant=CM');
  cmId = applications[0]!.id;
  // the committee has already found ten of the eleven requirements met
  const detail = await admin.call<{ checklist: { requirement: string }[] }>('GET', `/api/participation/applications/${cmId}`);
  for (const item of detail.checklist.filter((i) => i.requirement !== 'statistics')) {
    await admin.call('PUT', `/api/participation/applications/${cmId}/checklist/${item.requirement}/review`, { review: 'met', comment: 'seen at the review visit' });
  }
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('participation', () => {
  it('lets a Participation Committee member admit an applicant', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'pcmember', 'Committee Member');
    await page.goto(`${server.url}/governance`);
    await page.getByRole('link', { name: 'Participation', exact: true }).click();
    const row = page.locator('[data-testid="applications"] tr[data-applicant="CM"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Pending');
    expect(await row.textContent()).toContain('10/11');
    await row.getByRole('link').click();
    await page.locator('[data-testid="checklist"]').waitFor();
    expect(await page.textContent('[data-testid="met"]')).toBe('10/11');

    // admitting before the last requirement is met is refused, with the requirement named
    await page.fill('input[name="admittedOn"]', '2007-03-01');
    await page.getByRole('button', { name: 'Admit', exact: true }).click();
    await page.getByRole('alert').getByText('checklist.statistics: not reviewed yet').waitFor();

    const item = page.locator('[data-requirement="statistics"]');
    await item.getByRole('button', { name: 'Mark as met' }).click();
    await page.locator('[data-requirement="statistics"][data-review="met"]').waitFor();
    expect(await page.textContent('[data-testid="met"]')).toBe('11/11');
    await page.screenshot({ path: `${SCREENSHOTS}/kpcs-application.png`, fullPage: true });

    await page.fill('input[name="admittedOn"]', '2007-03-01');
    await page.getByRole('button', { name: 'Admit', exact: true }).click();
    await page.locator('[data-testid="application-status"][data-status="admitted"]').waitFor();
    expect(await page.textContent('[data-testid="registry-status"]')).toBe('Participant');
    expect(await page.getByRole('button', { name: 'Admit', exact: true }).count()).toBe(0);

    // the registry's history changed from the day of admission
    const cm = await admin.call<{ status: string; history: { status: string; validFrom: string; validTo: string | null }[] }>('GET', '/api/participants/CM');
    expect(cm.status).toBe('participant');
    expect(cm.history.map((h) => [h.status, h.validFrom, h.validTo])).toEqual([['applicant', '2006-01-01', '2007-03-01'], ['participant', '2007-03-01', null]]);
  });

  it("lets a non-Participant's authority apply and show its evidence", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, server.url, 'lrofficer', 'Liberia Officer');
    await page.goto(`${server.url}/governance/participation`);
    await page.getByText('No application.').waitFor();
    await page.getByRole('button', { name: 'Apply for the participation of Liberia' }).click();
    await page.locator('[data-testid="application-status"][data-status="submitted"]').waitFor();
    expect(await page.textContent('[data-testid="met"]')).toBe('0/11');
    const item = page.locator('[data-requirement="authorities"]');
    await item.locator('textarea').fill('The Government Diamond Office is the importing and exporting authority.');
    await item.getByRole('button', { name: 'Save the evidence' }).click();
    await expect.poll(() => item.locator('textarea').inputValue()).toBe('The Government Diamond Office is the importing and exporting authority.');
    const { applications } = await admin.call<{ applications: { id: string; checklist?: unknown }[] }>('GET', '/api/participation/applications?applicant=LR');
    const lr = await admin.call<{ checklist: { requirement: string; evidence: string | null }[] }>('GET', `/api/participation/applications/${applications[0]!.id}`);
    expect(lr.checklist.find((i) => i.requirement === 'authorities')!.evidence).toBe('The Government Diamond Office is the importing and exporting authority.');
    // the applicant does not review its own application
    expect(await page.getByRole('button', { name: 'Mark as met' }).count()).toBe(0);
  });
});
