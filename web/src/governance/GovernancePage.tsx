// The hub of governance: every workflow's pages that the signed-in user may open, in one place.
import { useSession } from '../auth/session';
import { allowed } from '../app/route';
import { Link } from '../app/router';
import { useI18n } from '../i18n';
import { Page } from '../ui/Page';
import { governanceSections } from './sections';

export function GovernancePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const pages = governanceSections.filter((r) => r.nav && !r.path.includes(':') && allowed(r, user));
  return (
    <Page title={t('nav.governance')}>
      <p>{t('governance.intro')}</p>
      {pages.length === 0 ? (
        <p>{t('governance.none')}</p>
      ) : (
        <ul className="hub-list">
          {pages.map((r) => (
            <li key={r.path}>
              <Link to={r.path}>{t(r.title)}</Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
