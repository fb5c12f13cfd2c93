// The routes' schemas are built at a route's first request (lazy-schemas.ts, issue #18 goal 4): every
// one of them compiles (built all at once here), a route validates and answers as before its first
// request built them, and what a bad request sent is still told field by field.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import * as certificates from '../certificates/service.js';
import { buildServer } from './server.js';

describe('route schemas built lazily', () => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await freshStore();
    certificates.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('a bad request is refused field by field at the first request to its route', async () => {
    const first = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'x' } });
    expect(first.statusCode, first.body).toBe(400);
    const body = first.json() as { code: string; details: { path?: string }[] };
    expect(body.code).toBe('invalid_input');
    expect(body.details.map((d) => d.path)).toContain('password');
  });

  it('every schema of every route compiles; once built, none is built again', () => {
    const built = app.compileSchemas();
    // at least a validator or a serializer for each declared API route
    expect(built).toBeGreaterThan(app.declaredRoutes.length);
    expect(app.compileSchemas()).toBe(0);
  });

  it('answers are serialized by their schema after all are built', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/trust-list' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
  });
});
