// The README's settings table names every KPCS_* setting the code reads, and only those: a setting
// added to the code without a line in the table (or left in the table after the code stopped reading
// it) fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** where settings are read: the server and the command line, the benchmarks, the launcher and build scripts */
const SOURCE_DIRS = ['src', 'bench', 'bin', 'scripts'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir))) {
    const path = join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|js|mjs)$/.test(entry) && !/\.test\.ts$/.test(entry)) out.push(path);
  }
  return out;
}

/**
 * Names the code reads: `env.KPCS_X`, `env?.KPCS_X`, `env['KPCS_X']` and a name passed as a string
 * (`intSetting(env, 'KPCS_X', …)`); a name only mentioned in a comment or a message is not a read.
 */
function settingsRead(): Map<string, string[]> {
  const read = new Map<string, string[]>();
  const patterns = [/\benv\??\.(KPCS_[A-Z0-9_]*[A-Z0-9])\b/g, /['"](KPCS_[A-Z0-9_]*[A-Z0-9])['"]/g];
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const re of patterns) {
      for (const m of text.matchAll(re)) read.set(m[1]!, [...(read.get(m[1]!) ?? []), file]);
    }
  }
  return read;
}

function readmeTable(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^### Settings\n([\s\S]*?)(?=\n#|\n\n[^|])/m.exec(readme);
  if (!section) throw new Error('README.md has no "### Settings" section');
  const rows = section[1]!.split('\n').filter((l) => l.startsWith('| `'));
  return rows.map((r) => /^\| `([A-Z0-9_]+)`/.exec(r)?.[1]).filter((n): n is string => !!n);
}

describe('the README settings table', () => {
  const read = settingsRead();
  const table = readmeTable();

  it('finds the settings the code reads (the scan itself works)', () => {
    for (const name of ['KPCS_PUBLIC_URL', 'KPCS_HOST', 'KPCS_IMPORT_MAX_ROWS', 'KPCS_TRUST_PROXY']) expect(read.has(name), name).toBe(true);
  });

  it('lists every KPCS_* setting the code reads', () => {
    const missing = [...read.keys()].filter((n) => !table.includes(n)).map((n) => `${n} (read in ${[...new Set(read.get(n))].join(', ')})`);
    expect(missing, 'settings read by the code but missing from the README table').toEqual([]);
  });

  it('lists no KPCS_* setting the code no longer reads, and each once', () => {
    const stale = table.filter((n) => n.startsWith('KPCS_') && !read.has(n));
    expect(stale, 'settings in the README table that no code reads').toEqual([]);
    expect(table.filter((n, i) => table.indexOf(n) !== i), 'settings listed twice').toEqual([]);
  });

  it('is the only table of settings: no other README table row starts with a KPCS_* setting', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((l) => /^\| `KPCS_/.test(l));
    expect(rows.length).toBe(table.filter((n) => n.startsWith('KPCS_')).length);
  });
});
