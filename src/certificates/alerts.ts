// The confirmation loop's alerts (issue #14 point 2), raised in the transaction of the change:
//   certificate.issued       a batch's certificates addressed to a Participant: its officers and customs
//   certificate.confirmed    a receipt confirmed as stated: the exporting Participant's officers
//   certificate.mismatch     a receipt that differs, each difference named: the exporting officers
//   certificate.unconfirmed  unconfirmed past expiry and the grace period (unconfirmed.ts): both authorities
// They go through notifications' notify/notifyMany (inbox, and e-mail when SMTP is configured); the
// notifications domain knows nothing of certificates.
import type { Tx } from '../db/store.js';
import type { Alert } from '../notifications/model.js';
import { notify, notifyMany } from '../notifications/service.js';
import type { Difference, SignedCertificate } from './model.js';

/** How many numbers an alert lists before "and N more". */
const LISTED = 50;

const listed = (numbers: string[]) => (numbers.length <= LISTED ? numbers.join(', ') : `${numbers.slice(0, LISTED).join(', ')} and ${numbers.length - LISTED} more`);

/** One alert per importing Participant of a batch: one certificate described in full, more summarised. */
export const issuedAlert = (importer: string, docs: SignedCertificate[]): Alert => ({
  kind: 'certificate.issued',
  subject: docs.length === 1
    ? `${docs[0]!.number} from ${docs[0]!.issuer.participant} awaits your confirmation of receipt`
    : `${docs.length} certificates from ${[...new Set(docs.map((d) => d.issuer.participant))].sort().join(', ')} await your confirmation of receipt`,
  body: docs.length === 1
    ? `${docs[0]!.issuer.name} issued certificate ${docs[0]!.number} for a shipment to ${importer}: exporter ${docs[0]!.exporter.name} (${docs[0]!.exporter.country}), ${docs[0]!.parcels} parcel${docs[0]!.parcels === 1 ? '' : 's'}, ${docs[0]!.totals.carats} carats expected. It expires on ${docs[0]!.expiresAt.slice(0, 10)}. Confirm its receipt from the queue of certificates awaiting confirmation once the shipment arrives.`
    : `Certificates issued for shipments to ${importer}: ${listed(docs.map((d) => d.number))}. Each is in the queue of certificates awaiting confirmation with its exporter, parcels, carats and expiry.`,
  link: '/certificates/awaiting',
  participant: importer,
  data: { certificates: docs.map((d) => ({ number: d.number, exporter: d.issuer.participant, parcels: d.parcels, carats: d.totals.carats, expiresAt: d.expiresAt })).slice(0, LISTED), count: docs.length },
  to: { participant: importer, roles: ['officer', 'customs'] },
});

/** The importing Participants' officers and customs hear of the certificates addressed to them: one alert each per batch. */
export async function announceIssued(tx: Tx, docs: SignedCertificate[], importerOf: (i: number) => string): Promise<void> {
  const byImporter = new Map<string, SignedCertificate[]>();
  docs.forEach((d, i) => {
    const list = byImporter.get(importerOf(i)) ?? [];
    list.push(d);
    byImporter.set(importerOf(i), list);
  });
  if (byImporter.size) await notifyMany(tx, [...byImporter].map(([importer, list]) => issuedAlert(importer, list)));
}

export interface ConfirmedReceipt {
  number: string;
  issuer: string;
  importer: string;
  receivedOn: string;
  differences: Difference[];
  /** the English description of each difference, as recorded */
  messages: string[];
}

