// The house has no loops between files: no file of src/ or web/src/ imports, through any chain of
// imports (static or dynamic), a file that imports it back; and none between the domains of src/ (its
// folders, and its top-level files each on its own): the assembly (cli/main.ts, http/server.ts) sits
// above the domains, the shared modules (core/, db/, interface/) below them (docs/architecture.md).
// A loop found here names every file in it, or for domains one import that ties each pair.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const IMPORT = /^\s*(?:import|export)\s[^;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
const SIDE_EFFECT = /^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

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

/** The import graph of a tree: each file and the files it imports. */
function graph(dir: string, root = ROOT): Map<string, string[]> {
  const files = sources(join(root, dir));
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const to = new Set<string>();
    for (const re of [IMPORT, SIDE_EFFECT, DYNAMIC]) for (const m of text.matchAll(re)) {
      const t = target(f, m[1]!, known);
      if (t) to.add(t);
    }
    edges.set(f, [...to]);
  }
  return edges;
}

/** A file's files' loops: the strongly connected components of more than one file (Tarjan). */
function loops(dir: string, root = ROOT): string[][] {
  return components(graph(dir, root)).map((c) => c.map((f) => relative(root, f)).sort());
}

/** The domain of a file of src/: its first folder, or the file itself when it lies in src/ directly. */
const domainOf = (srcDir: string, file: string) => relative(srcDir, file).split('/')[0]!;

/** The loops between the domains of src/, each with one import that ties each pair of it. */
function domainLoops(root = ROOT): string[] {
  const srcDir = join(root, 'src');
  const domains = new Map<string, string[]>();
  const why = new Map<string, string>();
  for (const [f, to] of graph('src', root)) {
    const a = domainOf(srcDir, f);
    if (!domains.has(a)) domains.set(a, []);
    for (const t of to) {
      const b = domainOf(srcDir, t);
      if (b === a || domains.get(a)!.includes(b)) continue;
      domains.get(a)!.push(b);
      why.set(`${a}>${b}`, `${relative(root, f)} → ${relative(root, t)}`);
    }
  }
  return components(domains).map((c) => {
    const pairs = c.flatMap((a) => (domains.get(a) ?? []).filter((b) => c.includes(b)).map((b) => `  ${a} → ${b}: ${why.get(`${a}>${b}`)}`));
    return [`${c.sort().join(' ⇄ ')}`, ...pairs].join('\n');
  });
}

function components(edges: Map<string, string[]>): string[][] {
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
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component);
    }
  };
  for (const f of edges.keys()) if (!idx.has(f)) visit(f);
  return found;
}

describe('no import loops between files', () => {
  for (const dir of ['src', 'web/src', 'bench']) {
    it(`${dir}/: every file's imports lead away from it`, () => {
      const graph = loops(dir);
      expect(graph, graph.map((c) => `loop: ${c.join(' ⇄ ')}`).join('\n')).toEqual([]);
    });
  }

  it('src/: no loop between domains (the assembly above them, the shared modules below)', () => {
    const found = domainLoops();
    expect(found, found.join('\n')).toEqual([]);
  });

  it('finds a loop when there is one (the check itself)', () => {
    const root = mkdtempSync(join(tmpdir(), 'kpcs-loops-'));
    try {
      mkdirSync(join(root, 'src', 'a'), { recursive: true });
      writeFileSync(join(root, 'src', 'a', 'one.ts'), "import { two } from '../two.js';\nexport const one = () => two;\n");
      writeFileSync(join(root, 'src', 'two.ts'), "import type { X } from './three.js';\nexport const two = 2;\nexport type { X };\n");
      writeFileSync(join(root, 'src', 'three.ts'), "export { one } from './a/one.js';\nexport type X = number;\n");
      writeFileSync(join(root, 'src', 'alone.ts'), "import { two } from './two.js';\nexport const alone = two;\n");
      expect(loops('src', root)).toEqual([['src/a/one.ts', 'src/three.ts', 'src/two.ts']]);
      // the same three files as domains: a (a folder) and the top-level files two.ts and three.ts
      expect(domainLoops(root).map((l) => l.split('\n')[0])).toEqual(['a ⇄ three.ts ⇄ two.ts']);
      // a dynamic import ties a loop as well
      writeFileSync(join(root, 'src', 'alone.ts'), "export const alone = () => import('./four.js');\n");
      writeFileSync(join(root, 'src', 'four.ts'), "import { alone } from './alone.js';\nexport const four = alone;\n");
      expect(loops('src', root)).toContainEqual(['src/alone.ts', 'src/four.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
