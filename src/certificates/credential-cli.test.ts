// The credential verbs through the built program (`node bin/kpcs.js`, a temporary --data-dir): print a
// certificate's credential and its status list, verify the credential offline (trust list and status
// list files) and against the store, before and after its cancellation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, readyDataDir, REQUEST_FILE } from '../../test/support/cli.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const kpcs = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/kpcs.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', KPCS_MASTER_KEY: '', KPCS_PUBLIC_URL: '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('kpcs cert credential (CLI)', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    buildIfStale();
    dir = mkdtempSync(join(tmpdir(), 'kpcs-credential-cli-'));
    readyDataDir(join(dir, 'data'));
    writeFileSync(file('request.json'), JSON.stringify(REQUEST_FILE));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the credential, verifies it offline and online, and sees its cancellation in the status list', () => {
    const data = ['--data-dir', file('data')];
    const issued = kpcs(['cert', 'issue', '--as', 'ZA', '--request', file('request.json'), ...data]);
    expect(issued.code, issued.stderr).toBe(0);
    const number = JSON.parse(issued.stdout).number as string;
    const code = /verification code of \S+: ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(issued.stderr)![1]!;

    const full = kpcs(['cert', 'credential', number, '--as', 'ZA', ...data]);
    expect(full.code, full.stderr).toBe(0);
    const vc = JSON.parse(full.stdout);
    expect(vc.type).toEqual(['VerifiableCredential', 'KimberleyProcessCertificate']);
    expect(vc.credentialSubject).toMatchObject({ certificateNumber: number, disclosure: 'authority', exporter: { name: 'Kimberley Mines' } });
    // as BW's authority, the number alone is refused; with the code, the holder's view
    const refused = kpcs(['cert', 'credential', number, '--as', 'BW', ...data]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('verification code');
    const holder = kpcs(['cert', 'credential', number, '--as', 'BW', '--code', code, '--out', file('vc.json'), ...data]);
    expect(holder.code, holder.stderr).toBe(0);
    expect(holder.stderr).toContain(`credential of ${number} written to ${file('vc.json')}`);

    expect(kpcs(['trust-list', 'export', '--out', file('trust.json'), ...data]).code).toBe(0);
    expect(kpcs(['cert', 'status-list', '0', '--out', file('status-before.json'), ...data]).code).toBe(0);
    const offline = kpcs(['cert', 'verify', file('vc.json'), '--trust-list', file('trust.json'), '--status-list', file('status-before.json')]);
    expect(offline.code, offline.stderr).toBe(0);
    expect(offline.stdout).toContain(`${number}: genuine: signed by ZA's authority`);
    expect(offline.stdout).toContain('not cancelled (status list checked)');
    const unchecked = kpcs(['cert', 'verify', file('vc.json'), '--trust-list', file('trust.json')]);
    expect(unchecked.code).toBe(0);
    expect(unchecked.stderr).toContain('the status (cancellation) was not checked');
    expect(kpcs(['cert', 'verify', file('vc.json'), ...data]).code).toBe(0);

    expect(kpcs(['cert', 'cancel', number, '--as', 'ZA', '--reason', 'lost', ...data]).code).toBe(0);
    expect(kpcs(['cert', 'status-list', '0', '--out', file('status-after.json'), ...data]).code).toBe(0);
    const cancelled = kpcs(['cert', 'verify', file('vc.json'), '--trust-list', file('trust.json'), '--status-list', file('status-after.json')]);
    expect(cancelled.code).toBe(1);
    expect(cancelled.stderr).toContain(`kpcs: ${number}: cancelled: the certificate was cancelled`);
    const online = kpcs(['cert', 'verify', file('vc.json'), ...data]);
    expect(online.code).toBe(1);
    expect(online.stderr).toContain('cancelled');
    // an altered credential
    writeFileSync(file('altered.json'), JSON.stringify({ ...vc, validUntil: '2099-01-01T00:00:00.000Z' }));
    const altered = kpcs(['cert', 'verify', file('altered.json'), '--trust-list', file('trust.json')]);
    expect(altered.code).toBe(1);
    expect(altered.stderr).toContain('altered');
    // fourteen runs of the program, each opening the store: slow on a loaded machine (as cli.test.ts)
  }, 600_000);
});
