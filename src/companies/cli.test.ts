// kpcs company add|list|suspend|users|tie|untie and kpcs user add --company, through the built program.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, readyDataDir } from '../../test/support/cli.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/kpcs.js');

function kpcs(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', KPCS_MASTER_KEY: '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kpcs company', () => {
  let dir: string;
  beforeAll(() => {
    buildIfStale();
    dir = mkdtempSync(join(tmpdir(), 'kpcs-company-cli-'));
    readyDataDir(join(dir, 'data'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('registers a company, ties a company user to it, refuses an unknown licence, suspends', () => {
    const data = ['--data-dir', join(dir, 'data')];
    const added = kpcs(['company', 'add', '--participant', 'bw', '--name', 'Okavango Diamond Company', '--licence', 'BW-L-0001', '--valid-to', '2030-12-31', ...data]);
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ participant: 'BW', licence: 'BW-L-0001', validTo: '2030-12-31' });
    const user = kpcs(['user', 'add', '--participant', 'BW', '--role', 'company', '--company', 'BW-L-0001', '--name', 'Okavango clerk', ...data]);
    expect(user.code, user.stderr).toBe(0);
    const unknown = kpcs(['user', 'add', '--participant', 'BW', '--role', 'company', '--company', 'BW-L-0099', '--name', 'Nobody', ...data]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('BW registers no licence BW-L-0099');
    // nothing was created for the refused one
    expect(kpcs(['user', 'list', ...data]).stdout).not.toContain('nobody');
    // the clerk is tied: listed, untied, tied again
    const listed = kpcs(['company', 'users', 'BW-L-0001', '--participant', 'BW', ...data]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('okavango.clerk');
    const untied = kpcs(['company', 'untie', 'BW-L-0001', 'okavango.clerk', '--participant', 'BW', ...data]);
    expect(untied.code, untied.stderr).toBe(0);
    expect(JSON.parse(untied.stdout).users).toEqual([]);
    const again = kpcs(['company', 'untie', 'BW-L-0001', 'okavango.clerk', '--participant', 'BW', ...data]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('okavango.clerk is not tied to Okavango Diamond Company (licence BW-L-0001)');
    const tied = kpcs(['company', 'tie', 'BW-L-0001', 'okavango.clerk', '--participant', 'BW', ...data]);
    expect(tied.code, tied.stderr).toBe(0);
    expect(JSON.parse(tied.stdout).users).toMatchObject([{ login: 'okavango.clerk' }]);
    const suspended = kpcs(['company', 'suspend', 'BW-L-0001', '--participant', 'BW', '--reason', 'stock report overdue', ...data]);
    expect(suspended.code, suspended.stderr).toBe(0);
    expect(JSON.parse(suspended.stdout).suspended).toMatchObject({ reason: 'stock report overdue' });
  });
});
