// HTTP routes of accounts: sign in and out (web sessions), users and tokens (administrators).
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OneOf, errorResponses } from '../interface/schemas.js';
import { SESSION_COOKIE, SIGNED_IN_COOKIE } from './cookies.js';
import { ROLES } from '../auth/model.js';
import { LANGUAGES, type Language } from '../core/i18n.js';
import * as service from './service.js';
import * as passwords from './sign-in.js';

const Role = OneOf(ROLES);
const User = Type.Object({
  id: Type.String(),
  login: Type.String(),
  name: Type.String(),
  participant: Type.Union([Type.Null(), Type.String()]),
  organisation: Type.Union([Type.Null(), Type.String()]),
  roles: Type.Array(Role),
  groups: Type.Array(Type.String()),
  disabled: Type.Boolean(),
  createdAt: Type.String(),
  email: Type.Union([Type.Null(), Type.String()]),
  mustChangePassword: Type.Boolean({ description: 'signed in with a temporary password: only changing it is allowed until then' }),
  /** the language the user reads: e-mails, and texts the server makes when a request names no language (Accept-Language) */
  language: Type.Union([Type.Null(), Type.Unsafe<Language>(Type.String({ enum: [...LANGUAGES] }))], { description: 'the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen' }),
});

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/session', {
    config: { action: 'session.create', limit: 'sign-in' },
    schema: {
      summary: 'Sign in with login and password; sets the HttpOnly session cookie (Secure over HTTPS, also behind a trusted proxy saying X-Forwarded-Proto: https) and returns the CSRF token to send as X-CSRF-Token. After 5 failures in a row a login is locked (429 with Retry-After), 30 s and twice as long at each further failure, up to 15 minutes. The public demo password (`kpcs serve --demo`) signs in only from the machine itself, never through a proxy (403)',
      tags: ['accounts'],
      security: [],
      body: Type.Object({ login: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ user: User, csrfToken: Type.String() }), ...errorResponses },
    },
  }, async (req, reply) => {
    // a request a proxy forwarded is not from this machine, even when the proxy runs on it (trusted or not)
    const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
    const s = await passwords.signIn(app.store.db, req.body.login, req.body.password, undefined, { client: forwarded ? 'forwarded' : req.ip }).catch((e: unknown) => {
      if (e instanceof passwords.LoginLocked) reply.header('retry-after', String(e.retryAfterSeconds));
      throw e;
    });
    reply.setCookie(SESSION_COOKIE, s.sessionId, { httpOnly: true, sameSite: 'strict', path: '/', secure: req.protocol === 'https', expires: s.expiresAt });
    reply.setCookie(SIGNED_IN_COOKIE, '1', { httpOnly: false, sameSite: 'strict', path: '/', secure: req.protocol === 'https', expires: s.expiresAt });
    return { user: s.user, csrfToken: s.csrfToken };
  });

  app.get('/api/session', {
    config: { action: 'session.read' },
    schema: { summary: 'Who am I (and the CSRF token of my session)', tags: ['accounts'], response: { 200: Type.Object({ user: User, csrfToken: Type.Union([Type.Null(), Type.String()]) }), ...errorResponses } },
  }, async (req) => ({ user: await service.me(app.store.db, req.actor), csrfToken: req.session?.csrfToken ?? null }));

  app.delete('/api/session', {
    config: { action: 'session.delete' },
    schema: { summary: 'Sign out', tags: ['accounts'], response: { 204: Type.Null(), ...errorResponses } },
  }, async (req, reply) => {
    if (req.session) await passwords.signOut(app.store.db, req.actor, req.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.clearCookie(SIGNED_IN_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.put('/api/session/password', {
    config: { action: 'session.password', limit: 'sign-in' },
    schema: {
      summary: 'Change my own password, giving the current one (at least 10 characters, not the login, not the current one). My other sessions end; this one stays. Clears the must-change flag of a temporary password',
      tags: ['accounts'],
      body: Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ user: User }), ...errorResponses },
    },
  }, async (req, reply) => {
    const user = await passwords.changeOwnPassword(app.store.db, req.actor, req.session?.id, req.body.currentPassword, req.body.newPassword).catch((e: unknown) => {
      if (e instanceof passwords.LoginLocked) reply.header('retry-after', String(e.retryAfterSeconds));
      throw e;
    });
    return { user };
  });

  app.put('/api/session/language', {
    config: { action: 'session.language' },
    schema: {
      summary: 'Set the language I read (en, fr, pt, es, ru): my e-mails, and what the server writes for me when a request says no Accept-Language',
      tags: ['accounts'],
      body: Type.Object({ language: Type.String({ maxLength: 8 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ user: User }), ...errorResponses },
    },
  }, async (req) => ({ user: await service.setOwnLanguage(app.store.db, req.actor, req.body.language) }));

  app.get('/api/users', {
    config: { action: 'users.read' },
    schema: { summary: 'All users (administrators)', tags: ['accounts'], response: { 200: Type.Object({ users: Type.Array(Type.Object({ ...User.properties, tokens: Type.Integer() })) }), ...errorResponses } },
  }, async (req) => ({ users: await service.listUsers(app.store.db, req.actor) }));

  app.post('/api/users', {
    config: { action: 'users.manage' },
    schema: {
      summary: 'Create a user acting for a Participant or an organisation (administrators)',
      tags: ['accounts'],
      body: Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          login: Type.Optional(Type.String({ maxLength: 64 })),
          participant: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 16 })], { description: 'a Participant code or an organisation id' })),
          roles: Type.Array(Role, { minItems: 1, maxItems: 8 }),
          groups: Type.Optional(Type.Array(Type.String({ maxLength: 8 }), { maxItems: 5 })),
          password: Type.Optional(Type.String({ maxLength: 200 })),
          email: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 254 })], { description: 'where e-mail alerts go' })),
          company: Type.Optional(Type.Union([Type.Null(), Type.String({ pattern: '^[A-Z0-9][A-Z0-9./-]{1,39}$' })], { description: "role company: the licence of the user's company in its Participant's register; the user is tied to it as it is created" })),
        },
        { additionalProperties: false },
      ),
      response: { 201: User, ...errorResponses },
    },
  }, async (req, reply) => {
    const { participant, ...rest } = req.body;
    const user = await service.createUser(app.store.db, req.actor, { ...rest, member: participant ?? null });
    return reply.status(201).send(user);
  });

  app.patch('/api/users/:id', {
    config: { action: 'users.manage' },
    schema: {
      summary: 'Change a user: name, roles, groups, disable, reset password, revoke tokens (administrators)',
      tags: ['accounts'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Object(
        {
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          roles: Type.Optional(Type.Array(Role, { minItems: 1, maxItems: 8 })),
          groups: Type.Optional(Type.Array(Type.String({ maxLength: 8 }), { maxItems: 5 })),
          disabled: Type.Optional(Type.Boolean()),
          password: Type.Optional(Type.String({ maxLength: 200 })),
          revokeTokens: Type.Optional(Type.Boolean()),
          email: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 254 })], { description: "where e-mail alerts go; '' or null clears it" })),
        },
        { additionalProperties: false },
      ),
      response: { 200: User, ...errorResponses },
    },
  }, async (req) => service.updateUser(app.store.db, req.actor, req.params.id, req.body));

  app.post('/api/users/:id/password-reset', {
    config: { action: 'users.password.reset' },
    schema: {
      summary: "Reset a user's password to a temporary one, shown once (generated unless given); the user must change it at the next sign-in, and its sessions end (administrators)",
      tags: ['accounts'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Optional(Type.Object({ password: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false })),
      response: { 201: Type.Object({ user: User, temporaryPassword: Type.String() }), ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await passwords.resetPassword(app.store.db, req.actor, req.params.id, req.body?.password)));

  app.post('/api/users/:id/tokens', {
    config: { action: 'users.manage' },
    schema: {
      summary: 'Issue an API token for a user; shown once, only its hash is kept (administrators)',
      tags: ['accounts'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Object({ label: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
      response: { 201: Type.Object({ token: Type.String(), user: User }), ...errorResponses },
    },
  }, async (req, reply) => reply.status(201).send(await service.issueToken(app.store.db, req.actor, req.params.id, req.body.label ?? 'api')));
};
