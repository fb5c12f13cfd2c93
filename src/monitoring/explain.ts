// A finding's evidence in the reader's language (en, fr, pt, es, ru): the reason the detector gave
// (evidence.reason: a variant of the type and its numbers), the rule, and the figures with their
// labels, numbers written as the language writes them. Pure; used by GET /api/findings/{id}?lang=.
// Each detector carries its own words (detectors/); this file holds those several detectors share.
import { countryName } from '../core/i18n.js';
import { detectorOf } from './detectors/index.js';
import { EXPLAIN_LANGUAGES, type ExplainLanguage, type Formatters, type Params } from './detectors/detector.js';
import type { Finding } from './model.js';

export { EXPLAIN_LANGUAGES, type ExplainLanguage };

interface Shared {
  /** the labels of figures several detectors give */
  labels: Record<string, string>;
  score: string;
  /** words a figure's value can be (what a hub's unit value is compared with, what fell at a neighbour) */
  basis: Record<string, string>;
}

export const SHARED: Record<ExplainLanguage, Shared> = {
  en: {
    labels: { exportsCarats: 'Exports (ct)', productionCarats: 'Production (ct)', excessCarats: 'Unexplained (ct)', ratio: 'Ratio' },
    score: 'Score (1 = at the threshold)',
    basis: { production: 'production', imports: 'imports', exports: 'exports', measure: 'UN measure' },
  },
  fr: {
    labels: { exportsCarats: 'Exportations (ct)', productionCarats: 'Production (ct)', excessCarats: 'Non expliqué (ct)', ratio: 'Rapport' },
    score: 'Score (1 = au seuil)',
    basis: { production: 'production', imports: 'importations', exports: 'exportations', measure: 'mesure des Nations Unies' },
  },
  pt: {
    labels: { exportsCarats: 'Exportações (ct)', productionCarats: 'Produção (ct)', excessCarats: 'Não explicado (ct)', ratio: 'Razão' },
    score: 'Pontuação (1 = no limiar)',
    basis: { production: 'produção', imports: 'importações', exports: 'exportações', measure: 'medida das Nações Unidas' },
  },
  es: {
    labels: { exportsCarats: 'Exportaciones (ct)', productionCarats: 'Producción (ct)', excessCarats: 'Sin explicar (ct)', ratio: 'Razón' },
    score: 'Puntuación (1 = en el umbral)',
    basis: { production: 'producción', imports: 'importaciones', exports: 'exportaciones', measure: 'medida de las Naciones Unidas' },
  },
  ru: {
    labels: { exportsCarats: 'Экспорт (кар.)', productionCarats: 'Добыча (кар.)', excessCarats: 'Не объяснено (кар.)', ratio: 'Отношение' },
    score: 'Оценка (1 = на пороге)',
    basis: { production: 'добыча', imports: 'импорт', exports: 'экспорт', measure: 'мера ООН' },
  },
};

const LOCALES: Record<ExplainLanguage, string> = { en: 'en-GB', fr: 'fr-FR', pt: 'pt-PT', es: 'es-ES', ru: 'ru-RU' };

function formatters(lang: ExplainLanguage): Formatters {
  const locale = LOCALES[lang];
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const asNumber = (x: unknown) => (typeof x === 'number' ? x : Number(x));
  return {
    n: (x) => num.format(asNumber(x)),
    pct: (x) => percent.format(asNumber(x)),
    x: (x) => `${two.format(asNumber(x))} ×`,
    usd: (x) => `US$${two.format(asNumber(x))}`,
  };
}

export interface Explained {
  lang: ExplainLanguage;
  /** the kind of finding, named in the language */
  name: string;
  /** the reason, in the language; null when the finding was stored before reasons were kept */
  reason: string | null;
  rule: string;
  score: number | null;
  figures: { key: string; label: string; value: string }[];
}

/** The finding's reason, rule and figures in one of the five languages. */
export function explain(f: Pick<Finding, 'type' | 'participant' | 'period' | 'evidence'>, lang: ExplainLanguage): Explained {
  const detector = detectorOf(f.type);
  const own = detector?.texts[lang];
  const t = SHARED[lang];
  const fmt = formatters(lang);
  const reason = f.evidence.reason && { ...f.evidence.reason, params: namedCountries(f.evidence.reason.params, lang) };
  let text: string | null = null;
  if (reason && own) {
    if (detector.parts) {
      const parts = reason.variant.split('+').map((v) => {
        const params = Object.fromEntries(
          Object.entries(reason.params)
            .filter(([k]) => k.startsWith(`${v}.`))
            .map(([k, x]) => [k.slice(v.length + 1), x]),
        );
        return own.reasons[v]?.(params, fmt);
      });
      text = parts.every(Boolean) ? `${countryName(f.participant, lang)}: ${parts.join('; ')} (${reason.params.year ?? f.period}).` : null;
    } else {
      const tpl = own.reasons[reason.variant.split('.')[0]!] ?? own.reasons.default;
      text = tpl ? tpl(reason.params, fmt) : null;
    }
  }
  const figures = Object.entries(f.evidence.figures).map(([key, v]) => ({
    key,
    label: own?.labels[key] ?? t.labels[key] ?? key,
    value: v === null ? '—' : typeof v === 'string' && COUNTRY_PARAMS.test(key) ? (namedCountries({ [key]: v }, lang)[key] as string) : typeof v === 'number' ? (Number.isInteger(v) || Math.abs(v) >= 100 ? fmt.n(v) : new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(v)) : (t.basis[v] ?? v),
  }));
  const score = typeof f.evidence.score === 'number' ? f.evidence.score : null;
  if (score !== null) figures.unshift({ key: 'score', label: t.score, value: new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(score) });
  return { lang, name: own?.name ?? f.type, reason: text, rule: own?.rule ?? f.evidence.rule, score, figures };
}

/** Participants in a reason's figures named as the reader's language names them (lists of codes: each one). */
const COUNTRY_PARAMS = /(^|\.)(participant|neighbour|partners|exporters|route)$/;
function namedCountries(params: Params, lang: ExplainLanguage): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = typeof v === 'string' && COUNTRY_PARAMS.test(k) ? v.replace(/\b[A-Z]{2}\b/g, (code) => countryName(code, lang)) : v;
  }
  return out;
}
