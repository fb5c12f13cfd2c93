// Alerts reach exactly the users concerned, once per dedupe key, and queue their e-mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import { transaction } from '../db/transaction.js';
import { notify } from './service.js';

describe.each(engines)('notify on %s', (engine) => {
  let store: Store;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    store = await freshStore(engine);
    ids.gh = (await auth.createUser(store.db, SYSTEM, { name: 'Ghana officer', member: 'GH', roles: ['officer'] })).id;
    ids.ghCustoms = (await auth.createUser(store.db, SYSTEM, { name: 'Ghana customs', member: 'GH', roles: ['customs'] })).id;
    ids.za = (await auth.createUser(store.db, SYSTEM, { name: 'South Africa officer', member: 'ZA', roles: ['officer'] })).id;
    ids.wgm = (await auth.createUser(store.db, SYSTEM, { name: 'Monitor', member: 'EU', roles: ['wg-member'], groups: ['WGM'] })).id;
    ids.chair = (await auth.createUser(store.db, SYSTEM, { name: 'Chair', member: 'BW', roles: ['chair'] })).id;
  });
  afterAll(() => store.close());

  const inbox = async (user: string) => (await store.db.selectFrom('notifications').select(['kind', 'subject']).where('user_id', '=', user).execute()).map((n) => n.kind);

  it('reaches the Participant users holding the roles, the group and the Chair, no one else', async () => {
    const n = await transaction(store.db, (tx) =>
      notify(tx, { kind: 'action-item.overdue', subject: 'Action plan item overdue', body: 'x', participant: 'GH', to: { participant: 'GH', roles: ['officer'], groups: ['WGM'], chair: true } }),
    );
    expect(n).toBe(3);
    expect(await inbox(ids.gh!)).toEqual(['action-item.overdue']);
    expect(await inbox(ids.wgm!)).toEqual(['action-item.overdue']);
    expect(await inbox(ids.chair!)).toEqual(['action-item.overdue']);
    expect(await inbox(ids.ghCustoms!)).toEqual([]);
    expect(await inbox(ids.za!)).toEqual([]);
    const emails = await store.db.selectFrom('outbox').select('payload').where('topic', '=', 'notification.email').execute();
    expect(emails).toHaveLength(3);
  });

  it('alerts once per user and dedupe key when a sweep runs again', async () => {
    const alert = { kind: 'submission.due', subject: 'Trade 2006-Q3 due', body: 'y', dedupeKey: 'submission.due:ZA:2006-Q3', to: { users: [ids.za!] } };
    expect(await transaction(store.db, (tx) => notify(tx, alert))).toBe(1);
    expect(await transaction(store.db, (tx) => notify(tx, alert))).toBe(0);
    expect(await inbox(ids.za!)).toEqual(['submission.due']);
  });
});
