// /certificates/awaiting: the importing authority's queue of certificates addressed to its
// Participant that await confirmation of receipt, soonest expiry first; an officer confirms one here.
import { useState } from 'react';
import { Empty } from '../ui/Empty';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { Link } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { fetchAwaiting } from './api';
import { ConfirmForm } from './ConfirmForm';

export function AwaitingPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { user } = useSession();
  const officer = !!user?.roles.includes('officer');
  const queue = useApi((signal) => fetchAwaiting(signal), []);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const rows = queue.data?.certificates;

  return (
    <Page title={t('awaiting.title')} intro={t('awaiting.intro')}>
      {done && <p className="notice" role="status" data-testid="awaiting-done">{t('awaiting.confirmed', { number: done })}</p>}
      {queue.error ? <ErrorMessage error={queue.error} onRetry={queue.reload} /> : null}
      {!rows && !queue.error && <Loading />}
      {rows && rows.length === 0 && <Empty list="awaiting" />}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="awaiting-table">
            <thead>
              <tr>
                <th scope="col">{t('cert.number')}</th>
                <th scope="col">{t('awaiting.exporter')}</th>
                <th scope="col">{t('cert.issuedAt')}</th>
                <th scope="col" className="num">{t('cert.parcels')}</th>
                <th scope="col" className="num">{t('cert.carats')}</th>
                <th scope="col">{t('cert.expiresAt')}</th>
                <th scope="col" className="num">{t('awaiting.daysLeft')}</th>
                {officer && <th scope="col"><span className="visually-hidden">{t('awaiting.confirm')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.number} data-number={r.number} data-expired={r.daysLeft < 0 ? 'true' : undefined}>
                  <td className="nowrap">
                    <Link to={`/certificates/${encodeURIComponent(r.number)}`} className="code">
                      {r.number}
                    </Link>
                  </td>
                  <td>
                    {r.exporter.name}
                    <div className="sub">{i18n.country(r.exporter.country)}</div>
                  </td>
                  <td className="nowrap">{i18n.day(r.issuedAt.slice(0, 10))}</td>
                  <td className="num">{f.integer(r.parcels)}</td>
                  <td className="num">{f.carats(r.carats)}</td>
                  <td className="nowrap">{i18n.day(r.expiresAt.slice(0, 10))}</td>
                  <td className="num">{r.daysLeft < 0 ? t('awaiting.expiredAgo', { n: -r.daysLeft }) : f.integer(r.daysLeft)}</td>
                  {officer && (
                    <td>
                      <button type="button" className="button-secondary" onClick={() => setConfirming(confirming === r.number ? null : r.number)} aria-expanded={confirming === r.number}>
                        {t('awaiting.confirm')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {officer && confirming && (
        <ConfirmForm
          key={confirming}
          certificate={{ number: confirming }}
          onDone={() => {
            setDone(confirming);
            setConfirming(null);
            queue.reload();
          }}
        />
      )}
    </Page>
  );
}
