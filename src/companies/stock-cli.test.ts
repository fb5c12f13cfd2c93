// kpcs company stock and kpcs company report file|list|settings, through the built program (the
// figures themselves are tested on certificates really issued in stock.test.ts).
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

describe('kpcs company stock and report', () => {
  let dir: string;
  beforeAll(() => {
    buildIfStale();
    dir = mkdtempSync(join(tmpdir(), 'kpcs-stock-cli-'));
    readyDataDir(join(dir, 'data'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sets the reporting period, shows the account, names a bad report line, files a report and lists it', () => {
    const data = ['--data-dir', join(dir, 'data')];
    const year = Number(new Date().toISOString().slice(0, 4)) - 1;
    expect(kpcs(['company', 'add', '--participant', 'EU', '--name', 'Antwerp Rough Trading NV', '--licence', 'EU-BE-0001', '--valid-from', `${year}-01-01`, ...data]).code).toBe(0);
    const set = kpcs(['company', 'report', 'settings', '--participant', 'EU', '--months', '12', '--grace-days', '60', '--required-from', `${year}-01-01`, '--withhold', 'on', ...data]);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ participant: 'EU', periodMonths: 12, graceDays: 60, requiredFrom: `${year}-01-01`, withhold: true });
    const stock = kpcs(['company', 'stock', 'EU-BE-0001', '--participant', 'EU', '--to', `${year}-12-31`, '--json', ...data]);
    expect(stock.code, stock.stderr).toBe(0);
    expect(JSON.parse(stock.stdout)).toMatchObject({ licence: 'EU-BE-0001', to: `${year}-12-31`, lines: [], movements: [] });
    const bad = kpcs(['company', 'report', 'file', 'EU-BE-0001', '--participant', 'EU', '--from', `${year}-01-01`, '--to', `${year}-12-31`, '--line', '7102.31:-5:100', ...data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('lines[0].carats');
    const filed = kpcs(['company', 'report', 'file', 'EU-BE-0001', '--participant', 'EU', '--from', `${year}-01-01`, '--to', `${year}-12-31`, '--line', '7102.31:12.5:1000', ...data]);
    expect(filed.code, filed.stderr).toBe(0);
    expect(JSON.parse(filed.stdout).differences).toEqual([{ hsCode: '7102.31', reported: { carats: 12.5, valueUsd: 1000 }, computed: { carats: 0, valueUsd: 0 }, difference: { carats: 12.5, valueUsd: 1000 } }]);
    const list = kpcs(['company', 'report', 'list', 'EU-BE-0001', '--participant', 'EU', ...data]);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('7102.31 12.5 ct / US$ 1000');
    expect(list.stdout).toContain('filed');
  });
});
