// The server's messages that a person reads in their own language: each in the five plenary languages
// (en, fr, pt, es, ru). An error made with `localizedError` carries all five; the HTTP error handler
// answers in the language the request's Accept-Language prefers (English otherwise), and the CLI in
// English. Dates are written yyyy-mm-dd in every language; countries and Participants by name.
import { KpcsError, type ErrorCode, type ErrorDetail } from './errors.js';
import { historicalName } from '../participants/names.js';

export const LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

type Params = Record<string, string>;
type Catalogue = Record<string, Record<Language, (p: Params) => string>>;

const CATALOGUE = {
  'stock.withheld': {
    en: (p) => `No certificate may be issued for ${p.company} (licence ${p.licence}): ${p.participant} withholds issuance while the company's stock report for ${p.from} to ${p.to} is overdue (it was due on ${p.due}).`,
    fr: (p) => `Aucun certificat ne peut être délivré pour ${p.company} (licence ${p.licence}) : ${p.participant} suspend la délivrance tant que le rapport de stock de l'entreprise pour la période du ${p.from} au ${p.to} est en retard (il était dû le ${p.due}).`,
    pt: (p) => `Nenhum certificado pode ser emitido para ${p.company} (licença ${p.licence}): ${p.participant} retém a emissão enquanto o relatório de existências da empresa de ${p.from} a ${p.to} estiver em atraso (era devido em ${p.due}).`,
    es: (p) => `No puede expedirse ningún certificado para ${p.company} (licencia ${p.licence}): ${p.participant} retiene la expedición mientras el informe de existencias de la empresa del ${p.from} al ${p.to} esté atrasado (debía presentarse el ${p.due}).`,
    ru: (p) => `Сертификаты для ${p.company} (лицензия ${p.licence}) не выдаются: ${p.participant} приостанавливает выдачу, пока отчёт компании о запасах за период с ${p.from} по ${p.to} просрочен (срок сдачи — ${p.due}).`,
  },
  'stock.withheld.detail': {
    en: (p) => `the stock report of ${p.company} for ${p.from} to ${p.to} was due on ${p.due} and has not been filed`,
    fr: (p) => `le rapport de stock de ${p.company} pour la période du ${p.from} au ${p.to} était dû le ${p.due} et n'a pas été déposé`,
    pt: (p) => `o relatório de existências de ${p.company} de ${p.from} a ${p.to} era devido em ${p.due} e não foi apresentado`,
    es: (p) => `el informe de existencias de ${p.company} del ${p.from} al ${p.to} debía presentarse el ${p.due} y no se ha presentado`,
    ru: (p) => `отчёт ${p.company} о запасах за период с ${p.from} по ${p.to} нужно было сдать до ${p.due}, он не сдан`,
  },
} satisfies Catalogue;

export type MessageKey = keyof typeof CATALOGUE;

const EU_NAMES: Record<Language, string> = { en: 'the European Community', fr: 'la Communauté européenne', pt: 'a Comunidade Europeia', es: 'la Comunidad Europea', ru: 'Европейское сообщество' };

/** A Participant or country by name in a language (the European Community for EU). */
export function participantName(code: string, lang: Language, on: string): string {
  if (code === 'EU') return EU_NAMES[lang];
  const historical = historicalName(code, lang, on);
  if (historical) return historical;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The message in every language; `names`: parameters that are Participant codes, written by name. */
export function translations(key: MessageKey, params: Params, names: string[] = [], on = new Date().toISOString().slice(0, 10)): Record<Language, string> {
  const out = {} as Record<Language, string>;
  for (const lang of LANGUAGES) {
    const p = { ...params };
    for (const n of names) if (p[n] !== undefined) p[n] = participantName(p[n]!, lang, on);
    out[lang] = (CATALOGUE[key][lang] as (p: Params) => string)(p);
  }
  return out;
}

/** An error whose message and details exist in the five languages (English by default). */
export function localizedError(code: ErrorCode, key: MessageKey, params: Params, opts: { names?: string[]; details?: { path: string; key: MessageKey }[] } = {}): KpcsError {
  const message = translations(key, params, opts.names);
  const details = (opts.details ?? []).map((d) => ({ path: d.path, texts: translations(d.key, params, opts.names) }));
  const e = new KpcsError(code, message.en, details.map((d): ErrorDetail => ({ path: d.path, message: d.texts.en })));
  e.translations = { message, details: details.map((d) => d.texts) };
  return e;
}

/** The language an Accept-Language header prefers among the five (English when none of them). */
export function preferredLanguage(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { lang: (tag ?? '').trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked.find((x) => (LANGUAGES as readonly string[]).includes(x.lang))?.lang as Language | undefined) ?? 'en';
}

/** The error's message and details in a language, when it carries them. */
export function inLanguage(e: KpcsError, lang: Language): { message: string; details: ErrorDetail[] } {
  if (!e.translations) return { message: e.message, details: e.details };
  return { message: e.translations.message[lang], details: e.details.map((d, i) => ({ ...d, message: e.translations!.details[i]?.[lang] ?? d.message })) };
}
