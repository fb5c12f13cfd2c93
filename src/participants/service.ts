// Use cases of the Participant registry. Other domains ask this service, never the tables:
// "what is BE's Participant and is it in good standing on 2006-03-01?"
import type { Db, Tx } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { KeptReads } from '../db/kept.js';
import { conflict, detail, invalid, notFound } from '../core/errors.js';
import { day as aDay } from '../core/i18n.js';
import { field } from '../core/messages.js';
import { m as t } from './messages.js';
import { isIsoDay, today, type IsoDay } from '../core/time.js';
import { SYSTEM, type Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { isGoodStanding, measuresOn, membershipsOn, statusOn, statusWord, type Measure, type Membership, type ParticipantDetail, type ParticipantStatus, type ParticipantSummary, type StatusPeriod } from './model.js';
import { registrySeed } from './seed.js';
import * as store from './store.js';

// The registry is small (a hundred entries) and read on every certificate and import, so it is read
// whole and kept in memory for a moment: a change made through this service is seen at once, one
// made by another process within SNAPSHOT_MS.
const SNAPSHOT_MS = 2000;
type Snapshot = {
  rows: Awaited<ReturnType<typeof store.allParticipants>>;
  histories: Awaited<ReturnType<typeof store.statusHistories>>;
  members: Membership[];
  measures: Measure[];
};
const snapshots = new WeakMap<Db, { at: number; value: Promise<Snapshot> }>();

function snapshot(db: Db): Promise<Snapshot> {
  const hit = snapshots.get(db);
  if (hit && Date.now() - hit.at < SNAPSHOT_MS) return hit.value;
  const value = (async () => {
    const [rows, histories, members, measures] = await Promise.all([store.allParticipants(db), store.statusHistories(db), store.memberships(db), store.measures(db)]);
    return { rows, histories, members, measures };
  })();
  snapshots.set(db, { at: Date.now(), value });
  value.catch(() => snapshots.delete(db));
  return value;
}

/** Forget the registry held in memory (after a change, or when a test edits the tables directly). */
export function forgetSnapshot(db: Db): void {
  snapshots.delete(db);
}

function checkDay(at: string | undefined): IsoDay {
  if (at === undefined) return today();
  if (!isIsoDay(at)) throw invalid(t('at.invalid', { name: 'at', value: at }), [detail('at', t('day.invalid'))]);
  return at;
}

function membersOn(members: Membership[], code: string, day: IsoDay): string[] {
  return membershipsOn(members, day).filter((m) => m.participant === code).map((m) => m.country);
}

/** The registry as it stood on a day: every entity with a status in force then. */
export async function list(db: Db, opts: { at?: string; status?: ParticipantStatus[] } = {}): Promise<ParticipantSummary[]> {
  const day = checkDay(opts.at);
  const { rows, histories, members, measures } = await snapshot(db);
  const out: ParticipantSummary[] = [];
  for (const p of rows) {
    const current = statusOn(histories.get(p.code) ?? [], day);
    if (!current) continue;
    if (opts.status && !opts.status.includes(current.status)) continue;
    out.push({
      code: p.code,
      name: p.name,
      kind: p.kind,
      status: current.status,
      statusSince: current.validFrom,
      members: membersOn(members, p.code, day),
      measures: measuresOn(measures.filter((m) => m.target === p.code), day),
    });
  }
  return out;
}

export async function get(db: Db, code: string, at?: string): Promise<ParticipantDetail> {
  const day = checkDay(at);
  const { rows, histories, members, measures } = await snapshot(db);
  const p = rows.find((r) => r.code === code);
  if (!p) throw notFound(t('entry.unknown', { code }));
  const history = histories.get(code) ?? [];
  const own = measures.filter((m) => m.target === code);
  // a member state (Bulgaria from 2007) is covered by the Participant that speaks for it
  const memberOf = membershipsOn(members, day).find((m) => m.country === code) ?? null;
  const current = statusOn(history, day) ?? (memberOf ? statusOn(histories.get(memberOf.participant) ?? [], day) : undefined);
  return {
    code: p.code,
    name: p.name,
    kind: p.kind,
    status: current?.status ?? 'non_participant',
    statusSince: memberOf && !statusOn(history, day) ? memberOf.validFrom : current?.validFrom ?? day,
    members: membersOn(members, code, day),
    measures: measuresOn(own, day),
    language: p.language,
    authority: { name: p.authority_name, address: p.authority_address, email: p.authority_email },
    certificateValidityDays: p.certificate_validity_days,
    history,
    allMeasures: own,
    memberHistory: members.filter((m) => m.participant === code).sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.country.localeCompare(b.country)),
    memberOf,
  };
}

