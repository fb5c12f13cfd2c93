// Small, single copies (issue #16): a run of six or more identical lines in two places is one piece of
// code written twice. This test finds such runs in the code of the whole tree (server, web, tests,
// bench, scripts; not the generated web/src/contract/openapi.ts) and holds their number at MOST: it may
// only go down (lower MOST when it does). Blank lines, comments, imports, lone punctuation and lines
// that only close JSX elements (`</td>`, `))}`: the syntax's, not a copy's) are passed over and white
// space is folded, so a copy reindented is still a copy; a run that stands in more than eight places
// is a shape of the language (a catalogue entry's five languages), not a copy.
// `npx vitest run test/duplicates.test.ts` lists the runs, most lines first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DIRS = ['src', 'web/src', 'test', 'bench', 'scripts'];
const GENERATED = new Set(['web/src/contract/openapi.ts']);
const RUN = 6;
const TOO_COMMON = 8;
/** the runs today; the aim of issue #16 is 10 */
const MOST = 10;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : files(p);
    return /\.(ts|tsx|mjs|js)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

interface Line {
  text: string;
  at: number;
}

/** The lines that count: no blank, comment, import or lone punctuation; white space folded. */
function significant(text: string): Line[] {
  const out: Line[] = [];
  let inComment = false;
  text.split('\n').forEach((raw, i) => {
    let line = raw.trim().replace(/\s+/g, ' ');
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      return;
    }
    if (line.startsWith('/*')) {
      if (!line.includes('*/')) inComment = true;
      return;
    }
    if (line.startsWith('//') || line.startsWith('import ') || line.startsWith('export type {') || /^(?:<\/[\w.]*>|[\s{}()[\];,])*$/.test(line)) return;
    line = line.replace(/\s*\/\/.*$/, '');
    out.push({ text: line, at: i + 1 });
  });
  return out;
}

export interface Copy {
  a: string;
  b: string;
  lines: number;
}

/** Every run of RUN or more identical significant lines found in two places. */
export function copies(): Copy[] {
  const read = DIRS.flatMap((d) => files(join(ROOT, d)))
    .map((f) => ({ name: relative(ROOT, f), lines: significant(readFileSync(f, 'utf8')) }))
    .filter((f) => !GENERATED.has(f.name));
  const places = new Map<string, [number, number][]>();
  read.forEach((f, fi) => {
    for (let i = 0; i + RUN <= f.lines.length; i++) {
      const key = f.lines
        .slice(i, i + RUN)
        .map((l) => l.text)
        .join('\n');
      const list = places.get(key) ?? [];
      list.push([fi, i]);
      places.set(key, list);
    }
  });
  const windowKey = (fi: number, i: number) =>
    read[fi]!.lines.slice(i, i + RUN)
      .map((l) => l.text)
      .join('\n');
  const out: Copy[] = [];
  for (const list of places.values()) {
    if (list.length < 2 || list.length > TOO_COMMON) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [fa, ia] = list[x]!;
        const [fb, ib] = list[y]!;
        // an overlapping repeat inside one run (a line repeated) is no copy
        if (fa === fb && Math.abs(ia - ib) < RUN) continue;
        // the run starts here unless the window before is shared by the same two places
        if (ia > 0 && ib > 0 && windowKey(fa, ia - 1) === windowKey(fb, ib - 1)) continue;
        let n = RUN;
        while (read[fa]!.lines[ia + n] && read[fa]!.lines[ia + n]!.text === read[fb]!.lines[ib + n]?.text && !(fa === fb && ia + n >= ib)) n++;
        const line = (fi: number, i: number) => `${read[fi]!.name}:${read[fi]!.lines[i]!.at}-${read[fi]!.lines[i + n - 1]!.at}`;
        out.push({ a: line(fa, ia), b: line(fb, ib), lines: n });
      }
  }
  return out.sort((p, q) => q.lines - p.lines || p.a.localeCompare(q.a));
}

it(`the tree holds at most ${MOST} runs of ${RUN} identical lines in two places (aim: 10)`, () => {
  const found = copies();
  if (found.length) console.log(`${found.length} runs of ${RUN}+ identical lines:\n${found.map((c) => `${c.lines} lines  ${c.a} ~ ${c.b}`).join('\n')}`);
  expect(found.length).toBeLessThanOrEqual(MOST);
});
