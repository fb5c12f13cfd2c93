// What every route can rely on: the store, the acting user, and the action it declared.
import type { FastifyInstance, FastifyPluginAsync, RawServerDefault } from 'fastify';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Actor } from '../auth/model.js';
import type { Action } from './policy.js';
import type { Store } from '../db/store.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the action of the policy table this route performs (required on every /api route) */
    action?: Action;
    /** the route parameter that names the Participant the resource belongs to */
    participantParam?: string;
    /**
     * the rate limit of the route, per minute and client (server.ts turns it into @fastify/rate-limit's
     * config): 'lookup' for public look-ups one can enumerate (verification, log proofs and entries;
     * KPCS_VERIFY_RATE_LIMIT), 'sign-in' for password sign-in (KPCS_LOGIN_RATE_LIMIT)
     */
    limit?: 'lookup' | 'sign-in';
  }
  interface FastifyInstance {
    store: Store;
    /** every /api route with the policy action it declared (the access-matrix test walks them) */
    declaredRoutes: import('./auth.js').DeclaredRoute[];
    /** builds every route schema not built yet (they are built at a route's first request; lazy-schemas.ts): how many */
    compileSchemas(): number;
  }
  interface FastifyRequest {
    actor: Actor;
    /** set when the caller authenticated with the session cookie (then CSRF applies) */
    session?: { id: string; csrfToken: string; mustChangePassword: boolean };
  }
}

export type Routes = FastifyPluginAsyncTypebox;
export type App = FastifyInstance<RawServerDefault> & { withTypeProvider<T extends TypeBoxTypeProvider>(): unknown };
export type { FastifyPluginAsync };
