// One document: what it is, who may read it, its language versions to download; publishers add a
// language version.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { downloadUrl, fetchDocument, fileToBase64, formatBytes, LANGUAGES, putVersion, type Category, type KpDocument } from './api';
import { AccessLabel } from './AccessLabel';
import { VersionFields, type VersionDraft } from './VersionFields';
import { useAction } from '../../ui/useAction';

export function DocumentPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchDocument(id, signal), [id]);
  const [changed, setChanged] = useState<KpDocument>();
  const d = changed?.id === id ? changed : loaded.data;
  const [draft, setDraft] = useState<VersionDraft>({ language: 'fr', text: '', file: null });
  const publishes = hasRole(user, 'chair') || hasRole(user, 'admin') || hasRole(user, 'officer') || hasRole(user, 'wg-member');

  const add = useAction(async () => {
    const v = draft.file ? { language: draft.language, contentBase64: await fileToBase64(draft.file), filename: draft.file.name, mediaType: draft.file.type || undefined } : { language: draft.language, text: draft.text };
    setChanged(await putVersion(id, v));
    setDraft({ ...draft, text: '', file: null });
  });

  return (
    <Page title={d ? d.title : t('docs.title')}>
      <p className="back">
        <Link to="/documents">← {t('docs.back')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!d && !loaded.error && <Loading />}
      {d && (
        <>
          <dl className="facts">
            <div className="field">
              <dt>{t('docs.category')}</dt>
              <dd>{t(`docs.category.${d.category as Category}`)}</dd>
            </div>
            <div className="field">
              <dt>{t('docs.date')}</dt>
              <dd>{i18n.day(d.publishedOn)}</dd>
            </div>
            <div className="field">
              <dt>{t('docs.access')}</dt>
              <dd data-testid="document-access">
                <AccessLabel doc={d} />
              </dd>
            </div>
            {d.link && (
              <div className="field">
                <dt>{t('docs.link')}</dt>
                <dd>{d.link.startsWith('/') ? <Link to={d.link}>{d.link}</Link> : d.link}</dd>
              </div>
            )}
          </dl>
          <section aria-labelledby="versions-title">
            <h2 id="versions-title">{t('docs.languages')}</h2>
            <ul data-testid="document-versions">
              {d.versions.map((v) => (
                <li key={v.language}>
                  <a href={downloadUrl(d.id, v.language)} download={v.filename}>
                    {v.language.toUpperCase()} — {v.filename}
                  </a>{' '}
                  <span className="sub">
                    {v.mediaType}, {formatBytes(v.size)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {publishes && (
            <form className="form card" onSubmit={add.onSubmit} aria-labelledby="add-title">
              <h2 id="add-title">{t('docs.addVersion')}</h2>
              <ErrorMessage error={add.error} />
              <VersionFields draft={draft} onChange={setDraft} languages={LANGUAGES} />
              <button type="submit" disabled={add.busy || (!draft.file && !draft.text.trim())}>
                {t('docs.saveVersion')}
              </button>
            </form>
          )}
        </>
      )}
    </Page>
  );
}
