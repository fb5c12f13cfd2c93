// Issuing certificates: every rule checked before anything is written, then numbering, signing and
// logging in one serializable transaction.
//
// Group commit: requests that arrive while an issuance transaction runs wait and are then issued
// together in the next one (one counter statement, one key read, one log append, one insert, one
// audit entry per actor), so the store does a handful of round trips per batch instead of a dozen
// per certificate. A lone request is a batch of one; the result and the guarantees are the same.
// Within a process the batches run one after another; across processes (several servers on one
// PostgreSQL) the serializable transactions and the conditional log-head update keep numbers and
// log positions unique, and a loser is retried.
import type { Store, Tx } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { detail, invalid, KpcsError, messagesOf, type ErrorDetail } from '../core/errors.js';
import { isIsoDay, today, type IsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { authorityKeys } from './keys.js';
import * as log from './log.js';
import { announceIssued } from './alerts.js';
import { checkRules, checkShape, countriesOf, normalizeRequest, under, type CertificateRequest, type SignedCertificate } from './model.js';
import { participantOfNumber } from './numbering.js';
import { composeBatch, type ComposeJob, type Composed } from './compose.js';
import { registryFacts } from './registry.js';
import * as participants from '../participants/service.js';
import { exporterProblems } from '../companies/service.js';
import { withheld } from '../companies/stock.js';
import { drawingProblems, lockAndCheckDrawings, withDerivedOrigin, writeDrawings } from './reexport.js';
import * as store from './store.js';
import * as keyStore from './key-store.js';
import { m } from './messages.js';
import { m as im } from './issue-messages.js';
import { field } from '../core/messages.js';
import * as idem from './idempotency.js';
import { assignSeqs, numberGroups } from './numbering.js';

export interface IssueOptions {
  /** a historical certificate (migration of paper records, simulation): judged by the registry of that day; local CLI only */
  on?: IsoDay;
  /** an amendment: the certificate replaced, whose drawings on imports are released with it */
  replacing?: string;
}

/** A request checked against every rule: what composing needs, and who asked. */
interface Prepared extends Omit<ComposeJob, 'issuedBy'> {
  actor: Actor;
  historical?: IsoDay;
  /** the request's Idempotency-Key (POST /api/certificates) */
  idempotency?: idem.IdempotencyKey;
}

/**
 * A certificate just issued and its verification code: the code is given to the issuer once (the API
 * response, `kpcs cert issue`, the PDF); the store keeps only its hash.
 */
export interface Issued {
  certificate: SignedCertificate;
  verificationCode: string;
}

/** Certificates to issue together, all or nothing (one request, or one batch call). */
interface Group {
  jobs: Prepared[];
  resolve: (issued: Issued[]) => void;
  reject: (e: unknown) => void;
}

const MAX_BATCH = 256;
const YIELDS = 2;
// one queue per store: within a process, issuance transactions run one after the other (they would
// only fight over the same counter, log head and audit head rows otherwise)
const queues = new WeakMap<Store, { groups: Group[]; running: boolean }>();

function enqueue(s: Store, jobs: Prepared[]): Promise<Issued[]> {
  return new Promise<Issued[]>((resolve, reject) => {
    let q = queues.get(s);
    if (!q) queues.set(s, (q = { groups: [], running: false }));
    q.groups.push({ jobs, resolve, reject });
    if (!q.running) void drain(s, q);
  });
}

/**
 * Every check of a request, nothing written: shape, the actor's right to act for the exporting
 * Participant (`action`: issue for officers, apply for exporters), and every rule of the day.
 */
export async function prepare(s: Store, actor: Actor, request: unknown, opts: IssueOptions, action: 'certificates.issue' | 'certificates.apply'): Promise<Prepared> {
  // a re-export: origin and provenance follow from the imports it draws on (reexport.ts)
  if (isReExport(request)) request = await withDerivedOrigin(s.db, request);
  const shape = checkShape(request);
  if (shape.length) throw invalid(im('request.problems', { count: shape.length, problems: messagesOf(shape).map((problem, i) => im('problem.at', { path: shape[i]!.path ?? '', problem })) }), shape);
  const req = normalizeRequest(request as CertificateRequest);
  if (opts.on !== undefined && !isIsoDay(opts.on)) throw invalid(im('on.notADay', { option: '--on', value: opts.on }), [detail('on', im('on.notADay.detail'))]);
  const now = new Date();
  if (opts.on !== undefined && opts.on > today(now)) throw invalid(im('on.future', { option: '--on', value: opts.on }), [detail('on', field('inTheFuture'))]);
  const historical = opts.on !== undefined && opts.on < today(now) ? opts.on : undefined;
  const issuedAt = historical ? new Date(`${historical}T12:00:00.000Z`) : now;
  const day = today(issuedAt);

  const facts = await registryFacts(s.db, day, countriesOf(req));
  // the issuing Participant is the one the exporter's country belongs to (EU for a member state):
  // an officer issues, an exporter applies, for its own Participant only
  const issuing = facts.countries[req.exporter.country]!.participant;
  authorize(actor, action, { participant: issuing });
  const issuer = await facts.detail(issuing);
  const goodStanding = issuer !== undefined && ['participant', 'trading_entity'].includes(issuer.status);
  const violations = checkRules(req, { day, issuer: { code: issuing, status: issuer?.status ?? null, goodStanding }, countries: facts.countries });
  // the register of licensed companies, once the Participant keeps one (src/companies)
  violations.push(...(await exporterProblems(s.db, actor, issuing, req.exporter.name, day)));
  violations.push(...(await drawingProblems(s.db, req, issuing, { replacing: opts.replacing })));
  if (violations.length) throw invalid(m('refusal.rules', { reasons: messagesOf(violations) }), violations);
  // a Participant that withholds issuance for a company whose stock report is overdue (src/companies/stock.ts)
  const refusal = await withheld(s.db, issuing, req.exporter.name, day);
  if (refusal) throw refusal;
  return {
    actor, req, issuing, issuerName: issuer!.name, authority: issuer!.authority.name, importerParticipant: facts.countries[req.importer.country]!.participant,
    issuedAt, validityDays: issuer!.certificateValidityDays, historical,
  };
}

/** Issues one certificate: the signed document and its verification code (given to the issuer once). */
export async function issueWithCode(s: Store, actor: Actor, request: unknown, opts: IssueOptions = {}): Promise<Issued> {
  const job = await prepare(s, actor, request, opts, 'certificates.issue');
  return (await issueJobs(s, [job]))[0]!;
}

/**
 * Issues one certificate once per Idempotency-Key: a request whose key already issued one gets that
 * certificate again (its verification code null: shown once, the store keeps only its hash).
 */
export async function issueOnce(s: Store, actor: Actor, request: unknown, key: idem.IdempotencyKey): Promise<{ certificate: SignedCertificate; verificationCode: string | null }> {
  const stored = async (number: string) => {
    // still one who may issue for that Participant
    authorize(actor, 'certificates.issue', { participant: participantOfNumber(number)! });
    return { certificate: await log.storedDocument(s.db, (await store.certificate(s.db, participantOfNumber(number)!, number))!.document), verificationCode: null };
  };
  // before any check: a retry answers what was issued even if the rules of today would refuse it now
  const before = await idem.issuedFor(s.db, key);
  if (before) return stored(before);
  const job = { ...(await prepare(s, actor, request, {}, 'certificates.issue')), idempotency: key };
  try {
    return (await issueJobs(s, [job]))[0]!;
  } catch (e) {
    if (e instanceof idem.AlreadyIssued) return stored(e.number);
    throw e;
  }
}

/** Issues one certificate; its verification code is not kept (the issuing authority can make a new one). */
export async function issue(s: Store, actor: Actor, request: unknown, opts: IssueOptions = {}): Promise<SignedCertificate> {
  return (await issueWithCode(s, actor, request, opts)).certificate;
}

/**
 * Issues many requests at once, all or nothing: every request is checked first (the error names each
 * bad one as requests[i].path), then all are issued in one transaction. For an authority's system
 * sending a day's certificates; one call, one authentication, one commit.
 */
export async function issueAll(s: Store, actor: Actor, requests: unknown[], opts: IssueOptions = {}): Promise<SignedCertificate[]> {
  return (await issueAllWithCodes(s, actor, requests, opts)).map((i) => i.certificate);
}

/** issueAll, with each certificate's verification code. */
export async function issueAllWithCodes(s: Store, actor: Actor, requests: unknown[], opts: IssueOptions = {}): Promise<Issued[]> {
  const jobs: Prepared[] = [];
  const details: ErrorDetail[] = [];
  for (const [i, request] of requests.entries()) {
    try {
      jobs.push(await prepare(s, actor, request, opts, 'certificates.issue'));
    } catch (e) {
      if (!(e instanceof KpcsError) || e.code !== 'invalid_input') throw e;
      for (const d of e.details.length ? e.details : [e.msg ? detail('', e.msg) : { message: e.message }]) details.push(under(d, `requests[${i}]${d.path ? `.${d.path}` : ''}`));
    }
  }
  if (details.length) throw invalid(im('requests.refused', { refused: String(new Set(details.map((d) => d.path!.split('.')[0])).size), total: String(requests.length) }), details);
  if (jobs.length === 0) return [];
  return issueJobs(s, jobs);
}

const isReExport = (r: unknown): r is Record<string, unknown> => typeof r === 'object' && r !== null && Array.isArray((r as { imports?: unknown }).imports);

/** Re-exports go in a transaction of their own (a refused drawing must not fail others' batch); the rest join the group commit. */
function issueJobs(s: Store, jobs: Prepared[]): Promise<Issued[]> {
  if (!jobs.some((j) => j.req.imports)) return enqueue(s, jobs);
  return transaction(s.db, (tx) => issueInTransaction(s, tx, jobs), { isolation: 'read committed' });
}

async function drain(s: Store, q: { groups: Group[]; running: boolean }) {
  q.running = true;
  try {
    while (q.groups.length) {
      // PGlite answers without yielding to the event loop, so a transaction runs start to end in
      // microtasks and starves other requests' I/O; yield so that those in flight can join this batch
      for (let i = 0; i < YIELDS; i++) await new Promise((r) => setImmediate(r));
      // whole groups, up to MAX_BATCH certificates (a larger group goes alone)
      let n = 0;
      let take = 0;
      while (take < q.groups.length && (take === 0 || n + q.groups[take]!.jobs.length <= MAX_BATCH)) n += q.groups[take++]!.jobs.length;
      // two requests with one Idempotency-Key: the second waits for the next batch (and finds the first's certificate)
      const { batch, wait } = idem.oneByKey(q.groups.splice(0, take));
      q.groups.unshift(...wait);
      try {
        const issued = await transaction(s.db, (tx) => issueBatch(s, tx, batch.flatMap((g) => g.jobs)), { isolation: 'read committed' });
        let at = 0;
        for (const g of batch) {
          g.resolve(issued.slice(at, at + g.jobs.length));
          at += g.jobs.length;
        }
      } catch (e) {
        if (e instanceof idem.KeysTaken) {
          // retries whose key issued already (in another process, or an earlier batch) get that certificate
          const taken = batch.filter((g) => g.jobs.some((j) => e.taken.has(j)));
          for (const g of taken) {
            const t = e.taken.get(g.jobs.find((j) => e.taken.has(j))!)!;
            g.reject(typeof t === 'string' ? new idem.AlreadyIssued(t) : t);
          }
          q.groups.unshift(...batch.filter((g) => !taken.includes(g)));
          continue;
        }
        if (e instanceof StandingChanged) {
          // the requests of an issuer that lost its standing are refused; the others go in the next batch
          const refused = batch.filter((g) => g.jobs.some((j) => e.lost.has(j.issuing)));
          for (const g of refused) g.reject(e.refusal());
          q.groups.unshift(...batch.filter((g) => !refused.includes(g)));
          continue;
        }
        for (const g of batch) g.reject(e);
      }
    }
  } finally {
    q.running = false;
  }
}

/**
 * Bulk issuance (the simulator, migrations of paper records): requests already checked one by one by
 * `prepare`, issued in one transaction per call, with one audit entry for the whole batch that says
 * what it covers (count, numbers per Participant, log positions). Each certificate is numbered,
 * hashed, logged and signed exactly as through the API, so it verifies exactly like one.
 */
export async function issuePrepared(s: Store, operator: Actor, jobs: Prepared[], source: string, opts: { announce?: boolean } = {}): Promise<{ docs: SignedCertificate[]; codes: string[]; logFrom: number }> {
  if (jobs.length === 0) return { docs: [], codes: [], logFrom: 0 };
  return transaction(s.db, async (tx) => {
    const issued = await issueBatch(s, tx, jobs, { operator, source }, opts.announce !== false).catch((e) => {
      throw e instanceof StandingChanged ? e.refusal() : e;
    });
    return { docs: issued.map((i) => i.certificate), codes: issued.map((i) => i.verificationCode), logFrom: issued[0]!.certificate.transparency.leafIndex };
  }, { isolation: 'read committed' });
}

/**
 * Issues requests already checked by `prepare` in the caller's READ COMMITTED transaction, which must
 * take the log head's lock first (an amendment: the replacement and the original's cancellation
 * commit together or not at all).
 */
export async function issueInTransaction(s: Store, tx: Tx, jobs: Prepared[]): Promise<Issued[]> {
  return issueBatch(s, tx, jobs).catch((e) => {
    throw e instanceof StandingChanged ? e.refusal() : e;
  });
}

export type { Prepared };

/** Issues a batch in the caller's transaction; everything here is recomputed if it is retried. */
async function issueBatch(s: Store, tx: Tx, batch: Prepared[], bulk?: { operator: Actor; source: string }, announce = true): Promise<Issued[]> {
  // first the log head's row lock: issuers on every process run one after the other from here (the
  // transaction is READ COMMITTED, so each reads what the one before committed, and nothing collides)
  const logSize = await log.lockHead(tx);
  // Idempotency-Keys: after the lock, every key committed by any process is seen
  await idem.checkBatch(tx, batch);
  // the issuer's standing read again inside the issuing transaction: a suspension committed (through
  // any process) after `prepare` checked it holds, and a concurrent one makes this transaction retry
  const lost = await standingsLost(tx, batch);
  if (lost.size) throw new StandingChanged(lost);
  // re-exports: the drawings checked again with the import certificates' rows locked (reexport.ts)
  await lockAndCheckDrawings(tx, batch);
  const now = new Date();
  // numbers: one counter row per (Participant, year), advanced by the batch's count, in one statement
  const groups = numberGroups(batch);
  const last = await store.takeSeqsMany(tx, [...groups.values()].map((g) => ({ participant: g.participant, year: g.year, count: g.members.length })));
  const seqs = assignSeqs(groups, last);
  // keys: the one in service per Participant (created on its first issuance)
  const earliest = new Map<string, Date>();
  for (const j of batch) {
    const e = earliest.get(j.issuing) ?? now;
    earliest.set(j.issuing, j.issuedAt < e ? j.issuedAt : e);
  }
  const keys = await authorityKeys(s, tx, earliest);
  for (const j of batch) {
    const key = keys.get(j.issuing)!;
    if (key.validFrom > j.issuedAt) {
      // a historical certificate older than the key: the local operator migrating paper records
      // vouches for the period, and the trust list says so
      await keyStore.backdateKey(tx, j.issuing, key.id, j.issuedAt);
      await audit.record(tx, j.actor, 'certificates.keys.backdate', key.id, { participant: j.issuing, validFrom: j.issuedAt.toISOString() });
      key.validFrom = j.issuedAt;
    }
  }
  const composed = composeBatch({ jobs: batch.map(composeJob), seqs, keys, log: await log.head(tx, logSize) });
  const docs = await writeBatch(tx, batch, composed, [...new Set([...keys.values()].filter((k) => k.created).map((k) => k.id))], bulk, announce);
  await idem.record(tx, batch.flatMap((j, i) => (j.idempotency ? [{ k: j.idempotency, number: docs[i]!.number }] : [])));
  await writeDrawings(tx, batch, docs.map((d) => d.number), now);
  return docs.map((certificate, i) => ({ certificate, verificationCode: composed.codes[i]! }));
}

/** Issuing Participants of the batch no longer in good standing on their day of issue, with their status then. */
async function standingsLost(tx: Tx, batch: Prepared[]): Promise<Map<string, string | null>> {
  const lost = new Map<string, string | null>();
  const seen = new Set<string>();
  for (const j of batch) {
    const day = today(j.issuedAt);
    const k = `${j.issuing}:${day}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const now = await participants.statusNow(tx, j.issuing, day);
    if (!now.goodStanding) lost.set(j.issuing, now.status);
  }
  return lost;
}

/** Thrown inside the issuing transaction when an issuer lost its standing after its requests were checked. */
class StandingChanged extends Error {
  constructor(readonly lost: Map<string, string | null>) { super('standing changed'); }

  refusal(): KpcsError {
    const lost = [...this.lost].map(([participant, s]) => ({ participant, status: participants.statusWord(s, 'notParticipant') }));
    return invalid(im('standing.lost', { lost: lost.map((l) => im('standing.lostOne', l)) }), lost.map((l) => detail('exporter.country', im('standing.lost.detail', l))));
  }
}

export function composeJob(j: Prepared): ComposeJob {
  return { req: j.req, issuing: j.issuing, issuerName: j.issuerName, authority: j.authority, importerParticipant: j.importerParticipant, issuedAt: j.issuedAt, validityDays: j.validityDays, issuedBy: j.actor.name };
}

/**
 * Writes a composed batch in the caller's transaction: the log append (if the log is still the size it
 * was composed on), the certificates, and the audit: one entry for a bulk batch saying what it covers,
 * else one per actor naming every certificate it issued. Unless `announce` is false (a history whose
 * receipts are confirmed in the same transaction), the importing Participants' officers and customs are
 * alerted: one alert per importing Participant and batch.
 */
export async function writeBatch(tx: Tx, batch: Prepared[], composed: Composed, keysCreated: string[], bulk?: { operator: Actor; source: string }, announce = true): Promise<SignedCertificate[]> {
  const { docs } = composed;
  const appended = await log.writeAppend(tx, composed.append);
  await store.insertCertificates(tx, composed.rows);
  if (announce) await announceIssued(tx, docs, (i) => batch[i]!.importerParticipant);
  if (bulk) {
    // one entry for the batch: what it covers, without repeating every certificate
    const perParticipant: Record<string, { count: number; first: string; last: string }> = {};
    docs.forEach((d) => {
      const p = (perParticipant[d.issuer.participant] ??= { count: 0, first: d.number, last: d.number });
      p.count++;
      if (d.number < p.first) p.first = d.number;
      if (d.number > p.last) p.last = d.number;
    });
    await audit.record(tx, bulk.operator, 'certificates.issue.bulk', `${docs.length} certificates`, {
      source: bulk.source, count: docs.length, logFrom: appended[0]!.index, logTo: appended.at(-1)!.index,
      issuedFrom: docs.reduce((m, c) => (c.issuedAt < m ? c.issuedAt : m), docs[0]!.issuedAt), issuedTo: docs.reduce((m, c) => (c.issuedAt > m ? c.issuedAt : m), docs[0]!.issuedAt), participants: perParticipant, ...(keysCreated.length && { keysCreated }),
    });
    return docs;
  }
  // one audit entry per actor and batch, naming every certificate it issued
  const byActor = new Map<string, { actor: Actor; idx: number[] }>();
  batch.forEach((j, i) => {
    const who = JSON.stringify([j.actor.kind, j.actor.userId, j.actor.name, j.actor.participant]);
    const entry = byActor.get(who) ?? { actor: j.actor, idx: [] };
    entry.idx.push(i);
    byActor.set(who, entry);
  });
  for (const { actor, idx } of byActor.values()) {
    const items = idx.map((i) => ({ number: docs[i]!.number, importer: batch[i]!.importerParticipant, keyId: docs[i]!.issuer.keyId, logIndex: appended[i]!.index, ...(batch[i]!.historical && { historical: batch[i]!.historical }) }));
    const created = keysCreated.filter((id) => idx.some((i) => docs[i]!.issuer.keyId === id));
    await audit.record(tx, actor, 'certificates.issue', items.length === 1 ? items[0]!.number : `${items.length} certificates`, { certificates: items, ...(created.length && { keysCreated: created }) });
  }
  return docs;
}
