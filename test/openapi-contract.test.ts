// One contract between the server and the web app. The routes' TypeBox schemas are the only declaration
// of the API's shapes: the server writes them into its OpenAPI document (served at /docs), committed as
// docs/openapi.json; the web app's types are generated from that document (web/src/contract/openapi.ts,
// with openapi-typescript) and the web's API modules derive theirs from it (web/src/contract/index.ts).
// This test fails when either committed file differs from what the code makes now:
// `KPCS_UPDATE_DOCS=1 npx vitest run test/openapi-contract.test.ts` rewrites both.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../src/db/store.js';
import { buildServer } from '../src/http/server.js';
import { freshStore } from './support/store.js';

const ROOT = join(import.meta.dirname, '..');
const DOC = join(ROOT, 'docs/openapi.json');
const TYPES = join(ROOT, 'web/src/contract/openapi.ts');
const update = process.env.KPCS_UPDATE_DOCS === '1';

let store: Store;
let app: FastifyInstance;
beforeAll(async () => {
  store = await freshStore();
  app = await buildServer({ store, webDir: null, logLevel: 'silent' });
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
  await store.close();
});

/** The document as the server serves it at /docs/json, written stably. */
const document = () => `${JSON.stringify(app.swagger(), null, 2)}\n`;

const HEADER = `// The API's shapes for the web app, generated from docs/openapi.json (the server's OpenAPI document)
// by openapi-typescript. Do not edit: \`KPCS_UPDATE_DOCS=1 npx vitest run test/openapi-contract.test.ts\`
// writes it again from the routes' schemas. The web's API modules read it through web/src/contract/index.ts.
`;

it('docs/openapi.json is the document the server serves', () => {
  const doc = document();
  if (update) writeFileSync(DOC, doc);
  expect(readFileSync(DOC, 'utf8'), 'docs/openapi.json differs from the routes: rewrite it (see the head of this test)').toBe(doc);
});

it("the web app's API types are generated from that document", async () => {
  const types = HEADER + astToString(await openapiTS(JSON.parse(document()), { alphabetize: true }));
  if (update) writeFileSync(TYPES, types);
  expect(readFileSync(TYPES, 'utf8'), 'web/src/contract/openapi.ts differs from docs/openapi.json: rewrite it (see the head of this test)').toBe(types);
});

// ---- no API shape declared by hand in the web app ----

const WEB = join(ROOT, 'web/src');
function webFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? webFiles(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** The web's modules that talk to the API (they call api.get/post/… or request/exchange), and its type files (types.ts), where the shapes those modules answer with are named. */
const apiModules = () => webFiles(WEB).filter((f) => !f.includes('/contract/') && (f.endsWith('/types.ts') || /\bapi\.(get|post|put|patch|delete)\b|\bexchange</.test(readFileSync(f, 'utf8'))));

/** The modules whose API shapes all come from the contract (a module joins when its last hand-written shape is gone). */
const CONVERTED = [
  'audit/api.ts',
  'auth/api.ts',
  'auth/types.ts',
  'certificates/api.ts',
  'certificates/types.ts',
  'companies/api.ts',
  'governance/annual-reports/api.ts',
  'governance/assistance/api.ts',
  'governance/decisions/api.ts',
  'governance/documents/api.ts',
  'governance/groups/api.ts',
  'governance/participation/api.ts',
  'governance/reports/api.ts',
  'governance/reviews/api.ts',
  'monitoring/api.ts',
  'monitoring/footprints/api.ts',
  'monitoring/regionApi.ts',
  'monitoring/shipments/api.ts',
  'monitoring/types.ts',
  'notifications/api.ts',
  'participants/api.ts',
  'participants/types.ts',
  'statistics/analysis/api.ts',
  'statistics/api.ts',
  'statistics/types.ts',
  'statistics/useDataYears.ts',
];

it("the web's API modules name routes of the contract instead of declaring shapes by hand", () => {
  const handWritten = apiModules()
    .map((f) => [f.slice(WEB.length + 1), readFileSync(f, 'utf8')] as const)
    .filter(([name]) => CONVERTED.includes(name))
    .flatMap(([name, text]) => [...text.matchAll(/^export (?:interface \w+|type \w+(?:<[^>]*>)? = \{)/gm)].map((m) => `${name}: ${m[0]}`));
  expect(handWritten).toEqual([]);
});

it('the document stays within OpenAPI 3.0: no tuple (an array of items) anywhere, which Swagger UI and 3.0 clients cannot read', () => {
  const tuples: string[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'items' && Array.isArray(v)) || k === 'prefixItems') tuples.push(`${at}.${k}`);
        walk(v, `${at}.${k}`);
      }
  };
  walk(JSON.parse(document()), '$');
  expect(tuples).toEqual([]);
});
