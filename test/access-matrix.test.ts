// The access matrix: every /api route, called as every role of several Participants and
// organisations, answers as the policy table (src/auth/policy.ts) says — 401 for the public on a
// protected route, 403 for an actor who may not, and never 401/403 for one who may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { freshStore } from './support/store.js';
import type { Store } from '../src/db/store.js';
import { buildServer } from '../src/http/server.js';
import { PUBLIC, SYSTEM, type Actor } from '../src/auth/model.js';
import { can } from '../src/http/policy.js';
import * as auth from '../src/accounts/service.js';

const CAST: { label: string; member: string | null; roles: string[]; groups?: string[] }[] = [
  { label: 'ZA officer', member: 'ZA', roles: ['officer'] },
  { label: 'BW officer', member: 'BW', roles: ['officer'] },
  { label: 'BW customs', member: 'BW', roles: ['customs'] },
  { label: 'BW company', member: 'BW', roles: ['company'] },
  { label: 'EU officer', member: 'EU', roles: ['officer'] },
  { label: 'CA statistician', member: 'CA', roles: ['wg-member'], groups: ['WGS'] },
  { label: 'EU monitor', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
  { label: 'GW observer', member: 'GW', roles: ['observer'] },
  { label: 'UN panel', member: 'UN-POE-CI', roles: ['un'] },
  { label: 'BW chair', member: 'BW', roles: ['chair'] },
  { label: 'administrator', member: null, roles: ['admin'] },
];

const PARAM_VALUES: Record<string, string> = { code: 'BW', number: 'BW-2006-000001', id: '00000000-0000-4000-8000-000000000000', year: '2006' };

function concreteUrl(url: string): string {
  return url.replace(/:(\w+)/g, (_, name: string) => PARAM_VALUES[name] ?? 'x');
}

describe('the access matrix', () => {
  let store: Store;
  let app: FastifyInstance;
  const actors: { label: string; actor: Actor; token?: string }[] = [{ label: 'public', actor: PUBLIC }];

  beforeAll(async () => {
    store = await freshStore('pglite');
    app = await buildServer({ store, webDir: null, loginRateLimit: 1000 });
    await app.ready();
    for (const c of CAST) {
      const user = await auth.createUser(store.db, SYSTEM, { name: c.label, member: c.member, roles: c.roles, groups: c.groups });
      const { token } = await auth.issueToken(store.db, SYSTEM, user.id);
      actors.push({ label: c.label, actor: await auth.actorFromToken(store.db, token), token });
    }
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('covers every route of the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, { description?: string }>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const declared = app.declaredRoutes.map((r) => `${r.method} ${r.url}`);
    for (const d of documented.filter((d) => d.includes(' /api/'))) expect(declared).toContain(d);
    // and each documented route says who may call it
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) expect(op.description ?? '').toMatch(/Who may call: /);
  });

  it('answers every route as the policy table says, for every actor', async () => {
    const mismatches: string[] = [];
    for (const route of app.declaredRoutes) {
      const url = concreteUrl(route.url);
      const participant = route.participantParam ? PARAM_VALUES[route.participantParam] : undefined;
      for (const { label, actor, token } of actors) {
        const allowed = can(actor, route.action, participant ? { participant } : {});
        const res = await app.inject({
          method: route.method as 'GET',
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(['POST', 'PUT', 'PATCH'].includes(route.method) && { payload: {} }),
        });
        const refused = res.statusCode === 401 || res.statusCode === 403;
        const expected = allowed ? 'allowed' : actor.kind === 'public' ? '401' : '403';
        const ok = allowed ? !refused : res.statusCode === (actor.kind === 'public' ? 401 : 403);
        if (!ok) mismatches.push(`${route.method} ${route.url} as ${label}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
