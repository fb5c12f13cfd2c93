// Nothing a person sees is a free-text throw: every refusal of the server (an error's message and each
// of its details) comes from a catalogue (src/**/messages.ts), so that it reaches the reader in their
// language and docs/errors.md lists it. This test finds the refusals still written as English literals.
// `npx vitest run test/free-text.test.ts` lists them, file by file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** an error made from a string literal, or a detail ({ path | row | column …, message: literal }) */
const FREE_TEXT = [/\b(?:invalid|notFound|forbidden|conflict|unauthenticated)\(\s*[`'"]/g, /new KpcsError\(\s*['"][a-z_]+['"],\s*[`'"]/g, /\{\s*(?:path|row|column):[^{}]*?\bmessage:\s*[`'"]/g];

/** The free-text refusals of the server, as file:line. */
export function freeTextRefusals(): string[] {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const re of FREE_TEXT) for (const m of text.matchAll(re)) found.push(`${relative(SRC, file)}:${text.slice(0, m.index).split('\n').length}`);
  }
  return found.sort();
}

/** The domains whose refusals all come from catalogues (a domain joins when its last free text is gone). */
const CATALOGUED: string[] = ['accounts', 'audit', 'certificates', 'cli', 'companies', 'core', 'db', 'demo', 'governance', 'http', 'hub', 'interface', 'monitoring', 'notifications', 'participants', 'setup.ts', 'simulation', 'statistics'];

it('no refusal of the catalogued domains is free English text: each comes from a catalogue', () => {
  const found = freeTextRefusals();
  const byDomain = new Map<string, number>();
  for (const f of found) byDomain.set(f.split('/')[0]!, (byDomain.get(f.split('/')[0]!) ?? 0) + 1);
  if (found.length) console.log(`${[...byDomain].map(([d, n]) => `${d}: ${n}`).join('\n')}\n${found.join('\n')}`);
  expect(found.filter((f) => CATALOGUED.includes(f.split('/')[0]!))).toEqual([]);
});
