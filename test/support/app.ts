// A fresh store on an engine and the server on it (answered with app.inject, on no port), with the
// test's people: users made by the system, each with a bearer token, kept under a short key.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { actorFromToken, createUser, issueToken, type NewUser } from '../../src/accounts/service.js';
import { SYSTEM, type Actor } from '../../src/auth/model.js';
import { configure, type CertificateOptions } from '../../src/certificates/keys.js';
import type { Db, Engine, Store } from '../../src/db/store.js';
import { buildServer } from '../../src/http/server.js';
import { freshStore } from './store.js';

export interface Person {
  actor: Actor;
  token: string;
  id: string;
}

/** [key, member, roles, groups]: a user named by its key; or a user in full, with the key it is kept under. */
export type CastMember = [key: string, member: string, roles: string[], groups?: string[]] | ({ key: string } & NewUser);

/** Makes each user of the cast, in order, with a token: each by its key. */
export async function people(db: Db, cast: CastMember[]): Promise<Record<string, Person>> {
  const out: Record<string, Person> = {};
  for (const c of cast) {
    const { key, ...user } = Array.isArray(c) ? { key: c[0], name: c[0], member: c[1], roles: c[2], groups: c[3] } : c;
    const u = await createUser(db, SYSTEM, user);
    const { token } = await issueToken(db, SYSTEM, u.id);
    out[key] = { actor: await actorFromToken(db, token), token, id: u.id };
  }
  return out;
}

export interface AppWorld {
  store: Store;
  app: FastifyInstance;
  people: Record<string, Person>;
  /** the authorization header of the person under `key` */
  bearer(key: string): { authorization: string };
  /** closes the server, then its store */
  close(): Promise<void>;
}

/**
 * A fresh store on `engine`, the server on it and the cast's users. With `keys`, the store's
 * authorities sign certificates under a master key of its own (and those options: a public address…).
 */
export async function appWith(engine: Engine, cast: CastMember[], keys?: CertificateOptions): Promise<AppWorld> {
  const store = await freshStore(engine);
  if (keys) configure(store, { masterKey: randomBytes(32), ...keys });
  const app = await buildServer({ store, webDir: null });
  const made = await people(store.db, cast);
  const close = async () => {
    await app.close();
    await store.close();
  };
  return { store, app, people: made, bearer: (key) => ({ authorization: `Bearer ${made[key]?.token}` }), close };
}
