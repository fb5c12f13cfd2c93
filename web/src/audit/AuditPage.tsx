// Administrators: the audit log, newest first, page by page, and the check of its hash chain.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fetchAudit, PAGE_SIZE, type AuditEntry } from './api';
import { ChainCheckPanel } from './ChainCheckPanel';

function Details({ value }: { value: unknown }) {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return <code>{String(value)}</code>;
  const pairs = Object.entries(value as Record<string, unknown>);
  return (
    <dl className="details">
      {pairs.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [more, setMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();

  const load = async (before?: number) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await fetchAudit(before);
      setEntries((old) => (before === undefined ? page : [...(old ?? []), ...page]));
      setMore(page.length === PAGE_SIZE);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load();
  }, []);

  const oldest = entries?.[entries.length - 1]?.seq;
  return (
    <Page title={t('audit.title')} intro={t('audit.intro')} actions={<ChainCheckPanel />}>
      <ErrorMessage error={error} onRetry={() => load(oldest)} />
      {!entries && !error && <Loading />}
      {entries && (
        <div className="table-scroll">
          <table className="data-table audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col" className="num">{t('audit.seq')}</th>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.actingFor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.subject')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td className="nowrap">{i18n.instant(e.at)}</td>
                  <td>{e.actorName}</td>
                  <td>{e.actingFor ?? '—'}</td>
                  <td className="code">{e.action}</td>
                  <td className="code subject">{e.subject}</td>
                  <td>
                    <Details value={e.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries && (more ? (
        <button type="button" className="button-secondary" disabled={loading} onClick={() => load(oldest)}>
          {loading ? t('app.loading') : t('audit.more')}
        </button>
      ) : (
        <p className="muted">{t('audit.end')}</p>
      ))}
    </Page>
  );
}