export interface Standing {
  /** the country asked about */
  country: string;
  /** its name in the registry (the code when the registry has no entry for it, e.g. an EC member state) */
  name: string;
  /** the name of the Participant that speaks for it */
  participantName: string;
  /** the Participant that speaks for it (EU for a member state), or the country itself */
  participant: string;
  status: ParticipantStatus | null;
  goodStanding: boolean;
  measures: Measure[];
}

/** Which Participant speaks for a country on a day, and may it trade under the scheme? */
export async function standing(db: Db, country: string, day: IsoDay): Promise<Standing> {
  const { rows, histories, members, measures } = await snapshot(db);
  const membership = membershipsOn(members, day).find((m) => m.country === country);
  const participant = membership?.participant ?? country;
  const status = statusOn(histories.get(participant) ?? [], day)?.status ?? null;
  const nameOf = (code: string) => rows.find((r) => r.code === code)?.name ?? code;
  return {
    country,
    name: nameOf(country),
    participant,
    participantName: nameOf(participant),
    status,
    goodStanding: isGoodStanding(status ?? undefined),
    measures: measuresOn(measures.filter((m) => m.target === country || m.target === participant), day),
  };
}

/** A status as a word in the reader's language, for a sentence that names it (suspended, suspendu, приостановлен). */
export { statusWord };

/**
 * A Participant's status on a day read straight from the store, never from the registry held in memory:
 * for checks inside a writing transaction (issuance re-checks its issuer's standing there), where a
 * change committed by another process a moment ago must hold.
 */
/** A Participant's status on a day, kept on the embedded store while no status is written (kept.ts). */
const keptStatus = new KeptReads<string, { status: string } | undefined>(['participant_status'], { max: 1000 });

export async function statusNow(db: Db, code: string, day: IsoDay): Promise<{ status: ParticipantStatus | null; goodStanding: boolean }> {
  const row = await keptStatus.get(db, `${code}|${day}`, () => readStatus(db, code, day));
  const status = (row?.status ?? null) as ParticipantStatus | null;
  return { status, goodStanding: isGoodStanding(status ?? undefined) };
}

