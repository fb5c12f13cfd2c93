// Small files: no code file of the project is over 400 lines (a file that grows past that is split by
// meaning, docs/architecture.md). The files still over it are listed with the lines they have now: they
// may shrink, never grow, and a file that comes under 400 leaves the list.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const LIMIT = 400;
/** generated, not written: the web's API types (test/openapi-contract.test.ts) */
const GENERATED = new Set(['web/src/contract/openapi.ts']);

/** The files over the limit today, each with its lines: to be split. */
const STILL_OVER: Record<string, number> = {
};

function code(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : code(p);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [p] : [];
  });
}

it(`no code file is over ${LIMIT} lines, and those listed still over it do not grow`, () => {
  const sizes = new Map<string, number>();
  for (const dir of ['src', 'web/src', 'bench', 'scripts', 'test', 'bin'])
    for (const f of code(join(ROOT, dir))) {
      const name = relative(ROOT, f);
      if (!GENERATED.has(name)) sizes.set(name, readFileSync(f, 'utf8').split('\n').length - 1);
    }
  const over = [...sizes].filter(([f, n]) => n > LIMIT && !(f in STILL_OVER)).map(([f, n]) => `${f}: ${n} lines`);
  expect(over, 'split these files by meaning').toEqual([]);
  const grown = Object.entries(STILL_OVER).filter(([f, max]) => (sizes.get(f) ?? 0) > max).map(([f, max]) => `${f}: ${sizes.get(f)} lines, listed at ${max}`);
  expect(grown, 'a file over the limit only shrinks').toEqual([]);
  const under = Object.keys(STILL_OVER).filter((f) => (sizes.get(f) ?? 0) <= LIMIT);
  expect(under, 'now under the limit (or gone): take them off STILL_OVER').toEqual([]);
});
