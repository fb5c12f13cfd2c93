// The content of one language version: typed text, or a file (read here as base64; the server keeps
// at most MAX_CONTENT_BYTES per version and says so when a file is larger).
import { useI18n } from '../../i18n';
import { Field } from '../../ui/Field';
import { formatBytes, LANGUAGES, MAX_CONTENT_BYTES, type Language } from './api';

export interface VersionDraft { language: Language; text: string; file: File | null }

export function VersionFields({ draft, onChange, languages = LANGUAGES }: { draft: VersionDraft; onChange(d: VersionDraft): void; languages?: readonly Language[] }) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('docs.language')}>
        {(c) => (
          <select {...c} name="language" value={draft.language} onChange={(e) => onChange({ ...draft, language: e.target.value as Language })}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('docs.file')} hint={t('docs.fileHint', { limit: formatBytes(MAX_CONTENT_BYTES) })}>
        {(c) => <input {...c} type="file" name="file" onChange={(e) => onChange({ ...draft, file: e.target.files?.[0] ?? null })} />}
      </Field>
      {!draft.file && (
        <Field label={t('docs.text')}>
          {(c) => <textarea {...c} name="text" rows={6} value={draft.text} onChange={(e) => onChange({ ...draft, text: e.target.value })} />}
        </Field>
      )}
    </>
  );
}
