// Every alert the server raises (every notify() call in src/) has a translated label in the inbox and
// a link to a page of the web app: a new kind of alert cannot be forgotten in the inbox.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notificationMessages } from '../web/src/notifications/messages.js';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, keep) : keep(p) ? [p] : [];
  });
}

/** The object literal starting at `from` (the index of its `{`), braces balanced outside quoted strings. */
function objectAt(src: string, from: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return src.slice(from, i + 1);
  }
  throw new Error(`unbalanced object at ${from}`);
}

/** The expression of a top-level property of an object literal's text (up to the next property or the end). */
function property(obj: string, name: string): string | null {
  const m = new RegExp(`[{,\\s]${name}:\\s*`).exec(obj);
  if (!m) return null;
  const rest = obj.slice(m.index + m[0].length);
  const end = rest.search(/,\s*(?:\n|[a-zA-Z]+:|\.\.\.)|\s*}\s*$/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The string values an expression may take (its literals, leaving out those it only compares with). */
const literals = (expr: string) => [...expr.replace(/[!=]==?\s*'[^']*'/g, '').matchAll(/'([^']*)'|`([^`]*)`/g)].map((m) => m[1] ?? m[2]!);

interface Raised { file: string; kinds: string[]; links: string[] }

/**
 * Every notify(tx, {...}) of the server with the kinds and links it may raise (a spread `...alert` is
 * followed to its const), and every function that builds an alert for notifyMany, `(…): Alert => ({…})`.
 */
function raisedAlerts(): Raised[] {
  const out: Raised[] = [];
  for (const file of files(join(ROOT, 'src'), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?<![.\w]|function )notify\(\s*\w+\s*,\s*\{|\):\s*Alert\s*=>\s*\(\{/g)) {
      const obj = objectAt(src, m.index + m[0].length - 1);
      const sources = [obj];
      for (const s of obj.matchAll(/\.\.\.(\w+)/g)) {
        const decl = new RegExp(`const ${s[1]} = \\{`).exec(src);
        if (decl) sources.push(objectAt(src, decl.index + decl[0].length - 1));
      }
      const kinds = sources.flatMap((o) => literals(property(o, 'kind') ?? ''));
      const links = sources.flatMap((o) => literals(property(o, 'link') ?? ''));
      out.push({ file: file.slice(ROOT.length + 1), kinds, links });
    }
  }
  return out;
}

/** The paths of the web app's route tables. */
function webPaths(): string[] {
  return files(join(ROOT, 'web/src'), (f) => f.endsWith('routes.ts')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/path: '([^']+)'/g)].map((m) => m[1]!));
}

/** Whether a link (template placeholders as ${…}) opens a page of the route table. */
function opensPage(link: string, paths: string[]): boolean {
  const segments = link.split('?')[0]!.split('/');
  return paths.some((p) => {
    const ps = p.split('/');
    return ps.length === segments.length && ps.every((s, i) => s.startsWith(':') ? segments[i] !== '' : s === segments[i]);
  });
}

describe('the kinds of alerts raised by the server', () => {
  const raised = raisedAlerts();
  const kinds = [...new Set(raised.flatMap((r) => r.kinds))].sort();

  it('are found in the code: every notify() names its kind', () => {
    for (const r of raised) expect(r.kinds.length, `a notify() in ${r.file} without a literal kind`).toBeGreaterThan(0);
    // the alerts of issue 6 item 9 and of the governance workflows
    expect(kinds).toEqual(expect.arrayContaining([
      'action-item.due', 'action-item.overdue', 'questionnaire', 'discrepancy.assigned', 'finding.assigned', 'submission.due',
      'application.submitted', 'application.decided', 'status.decided', 'chair.rotated', 'annual-report.submitted', 'annual-report.assessed',
      'review.due', 'review.overdue', 'decision.adopted', 'document.shared', 'assistance.matched',
      'certificate.issued', 'certificate.confirmed', 'certificate.mismatch', 'certificate.unconfirmed',
    ]));
  });

  it('each has a label in the inbox (all five languages: test/web-i18n.test.ts checks the keys are the same)', () => {
    const en = notificationMessages.en as Record<string, string>;
    const missing = kinds.filter((k) => !en[`inbox.kind.${k}`]);
    expect(missing, 'kinds without a label in web/src/notifications/messages.ts').toEqual([]);
    for (const lang of ['fr', 'pt', 'es', 'ru'] as const) {
      const catalogue = notificationMessages[lang] as Record<string, string>;
      for (const k of kinds) expect(catalogue[`inbox.kind.${k}`], `${lang} inbox.kind.${k}`).not.toBe(en[`inbox.kind.${k}`]);
    }
  });

  it('each links to a page of the web app', () => {
    const paths = webPaths();
    for (const r of raised) {
      expect(r.links.length, `a notify() in ${r.file} without a link`).toBeGreaterThan(0);
      for (const link of r.links) expect(opensPage(link, paths), `${r.file}: ${link} is no page of the web app`).toBe(true);
    }
  });

  it('the checker itself: finds a kind, follows a spread, refuses a link to no page', () => {
    const obj = objectAt("x = { kind: c === 'late' ? 'a.b' : 'a.c', link: `/findings/${f.id}`, to: { users: [] } }; y", 4);
    expect(literals(property(obj, 'kind')!)).toEqual(['a.b', 'a.c']);
    expect(opensPage('/findings/${f.id}', ['/findings', '/findings/:id'])).toBe(true);
    expect(opensPage('/nowhere/${id}', ['/findings/:id'])).toBe(false);
    expect(raised.some((r) => r.file.endsWith('reconciliation.ts') && r.kinds.includes('discrepancy.assigned'))).toBe(true);
  });
});
