// kpcs annual-reports and groups verbs, run as a separate process on a fresh data directory.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpcs, readyDataDir } from '../../../test/support/cli.js';

describe('kpcs annual-reports and groups', () => {
  let dir: string;
  beforeAll(() => {
    dir = readyDataDir(mkdtempSync(join(tmpdir(), 'kpcs-annual-')));
  });

  it("submits a Participant's report as its authority, assesses it, and lists who is missing", () => {
    const file = join(dir, 'report.txt');
    const annex = join(dir, 'annex.md');
    writeFileSync(file, 'Botswana: the scheme is implemented in full.');
    writeFileSync(annex, '# Annex\n');
    const za = kpcs(['annual-reports', 'submit', '--participant', 'BW', '--year', '2006', '--file', file, '--as', 'ZA', '--data-dir', dir]);
    expect(za.code).not.toBe(0);
    expect(za.stderr).toContain('may not annual-reports.submit for BW');
    const r = kpcs(['annual-reports', 'submit', '--participant', 'BW', '--year', '2006', '--file', file, '--attachment', annex, '--as', 'BW', '--data-dir', dir]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { id: string; attachmentName: string; status: string };
    expect(report).toMatchObject({ attachmentName: 'annex.md', status: 'submitted' });
    expect(JSON.parse(kpcs(['annual-reports', 'assess', report.id, '--outcome', 'satisfactory', '--data-dir', dir]).stdout)).toMatchObject({ status: 'assessed', outcome: 'satisfactory' });
    const missing = JSON.parse(kpcs(['annual-reports', 'missing', '--year', '2006', '--format', 'json', '--data-dir', dir]).stdout) as { code: string }[];
    expect(missing.map((m) => m.code)).not.toContain('BW');
    expect(missing.map((m) => m.code)).toContain('ZA');
  });

  it('lists the working groups', () => {
    expect(kpcs(['groups', 'list', '--data-dir', dir]).stdout).toMatch(/PC\s+Participation Committee\s+RU\s+AO,BW,CA/);
  });
});