function readStatus(db: Db, code: string, day: IsoDay) {
  return db
    .selectFrom('participant_status')
    .select('status')
    .where('participant', '=', code)
    .where('valid_from', '<=', day)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', day)]))
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface AuthorityPatch {
  name?: string | null;
  address?: string | null;
  email?: string | null;
  certificateValidityDays?: number;
}

export async function updateAuthority(db: Db, actor: Actor, code: string, patch: AuthorityPatch): Promise<ParticipantDetail> {
  authorize(actor, 'participants.authority.update', { participant: code });
  if (patch.certificateValidityDays !== undefined && (!Number.isInteger(patch.certificateValidityDays) || patch.certificateValidityDays < 1 || patch.certificateValidityDays > 366)) {
    throw invalid(t('validity.range', { name: 'certificateValidityDays' }), [detail('certificateValidityDays', field('outOfRange'))]);
  }
  await transaction(db, async (tx) => {
    const before = await store.participant(tx, code);
    if (!before) throw notFound(t('participant.unknown', { code }));
    const set = {
      ...(patch.name !== undefined && { authority_name: patch.name }),
      ...(patch.address !== undefined && { authority_address: patch.address }),
      ...(patch.email !== undefined && { authority_email: patch.email }),
      ...(patch.certificateValidityDays !== undefined && { certificate_validity_days: patch.certificateValidityDays }),
    };
    if (Object.keys(set).length === 0) return;
    await store.updateAuthority(tx, code, set);
    await audit.record(tx, actor, 'participants.authority.update', code, { before: pick(before, Object.keys(set)), after: set });
  });
  forgetSnapshot(db);
  return get(db, code);
}

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

export async function registry(db: Db) {
  const [organisations, chairs, workingGroups, observers2006] = await Promise.all([store.organisations(db), store.chairs(db), store.workingGroups(db), store.observers(db, 2006)]);
  return {
    organisations,
    chairs: chairs.map((c) => ({ year: c.year, chair: c.chair, viceChair: c.vice_chair })),
    workingGroups: workingGroups.map((g) => ({ id: g.id, name: g.name, chair: g.chair, established: g.established, note: g.note, members: g.members.map((m) => ({ member: m.member, role: m.role, region: m.region })) })),
    plenaryObservers: observers2006.map((o) => ({ year: o.year, member: o.member, note: o.note })),
  };
}

/** Every status period of every entry (the simulator judges millions of shipments against them in memory). */
export async function statusPeriods(db: Db): Promise<{ participant: string; status: ParticipantStatus; validFrom: string; validTo: string | null }[]> {
  const { histories } = await snapshot(db);
  return [...histories].flatMap(([participant, periods]) => periods.map((p) => ({ participant, status: p.status, validFrom: p.validFrom, validTo: p.validTo })));
}

/** Every UN measure the registry knows, in force or not (monitoring looks at whole years). */
export async function allMeasures(db: Db): Promise<Measure[]> {
  return (await snapshot(db)).measures;
}

export async function organisationExists(db: Db, id: string): Promise<boolean> {
  return (await store.organisations(db)).some((o) => o.id === id);
}

export async function exists(db: Db, code: string): Promise<boolean> {
  return (await snapshot(db)).rows.some((r) => r.code === code);
}

export interface StatusChange {
  status: ParticipantStatus;
  validFrom: IsoDay;
  basis: string;
  note?: string | null;
  /** where the change comes from, e.g. 'participation application …' or 'status decision …' */
  source: string;
}

/**
 * Records a new status from a day on, closing the period in force: the registry's history of a
 * governance decision (admission, suspension, removal, readmission). Runs in the caller's
 * transaction; the caller calls forgetSnapshot(db) after the commit. Refuses a day that does not
 * come after the start of the latest period (history is written forwards only).
 */
export async function recordStatus(tx: Tx, code: string, change: StatusChange): Promise<{ previous: StatusPeriod }> {
  if (!isIsoDay(change.validFrom)) throw invalid(t('effectiveOn.invalid', { value: change.validFrom }), [detail('effectiveOn', t('day.invalid'))]);
  if (!(await store.participant(tx, code))) throw notFound(t('entry.unknown', { code }));
  const latest = await store.latestPeriod(tx, code);
  if (!latest) throw conflict(t('status.noHistory', { code }));
  if (latest.valid_to !== null) throw conflict(t('status.ended', { code, status: statusWord(latest.status), on: aDay(String(latest.valid_to)) }));
  if (change.validFrom <= latest.valid_from) {
    throw conflict(t('status.notAfter', { code, status: statusWord(latest.status), since: aDay(String(latest.valid_from)), on: aDay(change.validFrom) }));
  }
  await store.closePeriod(tx, code, latest.id, change.validFrom);
  await store.insertPeriod(tx, { participant: code, status: change.status, validFrom: change.validFrom, basis: change.basis, note: change.note ?? null, source: change.source });
  return { previous: { status: latest.status, validFrom: latest.valid_from, validTo: null, fromPrecision: latest.from_precision, basis: latest.basis, note: latest.note } };
}

/** The chairs table's row of a year (the record of the rotation). */
export async function chairOf(db: Db | Tx, year: number): Promise<{ year: number; chair: string; viceChair: string | null } | undefined> {
  const c = await store.chair(db, year);
  return c && { year: c.year, chair: c.chair, viceChair: c.vice_chair };
}

/** Writes the Vice-Chair of a year (governance/participation checks the election; caller's transaction). */
export async function setViceChair(tx: Tx, year: number, code: string): Promise<void> {
  await store.setViceChair(tx, year, code);
}

/** Opens a chair year (the rotation; caller's transaction). */
export async function startChairYear(tx: Tx, year: number, chair: string): Promise<void> {
  await store.insertChair(tx, year, chair);
}

/** Seeds the 2006 registry into an empty store; returns false when it was already there. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  return transaction(db, async (tx) => {
    if ((await store.countParticipants(tx)) > 0) return false;
    const seed = registrySeed();
    await store.insertSeed(tx, seed);
    forgetSnapshot(db);
    await audit.record(tx, SYSTEM, 'registry.seed', 'kp-2006', {
      participants: seed.participants.length,
      statuses: seed.statuses.length,
      members: seed.members.length,
      measures: seed.measures.length,
      workingGroups: seed.workingGroups.length,
    });
    return true;
  });
}
