// The verification address on PDFs and QR codes answers: KPCS_PUBLIC_URL when set, else the address the
// real `kpcs serve` listens on (here a port the system chose: --port 0), not a fixed localhost:8080.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpcs, readyDataDir, REQUEST_FILE } from './support/cli.js';
import { killHard, serve } from './support/serve.js';

describe('the verification address of kpcs serve', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpcs-serve-address-'));
    writeFileSync(join(dir, 'request.json'), JSON.stringify(REQUEST_FILE));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function verifyUrlServed(data: string, env: Record<string, string>) {
    const env0 = { KPCS_MASTER_KEY: '', KPCS_PUBLIC_URL: '' };
    readyDataDir(data);
    const issued = kpcs(['cert', 'issue', '--as', 'ZA', '--request', join(dir, 'request.json'), '--data-dir', data], env0);
    expect(issued.code, issued.stderr).toBe(0);
    const number = JSON.parse(issued.stdout).number as string;
    const added = kpcs(['user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'Thandi Officer', '--data-dir', data], env0);
    expect(added.code, added.stderr).toBe(0);
    const token = added.stdout.trim();
    const served = await serve(data, { ...env0, ...env });
    try {
      const res = await fetch(`${served.url}/api/certificates/${number}/verification-code`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
      expect(res.status, await res.clone().text()).toBe(201);
      const { verifyUrl } = (await res.json()) as { verifyUrl: string };
      return { verifyUrl, url: served.url, number };
    } finally {
      await killHard(served.child);
    }
  }

  it('without KPCS_PUBLIC_URL: the address the server listens on, and it answers', async () => {
    const { verifyUrl, url, number } = await verifyUrlServed(join(dir, 'listen'), {});
    expect(url).not.toBe('http://127.0.0.1:8080');
    expect(verifyUrl.startsWith(`${url}/verify/${number}?code=`), verifyUrl).toBe(true);
  });

  it('with KPCS_PUBLIC_URL: that address', async () => {
    const { verifyUrl, number } = await verifyUrlServed(join(dir, 'public'), { KPCS_PUBLIC_URL: 'https://kpcs.example.org/' });
    expect(verifyUrl.startsWith(`https://kpcs.example.org/verify/${number}?code=`), verifyUrl).toBe(true);
  });
});
