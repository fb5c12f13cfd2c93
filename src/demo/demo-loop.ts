// The demo's ring of certificates (issue #17, items 6–7): South Africa → Botswana → the European
// Community → the United Arab Emirates → South Africa. Each shipment of the ring is applied for by the
// exporting company's own user, approved by its authority's officer, and then — by the importing
// authority's officer — confirmed, confirmed with a mismatch, or left awaiting confirmation; or
// cancelled, or amended (the original then stands "replaced") by the exporting officer. So every
// Participant of the ring has, as issuer and as importer, a certificate in each state, and each of
// its users (officer, customs, company) finds something to look at and something to do.
//
// Idempotent: companies, users and ties are made only when missing, and the certificates only when
// the store holds no certificate of the ring's first leg (ZA → BW, a route the simulated world never
// takes), so a second start adds nothing.
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM, type Actor } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import * as passwords from '../accounts/sign-in.js';
import * as applications from '../certificates/applications.js';
import * as certificates from '../certificates/service.js';
import { amend } from '../certificates/amendment.js';
import type { CertificateRequest } from '../certificates/model.js';
import * as companies from '../companies/service.js';
import * as companyStore from '../companies/store.js';

/** The Participants of the ring, in the order the goods travel (the last ships back to the first). */
export const RING = ['ZA', 'BW', 'EU', 'AE'] as const;
export type RingMember = (typeof RING)[number];

/** Each member's licensed company: the exporter of its leg, the importer of the leg that reaches it. */
export const RING_COMPANIES: Record<RingMember, { licence: string; name: string; address: string; country: string; user: string; since: string }> = {
  ZA: { licence: 'ZA-0001', name: 'Kimberley Rough Exports (Pty) Ltd', address: '12 Dalham Road, Kimberley', country: 'ZA', user: 'za.company', since: '2006-01-01' },
  BW: { licence: 'BW-0001', name: 'Okavango Rough Exports', address: 'Plot 64, Gaborone', country: 'BW', user: 'bw.company', since: '2006-01-01' },
  EU: { licence: 'EU-BE-0001', name: 'Antwerp Rough Trading NV', address: 'Hoveniersstraat 30, Antwerpen', country: 'BE', user: 'eu.company', since: '2006-01-01' },
  AE: { licence: 'AE-DMCC-0001', name: 'Almas Rough Trading DMCC', address: 'Almas Tower, Jumeirah Lakes Towers, Dubai', country: 'AE', user: 'ae.company', since: '2006-01-01' },
};

/** The users the ring needs beyond the demo's first ones (all with the demo password). */
export const RING_USERS = [
  { login: 'za.customs', name: 'Sipho Ndlovu', member: 'ZA', roles: ['customs'], groups: [] },
  { login: 'za.company', name: 'Kimberley Rough Exports (Pty) Ltd', member: 'ZA', roles: ['company'], groups: [] },
  { login: 'bw.customs', name: 'Neo Kgosi', member: 'BW', roles: ['customs'], groups: [] },
  { login: 'ae.officer', name: 'Mariam Al Mansoori', member: 'AE', roles: ['officer'], groups: [] },
  { login: 'ae.customs', name: 'Khalid Al Hammadi', member: 'AE', roles: ['customs'], groups: [] },
  { login: 'ae.company', name: 'Almas Rough Trading DMCC', member: 'AE', roles: ['company'], groups: [] },
] as const;

/** What becomes of each shipment of a leg. */
export const RING_STATES = ['awaiting', 'confirmed', 'mismatch', 'cancelled', 'amended'] as const;
export type RingState = (typeof RING_STATES)[number];

const OFFICERS: Record<RingMember, string> = { ZA: 'za.officer', BW: 'bw.officer', EU: 'eu.officer', AE: 'ae.officer' };

/** The goods of each leg: (origin, carats, US$/ct, parcels), believable for the route. */
const LEGS: Record<RingMember, { origin: string; carats: number; perCarat: number; parcels: number }> = {
  ZA: { origin: 'ZA', carats: 1840.25, perCarat: 160, parcels: 4 },
  BW: { origin: 'BW', carats: 3120.5, perCarat: 145, parcels: 6 },
  EU: { origin: 'BW', carats: 960.75, perCarat: 210, parcels: 3 },
  AE: { origin: 'ZA', carats: 610.4, perCarat: 190, parcels: 2 },
};

const actorOf = (u: auth.User): Actor => ({ kind: 'user', userId: u.id, name: `${u.name} (${u.login})`, participant: u.participant, organisation: u.organisation, roles: u.roles, groups: u.groups });

export interface RingCertificate {
  issuer: RingMember;
  importer: RingMember;
  state: RingState;
  number: string;
  /** for an amended one: the replacement (itself awaiting confirmation) */
  replacedBy?: string;
}

export interface RingReport {
  /** false when the ring was already there: nothing was written */
  written: boolean;
  usersCreated: string[];
  certificates: RingCertificate[];
}

