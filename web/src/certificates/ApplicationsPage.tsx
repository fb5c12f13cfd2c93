// Certificate applications: a licensed exporter applies and follows its applications; the authority
// officers of its Participant approve one (the certificate is issued then, re-checked against the
// registry of the day) or refuse it with a reason.
import { Fragment, useState } from 'react';
import { Empty } from '../ui/Empty';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { Link, navigate, setQuery, useLocation } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { approveApplication, fetchApplications, refuseApplication } from './api';
import { APPLICATION_STATUSES, type Application } from './types';
import { rememberCode } from './codes';
import { useAction } from '../ui/useAction';

function Decision({ application, onDone }: { application: Application; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const approve = useAction(async () => {
    const { certificate: cert, verificationCode } = await approveApplication(application.id);
    if (verificationCode) rememberCode(cert.number, verificationCode);
    navigate(`/certificates/${encodeURIComponent(cert.number)}?issued=1`);
  });
  const refuse = useAction(async () => {
    await refuseApplication(application.id, reason.trim());
    onDone();
  });
  const busy = approve.busy || refuse.busy;
  const error = approve.error ?? refuse.error;

  return (
    <div className="decision" data-testid="decision">
      <ErrorMessage error={error} title={t('issue.refused')} />
      <div className="inline-form">
        <button type="button" onClick={() => void approve.run()} disabled={busy}>
          {t('applications.approve')}
        </button>
        <label>
          {t('applications.reason')}
          <input name="reason" maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="button" className="button-danger" onClick={() => void refuse.run()} disabled={busy || !reason.trim()}>
          {t('applications.refuse')}
        </button>
      </div>
    </div>
  );
}

export function ApplicationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { user } = useSession();
  const officer = !!user?.roles.includes('officer');
  const { query } = useLocation();
  const status = query.get('status') ?? undefined;
  const submitted = query.get('submitted');
  const list = useApi((signal) => fetchApplications(status, signal), [status]);
  const rows = list.data?.applications;

  return (
    <Page
      title={t('applications.title')}
      intro={t(officer ? 'applications.introOfficer' : 'applications.introCompany')}
      actions={
        user?.roles.includes('company') && (
          <Link className="button" to="/applications/new">
            {t('apply.title')}
          </Link>
        )
      }
    >
      {submitted && (
        <div className="message message-ok" role="status" data-testid="applied-message">
          <p>{t('applications.submitted')}</p>
        </div>
      )}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('cert.status')}
          <select name="status" value={status ?? ''} onChange={(e) => setQuery({ status: e.target.value || undefined, submitted: undefined })}>
            <option value="">{t('findings.any')}</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`applicationStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {!rows && !list.error && <Loading />}
      {rows && rows.length === 0 && <Empty list="applications" />}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="applications-table">
            <thead>
              <tr>
                <th scope="col">{t('submit.when')}</th>
                <th scope="col">{t('submit.by')}</th>
                <th scope="col">{t('issue.importer')}</th>
                <th scope="col" className="num">{t('cert.carats')}</th>
                <th scope="col" className="num">{t('cert.valueUsd')}</th>
                <th scope="col">{t('cert.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const carats = a.request.goods.reduce((s, g) => s + g.carats, 0);
                const value = a.request.goods.reduce((s, g) => s + g.valueUsd, 0);
                return (
                  <Fragment key={a.id}>
                    <tr data-application={a.id} data-status={a.status}>
                      <td className="nowrap">{i18n.instant(a.submittedAt)}</td>
                      <td>{a.submittedBy}</td>
                      <td>
                        {a.request.importer.name} <span className="sub">{i18n.country(a.request.importer.country)}</span>
                      </td>
                      <td className="num">{f.carats(carats)}</td>
                      <td className="num">{f.usd(value)}</td>
                      <td>
                        <span className="cert-badge" data-cert-status={a.status === 'approved' ? 'confirmed' : a.status === 'refused' ? 'cancelled' : 'issued'}>
                          {t(`applicationStatus.${a.status}`)}
                        </span>
                        {a.certificateNumber && (
                          <div className="sub">
                            <Link className="code" to={officer ? `/certificates/${encodeURIComponent(a.certificateNumber)}` : `/verify/${encodeURIComponent(a.certificateNumber)}`}>
                              {a.certificateNumber}
                            </Link>
                          </div>
                        )}
                        {a.reason && <div className="sub">{a.reason}</div>}
                      </td>
                    </tr>
                    {officer && a.status === 'pending' && (
                      <tr>
                        <td colSpan={6}>
                          <Decision application={a} onDone={list.reload} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
