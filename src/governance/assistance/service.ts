// Use cases of technical assistance: a Participant declares a need, a donor (Participant or
// organisation) an offer; the coordinator (the Chair, or working-group members of the designated
// coordinator, the United States in 2006) matches a need with an offer into a programme and moves it
// through proposed → agreed → running → completed (or cancelled, which reopens the need).
import { country } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, detail, forbidden, invalid, notFound, type ErrorDetail } from '../../core/errors.js';
import { field } from '../../core/messages.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { isIsoDay, today } from '../../core/time.js';
import { actingFor, type Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import { isAdmin, isChair } from '../../auth/rules.js';
import * as audit from '../../audit/service.js';
import * as participants from '../../participants/service.js';
import { notify } from '../../notifications/service.js';
import { AREAS, canMove, type Area, type ProgrammeStatus } from './model.js';
import * as store from './store.js';

export async function overview(db: Db, actor: Actor, filter: { participant?: string } = {}) {
  authorize(actor, 'assistance.read');
  const [coordinators, needs, offers, programmes] = await Promise.all([
    store.coordinators(db),
    store.needs(db, { participant: filter.participant }),
    store.offers(db),
    store.programmes(db, { participant: filter.participant }),
  ]);
  return { coordinators, needs, offers, programmes };
}

function checkText(input: { title: string; description: string; area: string }, problems: ErrorDetail[]) {
  if (!input.title?.trim()) problems.push(detail('title', m('text.title')));
  if (!input.description?.trim()) problems.push(detail('description', m('text.description')));
  if (!(AREAS as readonly string[]).includes(input.area)) problems.push(detail('area', field('oneOf', { allowed: AREAS.join(', ') })));
}

export interface NewNeed {
  /** the Participant in need; an officer declares for its own Participant only */
  participant?: string;
  title: string;
  description: string;
  area: Area;
}

export async function declareNeed(db: Db, actor: Actor, input: NewNeed) {
  const participant = input.participant ?? actor.participant ?? '';
  authorize(actor, 'assistance.need.declare', { participant });
  const problems: ErrorDetail[] = [];
  checkText(input, problems);
  if (!(await participants.exists(db, participant))) problems.push(detail('participant', common('notAParticipant', { code: participant || common('none') })));
  if (problems.length) throw invalid(m('need.cannotDeclare'), problems);
  const id = randomUUID();
  await transaction(db, async (tx) => {
    await store.insertNeed(tx, { participant, id, title: input.title.trim(), description: input.description.trim(), area: input.area, declared_by: actor.name });
    await audit.record(tx, actor, 'assistance.need.declare', id, { participant, title: input.title.trim(), area: input.area });
  });
  return (await store.needs(db, { id }))[0]!;
}

export interface NewOffer {
  /** the donor: a Participant or an organisation; an officer or observer offers for its own */
  donor?: string;
  title: string;
  description: string;
  area: Area;
}

export async function declareOffer(db: Db, actor: Actor, input: NewOffer) {
  authorize(actor, 'assistance.offer.declare');
  const own = actingFor(actor);
  const donor = input.donor ?? own ?? '';
  if (!isAdmin(actor) && actor.kind !== 'system' && donor !== own) throw forbidden(m('offer.forOwn', { actor: actor.name, own: String(own), donor }));
  const problems: ErrorDetail[] = [];
  checkText(input, problems);
  if (!(await participants.exists(db, donor)) && !(await participants.organisationExists(db, donor))) problems.push(detail('donor', common('neitherParticipantNorOrganisation', { code: donor || common('none') })));
  if (problems.length) throw invalid(m('offer.cannotDeclare'), problems);
  const id = randomUUID();
  await transaction(db, async (tx) => {
    await store.insertOffer(tx, { donor, id, title: input.title.trim(), description: input.description.trim(), area: input.area, declared_by: actor.name });
    await audit.record(tx, actor, 'assistance.offer.declare', id, { donor, title: input.title.trim(), area: input.area });
  });
  return (await store.offers(db, { id }))[0]!;
}

/** The Chair designates the coordinator of technical assistance (a Participant or an organisation). */
export async function designateCoordinator(db: Db, actor: Actor, input: { member: string; on?: string; note?: string }) {
  authorize(actor, 'assistance.coordinator.designate');
  const problems: ErrorDetail[] = [];
  if (!(await participants.exists(db, input.member)) && !(await participants.organisationExists(db, input.member))) problems.push(detail('member', common('neitherParticipantNorOrganisation', { code: input.member })));
  if (input.on !== undefined && !isIsoDay(input.on)) problems.push(detail('on', common('dayWritten')));
  if (problems.length) throw invalid(m('coordinator.cannotDesignate'), problems);
  await transaction(db, async (tx) => {
    await store.designate(tx, { member: input.member, designated_on: input.on ?? today(), designated_by: actor.name, note: input.note?.trim() || null });
    await audit.record(tx, actor, 'assistance.coordinator.designate', input.member, { on: input.on ?? today(), note: input.note ?? null });
  });
  return store.coordinators(db);
}

async function checkCoordinator(db: Db, actor: Actor): Promise<string> {
  authorize(actor, 'assistance.coordinate');
  if (isChair(actor) || isAdmin(actor) || actor.kind === 'system') return actingFor(actor) ?? actor.name;
  const acting = actingFor(actor);
  const designated = (await store.coordinators(db)).map((c) => c.member);
  if (acting === null || !designated.includes(acting)) throw forbidden(m('coordinator.only', { actor: actor.name, designated: designated.join(', ') || m('coordinator.noneDesignated') }));
  return acting;
}

/** The coordinator matches an open need with an open offer: a programme is proposed, the need is matched. */
export async function match(db: Db, actor: Actor, input: { needId: string; offerId: string; title?: string; startsOn?: string; endsOn?: string }) {
  const coordinator = await checkCoordinator(db, actor);
  const need = (await store.needs(db, { id: input.needId }))[0];
  if (!need) throw notFound(m('need.notFound', { id: input.needId }));
  const offer = (await store.offers(db, { id: input.offerId }))[0];
  if (!offer) throw notFound(m('offer.notFound', { id: input.offerId }));
  if (need.status !== 'open') throw conflict(m('need.notOpen', { status: need.status }));
  if (offer.status !== 'open') throw conflict(m('offer.notOpen', { status: offer.status }));
  if (offer.donor === need.participant) throw invalid(m('match.itself'), [detail('offerId', m('match.ownOffer', { code: need.participant }))]);
  const problems: ErrorDetail[] = [];
  for (const k of ['startsOn', 'endsOn'] as const) if (input[k] !== undefined && !isIsoDay(input[k])) problems.push(detail(k, common('dayWritten')));
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) problems.push(detail('endsOn', common('beforeTheStart')));
  if (problems.length) throw invalid(m('programme.cannotPropose'), problems);
  const id = randomUUID();
  const title = input.title?.trim() || `${offer.title} for ${need.participant}`;
  await transaction(db, async (tx) => {
    await store.insertProgramme(tx, { participant: need.participant, id, need_id: need.id, donor: offer.donor, offer_id: offer.id, title, starts_on: input.startsOn ?? null, ends_on: input.endsOn ?? null, coordinator });
    await store.setNeedStatus(tx, need.participant, need.id, 'matched');
    await notify(tx, {
      kind: 'assistance.matched',
      subject: msg('assistance.subject', { participant: country(need.participant), title }),
      body: msg('assistance.body', { need: need.title, donor: offer.donor, offer: offer.title }),
      link: '/governance/assistance',
      participant: need.participant,
      to: { participant: need.participant, roles: ['officer'] },
    });
    await audit.record(tx, actor, 'assistance.match', id, { participant: need.participant, need: need.id, donor: offer.donor, offer: offer.id, title });
  });
  return (await store.programmes(db, { id }))[0]!;
}