/** Users of `wanted` that do not exist yet, created with the demo password. */
export async function ensureUsers(store: Store, wanted: readonly { login: string; name: string; member: string; roles: readonly string[]; groups: readonly string[] }[]): Promise<string[]> {
  const existing = new Set((await auth.listUsers(store.db, SYSTEM)).map((u) => u.login));
  const created: string[] = [];
  for (const u of wanted) {
    if (existing.has(u.login)) continue;
    await auth.createUser(store.db, SYSTEM, { name: u.name, login: u.login, member: u.member, roles: [...u.roles], groups: [...u.groups], password: passwords.DEMO_PASSWORD });
    created.push(u.login);
  }
  return created;
}

/** Each member's company registered and its company user tied to it (when missing). */
async function ensureCompanies(store: Store, users: Map<string, auth.User>) {
  for (const code of RING) {
    const c = RING_COMPANIES[code];
    const officer = localOperator(code);
    if (!(await companyStore.get(store.db, code, c.licence))) {
      await companies.add(store.db, officer, { participant: code, licence: c.licence, name: c.name, address: c.address, validFrom: c.since });
    }
    const user = users.get(c.user);
    if (user && !(await companyStore.companyOfUser(store.db, code, user.id))) await companies.tie(store.db, officer, code, user.id, c.licence);
  }
}

/** Whether the store is a demo's (its first demo user exists): only then may a later start add the ring. */
export async function isDemoStore(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('users').select('id').where('login', '=', 'za.officer').executeTakeFirst();
  return row !== undefined;
}

/** Whether the ring's certificates are in the store already (its first leg, ZA → BW, exists nowhere else). */
export async function hasRing(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('certificates').select('number').where('participant', '=', 'ZA').where('importer_participant', '=', 'BW').limit(1).executeTakeFirst();
  return row !== undefined;
}

function legRequest(from: RingMember, to: RingMember, n: number): CertificateRequest {
  const leg = LEGS[from];
  const e = RING_COMPANIES[from];
  const i = RING_COMPANIES[to];
  // each shipment of the leg a little different, so the lists tell them apart
  const carats = Math.round(leg.carats * (1 + n / 10) * 100) / 100;
  return {
    exporter: { name: e.name, address: e.address, country: e.country },
    importer: { name: i.name, address: i.address, country: i.country },
    origin: leg.origin,
    goods: [{ hsCode: '7102.31', carats, valueUsd: Math.round(carats * leg.perCarat) }],
    parcels: leg.parcels,
  };
}

/**
 * Writes the ring into a store that holds the demo's users (za.officer, bw.officer, eu.officer,
 * bw.company, eu.company; the rest are made here): companies, ties, and five shipments a leg.
 */
export async function populateDemoLoop(store: Store, opts: { extraUsers?: readonly (typeof RING_USERS)[number][] } = {}): Promise<RingReport> {
  const usersCreated = await ensureUsers(store, opts.extraUsers ?? RING_USERS);
  const users = new Map((await auth.listUsers(store.db, SYSTEM)).map((u) => [u.login, u] as const));
  await ensureCompanies(store, users);
  if (await hasRing(store)) return { written: false, usersCreated, certificates: [] };
  const user = (login: string): Actor => {
    const u = users.get(login);
    if (!u) throw new Error(`the demo ring needs the user ${login}`);
    return actorOf(u);
  };

  const out: RingCertificate[] = [];
  for (const [k, from] of RING.entries()) {
    const to = RING[(k + 1) % RING.length]!;
    const company = user(RING_COMPANIES[from].user);
    const issuer = user(OFFICERS[from]);
    const receiver = user(OFFICERS[to]);
    for (const [n, state] of RING_STATES.entries()) {
      // applied for by the company's user, approved by its authority: as in the web
      const request = legRequest(from, to, n);
      const application = await applications.submit(store, company, request);
      const number = (await applications.approve(store, issuer, application.id)).certificate.number;
      const carats = request.goods[0]!.carats;
      const row: RingCertificate = { issuer: from, importer: to, state, number };
      if (state === 'confirmed') {
        await certificates.confirm(store, receiver, number, { parcels: request.parcels, carats, sealsIntact: true });
      } else if (state === 'mismatch') {
        // a parcel short and its carats missing, one seal broken: flagged and sent to the exporting authority
        await certificates.confirm(store, receiver, number, { parcels: request.parcels - 1, carats: Math.round(carats * 0.8 * 100) / 100, sealsIntact: false, note: 'one parcel missing on arrival, its seal broken' });
      } else if (state === 'cancelled') {
        await certificates.cancel(store, issuer, number, { reason: 'void', note: 'the sale fell through before shipment' });
      } else if (state === 'amended') {
        const amended = await amend(store, issuer, number, { reason: 'the parcel count was mistyped', parcels: request.parcels + 1 });
        row.replacedBy = amended.certificate.number;
      }
      out.push(row);
    }
  }
  return { written: true, usersCreated, certificates: out };
}
