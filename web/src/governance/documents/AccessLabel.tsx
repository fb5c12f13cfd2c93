// Who may read a document, said in words.
import { useI18n } from '../../i18n';
import type { KpDocument } from './api';

export function AccessLabel({ doc }: { doc: Pick<KpDocument, 'access' | 'group' | 'organisations' | 'owner'> }) {
  const { t } = useI18n();
  const who = t(`docs.accessLevel.${doc.access}`, { group: doc.group ?? '', organisations: doc.organisations.join(', ') });
  return (
    <span data-access={doc.access}>
      {who}
      {doc.owner && doc.access !== 'public' && <span className="sub"> {t('docs.ownerToo', { owner: doc.owner })}</span>}
    </span>
  );
}
