// Publishing a document: title, category, date, who may read it (public; all Participants; Participants
// and observers; a working group; named UN bodies — plus the owner Participant), and a first language
// version. The server checks who may publish what (an officer for its own Participant, a working-group
// member for its group).
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { navigate } from '../../app/router';
import { Page } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { ACCESS_LEVELS, CATEGORIES, fileToBase64, publishDocument, type AccessLevel, type Category } from './api';
import { VersionFields, type VersionDraft } from './VersionFields';

export function NewDocumentPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<Category>('plenary');
  const [publishedOn, setPublishedOn] = useState(new Date().toISOString().slice(0, 10));
  const [access, setAccess] = useState<AccessLevel>('participants');
  const [group, setGroup] = useState(user?.groups[0] ?? '');
  const [organisations, setOrganisations] = useState('');
  const [owner, setOwner] = useState(user?.roles.includes('officer') ? (user.participant ?? '') : '');
  const [draft, setDraft] = useState<VersionDraft>({ language: 'en', text: '', file: null });
  const publish = useAction(async () => {
    const version = draft.file ? { language: draft.language, contentBase64: await fileToBase64(draft.file), filename: draft.file.name, mediaType: draft.file.type || undefined } : { language: draft.language, text: draft.text };
    const d = await publishDocument({
      title: title.trim(),
      category,
      publishedOn,
      access,
      group: access === 'group' ? group.trim().toUpperCase() : null,
      organisations: access === 'un-bodies' ? organisations.split(/[\s,]+/).filter(Boolean) : [],
      owner: owner.trim().toUpperCase() || null,
      versions: [version],
    });
    navigate(`/documents/${d.id}`);
  });

  return (
    <Page title={t('docs.publish')}>
      <form className="form" onSubmit={publish.onSubmit}>
        <ErrorMessage error={publish.error} />
        <Field label={t('docs.docTitle')} error={publish.fieldError('title')}>
          {(c) => <input {...c} name="title" required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('docs.category')}>
          {(c) => (
            <select {...c} name="category" value={category} onChange={(e) => setCategory(e.target.value as Category)}>
              {CATEGORIES.map((k) => (
                <option key={k} value={k}>
                  {t(`docs.category.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('docs.date')} error={publish.fieldError('publishedOn')}>
          {(c) => <input {...c} type="date" name="publishedOn" required value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} />}
        </Field>
        <Field label={t('docs.access')}>
          {(c) => (
            <select {...c} name="access" value={access} onChange={(e) => setAccess(e.target.value as AccessLevel)}>
              {ACCESS_LEVELS.map((a) => (
                <option key={a} value={a}>
                  {t(`docs.accessLevel.${a}`, { group: '…', organisations: '…' })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {access === 'group' && (
          <Field label={t('docs.group')} error={publish.fieldError('group')}>
            {(c) => <input {...c} name="group" required maxLength={20} value={group} onChange={(e) => setGroup(e.target.value)} />}
          </Field>
        )}
        {access === 'un-bodies' && (
          <Field label={t('docs.organisations')} hint={t('docs.organisationsHint')} error={publish.fieldError('organisations')}>
            {(c) => <input {...c} name="organisations" required value={organisations} onChange={(e) => setOrganisations(e.target.value)} />}
          </Field>
        )}
        <Field label={t('docs.owner')} hint={t('docs.ownerHint')} error={publish.fieldError('owner')}>
          {(c) => <input {...c} name="owner" maxLength={2} value={owner} onChange={(e) => setOwner(e.target.value)} />}
        </Field>
        <VersionFields draft={draft} onChange={setDraft} />
        <button type="submit" disabled={publish.busy || !title.trim() || (!draft.file && !draft.text.trim())}>
          {t('docs.publish')}
        </button>
      </form>
    </Page>
  );
}
