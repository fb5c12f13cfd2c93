// The CLI contract of kpcs, run against the built program (`npm run build` first).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpcsAsync as kpcs, readyDataDir } from '../../test/support/cli.js';

const BUILT = existsSync(new URL('../../dist/src/statistics/cli.js', import.meta.url));

describe.skipIf(!BUILT)('kpcs import and kpcs stats (built CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpcs-stats-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a trade file and a production workbook, then prints the year’s summary as JSON and CSV', async () => {
    const data = readyDataDir(join(dir, 'data'));
    const trade = join(dir, 'trade-2006.csv');
    writeFileSync(trade, [
      'reporter,period,flow,partner,hs_code,carats,value_usd,certificates',
      'ZA,2006-Q1,export,BE,7102.31,1000.10,200000.00,10',
      'BW,2006-Q1,import,ZA,7102.10,400,40000,4',
    ].join('\n'));
    const imported = await kpcs('import', 'trade', trade, '--data-dir', data);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toBe('imported 2 trade row(s) in 2 submission(s):\n  ZA 2006-Q1 version 1: 1 row(s)\n  BW 2006-Q1 version 1: 1 row(s)\n');

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('production');
    ws.addRow(['reporter', 'period', 'mining', 'carats', 'value_usd']);
    ws.addRow(['BW', '2006', 'industrial', 34000000, 3200000000]);
    const xlsx = join(dir, 'production.xlsx');
    writeFileSync(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await kpcs('import', 'production', xlsx, '--data-dir', data, '--as', 'BW')).toMatchObject({ code: 0, stdout: expect.stringContaining('BW 2006 version 1: 1 row(s)') });

    // an officer's file with another Participant's rows changes nothing
    const foreign = await kpcs('import', 'trade', trade, '--data-dir', data, '--as', 'ZA');
    expect(foreign.code).not.toBe(0);
    expect(foreign.stderr).toContain('row 3, reporter: BW is not South Africa');

    // a bad file: exit 2, every row on stderr
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates\nZA,2006-Q9,export,BW,7102.10,1,1,1\nZA,2006-Q2,export,LR,7102.10,-1,1,1\n');
    const refused = await kpcs('import', 'trade', bad, '--data-dir', data);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('row 2, period: must be a quarter written like 2006-Q3, got "2006-Q9"');
    expect(refused.stderr).toContain('row 3, partner: Liberia (LR) was not a Participant in good standing during 2006-Q2');
    expect(refused.stderr).toContain('row 3, carats: must not be negative, got -1');

    const json = await kpcs('stats', 'summary', '--year', '2006', '--format', 'json', '--data-dir', data);
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout);
    expect(summary).toMatchObject({ year: 2006, status: 'draft' });
    expect(summary.participants.map((p: { participant: string }) => p.participant)).toEqual(['BW', 'ZA']);
    expect(summary.world).toEqual({
      production: { carats: 34000000, valueUsd: 3200000000, usdPerCarat: 94.12 },
      exports: { carats: 1000.1, valueUsd: 200000, usdPerCarat: 199.98, certificates: 10 },
      imports: { carats: 400, valueUsd: 40000, usdPerCarat: 100, certificates: 4 },
    });
    const csv = await kpcs('stats', 'summary', '--year', '2006', '--format', 'csv', '--data-dir', data);
    expect(csv.stdout.split('\n').at(-2)).toBe('WORLD,World,34000000.00,3200000000.00,94.12,1000.10,200000.00,10,400.00,40000.00,4');

    // an authority sees no draft; after the release everyone sees the year
    expect((await kpcs('stats', 'summary', '--year', '2006', '--data-dir', data, '--as', 'ZA')).code).not.toBe(0);
    expect(await kpcs('stats', 'release', '--year', '2006', '--data-dir', data)).toMatchObject({ code: 0, stdout: expect.stringContaining('released 2006 (version 1)') });
    const pub = await kpcs('stats', 'summary', '--year', '2006', '--data-dir', data, '--as', 'ZA');
    expect(pub.code).toBe(0);
    expect(JSON.parse(pub.stdout)).toMatchObject({ status: 'released' });
  }, 240_000);
});
