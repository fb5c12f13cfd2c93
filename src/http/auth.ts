// Who is calling: a bearer token (machines), the session cookie (the web app), or the public.
// Then the route's declared action is checked against the policy table before the handler runs.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PUBLIC, type Actor } from '../auth/model.js';
import { authorize, POLICY, type Action } from './policy.js';
import * as auth from '../accounts/service.js';
import { KpcsError, unauthenticated } from '../core/errors.js';
import { m } from './messages.js';

import { SESSION_COOKIE } from '../accounts/cookies.js';
/**
 * What a session signed in with a temporary password (an administrator's reset) may still do: read who
 * it is, sign out, change the password, and what anyone may do. Everything else: 403 password_change_required.
 */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set<Action>(['session.read', 'session.delete', 'session.password']);
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function identify(app: FastifyInstance, req: FastifyRequest): Promise<void> {
  req.actor = PUBLIC;
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated(m('auth.header', { header: 'Authorization', form: 'Bearer TOKEN' }));
    req.actor = await auth.actorFromToken(app.store.db, match[1]!);
    return;
  }
  const sessionId = req.cookies[SESSION_COOKIE];
  if (!sessionId) return;
  const session = await auth.actorFromSession(app.store.db, sessionId);
  if (!session) return; // expired or signed out: treated as the public
  req.actor = session.actor;
  req.session = { id: sessionId, csrfToken: session.csrfToken, mustChangePassword: session.mustChangePassword };
  // A cookie is sent by the browser on its own; a state change must also prove it comes from our
  // page, by echoing the session's CSRF token in a header another site cannot set.
  if (UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
    throw new KpcsError('forbidden', m('auth.csrf', { header: 'X-CSRF-Token' }));
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  action: Action;
  participantParam?: string;
}

/**
 * Puts the null branch first in every anyOf/oneOf of an input schema. Ajv coerces types (query strings
 * need it) and tries branches in order, so with a string or number branch first a JSON null would be
 * accepted as "" or 0 and stored as such.
 */
export function nullFirst(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(nullFirst);
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Record<string, unknown>;
  for (const key of ['anyOf', 'oneOf']) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    const at = branches.findIndex((b) => (b as { type?: unknown })?.type === 'null');
    if (at > 0) branches.unshift(...branches.splice(at, 1));
  }
  for (const value of Object.values(node)) nullFirst(value);
}

export function registerAuth(app: FastifyInstance): void {
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const action = route.config?.action;
    if (!action || !(action in POLICY)) throw new Error(`route ${route.method} ${route.url} declares no action of the policy table`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') declared.push({ method, url: route.url, action, participantParam: route.config?.participantParam });
    }
    for (const part of ['body', 'querystring', 'params', 'headers'] as const) nullFirst((route.schema as Record<string, unknown> | undefined)?.[part]);
    // the OpenAPI document says who may call each route, from the same table that enforces it
    const who = `Who may call: ${POLICY[action].who} (action \`${action}\`).`;
    route.schema = { ...route.schema, description: route.schema?.description ? `${route.schema.description}\n\n${who}` : who };
  });
  // before validation: a caller who may not use a route learns nothing from its input checks
  app.addHook('preValidation', async (req) => {
    const action = req.routeOptions.config?.action;
    if (!action) return;
    await identify(app, req);
    if (req.session?.mustChangePassword && !WHILE_PASSWORD_CHANGE_REQUIRED.has(action)) {
      if (!(POLICY[action] as { public?: boolean }).public) {
        throw new KpcsError('password_change_required', m('auth.passwordReset', { route: 'PUT /api/session/password' }));
      }
      // a public route answers such a session as it answers anyone: with a temporary password, the
      // account's rights (an authority's full view of a certificate, drafts) wait for the new password
      req.actor = PUBLIC;
    }
    const param = req.routeOptions.config.participantParam;
    const participant = param ? (req.params as Record<string, string>)[param] : undefined;
    authorize(req.actor, action, participant ? { participant } : {});
  });
}
