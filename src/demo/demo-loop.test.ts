// The demo's ring ZA → BW → EU → AE → ZA (issue #17, items 6–7): every Participant of the ring has, as
// issuer and as importer, a certificate awaiting confirmation, one confirmed, one confirmed with a
// mismatch, one cancelled and one replaced; its company user sees the certificates of its own
// applications; a second run adds nothing. Run without the simulated world (its certificates would
// only add rows of other routes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import * as certificates from '../certificates/service.js';
import { awaitingConfirmation } from '../certificates/awaiting.js';
import * as companies from '../companies/service.js';
import { DEMO_USERS, populateTradingCentre } from './demo.js';
import { ensureUsers, populateDemoLoop, RING, RING_COMPANIES, type RingReport } from './demo-loop.js';

const STATES = ['issued', 'confirmed', 'confirmed-with-mismatch', 'cancelled', 'replaced'];

describe.each(engines)("the demo's ring of certificates on %s", (engine) => {
  let store: Store;
  let report: RingReport;
  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
    await ensureUsers(store, DEMO_USERS.slice(0, 11));
    await populateTradingCentre(store);
    report = await populateDemoLoop(store);
  }, 120_000);
  afterAll(async () => {
    await store.close();
  });

  it('makes the missing users: customs and companies of ZA, BW, AE, and the UAE officer', async () => {
    expect(report.usersCreated.sort()).toEqual(['ae.company', 'ae.customs', 'ae.officer', 'bw.customs', 'za.company', 'za.customs']);
    const users = await auth.listUsers(store.db, SYSTEM);
    for (const login of ['za.customs', 'bw.customs', 'ae.customs']) expect(users.find((u) => u.login === login)).toMatchObject({ roles: ['customs'] });
    expect(users.find((u) => u.login === 'ae.officer')).toMatchObject({ participant: 'AE', roles: ['officer'] });
  });

  it('registers a company for each member, its company user tied to it', async () => {
    for (const code of RING) {
      const c = RING_COMPANIES[code];
      const register = await companies.list(store.db, localOperator(code), code);
      expect(register.map((r) => r.licence)).toContain(c.licence);
    }
  });

  for (const code of RING) {
    it(`gives ${code} a certificate in each state, as issuer and as importer`, async () => {
      const actor = localOperator(code);
      for (const role of ['issued', 'received'] as const) {
        const rows = await certificates.list(store, actor, { participant: code, role, limit: 1000 });
        const ring = rows.filter((r) => RING.includes(r.issuer as never) && RING.includes(r.importer as never) && r.issuer !== r.importer);
        expect(new Set(ring.map((r) => r.status)), `${code} ${role}`).toEqual(new Set(STATES));
      }
    });
  }

  it('leaves the importing authorities a queue to confirm (the replacements among it)', async () => {
    for (const code of RING) {
      const queue = await awaitingConfirmation(store.db, localOperator(code), { participant: code });
      const fromRing = queue.certificates.filter((c) => report.certificates.some((r) => r.importer === code && (r.number === c.number || r.replacedBy === c.number)));
      expect(fromRing.length, code).toBe(2);
    }
  });

  it('shows a company user the certificates of its own applications', async () => {
    const user = (await auth.listUsers(store.db, SYSTEM)).find((u) => u.login === 'ae.company')!;
    const actor = await auth.actorFromToken(store.db, (await auth.issueToken(store.db, SYSTEM, user.id)).token);
    const own = await certificates.list(store, actor, { participant: 'AE', role: 'issued' });
    // five applications approved, the amended one's replacement issued by the officer
    expect(own.length).toBe(5);
    expect(own.every((c) => c.importer === 'ZA')).toBe(true);
  });

  it('adds nothing when run again', async () => {
    const count = async () =>
      Number(
        (
          await store.db
            .selectFrom('certificates')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const users = (await auth.listUsers(store.db, SYSTEM)).length;
    const again = await populateDemoLoop(store);
    expect(again).toEqual({ written: false, usersCreated: [], certificates: [] });
    expect(await count()).toBe(before);
    expect((await auth.listUsers(store.db, SYSTEM)).length).toBe(users);
  });
});
