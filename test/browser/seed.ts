// Seeding a test server through its HTTP API as the administrator: users with a password (to sign in
// in the browser), statistics rows, a year's release. The session cookie and CSRF token are kept here.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from './server.js';

export const PASSWORD = 'a long test password';

export interface AdminClient {
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function adminClient(baseUrl: string): Promise<AdminClient> {
  const res = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: ADMIN_PASSWORD }) });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const r = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

export async function createUser(admin: AdminClient, user: { name: string; login: string; participant: string | null; roles: string[]; groups?: string[] }): Promise<{ id: string }> {
  return admin.call<{ id: string }>('POST', '/api/users', { ...user, password: PASSWORD });
}

/** An API token for a user (for calls the test makes itself). */
export async function tokenFor(admin: AdminClient, userId: string): Promise<string> {
  return (await admin.call<{ token: string }>('POST', `/api/users/${userId}/tokens`, {})).token;
}

export async function signIn(page: Page, baseUrl: string, login: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('form button[type="submit"]');
  await page.waitForSelector('[data-testid="user-name"]');
  expect(await page.textContent('[data-testid="user-name"]')).toBe(name);
}

/**
 * 2006 figures in which South Africa exports 500,000 ct to India but produced only 100,000 ct and
 * imported nothing: far beyond what production and imports explain (a balance finding).
 */
export async function seedStatistics(admin: AdminClient): Promise<void> {
  await admin.call('POST', '/api/statistics/production', {
    rows: [
      { reporter: 'ZA', period: '2006', mining: 'industrial', carats: 100000, value_usd: 10000000 },
      { reporter: 'BW', period: '2006', mining: 'industrial', carats: 300000, value_usd: 30000000 },
    ],
  });
  await admin.call('POST', '/api/statistics/trade', {
    rows: [
      { reporter: 'ZA', period: '2006-Q1', flow: 'export', partner: 'IN', hs_code: '7102.10', carats: 500000, value_usd: 50000000, certificates: 10 },
      { reporter: 'IN', period: '2006-Q1', flow: 'import', partner: 'ZA', hs_code: '7102.10', carats: 500000, value_usd: 50000000, certificates: 10 },
      { reporter: 'BW', period: '2006-Q2', flow: 'export', partner: 'IN', hs_code: '7102.10', carats: 250000.5, value_usd: 25000000.25, certificates: 5 },
      { reporter: 'IN', period: '2006-Q2', flow: 'import', partner: 'BW', hs_code: '7102.10', carats: 250000.5, value_usd: 25000000.25, certificates: 5 },
    ],
  });
}
