// Amending a certificate (issue #21, point 4): the issuing authority corrects a certificate not yet
// confirmed by issuing its replacement — a new number, signed and logged like any other — and
// cancelling the original as replaced by it, in ONE transaction: both or neither. The replacement keeps
// the exporting and the importing Participant; the reason is required and kept as the cancellation's
// note; verification of the original names its replacement (service.withReplacement), and the trust
// list's cancelled entries carry `{number, replacedBy}`.
import type { Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, invalid, messagesOf, notFound, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m as im } from './issue-messages.js';
import { m as rc } from './receipt-messages.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { issueInTransaction, prepare, type Issued } from './issuance.js';
import * as log from './log.js';
import { saltedRecord } from './log-plan.js';
import { type CertificateRequest, type GoodsLine, type Party, type SignedCertificate } from './model.js';
import { participantOfNumber } from './numbering.js';
import { FIELD_NAMES, placed, type FieldValues } from './fields.js';
import * as store from './store.js';
import * as logStore from './log-store.js';

/** What an amendment changes: any field of the request (the simple ones of fields.ts too); a party's fields one by one (the others are kept). */
export interface AmendmentChanges extends Partial<FieldValues> {
  exporter?: Partial<Party>;
  importer?: Partial<Party>;
  goods?: GoodsLine[];
}

export interface AmendmentInput extends AmendmentChanges {
  /** why the certificate is amended (required; kept as the original's cancellation note) */
  reason: string;
}

export const AMENDABLE_FIELDS = ['exporter', 'importer', ...FIELD_NAMES, 'goods'] as const;
export const REASON_MAX = 2000;

/** The request a certificate was issued on (the signed fields of the request, nothing the authority added). */
export function requestOf(doc: SignedCertificate): CertificateRequest {
  const extra = doc as SignedCertificate & { imports?: unknown };
  const fields = doc as unknown as Record<string, unknown>;
  // the simple fields (fields.ts) in their places, those the document has
  return placed({ exporter: doc.exporter, importer: doc.importer, goods: doc.goods, ...(extra.imports !== undefined && { imports: extra.imports }) }, (f) => fields[f.name]) as unknown as CertificateRequest;
}

