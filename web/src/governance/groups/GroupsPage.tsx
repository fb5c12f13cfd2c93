// The working groups (/governance/groups): public, each with its chair and current members.
import { useI18n } from '../../i18n';
import { Link } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { fetchGroups } from './api';

export function GroupsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const groups = useApi((signal) => fetchGroups(signal), []);
  return (
    <Page title={t('nav.groups')} intro={t('groups.intro')}>
      {groups.error ? <ErrorMessage error={groups.error} onRetry={groups.reload} /> : null}
      {!groups.data && !groups.error && <Loading />}
      {groups.data && (
        <table className="data-table" data-testid="groups">
          <thead>
            <tr>
              <th scope="col">{t('groups.group')}</th>
              <th scope="col">{t('groups.chair')}</th>
              <th scope="col">{t('groups.members')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.data.groups.map((g) => (
              <tr key={g.id} data-group={g.id}>
                <td>
                  <Link to={`/governance/groups/${g.id}`}>
                    <span lang="en">{g.name}</span> <span className="code sub">{g.id}</span>
                  </Link>
                </td>
                <td>{i18n.country(g.chair)}</td>
                <td>{g.members.filter((m) => m.until === null).map((m) => i18n.country(m.member)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
