// The confirmation loop (issue #14 point 2) on the real store: issuance reaches the importing
// authority, confirmation the exporting one (each difference named), a receipt dated outside the
// certificate's life is refused, the queue is the caller's own, the unconfirmed sweep alerts once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM, type Actor } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import { addDays, today } from '../core/time.js';
import * as inbox from '../notifications/service.js';
import { compliance } from '../statistics/compliance.js';
import { awaitingConfirmation, sweepUnconfirmed } from './awaiting.js';
import * as bulk from './bulk.js';
import type { CertificateRequest } from './model.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';

const request = (over: Partial<CertificateRequest> = {}): CertificateRequest => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Mumbai Diamond House', address: 'Opera House, Mumbai', country: 'IN' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1000, valueUsd: 500000 }, { hsCode: '7102.31', carats: 200.5, valueUsd: 300000 }],
  parcels: 3,
  ...over,
});
const asStated = { parcels: 3, carats: 1200.5, sealsIntact: true };
const OPERATOR = localOperator();
const ZA = localOperator('ZA');
const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;

describe.each(engines)('the confirmation loop on %s', (engine) => {
  let store: Store;
  const actor: Record<string, Actor> = {};
  const box = async (key: string, kind?: string) => (await inbox.inbox(store.db, actor[key]!, { kind })).notifications;
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
    const cast = [
      ['za', 'ZA', ['officer']], ['zaCustoms', 'ZA', ['customs']],
      ['in', 'IN', ['officer']], ['inCustoms', 'IN', ['customs']], ['inCompany', 'IN', ['company']],
      ['bw', 'BW', ['officer']], ['bwCustoms', 'BW', ['customs']],
    ] as const;
    for (const [key, member, roles] of cast) {
      const u = await auth.createUser(store.db, SYSTEM, { name: `${key} user`, login: `${key.toLowerCase()}.user`, member, roles: [...roles], groups: [] });
      actor[key] = await auth.actorFromToken(store.db, (await auth.issueToken(store.db, SYSTEM, u.id)).token);
    }
  });
  afterAll(() => store.close());

  it('issuance alerts the importing officers and customs, one alert per importing Participant and batch, nobody else', async () => {
    const one = await service.issue(store, actor.za!, request());
    for (const key of ['in', 'inCustoms']) {
      const [n, ...rest] = await box(key, 'certificate.issued');
      expect(rest).toEqual([]);
      expect(n).toMatchObject({ participant: 'IN', link: '/certificates/awaiting' });
      expect(n!.subject).toBe(`${one.number} from South Africa awaits your confirmation of receipt`);
      expect(n!.body).toContain('Kimberley Mines (Pty) Ltd (South Africa), 3 parcels, 1,200.5 carats expected');
      expect(n!.data).toMatchObject({ count: 1, certificates: [{ number: one.number, exporter: 'ZA', parcels: 3, carats: 1200.5 }] });
    }
    for (const key of ['inCompany', 'za', 'zaCustoms', 'bw', 'bwCustoms']) expect(await box(key, 'certificate.issued'), key).toEqual([]);
    const three = await service.issueAll(store, actor.za!, [request(), request(), request({ importer: { name: 'Gaborone House', address: 'Main Mall', country: 'BW' } })]);
    const inAlerts = await box('in', 'certificate.issued');
    expect(inAlerts).toHaveLength(2);
    expect(inAlerts[0]!.subject).toBe('2 certificates from South Africa await your confirmation of receipt');
    expect(inAlerts[0]!.body).toContain(`${three[0]!.number}, ${three[1]!.number}`);
    expect((await box('bwCustoms', 'certificate.issued')).map((n) => n.subject)).toEqual([`${three[2]!.number} from South Africa awaits your confirmation of receipt`]);
  });

  it("the queue lists exactly the unconfirmed certificates addressed to the caller's Participant", async () => {
    const queued = (await awaitingConfirmation(store.db, actor.in!)).certificates.map((c) => c.number);
    const expected = (await service.list(store, actor.in!, { role: 'received' })).filter((c) => c.status === 'issued').map((c) => c.number);
    expect(queued.sort()).toEqual(expected.sort());
    expect(queued).toHaveLength(3);
    const [first] = (await awaitingConfirmation(store.db, actor.inCustoms!)).certificates;
    expect(first).toMatchObject({ exporter: { participant: 'ZA', country: 'ZA', name: 'Kimberley Mines (Pty) Ltd' }, parcels: 3, carats: 1200.5, daysLeft: 60 });
    // confirmed and cancelled certificates leave the queue
    await service.confirm(store, actor.in!, queued[0]!, asStated);
    await service.cancel(store, actor.za!, queued[1]!, { reason: 'void' });
    expect((await awaitingConfirmation(store.db, actor.in!)).certificates.map((c) => c.number)).toEqual([queued[2]]);
    // another Participant sees its own queue, never IN's
    const bw = (await awaitingConfirmation(store.db, actor.bw!)).certificates;
    expect(bw).toHaveLength(1);
    expect(bw.some((c) => queued.includes(c.number))).toBe(false);
    await expect(awaitingConfirmation(store.db, actor.bw!, { participant: 'IN' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(awaitingConfirmation(store.db, actor.inCompany!)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it("a confirmation as stated alerts the exporting authority's officers (and queues their e-mail)", async () => {
    const c = await service.issue(store, actor.za!, request());
    expect(await service.confirm(store, actor.in!, c.number, asStated)).toMatchObject({ issuer: 'ZA', alerted: 1 });
    const alerts = (await box('za', 'certificate.confirmed')).filter((n) => n.subject.startsWith(c.number));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ subject: `${c.number}: receipt confirmed by India`, participant: 'ZA', link: `/certificates/${c.number}`, data: { differences: [] } });
    for (const key of ['zaCustoms', 'in', 'bw']) expect((await box(key, 'certificate.confirmed')).filter((n) => n.subject.startsWith(c.number)), key).toEqual([]);
    const mail = await store.db.selectFrom('outbox').select('payload').where('topic', '=', 'notification.email').execute();
    expect(mail.some((m) => JSON.stringify(m.payload).includes(alerts[0]!.id))).toBe(true);
  });

  it('a mismatch is its own alert naming each difference: parcels, carats, seals, value and HS lines', async () => {
    const c = await service.issue(store, actor.za!, request());
    const result = await service.confirm(store, actor.in!, c.number, {
      parcels: 2, carats: 1100, sealsIntact: false, valueUsd: 790000,
      goods: [{ hsCode: '7102.10', carats: 1000, valueUsd: 490000 }, { hsCode: '7102.21', carats: 100, valueUsd: 300000 }],
    });
    expect(result.flagged).toBe(true);
    const [alert, ...rest] = (await box('za', 'certificate.mismatch')).filter((n) => n.subject.startsWith(c.number));
    expect(rest).toEqual([]);
    expect(alert!.subject).toBe(`${c.number}: India received the shipment with 7 differences`);
    expect((alert!.data as { differences: unknown[] }).differences).toEqual([
      { field: 'parcels', stated: 3, received: 2 },
      { field: 'carats', stated: 1200.5, received: 1100 },
      { field: 'seals', stated: true, received: false },
      { field: 'value', stated: 800000, received: 790000 },
      { field: 'line.value', hsCode: '7102.10', stated: 500000, received: 490000 },
      { field: 'line.missing', hsCode: '7102.31', stated: 200.5, received: null },
      { field: 'line.extra', hsCode: '7102.21', stated: null, received: 100 },
    ]);
    for (const words of ['2 parcels received, the certificate states 3', '1,100 carats received, the certificate states 1,200.5', 'the seals were not intact', 'US$ 790,000 declared on receipt, the certificate states US$ 800,000', 'HS 7102.31: the certificate states 200.5 carats, none were received']) {
      expect(alert!.body).toContain(words);
    }
    expect(await box('za', 'certificate.confirmed').then((l) => l.filter((n) => n.subject.startsWith(c.number)))).toEqual([]);
  });

  it('bulk confirmations alert too: each mismatch alone, those as stated summarised per exporter', async () => {
    const [a, b, c] = await service.issueAll(store, actor.za!, [request(), request(), request()]);
    await bulk.confirmBulk(store, OPERATOR, [
      { actor: actor.in!, number: a!.number, input: asStated }, { actor: actor.in!, number: b!.number, input: asStated },
      { actor: actor.in!, number: c!.number, input: { ...asStated, parcels: 4 } },
    ], 'test');
    const za = await box('za');
    expect(za.filter((n) => n.kind === 'certificate.confirmed' && n.body.includes(a!.number) && n.body.includes(b!.number))).toHaveLength(1);
    expect(za.filter((n) => n.kind === 'certificate.mismatch' && n.subject.startsWith(c!.number))).toHaveLength(1);
  });

  describe('a receipt dated outside the certificate’s life is refused, naming which and the dates', () => {
    const issuedOn = addDays(today(), -100); // the seeded validity: 60 days, so expired 40 days ago
    const expiresOn = addDays(issuedOn, 60);
    const cases = [
      ['before the day of issue', addDays(issuedOn, -1), `before %N was issued on ${issuedOn}`],
      ['in the future', addDays(today(), 1), `in the future: the receipt is recorded on ${today()}`],
      ['after the day of expiry', addDays(expiresOn, 1), `after %N expired on ${expiresOn}`],
    ] as const;

    it.each(cases)('on a single confirmation: %s', async (_what, receivedOn, words) => {
      const c = await service.issue(store, ZA, request(), { on: issuedOn });
      await expect(service.confirm(store, actor.in!, c.number, { ...asStated, receivedOn })).rejects.toMatchObject({
        code: 'invalid_input', message: expect.stringContaining(`received on ${receivedOn}, ${words.replace('%N', c.number)}`), details: [{ path: 'receivedOn' }],
      });
      expect(await onlineVerification.verifyNumber(store, c.number)).toMatchObject({ confirmed: false });
      // the last day of its life is accepted
      await service.confirm(store, actor.in!, c.number, { ...asStated, receivedOn: expiresOn });
    });

    it.each(cases)('on a bulk confirmation: %s', async (_what, receivedOn, words) => {
      const [ok, bad] = await service.issueAll(store, ZA, [request(), request()], { on: issuedOn });
      await expect(bulk.confirmBulk(store, OPERATOR, [
        { actor: actor.in!, number: ok!.number, input: { ...asStated, receivedOn: issuedOn } },
        { actor: actor.in!, number: bad!.number, input: { ...asStated, receivedOn } },
      ], 'test')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining(words.replace('%N', bad!.number)), details: [{ path: 'items[1].receivedOn' }] });
      expect(await onlineVerification.verifyNumber(store, ok!.number)).toMatchObject({ confirmed: false });
    });

    it('on a history written after the fact', async () => {
      await expect(bulk.issueAndConfirmInBatches(store, OPERATOR, [{
        certificate: { actor: ZA, request: request(), on: issuedOn },
        receipt: { actor: actor.in!, input: { ...asStated, receivedOn: addDays(expiresOn, 3) }, at: new Date(`${addDays(expiresOn, 5)}T12:00:00Z`) },
      }], 'test', { batchSize: 10 })).rejects.toMatchObject({ code: 'invalid_input', details: [{ path: 'shipments[0].receipt.receivedOn', message: expect.stringContaining(`expired on ${expiresOn}`) }] });
    });
  });

  it('a certificate unconfirmed 30 days after expiry alerts both authorities once, however often and from however many servers the sweep runs', async () => {
    const issuedOn = addDays(today(), -200);
    const [late, confirmed, cancelled] = await service.issueAll(store, ZA, [request(), request(), request()], { on: issuedOn });
    await service.confirm(store, actor.in!, confirmed!.number, { ...asStated, receivedOn: addDays(issuedOn, 3) });
    await service.cancel(store, ZA, cancelled!.number, { reason: 'lost' });
    // two servers at once, then once more
    const runs = await Promise.all([sweepUnconfirmed(store.db, SYSTEM), sweepUnconfirmed(store.db, SYSTEM)]);
    const again = await sweepUnconfirmed(store.db, SYSTEM);
    const swept = [...runs, again].flatMap((r) => r.certificates.map((c) => c.number));
    expect(swept.filter((n) => n === late!.number)).toHaveLength(1);
    expect(swept).not.toContain(confirmed!.number);
    expect(swept).not.toContain(cancelled!.number);
    expect(again.certificates).toEqual([]);
    for (const key of ['za', 'in']) {
      const alerts = (await box(key, 'certificate.unconfirmed')).filter((n) => n.body.includes(late!.number));
      expect(alerts, key).toHaveLength(1);
      expect(alerts[0]!.subject).toMatch(/unconfirmed 30 days after (its|their) expiry/);
    }
    for (const key of ['zaCustoms', 'bw']) expect(await box(key, 'certificate.unconfirmed'), key).toEqual([]);
    await expect(sweepUnconfirmed(store.db, actor.za!)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('the compliance view counts the unconfirmed certificates per Participant and period', async () => {
    const issuedOn = addDays(today(), -200);
    const year = Number(issuedOn.slice(0, 4));
    const period = quarterOf(issuedOn);
    const table = await compliance(store.db, OPERATOR, year, { kind: 'trade' });
    const cell = (code: string) => table.participants.find((p) => p.participant === code)!.cells.find((c) => c.period === period)!;
    const unconfirmed = (await awaitingConfirmation(store.db, actor.in!)).certificates.filter((c) => c.issuedAt.slice(0, 10) === issuedOn && c.daysLeft < -30);
    expect(unconfirmed.length).toBeGreaterThan(0);
    expect(cell('IN').unconfirmed).toBeGreaterThanOrEqual(unconfirmed.length);
    expect(cell('ZA').unconfirmed).toBe(0);
    expect(table.graceDays).toBe(30);
    // judged before their expiry and grace: none yet
    const before = await compliance(store.db, OPERATOR, year, { kind: 'trade', asOf: addDays(issuedOn, 60) });
    expect(before.participants.find((p) => p.participant === 'IN')!.cells.find((c) => c.period === period)!.unconfirmed).toBe(0);
  });
});
