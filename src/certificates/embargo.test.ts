// UN diamond measures on the country of export (issue #14, point 1): refused at issuance on every path,
// flagged at import confirmation and at a customs check. On the real embedded store (and PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM, type Actor } from '../auth/model.js';
import * as participants from '../participants/service.js';
import { confirmBulk, issueBulk } from './bulk.js';
import { issuePrepared, type Prepared } from './issuance.js';
import * as log from './log.js';
import { normalizeRequest, type CertificateRequest } from './model.js';
import * as service from './service.js';
import { refused } from '../../test/support/refused.js';

const request = (exporter: string, importer: string, over: Partial<CertificateRequest> = {}): CertificateRequest => ({
  exporter: { name: 'Exporter SA', address: '1 Rue du Port', country: exporter },
  importer: { name: 'Antwerp Diamonds NV', address: 'Hoveniersstraat 2, Antwerp', country: importer },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 500, valueUsd: 40000 }],
  parcels: 2,
  ...over,
});

const customs = (participant: string): Actor => ({ ...localOperator(participant), roles: ['officer', 'customs'] });
const RES_1643 = 'UN Security Council resolution 1643 (2005)';

describe.each(engines)('UN diamond measures on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
  });
  afterAll(() => store.close());

  it('the registry carries each measure with its resolution, days and scope', async () => {
    const lr = await participants.get(store.db, 'LR');
    expect(lr.allMeasures.map((m) => [m.symbol, m.validFrom, m.validTo, m.scope])).toEqual([
      ['S/RES/1343 (2001)', '2001-05-07', '2003-12-22', 'rough diamonds export'],
      ['S/RES/1521 (2003)', '2003-12-22', '2007-04-27', 'rough diamonds export'],
    ]);
    const ci = await participants.get(store.db, 'CI');
    expect(ci.allMeasures.map((m) => [m.symbol, m.validFrom, m.scope])).toEqual([['S/RES/1643 (2005)', '2005-12-15', 'rough diamonds export']]);
  });

  it('migration 0019 names the resolutions of a store seeded before it and adds resolution 1343 (2001)', async () => {
    // the store as an older version seeded it: no symbols, no 1343 row
    await store.db.deleteFrom('un_measures').where('symbol', '=', 'S/RES/1343 (2001)').execute();
    await store.db.updateTable('un_measures').set({ symbol: null }).execute();
    const script = readFileSync(new URL('../db/migrations/0019_embargo.sql', import.meta.url), 'utf8');
    const data = script.split(';').map((x) => x.replace(/^\s*--.*$/gm, '').trim()).filter((x) => /^(update|insert)/.test(x));
    expect(data).toHaveLength(3);
    for (const statement of data) await store.execScript(statement);
    participants.forgetSnapshot(store.db);
    const lr = await participants.get(store.db, 'LR');
    expect(lr.allMeasures.map((m) => [m.symbol, m.validFrom, m.validTo])).toEqual([['S/RES/1343 (2001)', '2001-05-07', '2003-12-22'], ['S/RES/1521 (2003)', '2003-12-22', '2007-04-27']]);
    expect((await participants.get(store.db, 'CI')).allMeasures.map((m) => m.symbol)).toEqual(['S/RES/1643 (2005)']);
  });

  it("refuses Côte d'Ivoire's authority on 2006-06-01 whatever origin it declares, naming the rule, the country, the day and the resolution; nothing written", async () => {
    const before = await log.size(store.db);
    const e = await refused(service.issue(store, localOperator('CI'), request('CI', 'BE', { origin: 'ZA' }), { on: '2006-06-01' }));
    expect(e.code).toBe('invalid_input');
    const d = e.details.find((x) => x.path === 'exporter.country');
    expect(d?.message).toContain('embargo on the country of export');
    expect(d?.message).toContain("Côte d'Ivoire");
    expect(d?.message).toContain('in force on 1 June 2006');
    expect(d?.message).toContain(RES_1643);
    expect(e.message).toContain(RES_1643);
    // a declared provenance elsewhere changes nothing
    const mixed = await refused(service.issue(store, localOperator('CI'), request('CI', 'BE', { origin: 'mixed', provenance: 'ZA' }), { on: '2006-06-01' }));
    expect(mixed.details.map((x) => x.path)).toEqual(['exporter.country']);
    expect(await log.size(store.db)).toBe(before);
  });

  it('refuses on the batch and bulk paths too, naming the request', async () => {
    const before = await log.size(store.db);
    const batch = await refused(service.issueAll(store, localOperator('CI'), [request('CI', 'BE'), request('CI', 'IN')], { on: '2006-06-01' }));
    expect(batch.details.map((x) => x.path)).toEqual(['requests[0].exporter.country', 'requests[1].exporter.country']);
    expect(batch.details[0]!.message).toContain(RES_1643);
    const bulk = await refused(issueBulk(store, SYSTEM, [{ actor: localOperator('ZA'), request: request('ZA', 'BE'), on: '2006-06-01' }, { actor: localOperator('CI'), request: request('CI', 'BE'), on: '2006-06-01' }], 'test'));
    expect(bulk.details.map((x) => x.path)).toEqual(['requests[1].exporter.country']);
    expect(bulk.details[0]!.message).toContain("Côte d'Ivoire");
    expect(await log.size(store.db)).toBe(before);
  });

  it('refuses Liberia in 2004 under resolution 1521 (2003) as well as for not being a Participant; after 2007-04-27 only the latter', async () => {
    const in2004 = await refused(service.issue(store, localOperator('LR'), request('LR', 'BE'), { on: '2004-01-01' }));
    expect(in2004.details.map((x) => x.path).sort()).toEqual(['exporter.country', 'issuer']);
    const embargo = in2004.details.find((x) => x.path === 'exporter.country')!.message;
    expect(embargo).toContain('Liberia');
    expect(embargo).toContain('in force on 1 January 2004');
    expect(embargo).toContain('UN Security Council resolution 1521 (2003)');
    // the registry records Liberia as a non-Participant after the measure was lifted (it joined later, after the 2006 registry)
    const in2007 = await refused(service.issue(store, localOperator('LR'), request('LR', 'BE'), { on: '2007-05-02' }));
    expect(in2007.details.map((x) => x.path)).toEqual(['issuer']);
    expect(in2007.message).toContain('Liberia is not a Participant on 2 May 2007');
    expect(in2007.message).not.toContain('embargo');
  });

  it('leaves a ZA → BE certificate of the same day unaffected', async () => {
    const c = await service.issue(store, localOperator('ZA'), request('ZA', 'BE'), { on: '2006-06-01' });
    expect(c.number).toMatch(/^ZA-2006-/);
    const checked = await service.borderCheck(store, customs('EU'), c.number, { kind: 'import', sealsIntact: true, unopened: true });
    expect(checked.embargo).toEqual([]);
    const confirmed = await service.confirm(store, localOperator('EU'), c.number, { parcels: 2, carats: 500, sealsIntact: true, receivedOn: '2006-06-05' });
    expect(confirmed.flagged).toBe(false);
  });

  it("flags the confirmation of a shipment from Côte d'Ivoire issued before the measure and received under it", async () => {
    const c = await service.issue(store, localOperator('CI'), request('CI', 'BE', { origin: 'CI' }), { on: '2005-12-01' });
    const confirmed = await service.confirm(store, localOperator('EU'), c.number, { parcels: 1, carats: 500, sealsIntact: true, receivedOn: '2005-12-20' });
    expect(confirmed.flagged).toBe(true);
    expect(confirmed.mismatches.map((m) => m.path)).toEqual(['parcels', 'embargo']);
    const flag = confirmed.mismatches.find((m) => m.path === 'embargo')!.message;
    expect(flag).toContain("Côte d'Ivoire");
    expect(flag).toContain('in force on 20 December 2005');
    expect(flag).toContain(RES_1643);
    expect((await service.get(store, localOperator('EU'), c.number)).status.confirmation?.mismatches).toEqual(confirmed.mismatches);
  });

  it('flags a bulk confirmation of a shipment from Côte d\'Ivoire as a single one would, and the others not', async () => {
    const ci = await service.issue(store, localOperator('CI'), request('CI', 'BE', { origin: 'CI' }), { on: '2005-12-02' });
    const za = await service.issue(store, localOperator('ZA'), request('ZA', 'BE'), { on: '2005-12-02' });
    const done = await confirmBulk(store, SYSTEM, [
      { actor: localOperator('EU'), number: ci.number, input: { parcels: 2, carats: 500, sealsIntact: true, receivedOn: '2005-12-20' }, at: new Date('2005-12-21T10:00:00.000Z') },
      { actor: localOperator('EU'), number: za.number, input: { parcels: 2, carats: 500, sealsIntact: true, receivedOn: '2005-12-20' }, at: new Date('2005-12-21T10:00:00.000Z') },
    ], 'test: bulk confirmation');
    expect(done.map((d) => d.flagged)).toEqual([true, false]);
    expect(done[0]!.mismatches.map((m) => m.path)).toEqual(['embargo']);
    expect(done[0]!.mismatches[0]!.message).toContain(RES_1643);
    expect((await service.get(store, localOperator('EU'), ci.number)).status.confirmation?.mismatches).toEqual(done[0]!.mismatches);
  });

  it('flags a certificate written past the rules (straight into the store) at confirmation and at the border', async () => {
    const job: Prepared = {
      actor: localOperator('CI'), req: normalizeRequest(request('CI', 'BE', { origin: 'ZA' })), issuing: 'CI', issuerName: "Côte d'Ivoire", authority: null,
      importerParticipant: 'EU', issuedAt: new Date('2006-06-01T12:00:00.000Z'), validityDays: 60, historical: '2006-06-01',
    };
    const { docs } = await issuePrepared(store, SYSTEM, [job], 'test: a certificate no rule checked');
    const number = docs[0]!.number;
    const checked = await service.borderCheck(store, customs('EU'), number, { kind: 'import', sealsIntact: true, unopened: true });
    expect(checked.flagged).toBe(true);
    expect(checked.embargo.map((f) => f.path)).toEqual(['embargo']);
    expect(checked.reason).toContain("Côte d'Ivoire");
    expect(checked.reason).toContain('in force on 1 June 2006');
    expect(checked.reason).toContain(RES_1643);
    const confirmed = await service.confirm(store, localOperator('EU'), number, { parcels: 2, carats: 500, sealsIntact: true, receivedOn: '2006-06-10' });
    expect(confirmed.flagged).toBe(true);
    expect(confirmed.mismatches).toEqual(checked.embargo);
  });

  // last: these measures are written into this store's registry for the test (no real measure of the time is like them)
  it("applies a measure on an EC member state to exports from that state, and one barring imports to the importing country", async () => {
    await store.db.insertInto('participants').values({ code: 'BE', name: 'Belgium', kind: 'country', language: 'en' }).execute();
    await store.db.insertInto('un_measures').values([
      { target: 'BE', id: randomUUID(), kind: 'embargo', basis: 'a test measure on Belgium', valid_from: '2006-01-01', valid_to: null, note: null, symbol: 'S/RES/9998 (2006)', scope: 'rough diamonds export' },
      { target: 'IN', id: randomUUID(), kind: 'embargo', basis: 'a test measure on India', valid_from: '2006-01-01', valid_to: '2006-12-31', note: null, symbol: 'S/RES/9999 (2006)', scope: 'rough diamonds import' },
    ]).execute();
    participants.forgetSnapshot(store.db);
    const be = await refused(service.issue(store, localOperator('EU'), request('BE', 'ZA'), { on: '2006-06-01' }));
    expect(be.details.map((x) => x.path)).toEqual(['exporter.country']);
    expect(be.details[0]!.message).toContain('Belgium');
    expect(be.details[0]!.message).toContain('UN Security Council resolution 9998 (2006)');
    const de = await service.issue(store, localOperator('EU'), request('DE', 'ZA'), { on: '2006-06-01' });
    expect(de.number).toMatch(/^EU-DE-2006-/);
    const toIndia = await refused(service.issue(store, localOperator('ZA'), request('ZA', 'IN'), { on: '2006-06-01' }));
    expect(toIndia.details.map((x) => x.path)).toEqual(['importer.country']);
    expect(toIndia.details[0]!.message).toContain('embargo on the country of import');
    expect(toIndia.details[0]!.message).toContain('UN Security Council resolution 9999 (2006)');
    // India's own exports are not barred by a measure on imports into it, nor is Indian origin
    await service.issue(store, localOperator('IN'), request('IN', 'ZA', { origin: 'IN' }), { on: '2006-06-01' });
  });
});
