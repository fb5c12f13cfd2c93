// A populated demo for a first look: the simulated world of 2003–2006 (with the Ghana laundering of
// 2006 injected), the 2004 and 2005 summaries released as the Gaborone plenary decided, the
// monitoring findings of each year, a user for each role, the trading centre of Antwerp and the ring of
// certificates ZA → BW → EU → AE → ZA in every state (demo-loop.ts).
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import * as passwords from '../accounts/sign-in.js';
import * as annualSummary from '../statistics/annual-summary.js';
import { currentFigures } from '../statistics/figures.js';
import * as monitoring from '../monitoring/service.js';
import { issueBulk } from '../certificates/bulk.js';
import * as certificates from '../certificates/service.js';
import * as companies from '../companies/service.js';
import * as stock from '../companies/stock.js';
import { periodOf } from '../companies/stock-model.js';
import { today } from '../core/time.js';
import { runSimulation, type SimulationRun } from '../simulation/service.js';
import { ensureUsers, populateDemoLoop, RING_USERS } from './demo-loop.js';

/** printed with the demo users; it signs in only from this machine (auth/service.ts) */
export const DEMO_PASSWORD = passwords.DEMO_PASSWORD;

export const DEMO_USERS = [
  { login: 'za.officer', name: 'Thandi Mokoena', member: 'ZA', roles: ['officer'], groups: [] },
  { login: 'bw.officer', name: 'Kagiso Sebego', member: 'BW', roles: ['officer'], groups: [] },
  { login: 'eu.customs', name: 'Lieve Janssens', member: 'EU', roles: ['customs'], groups: [] },
  { login: 'eu.officer', name: 'Pieter Claes', member: 'EU', roles: ['officer'], groups: [] },
  { login: 'bw.company', name: 'Okavango Rough Exports', member: 'BW', roles: ['company'], groups: [] },
  { login: 'eu.company', name: 'Antwerp Rough Trading NV', member: 'EU', roles: ['company'], groups: [] },
  { login: 'ca.statistics', name: 'Claire Tremblay', member: 'CA', roles: ['wg-member'], groups: ['WGS'] },
  { login: 'eu.monitoring', name: 'Jan de Vries', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
  { login: 'gw.observer', name: 'Global Witness analyst', member: 'GW', roles: ['observer'], groups: [] },
  { login: 'un.panel', name: "Panel of Experts on Côte d'Ivoire", member: 'UN-POE-CI', roles: ['un'], groups: [] },
  { login: 'bw.chair', name: 'Chair of the Kimberley Process 2006', member: 'BW', roles: ['chair'], groups: [] },
  // the ring of certificates ZA → BW → EU → AE → ZA (demo-loop.ts): customs and company users, the UAE's officer
  ...RING_USERS,
] as const;

/** Has the store any activity yet (statistics of the demo years)? */
export async function hasActivity(store: Store): Promise<boolean> {
  const figures = await currentFigures(store.db, [2003, 2004, 2005, 2006]);
  return figures.trade.length > 0;
}

export async function populateDemo(store: Store, onProgress?: SimulationRun['onProgress']): Promise<{ users: typeof DEMO_USERS; certificates: number }> {
  const report = await runSimulation(store, { from: 2003, to: 2006, seed: 2006, scenario: 'laundering', certificateLimit: 1500, onProgress });
  for (const year of [2004, 2005]) await annualSummary.release(store.db, SYSTEM, year, { note: 'released by the Gaborone plenary, November 2006', now: new Date('2006-11-09T12:00:00Z') });
  for (const year of [2004, 2005, 2006]) await monitoring.run(store.db, SYSTEM, year);
  await ensureUsers(store, DEMO_USERS);
  // a few shipments to Antwerp issued today and not yet received: the EU officer's queue to confirm
  await issueBulk(store, SYSTEM, [[1250.4, 4], [310.75, 2], [5020, 9]].map(([carats, parcels]) => ({
    actor: localOperator('ZA'),
    request: {
      exporter: { name: 'Kimberley Rough Exports (Pty) Ltd', address: '12 Dalham Road, Kimberley', country: 'ZA' },
      importer: { name: 'Antwerp Rough Trading NV', address: 'Hoveniersstraat 30, Antwerpen', country: 'BE' },
      origin: 'ZA', goods: [{ hsCode: '7102.31', carats: carats!, valueUsd: Math.round(carats! * 180) }], parcels: parcels!,
    },
  })), 'demo: shipments awaiting confirmation');
  await populateTradingCentre(store);
  // every Participant of the ring with a certificate in each state, as issuer and as importer
  await populateDemoLoop(store);
  return { users: DEMO_USERS, certificates: report.certificates };
}

export const TRADING_COMPANY = { licence: 'EU-BE-0001', name: 'Antwerp Rough Trading NV', address: 'Hoveniersstraat 30, Antwerpen' } as const;

/**
 * A trading centre (issue #21): an Antwerp company licensed by the European Community imports Botswana
 * goods under a BW certificate that the EU confirms received, and re-exports part of them to India under
 * an EU certificate drawn against that import (origin Botswana); its user (eu.company, tied to the
 * licence) sees its stock account. The EU asks for half-yearly stock reports and withholds issuance for
 * a company whose report is overdue. Users are made by populateDemo; here only the tie.
 */
export async function populateTradingCentre(store: Store): Promise<{ imported: string; reExported: string }> {
  const EU = localOperator('EU');
  await companies.add(store.db, EU, { participant: 'EU', licence: TRADING_COMPANY.licence, name: TRADING_COMPANY.name, address: TRADING_COMPANY.address, validFrom: '2006-01-01' });
  const user = (await auth.listUsers(store.db, SYSTEM)).find((u) => u.login === 'eu.company');
  if (user) await companies.tie(store.db, EU, 'EU', user.id, TRADING_COMPANY.licence);
  await stock.setReportingSettings(store.db, EU, { participant: 'EU', periodMonths: 6, graceDays: 30, requiredFrom: periodOf(today(), 6, 30).start, withhold: true });
  const imported = await certificates.issue(store, localOperator('BW'), {
    exporter: { name: 'Okavango Rough Exports', address: 'Plot 64, Gaborone', country: 'BW' },
    importer: { name: TRADING_COMPANY.name, address: TRADING_COMPANY.address, country: 'BE' },
    origin: 'BW',
    goods: [{ hsCode: '7102.31', carats: 2400, valueUsd: 432_000 }, { hsCode: '7102.21', carats: 800, valueUsd: 24_000 }],
    parcels: 6,
  });
  await certificates.confirm(store, EU, imported.number, { parcels: 6, carats: 3200, sealsIntact: true });
  const reExported = await certificates.issue(store, EU, {
    exporter: { name: TRADING_COMPANY.name, address: TRADING_COMPANY.address, country: 'BE' },
    importer: { name: 'Surat Rough Diamonds Pvt Ltd', address: 'Bharat Diamond Bourse, Bandra-Kurla Complex, Mumbai', country: 'IN' },
    goods: [{ hsCode: '7102.31', carats: 1500, valueUsd: 292_500 }],
    parcels: 3,
    imports: [{ number: imported.number, carats: 1500 }],
  });
  return { imported: imported.number, reExported: reExported.number };
}