/** The exporting authority hears of one confirmation: as stated, or each difference named. */
export async function announceConfirmed(tx: Tx, r: ConfirmedReceipt): Promise<number> {
  if (r.differences.length === 0 && r.messages.length === 0) {
    return notify(tx, {
      kind: 'certificate.confirmed',
      subject: `${r.number}: receipt confirmed by ${r.importer}`,
      body: `The authority of ${r.importer} confirmed the receipt of the shipment of ${r.number} on ${r.receivedOn}: parcels, carats and seals as the certificate states.`,
      link: `/certificates/${r.number}`,
      participant: r.issuer,
      data: { number: r.number, importer: r.importer, receivedOn: r.receivedOn, differences: [] },
      to: { participant: r.issuer, roles: ['officer'] },
    });
  }
  return notify(tx, {
    kind: 'certificate.mismatch',
    subject: `${r.number}: ${r.importer} received the shipment with ${r.messages.length} difference${r.messages.length === 1 ? '' : 's'}`,
    body: `The authority of ${r.importer} recorded the receipt of ${r.number} on ${r.receivedOn}, differing from the certificate: ${r.messages.join('; ')}. Please look into it with the importing authority.`,
    link: `/certificates/${r.number}`,
    participant: r.issuer,
    data: { number: r.number, importer: r.importer, receivedOn: r.receivedOn, differences: r.differences },
    to: { participant: r.issuer, roles: ['officer'] },
  });
}

/** Many confirmations (a bulk confirmation): each mismatch alerted on its own, those as stated summarised per exporting Participant. */
export async function announceConfirmedMany(tx: Tx, receipts: ConfirmedReceipt[]): Promise<void> {
  const clean = new Map<string, ConfirmedReceipt[]>();
  for (const r of receipts) {
    if (r.differences.length || r.messages.length) await announceConfirmed(tx, r);
    else clean.set(r.issuer, [...(clean.get(r.issuer) ?? []), r]);
  }
  const alerts: Alert[] = [];
  for (const [issuer, list] of clean) {
    if (list.length === 1) await announceConfirmed(tx, list[0]!);
    else alerts.push(confirmedSummary(issuer, list));
  }
  if (alerts.length) await notifyMany(tx, alerts);
}

const confirmedSummary = (issuer: string, list: ConfirmedReceipt[]): Alert => ({
  kind: 'certificate.confirmed',
  subject: `${list.length} receipts confirmed of certificates issued by ${issuer}`,
  body: `Confirmed as the certificates state (parcels, carats and seals): ${listed(list.map((r) => `${r.number} by ${r.importer} on ${r.receivedOn}`))}.`,
  link: '/certificates',
  participant: issuer,
  data: { count: list.length, numbers: list.map((r) => r.number).slice(0, LISTED), differences: [] },
  to: { participant: issuer, roles: ['officer'] },
});

export interface Unconfirmed {
  number: string;
  issuer: string;
  importer: string;
  expiresAt: string;
}

/** A certificate left unconfirmed past expiry and grace: one alert to each side per sweep, listing its certificates. */
export const unconfirmedAlert = (side: 'issuer' | 'importer', participant: string, list: Unconfirmed[], graceDays: number): Alert => ({
  kind: 'certificate.unconfirmed',
  subject: list.length === 1
    ? `${list[0]!.number} is still unconfirmed ${graceDays} days after its expiry`
    : `${list.length} certificates ${side === 'issuer' ? `issued by ${participant}` : `addressed to ${participant}`} are still unconfirmed ${graceDays} days after their expiry`,
  body: side === 'issuer'
    ? `No receipt was confirmed by the importing authority for: ${listed(list.map((u) => `${u.number} (to ${u.importer}, expired ${u.expiresAt.slice(0, 10)})`))}. Ask the importing authority whether the shipment arrived; the compliance view counts these certificates.`
    : `Your authority has not confirmed the receipt of: ${listed(list.map((u) => `${u.number} (from ${u.issuer}, expired ${u.expiresAt.slice(0, 10)})`))}. Confirm each receipt, or tell the exporting authority the shipment never arrived; the compliance view counts these certificates.`,
  link: side === 'issuer' ? '/certificates' : '/certificates/awaiting',
  participant,
  data: { side, graceDays, count: list.length, numbers: list.map((u) => u.number).slice(0, LISTED) },
  to: { participant, roles: ['officer'] },
});
