// A populated demo for a first look: the simulated world of 2003–2006 (with the Ghana laundering of
// 2006 injected), the 2004 and 2005 summaries released as the Gaborone plenary decided, the
// monitoring findings of each year, and a user for each role.
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as auth from '../auth/service.js';
import * as statistics from '../statistics/service.js';
import { currentFigures } from '../statistics/figures.js';
import * as monitoring from '../monitoring/service.js';
import { issueBulk } from '../certificates/bulk.js';
import { runSimulation, type SimulationRun } from './service.js';

/** printed with the demo users; it signs in only from this machine (auth/service.ts) */
export const DEMO_PASSWORD = auth.DEMO_PASSWORD;

export const DEMO_USERS = [
  { login: 'za.officer', name: 'Thandi Mokoena', member: 'ZA', roles: ['officer'], groups: [] },
  { login: 'bw.officer', name: 'Kagiso Sebego', member: 'BW', roles: ['officer'], groups: [] },
  { login: 'eu.customs', name: 'Lieve Janssens', member: 'EU', roles: ['customs'], groups: [] },
  { login: 'eu.officer', name: 'Pieter Claes', member: 'EU', roles: ['officer'], groups: [] },
  { login: 'bw.company', name: 'Okavango Rough Exports', member: 'BW', roles: ['company'], groups: [] },
  { login: 'ca.statistics', name: 'Claire Tremblay', member: 'CA', roles: ['wg-member'], groups: ['WGS'] },
  { login: 'eu.monitoring', name: 'Jan de Vries', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
  { login: 'gw.observer', name: 'Global Witness analyst', member: 'GW', roles: ['observer'], groups: [] },
  { login: 'un.panel', name: "Panel of Experts on Côte d'Ivoire", member: 'UN-POE-CI', roles: ['un'], groups: [] },
  { login: 'bw.chair', name: 'Chair of the Kimberley Process 2006', member: 'BW', roles: ['chair'], groups: [] },
] as const;

/** Has the store any activity yet (statistics of the demo years)? */
export async function hasActivity(store: Store): Promise<boolean> {
  const figures = await currentFigures(store.db, [2003, 2004, 2005, 2006]);
  return figures.trade.length > 0;
}

export async function populateDemo(store: Store, onProgress?: SimulationRun['onProgress']): Promise<{ users: typeof DEMO_USERS; certificates: number }> {
  const report = await runSimulation(store, { from: 2003, to: 2006, seed: 2006, scenario: 'laundering', certificateLimit: 1500, onProgress });
  for (const year of [2004, 2005]) await statistics.release(store.db, SYSTEM, year, { note: 'released by the Gaborone plenary, November 2006', now: new Date('2006-11-09T12:00:00Z') });
  for (const year of [2004, 2005, 2006]) await monitoring.run(store.db, SYSTEM, year);
  const existing = new Set((await auth.listUsers(store.db, SYSTEM)).map((u) => u.login));
  for (const u of DEMO_USERS) {
    if (existing.has(u.login)) continue;
    await auth.createUser(store.db, SYSTEM, { name: u.name, login: u.login, member: u.member, roles: [...u.roles], groups: [...u.groups], password: DEMO_PASSWORD });
  }
  // a few shipments to Antwerp issued today and not yet received: the EU officer's queue to confirm
  await issueBulk(store, SYSTEM, [[1250.4, 4], [310.75, 2], [5020, 9]].map(([carats, parcels]) => ({
    actor: localOperator('ZA'),
    request: {
      exporter: { name: 'Kimberley Rough Exports (Pty) Ltd', address: '12 Dalham Road, Kimberley', country: 'ZA' },
      importer: { name: 'Antwerp Rough Trading NV', address: 'Hoveniersstraat 30, Antwerpen', country: 'BE' },
      origin: 'ZA', goods: [{ hsCode: '7102.31', carats: carats!, valueUsd: Math.round(carats! * 180) }], parcels: parcels!,
    },
  })), 'demo: shipments awaiting confirmation');
  return { users: DEMO_USERS, certificates: report.certificates };
}
