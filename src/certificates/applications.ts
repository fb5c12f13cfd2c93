// An exporter's application for a certificate: the licensed company submits the request (checked
// against every rule at once, so it learns of problems before the officer does), an officer of its
// Participant's authority approves it — the certificate is then issued as by the officer — or refuses
// it with a reason.
import { randomUUID } from 'node:crypto';
import type { Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, detail, invalid, notFound } from '../core/errors.js';
import { field } from '../core/messages.js';
import { verbatim } from '../core/i18n.js';
import { m as im } from './issue-messages.js';
import type { Actor } from '../auth/model.js';
import { authorize, can } from './policy.js';
import * as audit from '../audit/service.js';
import { issueWithCode, prepare, type Issued } from './issuance.js';
import type { CertificateRequest } from './model.js';
import * as store from './store.js';

export interface Application {
  id: string;
  participant: string;
  status: 'pending' | 'approving' | 'approved' | 'refused';
  request: CertificateRequest;
  submittedBy: string;
  submittedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  certificateNumber: string | null;
}

type Row = NonNullable<Awaited<ReturnType<typeof store.application>>>;

function view(r: Row): Application {
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return {
    id: r.id, participant: r.participant, status: r.status, request: JSON.parse(r.request) as CertificateRequest, submittedBy: r.submitted_by,
    submittedAt: iso(r.submitted_at)!, decidedBy: r.decided_by, decidedAt: iso(r.decided_at), reason: r.reason, certificateNumber: r.certificate_number,
  };
}

export async function submit(s: Store, actor: Actor, request: unknown): Promise<Application> {
  const checked = await prepare(s, actor, request, {}, 'certificates.apply');
  const id = randomUUID();
  await transaction(s.db, async (tx) => {
    await store.insertApplication(tx, { participant: checked.issuing, id, request: JSON.stringify(checked.req), status: 'pending', submitted_by: actor.name, submitted_by_user: actor.userId, submitted_at: new Date() });
    await audit.record(tx, actor, 'certificates.apply', id, { participant: checked.issuing, importer: checked.importerParticipant });
  });
  return view((await store.application(s.db, id))!);
}

/** Officers see their Participant's applications; a company sees its own. */
export async function list(s: Store, actor: Actor, opts: { status?: string; limit?: number } = {}): Promise<Application[]> {
  const participant = actor.participant;
  if (!participant) throw invalid(im('applications.participant'), [detail('participant', field('required'))]);
  authorize(actor, 'certificates.applications.read', { participant });
  const own = can(actor, 'certificates.applications.decide', { participant }) ? undefined : (actor.userId ?? '00000000-0000-0000-0000-000000000000');
  return (await store.applications(s.db, participant, { status: opts.status, submittedByUser: own, limit: Math.min(opts.limit ?? 100, 1000) })).map(view);
}

/** An application's status as a sentence says it (one being approved: being decided by another officer). */
const statusOf = (status: string) => (status === 'approving' ? im('application.deciding') : status === 'approved' || status === 'refused' ? im(`application.${status}`) : verbatim(status));

async function load(s: Store, actor: Actor, id: string, action: 'certificates.applications.decide') {
  const row = await store.application(s.db, id);
  if (!row) throw notFound(im('application.unknown', { id }));
  authorize(actor, action, { participant: row.participant });
  return row;
}

/**
 * Approves: the application is claimed first (of two officers approving at once, one wins), then the
 * certificate is issued under the officer's authority, re-checked against the registry of today; if
 * that fails the application goes back to pending and the officer sees why. The officer gets the
 * certificate's verification code, once.
 */
export async function approve(s: Store, actor: Actor, id: string): Promise<Issued> {
  const row = await load(s, actor, id, 'certificates.applications.decide');
  const claimed = await transaction(s.db, (tx) => store.moveApplication(tx, row.participant, id, 'pending', { status: 'approving', decided_by: actor.name, decided_at: new Date() }));
  if (!claimed) throw conflict(im('application.already', { id, status: statusOf(row.status === 'pending' ? 'approving' : row.status) }));
  let issued: Issued;
  try {
    issued = await issueWithCode(s, actor, JSON.parse(row.request));
  } catch (e) {
    await transaction(s.db, (tx) => store.moveApplication(tx, row.participant, id, 'approving', { status: 'pending', decided_by: null, decided_at: null }));
    throw e;
  }
  const doc = issued.certificate;
  await transaction(s.db, async (tx) => {
    await store.moveApplication(tx, row.participant, id, 'approving', { status: 'approved', certificate_number: doc.number });
    await audit.record(tx, actor, 'certificates.applications.approve', id, { participant: row.participant, number: doc.number });
  });
  return issued;
}

export async function refuse(s: Store, actor: Actor, id: string, reason: string): Promise<Application> {
  if (!reason.trim()) throw invalid(im('application.reason'), [detail('reason', field('required'))]);
  const row = await load(s, actor, id, 'certificates.applications.decide');
  await transaction(s.db, async (tx) => {
    const moved = await store.moveApplication(tx, row.participant, id, 'pending', { status: 'refused', decided_by: actor.name, decided_at: new Date(), reason: reason.trim() });
    if (!moved) throw conflict(im('application.already', { id, status: statusOf(row.status) }));
    await audit.record(tx, actor, 'certificates.applications.refuse', id, { participant: row.participant, reason: reason.trim() });
  });
  return view((await store.application(s.db, id))!);
}
