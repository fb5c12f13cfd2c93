// Use cases of plenary decisions: plenaries, decisions adopted by consensus, their translations into
// the plenary languages, and formal adoption once all five are available (Rule 26), announced to every
// Participant's authority officers.
import { day, written } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, detail, invalid, notFound } from '../../core/errors.js';
import { isIsoDay, today } from '../../core/time.js';
import type { Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import * as audit from '../../audit/service.js';
import { notify } from '../../notifications/service.js';
import * as documents from '../documents/service.js';
import { adoptionOf, adoptionRefusal, languageName, nextTranslationStatus, TRANSLATED_LANGUAGES, type Adoption, type Translation, type TranslatedLanguage, type TranslationStep } from './model.js';
import * as store from './store.js';

export interface Decision extends store.DecisionRow {
  plenary: string;
  translations: Translation[];
  adoption: Adoption;
}

function checkDay(value: string | undefined, path: string): string | undefined {
  if (value !== undefined && !isIsoDay(value)) throw invalid(m('day.expected', { path, value }), [detail(path, common('notADayParen'))]);
  return value;
}

const ORDER = Object.fromEntries(TRANSLATED_LANGUAGES.map((l, i) => [l, i]));

async function withTranslations(q: Db | Tx, rows: store.DecisionRow[]): Promise<Decision[]> {
  const names = new Map((await store.plenaries(q)).map((p) => [p.id, p.name]));
  const all = await store.translations(q, rows.map((r) => r.id));
  return rows.map((r) => {
    const translations = (all.get(r.id) ?? []).sort((a, b) => ORDER[a.language]! - ORDER[b.language]!);
    return { ...r, plenary: names.get(r.plenaryId) ?? '', translations, adoption: adoptionOf(translations) };
  });
}

export async function listPlenaries(db: Db, actor: Actor) {
  authorize(actor, 'decisions.read');
  return store.plenaries(db);
}

export interface NewPlenary { name: string; place: string; startsOn: string; endsOn: string }

export async function createPlenary(db: Db, actor: Actor, input: NewPlenary) {
  authorize(actor, 'decisions.manage');
  const problems = [];
  if (!input.name.trim()) problems.push(detail('name', common('isRequired')));
  if (!input.place.trim()) problems.push(detail('place', common('isRequired')));
  checkDay(input.startsOn, 'startsOn');
  checkDay(input.endsOn, 'endsOn');
  if (input.endsOn < input.startsOn) problems.push(detail('endsOn', m('plenary.endsBeforeStart', { startsOn: input.startsOn })));
  if (problems.length) throw invalid(m('plenary.invalid'), problems);
  const p = { id: randomUUID(), name: input.name.trim(), place: input.place.trim(), startsOn: input.startsOn, endsOn: input.endsOn };
  await transaction(db, async (tx) => {
    await store.insertPlenary(tx, p);
    await audit.record(tx, actor, 'decisions.plenary.create', p.id, p);
  });
  return p;
}

export async function list(db: Db, actor: Actor, filter: { plenary?: string; adopted?: boolean } = {}): Promise<Decision[]> {
  authorize(actor, 'decisions.read');
  const all = await withTranslations(db, await store.decisions(db, filter));
  return filter.adopted === undefined ? all : all.filter((d) => (d.formallyAdoptedOn !== null) === filter.adopted);
}

export async function get(db: Db | Tx, actor: Actor, id: string): Promise<Decision> {
  authorize(actor, 'decisions.read');
  const row = await store.decision(db, id);
  if (!row) throw notFound(m('decision.notFound', { id }));
  return (await withTranslations(db, [row]))[0]!;
}

export interface NewDecision { plenary: string; title: string; text: string; source?: string; documentId?: string | null }

/** Records a decision taken by consensus at a plenary; its translations are requested at once, on the plenary's last day. */
export async function create(db: Db, actor: Actor, input: NewDecision): Promise<Decision> {
  authorize(actor, 'decisions.manage');
  const problems = [];
  if (!input.title.trim()) problems.push(detail('title', common('isRequired')));
  if (!input.text.trim()) problems.push(detail('text', m('decision.textRequired')));
  if (problems.length) throw invalid(m('decision.invalid'), problems);
  const id = randomUUID();
  await transaction(db, async (tx) => {
    const p = await store.plenary(tx, input.plenary);
    if (!p) throw invalid(m('plenary.notFound', { plenary: input.plenary }), [detail('plenary', m('plenary.unknown'))]);
    if (input.documentId) await documents.checkExists(tx, input.documentId, 'documentId');
    const number = await store.nextNumber(tx, p.id);
    await store.insertDecision(tx, { id, plenaryId: p.id, number, title: input.title.trim(), text: input.text.trim(), source: input.source?.trim() || null, formallyAdoptedOn: null, documentId: input.documentId ?? null });
    for (const language of TRANSLATED_LANGUAGES) {
      await store.upsertTranslation(tx, id, { language, status: 'requested', text: null, requestedOn: p.endsOn, providedOn: null, checkedOn: null, checkedBy: null });
    }
    await audit.record(tx, actor, 'decisions.create', id, { plenary: p.id, number, title: input.title.trim() });
  });
  return get(db, actor, id);
}

/** The decision's title in each language: its translation's where a translator gave one, else the English title. */
function titleIn(d: Decision) {
  const titled = (l: TranslatedLanguage) => d.translations.find((t) => t.language === l)?.title || d.title;
  return written({ en: d.title, fr: titled('fr'), pt: titled('pt'), es: titled('es'), ru: titled('ru') });
}

async function adoptIn(tx: Tx, actor: Actor, d: Decision): Promise<void> {
  const on = d.adoption.completeOn!;
  await store.updateDecision(tx, d.id, { formally_adopted_on: on });
  await audit.record(tx, actor, 'decisions.adopt', d.id, { formallyAdoptedOn: on, languages: d.adoption.available });
  await notify(tx, {
    kind: 'decision.adopted',
    subject: msg('decision.adopted.subject', { title: titleIn(d) }),
    body: msg('decision.adopted.body', { plenary: d.plenary, number: String(d.number), title: titleIn(d), on: day(on) }),
    link: `/decisions/${d.id}`,
    dedupeKey: `decision.adopted:${d.id}`,
    to: { roles: ['officer'] },
  });
}

export interface TranslationInput { step: Exclude<TranslationStep, 'request'>; text?: string; /** the title in the language (kept when a later provision gives none) */ title?: string; on?: string }

/**
 * Records a step of one language's translation: its text provided (again, to correct it), or checked.
 * When the fifth language becomes available the decision is formally adopted on that day.
 */
export async function translate(db: Db, actor: Actor, id: string, language: string, input: TranslationInput): Promise<Decision> {
  authorize(actor, 'decisions.manage');
  if (!(TRANSLATED_LANGUAGES as readonly string[]).includes(language)) {
    throw invalid(m('translation.language', { allowed: TRANSLATED_LANGUAGES.join(', '), language }), [detail('language', m('translation.notALanguage'))]);
  }
  const on = checkDay(input.on, 'on') ?? today();
  if (input.step === 'provide' && !input.text?.trim()) throw invalid(m('translation.textRequired', { language: languageName(language as TranslatedLanguage) }), [detail('text', common('isRequired'))]);
  await transaction(db, async (tx) => {
    const d = await get(tx, actor, id);
    if (d.formallyAdoptedOn) throw conflict(m('translation.final', { number: d.number, plenary: d.plenary, on: day(d.formallyAdoptedOn) }));
    const current = d.translations.find((t) => t.language === language)!;
    const next = nextTranslationStatus(current?.status, input.step);
    if (typeof next !== 'string') throw invalid(m(input.step === 'check' ? 'translation.cannotCheck' : 'translation.cannotProvide', { language: languageName(language as TranslatedLanguage), reason: next }), [detail('step', next)]);
    const since = input.step === 'check' ? current.providedOn! : current.requestedOn;
    if (on < since) throw invalid(m(input.step === 'check' ? 'translation.beforeProvided' : 'translation.beforeRequested', { on: day(on), since: day(since) }), [detail('on', m('translation.before', { since: day(since) }))]);
    const t: Translation =
      input.step === 'provide'
        ? { ...current, status: 'provided', text: input.text!.trim(), title: input.title?.trim() || current.title || null, providedOn: on, checkedOn: null, checkedBy: null }
        : { ...current, status: 'checked', checkedOn: on, checkedBy: actor.name };
    await store.upsertTranslation(tx, id, t);
    await audit.record(tx, actor, `decisions.translation.${input.step}`, id, { language, on });
    const after = await get(tx, actor, id);
    if (after.adoption.complete) await adoptIn(tx, actor, after);
  });
  return get(db, actor, id);
}

/** Marks the decision formally adopted; refused, naming the missing languages, until all five are available. */
export async function adopt(db: Db, actor: Actor, id: string): Promise<Decision> {
  authorize(actor, 'decisions.manage');
  await transaction(db, async (tx) => {
    const d = await get(tx, actor, id);
    if (d.formallyAdoptedOn) return;
    const refusal = adoptionRefusal(d.adoption);
    if (refusal) throw invalid(refusal, d.adoption.missing.map((l) => detail(`translations.${l}`, m('adoption.notAvailable', { language: languageName(l), status: d.translations.find((t) => t.language === l)?.status ?? m('adoption.notRequested') }))));
    await adoptIn(tx, actor, d);
  });
  return get(db, actor, id);
}

/** Links the decision to the document that publishes it (or removes the link with null). */
export async function linkDocument(db: Db, actor: Actor, id: string, documentId: string | null): Promise<Decision> {
  authorize(actor, 'decisions.manage');
  await transaction(db, async (tx) => {
    if (!(await store.decision(tx, id))) throw notFound(m('decision.notFound', { id }));
    if (documentId) await documents.checkExists(tx, documentId, 'documentId');
    await store.updateDecision(tx, id, { document_id: documentId });
    await audit.record(tx, actor, 'decisions.document', id, { documentId });
  });
  return get(db, actor, id);
}
