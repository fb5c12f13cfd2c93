// The house has no loops between files: no file of src/ or web/src/ imports, through any chain of
// imports, a file that imports it back (docs/architecture.md). A loop found here names every file in it.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const IMPORT = /^\s*(?:import|export)\s[^;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
const SIDE_EFFECT = /^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function target(from: string, spec: string, known: Set<string>): string | undefined {
  const base = resolve(dirname(from), spec).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => known.has(p));
}

/** The import graph of a tree and its strongly connected components of more than one file (Tarjan). */
function loops(dir: string, root = ROOT): string[][] {
  const files = sources(join(root, dir));
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const to = new Set<string>();
    for (const re of [IMPORT, SIDE_EFFECT]) for (const m of text.matchAll(re)) {
      const t = target(f, m[1]!, known);
      if (t) to.add(t);
    }
    edges.set(f, [...to]);
  }
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(relative(root, w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  return found;
}

describe('no import loops between files', () => {
  for (const dir of ['src', 'web/src', 'bench']) {
    it(`${dir}/: every file's imports lead away from it`, () => {
      const graph = loops(dir);
      expect(graph, graph.map((c) => `loop: ${c.join(' ⇄ ')}`).join('\n')).toEqual([]);
    });
  }

  it('finds a loop when there is one (the check itself)', () => {
    const root = mkdtempSync(join(tmpdir(), 'kpcs-loops-'));
    try {
      mkdirSync(join(root, 'src', 'a'), { recursive: true });
      writeFileSync(join(root, 'src', 'a', 'one.ts'), "import { two } from '../two.js';\nexport const one = () => two;\n");
      writeFileSync(join(root, 'src', 'two.ts'), "import type { X } from './three.js';\nexport const two = 2;\nexport type { X };\n");
      writeFileSync(join(root, 'src', 'three.ts'), "export { one } from './a/one.js';\nexport type X = number;\n");
      writeFileSync(join(root, 'src', 'alone.ts'), "import { two } from './two.js';\nexport const alone = two;\n");
      expect(loops('src', root)).toEqual([['src/a/one.ts', 'src/three.ts', 'src/two.ts']]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
