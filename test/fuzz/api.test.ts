// Hostile bodies to every POST/PUT/PATCH route of the OpenAPI document, sent as an actor the policy
// table allows: bodies shaped after the route's own schema with hostile values (wrong types, unicode,
// huge numbers and strings, unknown fields, missing ones), arbitrary JSON, and text that is not JSON.
// Every answer is a 2xx, or a 4xx with a stable code and a message; never a 500; and a refused request
// changes no table (the row count of every table is compared before and after).
// fast-check prints the seed and the shrunk counterexample when a property fails.
import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../support/store.js';
import type { Store } from '../../src/db/store.js';
import { buildServer } from '../../src/http/server.js';
import { SYSTEM, type Actor } from '../../src/auth/model.js';
import { can, type Action } from '../../src/http/policy.js';
import * as auth from '../../src/accounts/service.js';
import * as certificates from '../../src/certificates/service.js';

const CAST: { label: string; member: string | null; roles: string[]; groups?: string[] }[] = [
  { label: 'ZA officer', member: 'ZA', roles: ['officer'] },
  { label: 'BW officer', member: 'BW', roles: ['officer'] },
  { label: 'BW customs', member: 'BW', roles: ['customs'] },
  { label: 'BW company', member: 'BW', roles: ['company'] },
  { label: 'CA statistician', member: 'CA', roles: ['wg-member'], groups: ['WGS'] },
  { label: 'EU monitor', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
  { label: 'BW chair', member: 'BW', roles: ['chair'] },
  { label: 'administrator', member: null, roles: ['admin'] },
];

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; enum?: unknown[]; const?: unknown; pattern?: string; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number; minItems?: number; maxItems?: number; minLength?: number; maxLength?: number; additionalProperties?: boolean | Schema; format?: string; nullable?: boolean; $ref?: string };
interface Operation { method: string; path: string; action: Action; schema: Schema | null; params: string[] }

/** values a pattern of ours accepts, so that bodies get past the schema into the services */
function patterned(pattern: string): fc.Arbitrary<string> {
  if (pattern.includes('[A-Z]{2}')) return fc.constantFrom('ZA', 'BW', 'BE', 'EU', 'CI', 'LR', 'XX', 'US', 'mixed');
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return fc.oneof(fc.constantFrom('2006-01-01', '2006-02-30', '0000-00-00', '9999-12-31'), fc.date({ noInvalidDate: true, min: new Date('1990-01-01'), max: new Date('2030-01-01') }).map((d) => d.toISOString().slice(0, 10)));
  if (pattern.includes('Q[1-4]')) return fc.constantFrom('2006-Q1', '2006-Q4', '1990-Q1', '2100-Q2');
  return fc.constantFrom('ZA-2006-000001', 'BW-2006-000001', 'EU-BE-2006-000001', 'x');
}

const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('', ' ', '\u0000', "'; drop table users; --", '<script>alert(1)</script>', '../../etc/passwd', '%00', '\u202eZA', 'Ｚ', 'x'.repeat(70_000)),
);
const hostileNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, -1, 1e308, -1e308, 2 ** 53 + 1, 5e-324, 0.005, 1e21));
const anything = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileString, hostileNumber);

/**
 * Values for a JSON schema. `valid`: within the schema (types, lengths, ranges, patterns of ours), so
 * the body reaches the service and its own rules; `hostile`: now and then any field holds anything at
 * all (a type change, null, a huge value), and unknown fields appear.
 */
