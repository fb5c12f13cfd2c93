// The caller's Participant's certificates: issued by it, or addressed to it, newest first.
import { useI18n } from '../i18n';
import { Empty } from '../ui/Empty';
import { useSession } from '../auth/session';
import { Link, setQuery, useLocation } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { fetchCertificates } from './api';
import { CertStatusBadge } from './CertStatusBadge';

export function CertificatesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { user } = useSession();
  const { query } = useLocation();
  const role = query.get('role') === 'received' ? 'received' : 'issued';
  const yearText = query.get('year') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const list = useApi((signal) => fetchCertificates({ role, year }, signal), [role, year]);
  const rows = list.data?.certificates;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2003 + 1 }, (_, i) => thisYear - i);

  return (
    <Page
      title={t('certs.title')}
      intro={t('certs.intro')}
      actions={
        user?.roles.includes('officer') && (
          <Link className="button" to="/certificates/new">
            {t('certs.issue')}
          </Link>
        )
      }
    >
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="segmented" role="group" aria-label={t('certs.which')}>
          <button type="button" aria-pressed={role === 'issued'} onClick={() => setQuery({ role: undefined })}>
            {t('certs.issued')}
          </button>
          <button type="button" aria-pressed={role === 'received'} onClick={() => setQuery({ role: 'received' })}>
            {t('certs.received')}
          </button>
        </div>
        <label>
          {t('certs.year')}{' '}
          <select name="year" value={year ?? ''} onChange={(e) => setQuery({ year: e.target.value || undefined })}>
            <option value="">{t('certs.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {list.loading && rows && <span className="busy" role="status">{t('app.loading')}</span>}
      </form>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {!rows && !list.error && <Loading />}
      {rows && rows.length === 0 && <Empty list="certificates" />}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="certificates-table">
            <thead>
              <tr>
                <th scope="col">{t('cert.number')}</th>
                <th scope="col">{t('cert.issuedAt')}</th>
                <th scope="col">{role === 'issued' ? t('cert.destination') : t('cert.countryOfExport')}</th>
                <th scope="col" className="num">{t('cert.carats')}</th>
                <th scope="col" className="num">{t('cert.valueUsd')}</th>
                <th scope="col" className="num">{t('cert.parcels')}</th>
                <th scope="col">{t('cert.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.number} data-number={r.number}>
                  <td className="nowrap">
                    <Link to={`/certificates/${encodeURIComponent(r.number)}`} className="code">
                      {r.number}
                    </Link>
                  </td>
                  <td className="nowrap">{i18n.day(r.issuedAt.slice(0, 10))}</td>
                  <td>{role === 'issued' ? i18n.country(r.importerCountry) : i18n.country(r.countryOfExport)}</td>
                  <td className="num">{f.carats(r.carats)}</td>
                  <td className="num">{f.usd(r.valueUsd)}</td>
                  <td className="num">{f.integer(r.parcels)}</td>
                  <td>
                    <CertStatusBadge status={r.status} expired={r.status === 'issued' && Date.parse(r.expiresAt) < Date.now()} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
