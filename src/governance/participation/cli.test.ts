// kpcs chair and participation verbs, run as a separate process on a fresh data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpcs, readyDataDir } from '../../../test/support/cli.js';

describe('kpcs chair and participation', () => {
  let dir: string;
  beforeAll(() => {
    dir = readyDataDir(mkdtempSync(join(tmpdir(), 'kpcs-participation-')));
  });

  it('rotates the chair and elects a Vice-Chair, refusing a non-Participant', () => {
    const rotated = kpcs(['chair', 'rotate', '--year', '2007', '--data-dir', dir]);
    expect(rotated.stderr).toBe('');
    expect(JSON.parse(rotated.stdout)).toEqual({ year: 2008, chair: 'IN', viceChair: null });
    const cg = kpcs(['chair', 'elect-vice', '--year', '2008', '--participant', 'CG', '--data-dir', dir]);
    expect(cg.code).not.toBe(0);
    expect(cg.stderr).toContain('CG is removed on 2008-01-01: only a Participant can be elected Vice-Chair.');
    expect(JSON.parse(kpcs(['chair', 'elect-vice', '--year', '2008', '--participant', 'ZA', '--data-dir', dir]).stdout)).toEqual({ year: 2008, chair: 'IN', viceChair: 'ZA' });
    expect(kpcs(['chair', 'list', '--data-dir', dir]).stdout).toMatch(/2008\s+IN\s+ZA/);
  });

  it('lists the nine 2006 applications and refuses to admit before the checklist is met', () => {
    const list = JSON.parse(kpcs(['participation', 'applications', '--format', 'json', '--data-dir', dir]).stdout) as { applicant: string; status: string }[];
    expect(list.map((a) => a.applicant).sort()).toEqual(['CM', 'CV', 'GA', 'ML', 'MX', 'PH', 'SZ', 'TN', 'TR']);
    const admit = kpcs(['participation', 'admit', 'CM', '--on', '2007-03-01', '--data-dir', dir]);
    expect(admit.code).not.toBe(0);
    expect(admit.stderr).toContain('CM cannot be admitted: 11 of 11 minimum requirements are not reviewed as met');
    // an officer of another Participant cannot write Cameroon's evidence
    const za = kpcs(['participation', 'evidence', 'CM', '--requirement', 'authorities', '--text', 'x', '--as', 'ZA', '--data-dir', dir]);
    expect(za.code).not.toBe(0);
    expect(za.stderr).toContain('may not');
  });
});
