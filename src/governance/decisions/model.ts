// Plenary decisions and the three-year review: types and pure rules (no I/O).
// Rule 26 of the KPCS Rules of Procedure: a decision taken by consensus at a plenary is formally
// adopted once it is available in the five plenary languages. A language other than English is
// available when its translation is provided and checked; English is the decision's own text.
import type { Msg, Param } from '../../core/i18n.js';
import { m } from './messages.js';

export const PLENARY_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type PlenaryLanguage = (typeof PLENARY_LANGUAGES)[number];
export const TRANSLATED_LANGUAGES = ['fr', 'pt', 'es', 'ru'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<PlenaryLanguage, string> = { en: 'English', fr: 'French', pt: 'Portuguese', es: 'Spanish', ru: 'Russian' };

export type TranslationStatus = 'requested' | 'provided' | 'checked';

export interface Translation {
  language: TranslatedLanguage;
  status: TranslationStatus;
  text: string | null;
  /** the decision's title in the language (null until provided: the English title stands in) */
  title?: string | null;
  requestedOn: string;
  providedOn: string | null;
  checkedOn: string | null;
  checkedBy: string | null;
}

export interface Adoption {
  /** languages in which the decision is available (always English) */
  available: PlenaryLanguage[];
  missing: PlenaryLanguage[];
  /** all five available */
  complete: boolean;
  /** the day the last language became available, when complete */
  completeOn: string | null;
}

/** Where a decision stands towards formal adoption, from its translations. */
export function adoptionOf(translations: readonly Translation[]): Adoption {
  const checked = new Map(translations.filter((t) => t.status === 'checked').map((t) => [t.language, t.checkedOn!]));
  const available: PlenaryLanguage[] = ['en', ...TRANSLATED_LANGUAGES.filter((l) => checked.has(l))];
  const missing = PLENARY_LANGUAGES.filter((l) => !available.includes(l));
  const complete = missing.length === 0;
  const completeOn = complete ? [...checked.values()].sort().at(-1)! : null;
  return { available, missing, complete, completeOn };
}

/** Why a decision may not be marked formally adopted yet (empty when it may). */
export function adoptionRefusal(adoption: Adoption): Msg | null {
  if (adoption.complete) return null;
  const names = adoption.missing.map((l) => m('adoption.missingLanguage', { language: languageName(l), code: l }));
  return m('adoption.refused', { missing: names.slice(1).reduce<Msg>((a, b) => m('list.and', { a, b }), names[0]!) });
}

/** A plenary language named in the reader's language. */
export const languageName = (l: PlenaryLanguage): Msg => m(`language.${l}`);

export type TranslationStep = 'request' | 'provide' | 'check';

/** The translation workflow: requested → provided (text) → checked; a new text sends it back to provided. */
export function nextTranslationStatus(current: TranslationStatus | undefined, step: TranslationStep): TranslationStatus | Msg {
  if (step === 'request') return current === undefined ? 'requested' : m('translation.alreadyRequested', { status: current });
  if (step === 'provide') return 'provided';
  if (current === 'provided') return 'checked';
  return current === 'checked' ? m('translation.alreadyChecked') : m('translation.notProvided');
}

export const RECOMMENDATION_STATUSES = ['not-started', 'in-progress', 'implemented', 'dropped'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/**
 * The recommendation workflow: not started → in progress → implemented, or dropped from any open
 * state; an implemented or dropped one may be reopened (back in progress). Returns why not, or null.
 */
export function statusChangeRefusal(from: RecommendationStatus, to: RecommendationStatus): Msg | null {
  if (from === to) return m('recommendation.already', { status: to });
  const allowed: Record<RecommendationStatus, RecommendationStatus[]> = {
    'not-started': ['in-progress', 'implemented', 'dropped'],
    'in-progress': ['implemented', 'dropped', 'not-started'],
    implemented: ['in-progress'],
    dropped: ['in-progress'],
  };
  return allowed[from].includes(to) ? null : m('recommendation.mayMove', { from, allowed: allowed[from].slice(1).reduce<Param>((a, b) => m('list.or', { a, b }), allowed[from][0]!), to });
}
