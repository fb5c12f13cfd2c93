// Cancellation with a replacement (issue #14, point 5): the replacement is checked, a certificate is
// cancelled once, and verification of either names the other. On the real embedded store (and PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../../test/support/app.js';
import { engines } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import * as log from './log.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';
import { refused } from '../../test/support/refused.js';
import { mineToAntwerp } from '../../test/support/certificates.js';

const request = (exporter: string) => mineToAntwerp(exporter);

const ZA = localOperator('ZA');
const BW = localOperator('BW');

describe.each(engines)('cancellation and replacement on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let bearer: (key: string) => { authorization: string };
  beforeAll(async () => {
    ({ store, app, bearer } = await appWith(engine, [{ key: 'za', name: 'za officer', member: 'ZA', roles: ['officer'] }], {}));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('refuses a replacement that does not exist, or is the certificate itself; nothing written', async () => {
    const a = await service.issue(store, ZA, request('ZA'));
    const before = await log.size(store.db);
    const missing = await refused(service.cancel(store, ZA, a.number, { reason: 'replaced', replacedBy: 'ZA-2006-999999' }));
    expect(missing.code).toBe('invalid_input');
    expect(missing.details).toEqual([{ path: 'replacedBy', message: 'no certificate numbered ZA-2006-999999 was issued: a replacement must be an existing certificate of ZA' }]);
    const itself = await refused(service.cancel(store, ZA, a.number, { reason: 'replaced', replacedBy: a.number }));
    expect(itself.details[0]!.message).toBe(`${a.number} cannot be replaced by itself: name the certificate issued in its place`);
    expect(await log.size(store.db)).toBe(before);
    expect((await onlineVerification.verifyNumber(store, a.number)).verdict).toBe('genuine');
  });

  it("names each violation of a replacement: another Participant's, cancelled, issued before", async () => {
    const earlierBw = await service.issue(store, BW, request('BW'), { on: '2006-03-01' });
    await service.cancel(store, BW, earlierBw.number, { reason: 'void' });
    const earlierZa = await service.issue(store, ZA, request('ZA'), { on: '2006-03-01' });
    const a = await service.issue(store, ZA, request('ZA'), { on: '2006-04-01' });
    const e = await refused(service.cancel(store, ZA, a.number, { reason: 'replaced', replacedBy: earlierBw.number }));
    const messages = e.details.map((d) => d.message);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toBe(`${earlierBw.number} was issued by BW, not by ZA which issued ${a.number}: a certificate is replaced by one of the same Participant`);
    expect(messages[1]).toMatch(new RegExp(`^${earlierBw.number} was itself cancelled on \\d{4}-\\d{2}-\\d{2} \\(void\\): a replacement must be a certificate in force$`));
    expect(messages[2]).toBe(`${earlierBw.number} was issued on 2006-03-01T12:00:00.000Z, not after ${a.number} (issued on 2006-04-01T12:00:00.000Z): a replacement is issued after the certificate it replaces`);
    const before = await refused(service.cancel(store, ZA, a.number, { reason: 'replaced', replacedBy: earlierZa.number }));
    expect(before.details.map((d) => d.message)).toEqual([messages[2]!.replaceAll(earlierBw.number, earlierZa.number)]);
  });

  it('cancels with a valid replacement; verification of either names the other; a second cancellation is a conflict with the first one’s day and reason', async () => {
    const a = await service.issue(store, ZA, request('ZA'), { on: '2006-05-01' });
    const b = await service.issue(store, ZA, request('ZA'), { on: '2006-05-02' });
    const done = await service.cancel(store, ZA, a.number, { reason: 'replaced', note: 'wrong importer address', replacedBy: b.number });
    const cancelledOn = done.cancelledAt.slice(0, 10);

    const va = await onlineVerification.verifyNumber(store, a.number);
    expect(va).toMatchObject({ verdict: 'cancelled', valid: false, replacedBy: b.number });
    expect(va.reason).toBe(`the certificate was cancelled on ${done.cancelledAt} (replaced), replaced by ${b.number}`);
    const vb = await onlineVerification.verifyDocument(store, b);
    expect(vb).toMatchObject({ verdict: 'expired', replaces: a.number });
    expect(vb.reason).toContain(`it replaces ${a.number}, cancelled on ${cancelledOn}`);

    const again = await refused(service.cancel(store, ZA, a.number, { reason: 'void' }));
    expect(again.code).toBe('conflict');
    expect(again.message).toBe(`${a.number} was already cancelled on ${cancelledOn} (replaced: wrong importer address), replaced by ${b.number}: a certificate is cancelled once.`);

    // a replacement replaces one certificate
    const c = await service.issue(store, ZA, request('ZA'), { on: '2006-04-15' });
    const twice = await refused(service.cancel(store, ZA, c.number, { reason: 'replaced', replacedBy: b.number }));
    expect(twice.details.map((d) => d.message)).toEqual([`${b.number} already replaces ${a.number}: a certificate replaces one other`]);

    // the HTTP API: the verify response carries the relation; a second cancellation is 409 with the first one's day
    const auth = bearer('za');
    expect((await app.inject({ url: `/api/verify/${a.number}` })).json()).toMatchObject({ verdict: 'cancelled', replacedBy: b.number });
    expect((await app.inject({ url: `/api/verify/${b.number}` })).json()).toMatchObject({ replaces: a.number });
    const res = await app.inject({ method: 'POST', url: `/api/certificates/${a.number}/cancellation`, headers: auth, payload: { reason: 'lost' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain(`already cancelled on ${cancelledOn} (replaced`);
    const bad = await app.inject({ method: 'POST', url: `/api/certificates/${c.number}/cancellation`, headers: auth, payload: { reason: 'replaced', replacedBy: 'ZA-2006-999999' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('no certificate numbered ZA-2006-999999 was issued');
  });
});
