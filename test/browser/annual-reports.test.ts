// Annual reports and working groups: Ghana's authority officer submits its 2006 report, a member of
// the working group on monitoring assesses it; anyone sees the working groups and their members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { adminClient, createUser, signIn } from './seed.js';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  const admin = await adminClient(server.url);
  await createUser(admin, { name: 'Ghana Officer', login: 'ghofficer', participant: 'GH', roles: ['officer'] });
  await createUser(admin, { name: 'Monitoring Member', login: 'monitor', participant: 'CA', roles: ['wg-member'], groups: ['WGM'] });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('annual reports and working groups', () => {
  it('shows the public the working groups with their chairs and members', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/governance/groups`);
    const pc = page.locator('[data-testid="groups"] tr[data-group="PC"]');
    await pc.waitFor();
    expect(await pc.textContent()).toContain('Participation Committee');
    expect(await pc.textContent()).toContain('Russian Federation');
    await pc.getByRole('link').click();
    await page.locator('[data-testid="members"] tr[data-member="GW"]').waitFor();
    expect(await page.textContent('[data-testid="group-chair"]')).toBe('Russian Federation');
  });

  it('lets an officer submit its report and the monitoring group assess it', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'ghofficer', 'Ghana Officer');
    await page.goto(`${server.url}/governance/annual-reports?year=2006`);
    await page.getByText('No annual report for this year.').waitFor();
    await page.fill('textarea[name="body"]', 'Ghana implemented the action plan of the review mission.');
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await page.locator('[data-testid="report-body"]').waitFor();
    expect(await page.textContent('[data-testid="report-body"]')).toBe('Ghana implemented the action plan of the review mission.');
    expect(await page.textContent('[data-testid="report-status"]')).toBe('Awaiting assessment');
    const url = page.url();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, server.url, 'monitor', 'Monitoring Member');
    await page.goto(`${server.url}/governance/annual-reports?year=2006`);
    await page.locator('[data-testid="annual-reports"] tr[data-participant="GH"]').waitFor();
    expect(await page.textContent('[data-testid="missing"]')).not.toContain('Ghana');
    expect(await page.textContent('[data-testid="missing"]')).toContain('Botswana');
    await page.goto(url);
    await page.fill('textarea[name="comments"]', 'Follow up at the next review visit.');
    await page.selectOption('select[name="outcome"]', 'follow_up');
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await page.locator('[data-testid="report-status"][data-status="assessed"]').waitFor();
    expect(await page.textContent('[data-testid="report-status"]')).toBe('Follow-up needed');
  });
});
