// A private store (issue #15 point 5): the data directory and everything in it are its owner's alone —
// the WAL holds password hashes, master.key protects the authorities' keys — whatever the umask of the
// shell that started kpcs; an existing store left world-readable is repaired by `kpcs db migrate`; what
// the program writes itself (backups, exports) is private too. Runs the built program.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTreePrivate, writePrivateFile } from '../src/core/files.js';

const BIN = fileURLToPath(new URL('../bin/kpcs.js', import.meta.url));

/** kpcs started from a shell whose umask is 000 (everything it creates would be 0666/0777 otherwise). */
function kpcsUnderUmask0(args: string[]) {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('sh', ['-c', `umask 000; exec ${quoted}`], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every file and folder under root whose mode lets the group or others in, with its mode. */
function notPrivate(root: string): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) return;
    const want = st.isDirectory() ? 0o700 : 0o600;
    if ((st.mode & 0o777) !== want) out.push(`${p} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const n of readdirSync(p)) visit(join(p, n));
  };
  visit(root);
  return out;
}

function count(root: string): number {
  let n = 0;
  const visit = (p: string) => {
    n++;
    if (lstatSync(p).isDirectory()) for (const c of readdirSync(p)) visit(join(p, c));
  };
  visit(root);
  return n;
}

describe('a private store', () => {
  it('is created owner-only under umask 000: every folder 0700, every file 0600, the WAL and master.key included', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kpcs-private-')), 'data');
    const r = kpcsUnderUmask0(['db', 'migrate', '--data-dir', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // a trust list export makes the master key and the Chair's key
    const out = join(dir, '..', 'trust-list.json');
    expect(kpcsUnderUmask0(['trust-list', 'export', '--data-dir', dir, '--out', out]).code).toBe(0);
    expect(count(dir)).toBeGreaterThan(1000);
    expect(readdirSync(join(dir, 'pg', 'pg_wal')).some((f) => /^[0-9A-F]{24}$/.test(f))).toBe(true);
    expect(lstatSync(join(dir, 'master.key')).mode & 0o777).toBe(0o600);
    expect(notPrivate(dir)).toEqual([]);
    // what the program writes outside the store is private too
    expect(lstatSync(out).mode & 0o777).toBe(0o600);
    const backup = join(dir, '..', 'store.jsonl.gz');
    writeFileSync(backup, 'an older file, world-readable');
    chmodSync(backup, 0o666);
    expect(kpcsUnderUmask0(['db', 'backup', backup, '--data-dir', dir]).code).toBe(0);
    expect(lstatSync(backup).mode & 0o777).toBe(0o600);
  }, 180_000);

  it('left world-readable (an earlier version, a copy, chmod -R), is repaired by kpcs db migrate', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kpcs-private-')), 'data');
    expect(kpcsUnderUmask0(['db', 'migrate', '--data-dir', dir]).code).toBe(0);
    const open = (p: string) => {
      const st = lstatSync(p);
      chmodSync(p, st.isDirectory() ? 0o777 : 0o666);
      if (st.isDirectory()) for (const n of readdirSync(p)) open(join(p, n));
    };
    open(dir);
    const before = notPrivate(dir).length;
    expect(before).toBe(count(dir));
    const r = kpcsUnderUmask0(['db', 'migrate', '--data-dir', dir]);
    expect(r.code).toBe(0);
    // all of them (the folder itself is closed first, before the engine starts)
    const made = Number(/made (\d+) files and folders/.exec(r.stdout)?.[1]);
    expect(made).toBeGreaterThanOrEqual(before - 1);
    expect(notPrivate(dir)).toEqual([]);
  }, 180_000);

  it('makeTreePrivate and writePrivateFile narrow what exists already', () => {
    const root = mkdtempSync(join(tmpdir(), 'kpcs-private-'));
    const file = join(root, 'export.json');
    writeFileSync(file, '{}');
    chmodSync(file, 0o644);
    writePrivateFile(file, '{"a":1}');
    expect(lstatSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o666);
    chmodSync(root, 0o755);
    expect(makeTreePrivate(root)).toEqual({ checked: 2, repaired: 2 });
    expect(notPrivate(root)).toEqual([]);
  });
});
