// One certificate (issuing and importing Participant only): every field of the signed document, its
// state (cancellation, import confirmation, border checks, log entries), the printable PDF, and the
// actions: confirm receipt (the importing authority) and cancel with a reason (the issuing authority).
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { Link, useLocation } from '../app/router';
import type { PageProps } from '../app/route';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { download, useFormats } from '../ui/format';
import { credentialHref, fetchBundle, fetchCertificate, pdfHref } from './api';
import { CertStatusBadge } from './CertStatusBadge';
import { ConfirmForm } from './ConfirmForm';
import { CancelForm } from './CancelForm';
import { AmendForm } from './AmendForm';
import { ChainPanel } from './ChainPanel';
import { VerificationCodePanel } from './VerificationCodePanel';
import type { CertificateView, ListStatus } from './types';
import { WEB_FIELDS } from './fields';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

export function statusOf(view: CertificateView): ListStatus {
  if (view.status.cancelled) return view.status.cancelled.reason === 'replaced' ? 'replaced' : 'cancelled';
  if (view.status.confirmation) return view.status.confirmation.flagged ? 'confirmed-with-mismatch' : 'confirmed';
  return 'issued';
}

export function CertificatePage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { user } = useSession();
  const number = params.number ?? '';
  const justIssued = useLocation().query.get('issued') === '1';
  const view = useApi((signal) => fetchCertificate(number, signal), [number]);
  const v = view.data;
  const c = v?.certificate;

  const party = (p: { name: string; address: string; country: string }) => (
    <>
      <strong>{p.name}</strong>
      <div className="prose pre">{p.address}</div>
      <div className="sub">
        {i18n.country(p.country)} <span className="code">{p.country}</span>
      </div>
    </>
  );

  const officer = !!user?.roles.includes('officer');
  const isIssuer = !!c && officer && user?.participant === c.issuer.participant;
  // the server shows a certificate only to its two Participants: an officer not of the issuer is of the importer
  const isImporter = !!c && officer && !!user?.participant && user.participant !== c.issuer.participant;
  const expired = !!c && Date.parse(c.expiresAt) < Date.now();

  return (
    <Page
      title={t('cert.title', { number })}
      actions={
        c && (
          <>
            <a className="button button-secondary" href={pdfHref(c.number)} target="_blank" rel="noopener" data-testid="pdf-link">
              {t('cert.pdf')} (PDF)
            </a>
            {/* the signed file for offline checks is the bundle: the document and the log's signed checkpoint covering it */}
            <button type="button" className="button-secondary" onClick={() => void fetchBundle(c.number).then((b) => download(`${c.number}.json`, 'application/json', JSON.stringify(b, null, 2) + '\n'))}>
              {t('cert.signedFile')} (JSON)
            </button>
            <a className="button button-secondary" href={credentialHref(c.number)} download={`${c.number}.credential.json`} data-testid="credential-link">
              {t('verify.credential')} (W3C, JSON)
            </a>
          </>
        )
      }
    >
      <p className="back">
        <Link to="/certificates">← {t('certs.back')}</Link>
      </p>
      {justIssued && c && (
        <div className="message message-ok" role="status" data-testid="issued-message">
          <p>{t('cert.issued', { number: c.number })}</p>
        </div>
      )}
      {view.error ? <ErrorMessage error={view.error} onRetry={view.reload} /> : null}
      {!v && !view.error && <Loading />}
      {v && c && (
        <>
          <VerificationCodePanel number={c.number} canRenew={isIssuer} />
          <dl className="facts">
            <Fact label={t('cert.number')} testId="cert-number">
              <span className="code">{c.number}</span>
            </Fact>
            <Fact label={t('cert.status')}>
              <CertStatusBadge status={statusOf(v)} expired={statusOf(v) === 'issued' && expired} />
            </Fact>
            <Fact label={t('cert.issuedAt')}>{i18n.instant(c.issuedAt)}</Fact>
            <Fact label={t('cert.expiresAt')}>{i18n.instant(c.expiresAt)}</Fact>
            <Fact label={t('cert.issuer')}>
              {i18n.country(c.issuer.participant, c.issuer.name)}
              {c.issuer.countryOfExport !== c.issuer.participant && <div className="sub">{t('cert.memberState', { country: i18n.country(c.issuer.countryOfExport) })}</div>}
              {c.issuer.authority && <div className="sub">{c.issuer.authority}</div>}
            </Fact>
            <Fact label={t('cert.origin')}>
              {c.origin === 'mixed' ? t('issue.mixed') : i18n.country(c.origin)}
              {c.provenance && <div className="sub">{t('cert.provenanceIs', { country: i18n.country(c.provenance) })}</div>}
            </Fact>
            {WEB_FIELDS.map((d) => {
              // the simple fields (fields.ts) the document carries
              const value = c[d.name];
              return value === undefined || value === null ? null : <Fact key={d.name} label={d.label[i18n.lang]}>{d.show(value as never, f)}</Fact>;
            })}
            <Fact label={t('cert.key')}>
              <span className="code">{c.issuer.keyId}</span>
            </Fact>
          </dl>

          <div className="two-columns">
            <section className="card" aria-labelledby="exporter-title">
              <h2 id="exporter-title">{t('issue.exporter')}</h2>
              {party(c.exporter)}
            </section>
            <section className="card" aria-labelledby="importer-title">
              <h2 id="importer-title">{t('issue.importer')}</h2>
              {party(c.importer)}
            </section>
          </div>

          <section aria-labelledby="goods-title">
            <h2 id="goods-title">{t('issue.goods')}</h2>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('cert.hsCode')}</th>
                    <th scope="col" className="num">{t('cert.carats')}</th>
                    <th scope="col" className="num">{t('cert.valueUsd')}</th>
                    <th scope="col" className="num">{t('cert.perCarat')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.goods.map((g) => (
                    <tr key={g.hsCode}>
                      <td>
                        <span className="code">{g.hsCode}</span> <span className="sub">{t(`hs.${g.hsCode}`)}</span>
                      </td>
                      <td className="num">{f.carats(g.carats)}</td>
                      <td className="num">{f.usd(g.valueUsd)}</td>
                      <td className="num">{f.perCarat(g.carats > 0 ? g.valueUsd / g.carats : null)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('cert.total')}</th>
                    <td className="num" data-testid="total-carats">{f.carats(c.totals.carats)}</td>
                    <td className="num">{f.usd(c.totals.valueUsd)}</td>
                    <td className="num">{f.perCarat(c.totals.carats > 0 ? c.totals.valueUsd / c.totals.carats : null)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <section aria-labelledby="statement-title">
            <h2 id="statement-title">{t('cert.statementTitle')}</h2>
            <p className="prose" lang="en">
              <strong>{c.title}.</strong> {c.statement}
            </p>
            <p className="sub">
              <Link to={`/verify/${encodeURIComponent(c.number)}`}>{t('cert.verifyLink')}</Link>
            </p>
          </section>

          <ChainPanel status={v.status} />

          <section aria-labelledby="state-title">
            <h2 id="state-title">{t('cert.state')}</h2>
            {v.status.cancelled && (
              <div className="message message-error" data-testid="cancelled">
                <p>
                  {t('cert.cancelledOn', { date: i18n.instant(v.status.cancelled.at), reason: t(`cancel.reason.${v.status.cancelled.reason}`) })}
                  {v.status.cancelled.replacedBy && ` ${t('cert.replacedBy', { number: v.status.cancelled.replacedBy })}`}
                </p>
                {v.status.cancelled.note && <p className="prose">{v.status.cancelled.note}</p>}
              </div>
            )}
            {v.status.confirmation ? (
              <div className={v.status.confirmation.flagged ? 'message message-error' : 'message message-ok'} data-testid="confirmation">
                <p>
                  {t('cert.confirmedOn', {
                    date: i18n.day(v.status.confirmation.receivedOn),
                    who: v.status.confirmation.confirmedBy,
                    participant: i18n.country(v.status.confirmation.participant),
                  })}
                </p>
                <p>
                  {t('cert.confirmedFigures', { parcels: v.status.confirmation.parcels, carats: f.carats(v.status.confirmation.carats) })}{' '}
                  {v.status.confirmation.sealsIntact ? t('confirm.sealsOk') : t('confirm.sealsBroken')}
                </p>
                {v.status.confirmation.mismatches.length > 0 && (
                  <ul lang="en">
                    {v.status.confirmation.mismatches.map((m, i) => (
                      <li key={i}>{m.message}</li>
                    ))}
                  </ul>
                )}
              </div>
            ) : (
              !v.status.cancelled && <p>{t('cert.notConfirmed')}</p>
            )}
            {v.status.borderChecks.length > 0 && (
              <div className="table-scroll">
                <table className="data-table">
                  <caption>{t('cert.borderChecks')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('cert.checkedAt')}</th>
                      <th scope="col">{t('cert.checkedBy')}</th>
                      <th scope="col">{t('cert.checkKind')}</th>
                      <th scope="col">{t('verify.verdict')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.status.borderChecks.map((b, i) => (
                      <tr key={i}>
                        <td className="nowrap">{i18n.instant(b.checkedAt)}</td>
                        <td>
                          {b.checkedBy} <span className="sub">{i18n.country(b.participant)}</span>
                        </td>
                        <td>{t(`check.${b.kind as 'export' | 'import' | 'transit'}`)}</td>
                        <td>{t(`verdict.${b.verdict}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h3 className="spaced">{t('cert.log')}</h3>
            <ul className="log-list">
              {v.status.log.map((e) => (
                <li key={e.index}>
                  {t('cert.logEntry', { index: e.index, date: i18n.instant(e.at) })} — {t(`logEvent.${e.event as 'issued' | 'confirmed' | 'cancelled'}`)}
                </li>
              ))}
            </ul>
          </section>

          {!v.status.cancelled && !v.status.confirmation && isImporter && <ConfirmForm certificate={c} onDone={view.reload} />}
          {!v.status.cancelled && !v.status.confirmation && isIssuer && <AmendForm key={c.number} certificate={c} />}
          {!v.status.cancelled && !v.status.confirmation && isIssuer && <CancelForm number={c.number} onDone={view.reload} />}
        </>
      )}
    </Page>
  );
}