export async function moveProgramme(db: Db, actor: Actor, id: string, input: { status: ProgrammeStatus; startsOn?: string; endsOn?: string }) {
  await checkCoordinator(db, actor);
  const p = (await store.programmes(db, { id }))[0];
  if (!p) throw notFound(m('programme.notFound', { id }));
  if (!canMove(p.status, input.status)) throw conflict(m('programme.cannotMove', { from: p.status, to: input.status }));
  const problems: ErrorDetail[] = [];
  for (const k of ['startsOn', 'endsOn'] as const) if (input[k] !== undefined && !isIsoDay(input[k])) problems.push(detail(k, common('dayWritten')));
  if (input.status === 'running' && !(input.startsOn ?? p.startsOn)) problems.push(detail('startsOn', m('programme.firstDay')));
  if (problems.length) throw invalid(m('programme.cannotBecome', { to: input.status }), problems);
  await transaction(db, async (tx) => {
    await store.updateProgramme(tx, p.participant, p.id, { status: input.status, ...(input.startsOn !== undefined && { starts_on: input.startsOn }), ...(input.endsOn !== undefined && { ends_on: input.endsOn }) });
    if (input.status === 'cancelled') await store.setNeedStatus(tx, p.participant, p.needId, 'open');
    await audit.record(tx, actor, 'assistance.programme.move', id, { participant: p.participant, from: p.status, to: input.status, startsOn: input.startsOn, endsOn: input.endsOn });
  });
  return (await store.programmes(db, { id }))[0]!;
}
