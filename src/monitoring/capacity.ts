// Use cases of production-capacity assessments: the working groups on monitoring and of diamond
// experts record what a Participant (or one of its producing areas) can produce in a year, with the
// source and the day; the capacity detector compares production and exports with the latest in force.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { detail, invalid, pathedMessages, notFound } from '../core/errors.js';
import { m } from './messages.js';
import { today } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import { checkCapacity, type CapacityAssessment, type CapacityInput } from './model.js';
import * as store from './store.js';

function normalise(input: CapacityInput, id: string): CapacityAssessment {
  return {
    id,
    participant: input.participant.toUpperCase(),
    area: input.area?.trim() || null,
    minCarats: input.minCarats,
    maxCarats: input.maxCarats,
    minUsd: input.minUsd ?? null,
    maxUsd: input.maxUsd ?? null,
    source: input.source.trim(),
    assessedOn: input.assessedOn,
    note: input.note?.trim() || null,
  };
}

async function check(db: Db, input: CapacityInput) {
  const errors = checkCapacity({ ...input, participant: input.participant?.toUpperCase() }, today());
  if (!errors.length && !(await participants.exists(db, input.participant.toUpperCase()))) errors.push(detail('participant', m('capacity.notInRegistry', { participant: input.participant })));
  if (errors.length) throw invalid(m('capacity.refused', { problems: pathedMessages(errors) }), errors);
}

export async function list(db: Db, actor: Actor, filter: { participant?: string } = {}) {
  authorize(actor, 'capacity.read');
  return store.capacities(db, filter);
}

export async function get(db: Db, actor: Actor, id: string) {
  authorize(actor, 'capacity.read');
  const a = await store.capacityById(db, id);
  if (!a) throw notFound(m('capacity.unknown', { id }));
  return a;
}

export async function add(db: Db, actor: Actor, input: CapacityInput): Promise<CapacityAssessment> {
  authorize(actor, 'capacity.manage');
  await check(db, input);
  const a = normalise(input, randomUUID());
  await transaction(db, async (tx) => {
    await store.insertCapacity(tx, a, actor.name, new Date());
    await audit.record(tx, actor, 'capacity.add', a.id, { ...a });
  });
  return a;
}

export async function update(db: Db, actor: Actor, id: string, input: Omit<CapacityInput, 'participant'>): Promise<CapacityAssessment> {
  authorize(actor, 'capacity.manage');
  const known = await store.capacityById(db, id);
  if (!known) throw notFound(m('capacity.unknown', { id }));
  await check(db, { ...input, participant: known.participant });
  const a = normalise({ ...input, participant: known.participant }, id);
  await transaction(db, async (tx) => {
    await store.updateCapacity(tx, a, new Date());
    await audit.record(tx, actor, 'capacity.update', id, { before: known, after: a });
  });
  return a;
}

export async function remove(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'capacity.manage');
  const known = await store.capacityById(db, id);
  if (!known) throw notFound(m('capacity.unknown', { id }));
  await transaction(db, async (tx) => {
    await store.deleteCapacity(tx, known.participant, id);
    await audit.record(tx, actor, 'capacity.remove', id, { ...known });
  });
}
