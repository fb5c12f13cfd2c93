// kpcs cert amend through the built program: the replacement printed, the original refused afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, readyDataDir } from '../../test/support/cli.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changesOf } from './amendment-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/kpcs.js');

function kpcs(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', KPCS_MASTER_KEY: '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kpcs cert amend', () => {
  let dir: string;
  beforeAll(() => {
    buildIfStale();
    dir = mkdtempSync(join(tmpdir(), 'kpcs-amend-cli-'));
    readyDataDir(join(dir, 'data'));
    writeFileSync(join(dir, 'request.json'), JSON.stringify({
      exporter: { name: 'Debswana', address: 'Gaborone', country: 'BW' },
      importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
      origin: 'BW',
      goods: [{ hsCode: '7102.10', carats: 500, valueUsd: 40000 }],
      parcels: 1,
    }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the changed fields from the flags', () => {
    expect(changesOf({ importerAddress: 'Pelikaanstraat 62', parcels: '2', goods: [{ hsCode: '7102.10', carats: 1, valueUsd: 2 }] })).toEqual({
      importer: { address: 'Pelikaanstraat 62' }, parcels: 2, goods: [{ hsCode: '7102.10', carats: 1, valueUsd: 2 }],
    });
  });

  it('issues the replacement, cancels the original; a second amendment of the original is refused (exit 1)', () => {
    const data = ['--data-dir', join(dir, 'data')];
    const issued = kpcs(['cert', 'issue', '--as', 'BW', '--request', join(dir, 'request.json'), ...data]);
    expect(issued.code, issued.stderr).toBe(0);
    const original = JSON.parse(issued.stdout).number as string;
    const amended = kpcs(['cert', 'amend', original, '--as', 'BW', '--reason', 'two parcels', '--parcels', '2', '--goods', '7102.10:500:41000', ...data]);
    expect(amended.code, amended.stderr).toBe(0);
    const out = JSON.parse(amended.stdout);
    expect(out).toMatchObject({ replaced: original, changed: ['parcels', 'goods'], certificate: { parcels: 2 } });
    expect(amended.stderr).toContain(`${original} cancelled, replaced by ${out.certificate.number}`);
    const again = kpcs(['cert', 'amend', original, '--as', 'BW', '--reason', 'again', '--parcels', '3', ...data]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a cancelled certificate cannot be amended');
  });
});
