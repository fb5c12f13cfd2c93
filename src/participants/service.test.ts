import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as audit from '../audit/service.js';
import * as service from './service.js';

describe.each(engines)('the 2006 registry on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  it('holds the 47 Participants of the Gaborone plenary, representing 71 countries', async () => {
    const list = await service.list(store.db, { at: '2006-11-09', status: ['participant'] });
    expect(list).toHaveLength(47);
    const eu = list.find((p) => p.code === 'EU')!;
    expect(eu.kind).toBe('regional_organisation');
    expect(eu.members).toHaveLength(25);
    expect(list.length - 1 + eu.members.length).toBe(71);
  });

  it('lists Chinese Taipei as a trading entity and the nine applicants', async () => {
    const list = await service.list(store.db, { at: '2006-11-09' });
    expect(list.find((p) => p.code === 'TW')?.status).toBe('trading_entity');
    expect(list.filter((p) => p.status === 'applicant').map((p) => p.code).sort()).toEqual(['CM', 'CV', 'GA', 'ML', 'MX', 'PH', 'SZ', 'TN', 'TR']);
  });

  it('knows the Republic of Congo was a Participant until its removal on 2004-07-09', async () => {
    expect((await service.get(store.db, 'CG', '2004-07-08')).status).toBe('participant');
    expect((await service.get(store.db, 'CG', '2004-07-09')).status).toBe('removed');
    const cg = await service.get(store.db, 'CG');
    expect(cg.history.map((h) => [h.status, h.validFrom, h.validTo])).toEqual([
      ['participant', '2003-01-01', '2004-07-09'],
      ['removed', '2004-07-09', null],
    ]);
  });

  it('admits New Zealand and Bangladesh in 2006, known only to the year', async () => {
    const before = await service.list(store.db, { at: '2005-12-31' });
    expect(before.some((p) => p.code === 'NZ' || p.code === 'BD')).toBe(false);
    const nz = await service.get(store.db, 'NZ', '2006-06-01');
    expect(nz.status).toBe('participant');
    expect(nz.history[0]?.fromPrecision).toBe('year');
  });

  it('counts the EC member states that joined in 2004 only from 1 May 2004', async () => {
    expect((await service.get(store.db, 'EU', '2004-04-30')).members).toHaveLength(15);
    expect((await service.get(store.db, 'EU', '2004-05-01')).members).toHaveLength(25);
  });

  it('answers which Participant speaks for a country and whether it may trade, on a day', async () => {
    expect(await service.standing(store.db, 'BE', '2006-03-01')).toMatchObject({ participant: 'EU', status: 'participant', goodStanding: true, measures: [] });
    const ci = await service.standing(store.db, 'CI', '2006-03-01');
    expect(ci).toMatchObject({ participant: 'CI', goodStanding: true });
    expect(ci.measures.map((m) => m.kind)).toEqual(['embargo']);
    expect((await service.standing(store.db, 'CI', '2005-12-14')).measures).toEqual([]);
    expect((await service.standing(store.db, 'CI', '2014-04-29')).measures).toEqual([]);
    const lr = await service.standing(store.db, 'LR', '2006-03-01');
    expect(lr).toMatchObject({ status: 'non_participant', goodStanding: false });
    expect(lr.measures.map((m) => m.kind)).toEqual(['sanctions']);
    expect(await service.standing(store.db, 'XK', '2006-03-01')).toMatchObject({ participant: 'XK', status: null, goodStanding: false });
    expect((await service.standing(store.db, 'CG', '2005-01-01')).goodStanding).toBe(false);
  });

  it('keeps the chairs, working groups and observers', async () => {
    const reg = await service.registry(store.db);
    expect(reg.chairs.find((c) => c.year === 2007)).toEqual({ year: 2007, chair: 'EU', viceChair: 'IN' });
    const wgaap = reg.workingGroups.find((g) => g.id === 'WGAAP')!;
    expect(wgaap.chair).toBe('AO');
    expect(wgaap.members.filter((m) => m.role === 'coordinator').map((m) => `${m.member}:${m.region}`).sort()).toEqual(['BR:South America', 'CD:Central and Southern Africa', 'SL:West Africa']);
    expect(reg.organisations.map((o) => o.id)).toEqual(expect.arrayContaining(['WDC', 'GW', 'PAC', 'UN-POE-CI']));
    expect(reg.plenaryObservers.map((o) => o.member)).toEqual(expect.arrayContaining(['LR', 'ML', 'MX', 'CG']));
  });

  it("lets only a Participant's own officer change its authority, and audits it", async () => {
    await expect(service.updateAuthority(store.db, localOperator('ZA'), 'BW', { name: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    const updated = await service.updateAuthority(store.db, localOperator('BW'), 'BW', { name: 'Diamond Hub, Ministry of Minerals', certificateValidityDays: 90 });
    expect(updated.authority.name).toBe('Diamond Hub, Ministry of Minerals');
    expect(updated.certificateValidityDays).toBe(90);
    const [entry] = await audit.list(store.db, SYSTEM, { limit: 1 });
    expect(entry).toMatchObject({ action: 'participants.authority.update', subject: 'BW', actingFor: 'BW' });
    expect(entry!.details).toMatchObject({ after: { authority_name: 'Diamond Hub, Ministry of Minerals', certificate_validity_days: 90 } });
    await expect(service.updateAuthority(store.db, localOperator('BW'), 'BW', { certificateValidityDays: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses a malformed day with a precise message', async () => {
    await expect(service.list(store.db, { at: '2006-02-30' })).rejects.toMatchObject({ code: 'invalid_input', details: [{ path: 'at' }] });
  });

  it('does not seed twice', async () => {
    expect(await service.seedIfEmpty(store.db)).toBe(false);
  });
});
