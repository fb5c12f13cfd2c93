// The simulated world with laundering of embargoed Ivorian production through Ghana (the Ghana case
// of 2006): its statistics and Ghana's certificates written through the domains' services, a capacity
// assessment of Ghana recorded, and the detectors name the route: Côte d'Ivoire → Ghana.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as certificates from '../certificates/service.js';
import * as statistics from '../statistics/service.js';
import { registrySeed } from '../participants/seed.js';
import { simulate, type Scenario } from '../simulation/generate.js';
import { registryView } from '../simulation/registry.js';
import * as capacity from './capacity.js';
import * as service from './service.js';

async function world(store: Store, scenario: Scenario) {
  certificates.configure(store, { masterKey: randomBytes(32) });
  const registry = registryView(registrySeed().statuses);
  for (const w of simulate({ from: 2005, to: 2006, seed: 3, scenario, registry })) {
    const now = new Date(`${w.year + 1}-03-01T00:00:00Z`);
    await statistics.submit(store.db, SYSTEM, 'trade', statistics.jsonRows(w.trade), { source: 'simulation', now });
    await statistics.submit(store.db, SYSTEM, 'production', statistics.jsonRows(w.production), { source: 'simulation', now });
    if (w.year !== 2006) continue;
    // Ghana's certificates of 2006, as its authority issued them, each confirmed by the importer
    const ghana = w.shipments.filter((s) => s.exporter === 'GH');
    const issued = await Promise.all(
      ghana.map((s) =>
        certificates.issue(store, localOperator('GH'), {
          exporter: { name: 'Accra Rough Exports', address: 'Accra', country: 'GH' },
          importer: { name: `${s.importer} Rough Imports`, address: 'Diamond district', country: s.importerCountry },
          origin: s.origin,
          goods: s.goods,
          parcels: s.parcels,
        }, { on: s.day }),
      ),
    );
    await certificates.confirmMany(store, issued.map((c, i) => ({ actor: localOperator(ghana[i]!.importer), number: c.number, input: { parcels: c.parcels, carats: c.totals.carats, sealsIntact: true, receivedOn: ghana[i]!.day } })));
  }
  await capacity.add(store.db, SYSTEM, { participant: 'GH', minCarats: 800_000, maxCarats: 1_000_000, source: 'review mission to Ghana, 2006 (Akwatia and the alluvial fields)', assessedOn: '2006-03-15' });
}

describe.each(engines)('the laundering of Ivorian diamonds through Ghana, simulated, on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await world(store, 'laundering');
  }, 300_000);
  afterAll(() => store.close());

  it('is flagged against Ghana by every detector that can see it, with the route named', async () => {
    const gh = (await service.run(store.db, SYSTEM, 2006)).findings.filter((f) => f.participant === 'GH');
    expect(gh.map((f) => f.type).sort()).toEqual(['balance', 'capacity', 'certificate_pattern', 'neighbour_surge', 'unit_value']);
    const pattern = gh.find((f) => f.type === 'certificate_pattern')!;
    expect(pattern.evidence.figures.embargoedNeighbours).toBe('CI');
    expect(pattern.summary).toContain('possible route: CI → GH');
    expect(Number(pattern.evidence.figures.excessCarats)).toBeGreaterThan(200_000); // the laundered 0.3 Mct, less what Ghana cut at home
    expect(pattern.evidence.certificates!.length).toBeGreaterThan(10);
    expect(pattern.evidence.certificates!.every((n) => n.startsWith('GH-2006-'))).toBe(true);
    expect(gh.find((f) => f.type === 'neighbour_surge')!.evidence.figures.neighbour).toBe('CI');
    const cap = gh.find((f) => f.type === 'capacity')!;
    expect(cap.summary).toMatch(/exported [\d,]+ ct net of imports in 2006, beyond its assessed production capacity of at most 1,000,000 ct/);
  });
});

describe.each(engines)('the same world without laundering, on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await world(store, 'none');
  }, 300_000);
  afterAll(() => store.close());

  it('raises no capacity or certificate-pattern finding against Ghana, and none of the new kinds against any producer', async () => {
    const found = await service.detect(store.db, SYSTEM, 2006);
    expect(found.filter((f) => f.participant === 'GH')).toEqual([]);
    expect(found.filter((f) => f.type === 'capacity' || f.type === 'certificate_pattern' || f.type === 'discrepancy_persistence')).toEqual([]);
  });
});
