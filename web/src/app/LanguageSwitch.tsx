// The language switch: the five plenary languages, each named in itself.
import { ENDONYMS, LANGUAGES, useI18n } from '../i18n';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} aria-label={ENDONYMS[l]} title={ENDONYMS[l]} data-lang={l} onClick={() => setLang(l)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
