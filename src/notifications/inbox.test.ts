// The inbox: each user sees and marks only their own notifications, unread first; over HTTP too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM, type Actor } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import { transaction } from '../db/transaction.js';
import { buildServer } from '../http/server.js';
import { notify } from './service.js';
import * as service from './service.js';

describe.each(engines)('the inbox on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const actor: Record<string, Actor> = {};
  const token: Record<string, string> = {};
  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildServer({ store, webDir: null });
    await app.ready();
    for (const [key, member] of [['gh', 'GH'], ['za', 'ZA']] as const) {
      const u = await auth.createUser(store.db, SYSTEM, { name: `${member} officer`, login: `${key}.officer`, member, roles: ['officer'] });
      token[key] = (await auth.issueToken(store.db, SYSTEM, u.id)).token;
      actor[key] = await auth.actorFromToken(store.db, token[key]!);
    }
    await transaction(store.db, async (tx) => {
      await notify(tx, { kind: 'questionnaire', subject: 'GH first', body: 'one', participant: 'GH', to: { participant: 'GH' } });
      await notify(tx, { kind: 'submission.due', subject: 'GH second', body: 'two', participant: 'GH', to: { participant: 'GH' } });
      await notify(tx, { kind: 'questionnaire', subject: 'ZA only', body: 'three', participant: 'ZA', to: { participant: 'ZA' } });
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('shows a user only their own notifications, with the unread count', async () => {
    const gh = await service.inbox(store.db, actor.gh!);
    expect(gh.unread).toBe(2);
    expect(gh.notifications.map((n) => n.subject).sort()).toEqual(['GH first', 'GH second']);
    const za = await service.inbox(store.db, actor.za!);
    expect(za.notifications.map((n) => n.subject)).toEqual(['ZA only']);
    expect((await service.inbox(store.db, actor.gh!, { kind: 'submission.due' })).notifications.map((n) => n.subject)).toEqual(['GH second']);
    // a user cannot open another's inbox by naming it
    await expect(service.inbox(store.db, actor.gh!, { user: 'za.officer' })).rejects.toMatchObject({ code: 'invalid_input' });
    // the local operator names the user
    expect((await service.inbox(store.db, localOperator(), { user: 'za.officer' })).unread).toBe(1);
  });

  it('marks read only what is the user’s own; unread come first', async () => {
    const za = await service.inbox(store.db, actor.za!);
    await expect(service.markRead(store.db, actor.gh!, [za.notifications[0]!.id])).rejects.toMatchObject({ code: 'not_found' });
    expect((await service.inbox(store.db, actor.za!)).unread).toBe(1);
    const gh = await service.inbox(store.db, actor.gh!);
    const first = gh.notifications.find((n) => n.subject === 'GH first')!;
    expect(await service.markRead(store.db, actor.gh!, [first.id])).toEqual({ marked: 1, unread: 1 });
    const after = await service.inbox(store.db, actor.gh!);
    expect(after.notifications.map((n) => [n.subject, n.readAt !== null])).toEqual([['GH second', false], ['GH first', true]]);
    expect((await service.inbox(store.db, actor.gh!, { unread: true })).notifications.map((n) => n.subject)).toEqual(['GH second']);
    expect(await service.markRead(store.db, actor.gh!, 'all')).toEqual({ marked: 1, unread: 0 });
    expect((await service.inbox(store.db, actor.za!)).unread).toBe(1);
  });

  it('answers over HTTP for the signed-in user only', async () => {
    const get = (key: string, url: string) => app.inject({ url, headers: { authorization: `Bearer ${token[key]}` } });
    expect((await app.inject({ url: '/api/inbox' })).statusCode).toBe(401);
    expect((await get('za', '/api/inbox/unread')).json()).toEqual({ unread: 1 });
    const box = (await get('za', '/api/inbox')).json() as { notifications: { id: string; subject: string }[] };
    expect(box.notifications.map((n) => n.subject)).toEqual(['ZA only']);
    const wrong = await app.inject({ method: 'POST', url: '/api/inbox/read', headers: { authorization: `Bearer ${token.gh}` }, payload: { ids: [box.notifications[0]!.id] } });
    expect(wrong.statusCode).toBe(404);
    const ok = await app.inject({ method: 'POST', url: '/api/inbox/read', headers: { authorization: `Bearer ${token.za}` }, payload: { all: true } });
    expect(ok.json()).toEqual({ marked: 1, unread: 0 });
    expect((await get('za', '/api/inbox/unread')).json()).toEqual({ unread: 0 });
  });
});