function fromSchema(s: Schema, mode: 'valid' | 'hostile', depth = 0): fc.Arbitrary<unknown> {
  const wellTyped = ((): fc.Arbitrary<unknown> => {
    if (s.const !== undefined) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const alts = s.anyOf ?? s.oneOf;
    if (alts) return fc.oneof(...alts.map((a) => fromSchema(a, mode, depth + 1)));
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    switch (type) {
      case 'object': {
        if (depth > 4) return fc.constant({});
        const props = Object.entries(s.properties ?? {});
        const required = new Set(s.required ?? []);
        const keep = (k: string, p: number) => p < (required.has(k) ? (mode === 'valid' ? 1 : 0.95) : 0.5);
        const fields = props.map(([k, v]) => fc.tuple(fc.constant(k), fromSchema(v, mode, depth + 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([k2, v2, p]) => (keep(k2, p) ? ([k2, v2] as const) : undefined)));
        const extra = mode === 'valid' ? fc.constant(null) : fc.option(fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'id', 'participant', 'admin')), anything), { freq: 4 });
        const additional = s.additionalProperties && typeof s.additionalProperties === 'object' ? fc.array(fc.tuple(fc.constantFrom('reporter', 'period', 'flow', 'partner', 'hs_code', 'mining', 'carats', 'value_usd', 'certificates', 'x'), fromSchema(s.additionalProperties, mode, depth + 1)), { maxLength: 9 }) : fc.constant([]);
        return fc.tuple(fc.tuple(...fields), extra, additional).map(([fs, x, more]) => {
          const o: Record<string, unknown> = {};
          for (const [k, v] of more as [string, unknown][]) o[k] = v;
          for (const f of fs) if (f) o[f[0]] = f[1];
          if (x) Object.defineProperty(o, x[0], { value: x[1], enumerable: true, writable: true, configurable: true });
          return o;
        });
      }
      case 'array':
        return fc.array(s.items ? fromSchema(s.items, mode, depth + 1) : anything, { minLength: mode === 'valid' ? (s.minItems ?? 0) : 0, maxLength: Math.min(s.maxItems ?? 4, depth > 2 ? 2 : 4) });
      case 'string': {
        if (s.pattern) return patterned(s.pattern);
        if (s.format === 'date-time') return fc.oneof(fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2040-01-01') }).map((d) => d.toISOString()), fc.constant('2006-13-45T99:00:00Z'));
        const min = s.minLength ?? 0;
        const max = Math.min(s.maxLength ?? 40, 40);
        return fc.oneof(fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }), hostileString.filter((x) => mode === 'hostile' || (x.length >= min && x.length <= (s.maxLength ?? Infinity))));
      }
      case 'integer':
        return fc.integer({ min: s.minimum ?? (s.exclusiveMinimum ?? -1001) + 1, max: s.maximum ?? (s.exclusiveMaximum ?? 100_001) - 1 });
      case 'number': {
        const min = s.minimum ?? s.exclusiveMinimum ?? -1e6;
        const max = s.maximum ?? s.exclusiveMaximum ?? 1e9;
        return fc.oneof(fc.double({ min, max, noNaN: true, minExcluded: s.exclusiveMinimum !== undefined, maxExcluded: s.exclusiveMaximum !== undefined }), fc.constantFrom(0.005, 0.01, 1, 12.345, max).filter((x) => x > min && x <= max));
      }
      case 'boolean':
        return fc.boolean();
      default:
        return anything;
    }
  })();
  if (mode === 'valid') return wellTyped;
  return fc.oneof({ weight: 12, arbitrary: wellTyped }, { weight: 1, arbitrary: anything });
}

