// The product cites its public sources by their symbols (A/61/589, the KP Moscow resolution of 2005),
// never by a nickname for the source files nor by the file of a domain brief: no such phrase in the code,
// the web app, the documentation, the benchmarks, the scripts or the tests. ("Seed" as in seeding a
// database is fine.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const PLACES = ['src', 'web/src', 'docs', 'bench', 'scripts', 'test', 'README.md'];
const TEXT = /\.(ts|tsx|js|mjs|json|md|sql|css|html|txt)$/;
// the phrases, written so that this file does not match itself
const FORBIDDEN = [['seed', ' documents?'], ['\\bthe (?:\\d{4} )?', 'seeds\\b'], ['\\bseeds', '/'], ['SP' + 'EC', '\\.md'], ['\\(seeds', '\\)']].map(([a, b]) => new RegExp(`${a}${b}`, 'i'));
// the brief's name in capitals, cited as a source: case matters ("spec" is a word)
FORBIDDEN.push(new RegExp(`\\bSP${'EC'}\\b`));

function files(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (stat.isFile()) return TEXT.test(path) ? [path] : [];
  return readdirSync(path).filter((n) => n !== 'node_modules' && n !== 'dist' && !n.startsWith('.')).flatMap((n) => files(join(path, n)));
}

describe('the wording of the product', () => {
  it('cites the source documents by their symbols, never by a nickname or a brief', () => {
    const found: string[] = [];
    for (const file of PLACES.flatMap((p) => files(join(ROOT, p)))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const re of FORBIDDEN) if (re.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(found).toEqual([]);
  });
});
