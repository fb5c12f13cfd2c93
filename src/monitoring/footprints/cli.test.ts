// kpcs footprint verbs, run as a separate process (the built bin) on a fresh data directory.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpcs, readyDataDir } from '../../../test/support/cli.js';

const CLASSES = ['-3', '+3-7', '+7-9', '+9-11', '+11-13', '+13'];
const csv = (sample: string, stones: number[]) => ['sample,sieve_class,stones,carats', ...CLASSES.map((c, i) => `${sample},${c},${stones[i]},${(stones[i]! * (i + 1) * 0.01).toFixed(2)}`)].join('\n');

describe('kpcs footprint', () => {
  let dir: string;
  let files: string;
  beforeAll(() => {
    dir = readyDataDir(mkdtempSync(join(tmpdir(), 'kpcs-fp-')));
    files = mkdtempSync(join(tmpdir(), 'kpcs-fp-files-'));
    writeFileSync(join(files, 'fine.csv'), csv('MBJ-DEMO', [500, 300, 120, 50, 20, 10]));
    writeFileSync(join(files, 'coarse.csv'), csv('ORA-DEMO', [100, 150, 200, 250, 200, 100]));
    writeFileSync(join(files, 'parcel.csv'), csv('PARCEL', [52, 29, 12, 5, 2, 1]));
    writeFileSync(join(files, 'bad.csv'), 'sample,sieve_class,stones,carats\nX,+9-9.25,1,0.1\nX,+10-11,two,0.1\n');
  });

  it('registers references from files and lists them', () => {
    const a = kpcs(['footprint', 'reference', 'add', '--participant', 'CD', '--area', 'Mbuji-Mayi (demo)', '--synthetic', join(files, 'fine.csv'), '--data-dir', dir]);
    expect(a.stderr).toBe('');
    expect(a.stdout).toMatch(/^registered SYNTHETIC reference [0-9a-f-]{36}: CD Mbuji-Mayi \(demo\), sample MBJ-DEMO, 6 classes, 1000 stones, 18\.20 ct$/m);
    expect(kpcs(['footprint', 'reference', 'add', '--participant', 'BW', '--area', 'Orapa (demo)', '--synthetic', join(files, 'coarse.csv'), '--data-dir', dir]).code).toBe(0);
    const list = JSON.parse(kpcs(['footprint', 'reference', 'list', '--format', 'json', '--data-dir', dir]).stdout);
    expect(list.map((r: { participant: string; area: string; source: string }) => [r.participant, r.area, r.source])).toEqual([['BW', 'Orapa (demo)', 'file coarse.csv'], ['CD', 'Mbuji-Mayi (demo)', 'file fine.csv']]);
  });

  it('refuses a bad file with every bad row and a non-zero exit, registering nothing', () => {
    const r = kpcs(['footprint', 'reference', 'add', '--participant', 'ZA', '--area', 'Venetia', join(files, 'bad.csv'), '--data-dir', dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('9.25 is not a diamond sieve number');
    expect(r.stderr).toContain('"two" is not a whole number of stones');
    expect(JSON.parse(kpcs(['footprint', 'reference', 'list', '--format', 'json', '--data-dir', dir]).stdout)).toHaveLength(2);
  });

  it('compares a parcel, ranked, as a table and as JSON', () => {
    const table = kpcs(['footprint', 'compare', join(files, 'parcel.csv'), '--data-dir', dir]);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toBe('parcel PARCEL: 101 stones, 1.82 ct, 6 classes (scheme sieve)');
    expect(lines.find((l) => l.startsWith('1 '))).toContain('CD Mbuji-Mayi (demo) (SYNTHETIC)');
    expect(lines.find((l) => l.startsWith('2 '))).toContain('BW Orapa (demo) (SYNTHETIC)');
    const json = JSON.parse(kpcs(['footprint', 'compare', join(files, 'parcel.csv'), '--format', 'json', '--data-dir', dir]).stdout);
    expect(json.matches.map((m: { rank: number; reference: { area: string } }) => [m.rank, m.reference.area])).toEqual([[1, 'Mbuji-Mayi (demo)'], [2, 'Orapa (demo)']]);
    const sorted = kpcs(['footprint', 'compare', join(files, 'parcel.csv'), '--sorted', '--data-dir', dir]);
    expect(sorted.stdout).toContain('WARNING: The parcel is declared sorted');
  });
});