describe.each(engines)('every POST/PUT/PATCH route under hostile bodies on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const actors: { label: string; actor: Actor; token: string }[] = [];
  let operations: Operation[] = [];
  const paramValues: Record<string, string[]> = {
    code: ['ZA', 'BW', 'XX'],
    kind: ['trade', 'production', 'x'],
    exporter: ['ZA', 'BW'],
    importer: ['BW', 'ZA'],
    period: ['2006-Q1'],
    id: [randomUUID(), 'not-a-uuid'],
    keyId: ['ZA-0000000000000000'],
    number: ['BW-2006-000001'],
  };
  let tables: string[] = [];

  async function rowCounts(): Promise<Record<string, number>> {
    const query = tables.map((t) => `select '${t}' as t, count(*)::int as n from "${t}"`).join(' union all ');
    const { rows } = await sql.raw<{ t: string; n: number }>(query).execute(store.db);
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
  }

  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32), publicUrl: 'https://kpcs.example.org' });
    app = await buildServer({ store, webDir: null, loginRateLimit: 100_000, verifyRateLimit: 100_000 });
    await app.ready();
    for (const c of CAST) {
      const user = await auth.createUser(store.db, SYSTEM, { name: c.label, member: c.member, roles: c.roles, groups: c.groups });
      const { token } = await auth.issueToken(store.db, SYSTEM, user.id);
      actors.push({ label: c.label, actor: await auth.actorFromToken(store.db, token), token });
    }
    const token = (label: string) => actors.find((a) => a.label === label)!.token;
    // real subjects, so that bodies reach the services: a certificate ZA→BW, ZA's key
    const issued = await app.inject({
      method: 'POST', url: '/api/certificates', headers: { authorization: `Bearer ${token('ZA officer')}` },
      payload: { exporter: { name: 'Kimberley Mines', address: '1 Main Rd', country: 'ZA' }, importer: { name: 'Gaborone Rough', address: '2 Main Mall', country: 'BW' }, origin: 'ZA', goods: [{ hsCode: '7102.10', carats: 10, valueUsd: 1000 }], parcels: 1 },
    });
    expect(issued.statusCode).toBe(201);
    paramValues.number!.unshift(issued.json<{ number: string }>().number);
    paramValues.keyId!.unshift(issued.json<{ issuer: { keyId: string } }>().issuer.keyId);

    const doc = (await app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, { description?: string; requestBody?: { content?: Record<string, { schema?: Schema }> } }>> };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([m]) => ['post', 'put', 'patch'].includes(m) && path.startsWith('/api/'))
        .map(([m, op]) => ({ method: m.toUpperCase(), path, action: /action `([^`]+)`/.exec(op.description ?? '')![1] as Action, schema: op.requestBody?.content?.['application/json']?.schema ?? null, params: [...path.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!) })),
    );
    const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(store.db);
    tables = rows.map((r) => r.table_name);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('finds the routes to try in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.map((o) => `${o.method} ${o.path}`)).toContain('POST /api/certificates');
  });

  it('answers every route and body with a 2xx or a precise 4xx, never a 500, and a refusal writes nothing', async () => {
    const seen = new Map<string, Set<number>>();
    for (const op of operations) {
      const allowed = actors.filter((a) => can(a.actor, op.action, op.params.includes('code') ? { participant: 'ZA' } : {}) || can(a.actor, op.action, {}));
      if (allowed.length === 0) continue;
      const body = fc.oneof(
        { weight: 4, arbitrary: (op.schema ? fromSchema(op.schema, 'valid') : anything).map((v) => ({ json: v as unknown })) },
        { weight: 3, arbitrary: (op.schema ? fromSchema(op.schema, 'hostile') : anything).map((v) => ({ json: v as unknown })) },
        { weight: 2, arbitrary: anything.map((v) => ({ json: v as unknown })) },
        { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('{', '{"a":', '[1,2', '{"__proto__":{"admin":true}}', '{"a":1e999}', '"\\ud800"', 'null', '')).map((t) => ({ text: t })) },
      );
      const params = fc.tuple(...op.params.map((p) => fc.constantFrom(...(paramValues[p] ?? ['x']))));
      // the rows as the last request left them: counted again after an accepted change only
      let last = await rowCounts();
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...allowed), params, body, async (who, values, b) => {
          let url = op.path;
          op.params.forEach((p, i) => (url = url.replace(`{${p}}`, encodeURIComponent(values[i]!))));
          const before = { ...last };
          const payload = 'text' in b ? b.text : JSON.stringify(b.json);
          const res = await app.inject({ method: op.method as 'POST', url, headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/json' }, payload: payload ?? 'null' });
          const status = res.statusCode;
          if (!seen.has(op.path)) seen.set(op.path, new Set());
          seen.get(op.path)!.add(status);
          const what = `${op.method} ${url} as ${who.label} with ${String(payload).slice(0, 300)} → ${status} ${res.body.slice(0, 300)}`;
          expect(status, what).toBeLessThan(500);
          if (status < 400) last = await rowCounts();
          if (status >= 400) {
            const err = res.json<{ code: string; message: string }>();
            expect(typeof err.code, what).toBe('string');
            expect(err.message.length, what).toBeGreaterThan(5);
            const after = await rowCounts();
            last = { ...after };
            // a refused sign-in is counted against its login (the backoff, in the store) and a lock is
            // audited; a wrong current password on a password change counts the same way
            if (op.path === '/api/session' || op.path === '/api/session/password') for (const t of ['login_failures', 'audit_log']) delete before[t], delete after[t];
            // the shared rate limits count every request of a limited route, refused or not (migration 0028)
            delete before.rate_limit_counts, delete after.rate_limit_counts;
            expect(after, what).toEqual(before);
          }
        }),
        { numRuns: 30 },
      );
    }
    // the bodies reached the services, not only the schemas: some changes were accepted
    expect([...seen.values()].filter((s) => [...s].some((code) => code < 300)).length).toBeGreaterThan(3);
  }, 300_000);
});
