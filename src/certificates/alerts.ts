// The confirmation loop's alerts (issue #14 point 2), raised in the transaction of the change:
//   certificate.issued       a batch's certificates addressed to a Participant: its officers and customs
//   certificate.confirmed    a receipt confirmed as stated: the exporting Participant's officers
//   certificate.mismatch     a receipt that differs, each difference named: the exporting officers
//   certificate.unconfirmed  unconfirmed past expiry and the grace period (unconfirmed.ts): both authorities
// They go through notifications' notify/notifyMany (inbox, and e-mail when SMTP is configured); the
// notifications domain knows nothing of certificates. Their texts are messages of messages.ts, which each
// recipient reads in their language: countries by name, days and figures as the language writes them.
import { country, day, type Msg, type Param, verbatim } from '../core/i18n.js';
import type { Tx } from '../db/store.js';
import type { Alert } from '../notifications/model.js';
import { notify, notifyMany } from '../notifications/service.js';
import { m } from './messages.js';
import { type SignedCertificate } from './model.js';
import { type Difference, describeDifference } from './receipt-rules.js';

/** How many numbers an alert lists before "and N more". */
const LISTED = 50;

/** Certificate numbers (codes: the same in every language), the first 50 and how many more. */
const listed = (numbers: string[]): Param => (numbers.length <= LISTED ? numbers.join(', ') : m('alert.list.more', { items: numbers.slice(0, LISTED).join(', '), more: numbers.length - LISTED }));

/** Items of an alert (messages), the first 50 and how many more. */
const listedMsgs = (items: Msg[]): Param => (items.length <= LISTED ? items : m('alert.list.more', { items: items.slice(0, LISTED), more: items.length - LISTED }));

/** A difference between a receipt and its certificate, in the reader's language (model.ts describeDifference says it in English). */
export function differenceMessage(d: Difference): Msg {
  const figures = { received: typeof d.received === 'number' ? d.received : String(d.received), stated: typeof d.stated === 'number' ? d.stated : String(d.stated), hsCode: d.hsCode ?? '' };
  switch (d.field) {
    case 'parcels': return m('difference.parcels', { received: figures.received, stated: figures.stated });
    case 'carats': return m('difference.carats', { received: figures.received, stated: figures.stated });
    case 'seals': return m('difference.seals');
    case 'value': return m('difference.value', { received: figures.received, stated: figures.stated });
    case 'line.carats': return m('difference.line.carats', figures);
    case 'line.value': return m('difference.line.value', figures);
    case 'line.missing': return m('difference.line.missing', { hsCode: figures.hsCode, stated: figures.stated });
    case 'line.extra': return m('difference.line.extra', { hsCode: figures.hsCode, received: figures.received });
  }
}

/** One alert per importing Participant of a batch: one certificate described in full, more summarised. */
export const issuedAlert = (importer: string, docs: SignedCertificate[]): Alert => ({
  kind: 'certificate.issued',
  subject: docs.length === 1
    ? m('alert.issued.subject', { number: docs[0]!.number, issuer: country(docs[0]!.issuer.participant) })
    : m('alert.issuedMany.subject', { count: docs.length, issuers: [...new Set(docs.map((d) => d.issuer.participant))].sort().map((c) => m('alert.country', { country: country(c) })) }),
  body: docs.length === 1
    ? m('alert.issued.body', {
        authority: docs[0]!.issuer.name, number: docs[0]!.number, importer: country(importer), exporter: docs[0]!.exporter.name, exporterCountry: country(docs[0]!.exporter.country),
        parcels: docs[0]!.parcels, carats: docs[0]!.totals.carats, expires: day(docs[0]!.expiresAt.slice(0, 10)),
      })
    : m('alert.issuedMany.body', { importer: country(importer), numbers: listed(docs.map((d) => d.number)) }),
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
  /** the English description of each difference and of anything else flagged, as recorded */
  messages: string[];
}

/** The exporting authority hears of one confirmation: as stated, or each difference named. */
export async function announceConfirmed(tx: Tx, r: ConfirmedReceipt): Promise<number> {
  if (r.differences.length === 0 && r.messages.length === 0) {
    return notify(tx, {
      kind: 'certificate.confirmed',
      subject: m('alert.confirmed.subject', { number: r.number, importer: country(r.importer) }),
      body: m('alert.confirmed.body', { number: r.number, importer: country(r.importer), receivedOn: day(r.receivedOn) }),
      link: `/certificates/${r.number}`,
      participant: r.issuer,
      data: { number: r.number, importer: r.importer, receivedOn: r.receivedOn, differences: [] },
      to: { participant: r.issuer, roles: ['officer'] },
    });
  }
  // the differences in the reader's language; what else was flagged (an embargo, an unlicensed company,
  // a difference another system described) follows as recorded
  const described = new Set(r.differences.map((d) => describeDifference(d).message));
  const differences = [...r.differences.map(differenceMessage), ...r.messages.filter((x) => !described.has(x)).map(verbatim)];
  return notify(tx, {
    kind: 'certificate.mismatch',
    subject: m('alert.mismatch.subject', { number: r.number, importer: country(r.importer), count: differences.length }),
    body: m('alert.mismatch.body', { number: r.number, importer: country(r.importer), receivedOn: day(r.receivedOn), differences }),
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
  subject: m('alert.confirmedMany.subject', { count: list.length, issuer: country(issuer) }),
  body: m('alert.confirmedMany.body', { receipts: listedMsgs(list.map((r) => m('alert.confirmedMany.item', { number: r.number, importer: country(r.importer), receivedOn: day(r.receivedOn) }))) }),
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
    ? m('alert.unconfirmed.subject', { number: list[0]!.number, days: graceDays })
    : m(side === 'issuer' ? 'alert.unconfirmedIssued.subject' : 'alert.unconfirmedAddressed.subject', { count: list.length, participant: country(participant), days: graceDays }),
  body: side === 'issuer'
    ? m('alert.unconfirmedIssued.body', { items: listedMsgs(list.map((u) => m('alert.unconfirmedIssued.item', { number: u.number, importer: country(u.importer), expired: day(u.expiresAt.slice(0, 10)) }))) })
    : m('alert.unconfirmedAddressed.body', { items: listedMsgs(list.map((u) => m('alert.unconfirmedAddressed.item', { number: u.number, issuer: country(u.issuer), expired: day(u.expiresAt.slice(0, 10)) }))) }),
  link: side === 'issuer' ? '/certificates' : '/certificates/awaiting',
  participant,
  data: { side, graceDays, count: list.length, numbers: list.map((u) => u.number).slice(0, LISTED) },
  to: { participant, roles: ['officer'] },
});
