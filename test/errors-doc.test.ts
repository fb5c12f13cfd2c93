// docs/errors.md is the catalogue of errors as the code holds it: every error code with its HTTP status
// and meaning (src/core/errors.ts), and every message of the server's catalogues (src/**/messages.ts) in
// the five languages. This test writes the page from the code and fails when the committed page differs:
// `KPCS_UPDATE_DOCS=1 npx vitest run test/errors-doc.test.ts` rewrites it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { ErrorCodes } from '../src/core/errors.js';
import { LANGUAGES, type Text, type Texts } from '../src/core/i18n.js';

const ROOT = join(import.meta.dirname, '..');
const DOC = join(ROOT, 'docs/errors.md');

const MEANINGS: Record<keyof typeof ErrorCodes, string> = {
  invalid_input: 'The request or a file is not as the scheme accepts it; `details` names each field, row or column and what is wrong with it. Nothing was written.',
  unauthenticated: 'Sign in (session) or send an API token (`Authorization: Bearer …`).',
  forbidden: 'Signed in, but this action is not allowed to this user, for this Participant or group.',
  password_change_required: 'Signed in with a temporary password an administrator set: only changing it is allowed.',
  not_found: 'No such certificate, user, document, route, … (or not one this user may know of).',
  conflict: 'The request contradicts the state of the store (already confirmed, a duplicate, withheld, changed meanwhile). Nothing was written.',
  not_yet: 'The hub cannot apply an exchange message yet (its key awaits the Chair, an earlier message is missing): send it again later.',
  payload_too_large: 'The body or the file is larger than the route accepts; the message says the limit.',
  idempotency_key_reused: 'An `Idempotency-Key` already used with a different request.',
  rate_limited: 'Too many requests from this client (or sign-in attempts for this account): wait and try again.',
  store_busy: 'The embedded store is held by another kpcs process (a CLI command while the server runs, or the reverse).',
  internal: 'An error of kpcs itself; it has been logged with the request id. Nothing a request can fix.',
  overloaded: 'The store is overloaded (writers kept colliding): try again after `Retry-After` seconds.',
};

function catalogueFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? catalogueFiles(p) : /(^|-)messages\.ts$/.test(name) ? [p] : [];
    });
}

/** A text as the page shows it: a template as it is; a text that counts, in its "many" form, its parameters as placeholders. */
function shown(text: Text, lang: (typeof LANGUAGES)[number]): string {
  const t = typeof text === 'string' ? text : text(new Proxy({} as Record<string, string>, { get: (_t, k) => (typeof k === 'string' ? `{${k}}` : undefined) }), new Proxy({} as Record<string, number>, { get: () => 5 }), lang);
  return t.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

async function page(): Promise<string> {
  const lines = [
    '# Errors',
    '',
    '<!-- Written by test/errors-doc.test.ts from src/core/errors.ts and src/**/messages.ts: do not edit by hand;',
    '     KPCS_UPDATE_DOCS=1 npx vitest run test/errors-doc.test.ts rewrites it. -->',
    '',
    'Every refusal of the API is one JSON answer: a stable `code` (clients depend on it), the HTTP status it maps to,',
    "a `message` for a person in the reader's language (the user's setting, else `Accept-Language`; `Content-Language`",
    'says which), and, where there is more than one problem, `details`: each with where (`path` of a field, or `row` and',
    '`column` of a file) and its own message. Field paths stay in `details`, never in the sentence.',
    '',
    '```json',
    '{ "code": "invalid_input", "message": "The request was refused: 2 fields to correct.",',
    '  "details": [{ "path": "parcels", "message": "must be a whole number" }, { "path": "colour", "message": "is not a known field" }] }',
    '```',
    '',
    'The command line prints the same message (in English) on stderr and exits with 2 for bad input, 1 otherwise.',
    '',
    '## Codes',
    '',
    '| code | HTTP | meaning |',
    '| --- | --- | --- |',
    ...Object.entries(ErrorCodes).map(([code, status]) => `| \`${code}\` | ${status} | ${MEANINGS[code as keyof typeof ErrorCodes]} |`),
    '',
    '## Messages',
    '',
    'Each message of the server in the five languages, by the catalogue that holds it. `{name}` is filled in when the',
    "message is made: a country or Participant is named in the reader's language, a day and a number written as the",
    'language writes them; a message that counts is shown in its plural form. Messages not yet in a catalogue are',
    'English text (issue 16).',
  ];
  for (const file of catalogueFiles(join(ROOT, 'src'))) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const catalogues = Object.values(mod).filter((v): v is { catalogue: Record<string, Texts> } => typeof v === 'function' && 'catalogue' in v);
    lines.push('', `### ${relative(ROOT, file)}`, '', `| key | ${LANGUAGES.join(' | ')} |`, `| --- |${LANGUAGES.map(() => ' --- |').join('')}`);
    for (const { catalogue } of catalogues) {
      for (const [key, texts] of Object.entries(catalogue)) lines.push(`| \`${key}\` | ${LANGUAGES.map((l) => shown(texts[l], l)).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

it('docs/errors.md lists every error code with its status and meaning, and every message of the catalogues in five languages', async () => {
  const written = await page();
  if (process.env.KPCS_UPDATE_DOCS === '1') writeFileSync(DOC, written);
  let committed = '';
  try {
    committed = readFileSync(DOC, 'utf8');
  } catch {}
  expect(committed, 'docs/errors.md differs from the code: KPCS_UPDATE_DOCS=1 npx vitest run test/errors-doc.test.ts').toBe(written);
  // the page names every code the server answers with
  for (const code of Object.keys(ErrorCodes)) expect(committed).toContain(`| \`${code}\` |`);
});
