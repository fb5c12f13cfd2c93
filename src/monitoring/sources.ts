// What the detectors read, asked of the domains that own it (never their tables): the statistics of
// the year and the year before, the registry (UN measures, status history), the capacity assessments,
// the certificates issued in the year, and the mirror discrepancies opened on the year's quarters.
import type { Db } from '../db/store.js';
import { SYSTEM } from '../auth/model.js';
import * as participants from '../participants/service.js';
import * as certificates from '../certificates/service.js';
import * as reconciliation from '../statistics/reconciliation.js';
import { currentFigures } from '../statistics/figures.js';
import { NEIGHBOURS } from '../simulation/world.js';
import { registryView } from '../simulation/registry.js';
import type { MonitoringInput } from './model.js';
import * as store from './store.js';

/**
 * The whole input of an analysis. The caller has authorized the actor for `findings.run`; the
 * discrepancies are read as the installation because the monitoring group is not the statistics
 * group, and what it learns of them stays within the findings (readable by the monitoring group only).
 */
export async function monitoringInput(db: Db, year: number, asOf: string): Promise<MonitoringInput> {
  const [figures, measures, periods, capacity, certs, discrepancies] = await Promise.all([
    currentFigures(db, [year - 1, year]),
    participants.allMeasures(db),
    participants.statusPeriods(db),
    store.capacities(db),
    certificates.monitoringFacts({ db }, { start: `${year}-01-01`, end: `${year}-12-31` }),
    reconciliation.list(db, SYSTEM, year),
  ]);
  const registry = registryView(periods);
  return {
    year,
    trade: figures.trade,
    production: figures.production,
    measures,
    neighbours: NEIGHBOURS,
    capacity,
    certificates: certs,
    isParticipant: (code, day) => registry.goodStanding(code, day),
    discrepancies: discrepancies.map((d) => ({ exporter: d.exporter, importer: d.importer, period: d.period, status: d.status, openedAt: d.openedAt })),
    asOf,
  };
}