/** The replacement's request: the original's with the changes applied (pure). */
export function amendedRequest(original: CertificateRequest, changes: AmendmentChanges): CertificateRequest {
  const out: CertificateRequest = { ...original };
  if (changes.exporter) out.exporter = { ...original.exporter, ...changes.exporter };
  if (changes.importer) out.importer = { ...original.importer, ...changes.importer };
  for (const k of FIELD_NAMES) if (changes[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = changes[k];
  if (changes.goods !== undefined) out.goods = changes.goods;
  return out;
}

/** The paths of the request that differ between the original and the replacement, e.g. ["importer.address", "parcels"]. */
export function changedPaths(a: CertificateRequest, b: CertificateRequest): string[] {
  const out: string[] = [];
  for (const k of ['exporter', 'importer'] as const) for (const f of ['name', 'address', 'country'] as const) if (a[k][f] !== b[k][f]) out.push(`${k}.${f}`);
  for (const k of FIELD_NAMES) if (a[k] !== b[k]) out.push(k);
  if (JSON.stringify(a.goods) !== JSON.stringify(b.goods)) out.push('goods');
  return out;
}

const dayOf = (t: Date | string) => new Date(t).toISOString().slice(0, 10);

/** Refusals of a certificate's state, each with a stable code (409 conflict) and the path `number`. */
function stateProblem(row: { number: string; cancelled_at: Date | string | null; cancel_reason: string | null; replaced_by: string | null }, confirmed: { received_on: string } | undefined): Error | undefined {
  if (row.cancelled_at) return conflict(im('amend.cancelled', { number: row.number, day: dayOf(row.cancelled_at), reason: String(row.cancel_reason), replaced: row.replaced_by ? rc('cancel.replacedBy', { number: row.replaced_by }) : '' }));
  if (confirmed) return conflict(im('amend.confirmed', { number: row.number, day: String(confirmed.received_on) }));
  return undefined;
}

export interface Amended extends Issued {
  /** the original, now cancelled as replaced */
  replaced: string;
  reason: string;
  changed: string[];
  cancelledAt: string;
}

/**
 * Amends a certificate: the exporting authority's officers only, before confirmation, for the same
 * exporting and importing Participants, with a reason. The replacement is checked against every rule
 * as a new certificate would be; nothing is written when anything is refused.
 */
export async function amend(s: Store, actor: Actor, number: string, input: AmendmentInput): Promise<Amended> {
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (!reason) throw invalid(im('amend.reason'), [detail('reason', field('required'))]);
  if (reason.length > REASON_MAX) throw invalid(im('amend.reasonLong', { max: REASON_MAX }), [detail('reason', field('tooLong', { max: REASON_MAX }))]);
  const participant = participantOfNumber(number);
  const row = participant ? await store.certificate(s.db, participant, number) : undefined;
  if (!row) throw notFound(rc('certificate.unknown', { number }));
  authorize(actor, 'certificates.amend', { participant: row.participant });
  const early = stateProblem(row, await store.confirmation(s.db, row.participant, number));
  if (early) throw early;

  const original = requestOf(await log.storedDocument(s.db, row.document));
  const changes: AmendmentChanges = {};
  for (const k of AMENDABLE_FIELDS) if (input[k] !== undefined) (changes as Record<string, unknown>)[k] = input[k];
  const replacement = amendedRequest(original, changes);
  // the replacement is checked as a new certificate: shape, the officer's right, every rule of today
  const job = await prepare(s, actor, replacement, { replacing: number }, 'certificates.issue');
  const changed = changedPaths(original, job.req);
  if (changed.length === 0) throw invalid(im('amend.nothing', { number }), [detail('', im('amend.nothing.detail'))]);
  const parties: ErrorDetail[] = [];
  if (job.issuing !== row.participant) parties.push(detail('exporter.country', im('amend.issuer', { by: job.issuing, participant: row.participant, number })));
  if (job.importerParticipant !== row.importer_participant) parties.push(detail('importer.country', im('amend.importer', { to: job.importerParticipant, participant: row.importer_participant })));
  if (parties.length) throw invalid(im('amend.refused', { number, problems: messagesOf(parties) }), parties);

  const at = new Date();
  return transaction(s.db, async (tx) => {
    // the log head's lock first (as issuance does): a confirmation or a cancellation racing this one
    // either committed before (seen below) or appends after and finds the original cancelled
    await logStore.lockLogHead(tx);
    const current = (await store.certificate(tx, row.participant, number))!;
    const problem = stateProblem(current, await store.confirmation(tx, row.participant, number));
    if (problem) throw problem;
    // the original cancelled first, so that a re-export's drawings on imports are released for its replacement
    const updated = await store.cancel(tx, row.participant, number, { cancelled_at: at, cancel_reason: 'replaced', cancel_note: reason, replaced_by: null, cancel_salt: '' });
    if (Number(updated.numUpdatedRows) !== 1) throw conflict(im('amend.race', { number }));
    const [issued] = await issueInTransaction(s, tx, [{ ...job, issuedAt: at }]);
    const replacedBy = issued!.certificate.number;
    const record = { number, reason: 'replaced', note: reason, replacedBy };
    const salted = saltedRecord(record);
    await tx.updateTable('certificates').set({ replaced_by: replacedBy, cancel_salt: salted.salt }).where('participant', '=', row.participant).where('number', '=', number).execute();
    const appended = await log.appendEvent(tx, { event: 'cancelled', participant: row.participant, number, at, recordHash: salted.recordHash });
    await audit.record(tx, actor, 'certificates.amend', number, { replacedBy, reason, changed, importer: row.importer_participant, logIndex: appended.index });
    return { ...issued!, replaced: number, reason, changed, cancelledAt: at.toISOString() };
  }, { isolation: 'read committed' });
}
