// The demo's trading centre (issue #21): an Antwerp company licensed by the EU imports Botswana goods
// under a confirmed BW certificate and re-exports them to India under an EU certificate drawn on that
// import (origin Botswana); its own user sees its stock account. Run without the simulated world.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import * as certificates from '../certificates/service.js';
import * as stock from '../companies/stock.js';
import { DEMO_PASSWORD, populateTradingCentre, TRADING_COMPANY } from './demo.js';

describe.each(engines)("the demo's trading centre on %s", (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
  });
  afterAll(async () => {
    await store.close();
  });

  it('imports Botswana goods into Antwerp and re-exports them to India; the company user sees its stock', async () => {
    const user = await auth.createUser(store.db, SYSTEM, { name: TRADING_COMPANY.name, login: 'eu.company', member: 'EU', roles: ['company'], password: DEMO_PASSWORD });
    const { imported, reExported } = await populateTradingCentre(store);
    const EU = localOperator('EU');
    const re = (await certificates.get(store, EU, reExported)).certificate;
    expect(re).toMatchObject({ origin: 'BW', provenance: 'BW', importer: { country: 'IN' }, exporter: { name: TRADING_COMPANY.name }, imports: [{ number: imported, carats: 1500 }] });
    const im = (await certificates.get(store, EU, imported)).certificate;
    const actor = await auth.actorFromToken(store.db, (await auth.issueToken(store.db, SYSTEM, user.id)).token);
    const a = await stock.stockAccount(store.db, actor, { licence: TRADING_COMPANY.licence });
    const polished = a.lines.find((l) => l.hsCode === '7102.31')!;
    const imp = im.goods.find((g) => g.hsCode === '7102.31')!;
    expect(polished.in).toEqual({ carats: imp.carats, valueUsd: imp.valueUsd });
    expect(polished.out).toEqual({ carats: re.goods[0]!.carats, valueUsd: re.goods[0]!.valueUsd });
    expect(polished.closing.carats).toBe(imp.carats - re.goods[0]!.carats);
    expect((await stock.reportsOf(store.db, actor, { licence: TRADING_COMPANY.licence })).withheld).toBe(false);
  });
});
