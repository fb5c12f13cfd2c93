// The verdict on a certificate, as a look-up by number (GET /api/verify/{number}) or a checked
// document gives it: the verdict and its reason, and the facts the answer holds — a number alone
// shows only the issuing Participant; the verification code or an authority's session show more.
import { Link } from '../app/router';
import { useI18n } from '../i18n';
import { useFormats } from '../ui/format';
import type { ChainLink, Verification } from './types';
import { credentialHref } from './api';

/** The import certificates a re-export draws on, level by level, as the verification gives them to an authority concerned. */
function DrawsOn({ links }: { links: ChainLink[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const origin = (l: ChainLink) => (l.origin === 'mixed' ? t('verifyChain.mixed', { countries: (l.origins ?? []).map((c) => i18n.country(c)).join(', ') }) : l.origin ? i18n.country(l.origin) : '—');
  return (
    <ul>
      {links.map((l) => (
        <li key={l.number} data-number={l.number}>
          <Link to={`/verify/${encodeURIComponent(l.number)}`} className="code">
            {l.number}
          </Link>{' '}
          —{' '}
          {l.known
            ? t('verifyChain.link', { carats: f.carats(l.carats), issuer: i18n.country(l.issuer), date: l.issuedOn ? i18n.day(l.issuedOn) : '—', country: l.countryOfExport ? i18n.country(l.countryOfExport) : '—', origin: origin(l) })
            : t('verifyChain.unknown', { carats: f.carats(l.carats), issuer: i18n.country(l.issuer) })}
          {l.cancelled && ` (${t('verifyChain.cancelled')})`}
          {l.drawsOn && <DrawsOn links={l.drawsOn} />}
        </li>
      ))}
    </ul>
  );
}

export function VerdictPanel({ result, code }: { result: Verification; code?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  return (
    <section className={result.valid ? 'verdict verdict-ok' : 'verdict verdict-bad'} data-testid="verdict" data-verdict={result.verdict} aria-live="polite">
      <p className="verdict-title">
        <span aria-hidden="true">{result.valid ? '✓' : '✗'}</span> {t(`verdict.${result.verdict}`)}
      </p>
      {result.summary ? <p data-testid="verdict-summary">{result.summary}</p> : <p>{t(`verdictText.${result.verdict}`)}</p>}
      <dl className="facts">
        {result.number && (
          <div className="field">
            <dt>{t('cert.number')}</dt>
            <dd className="code">{result.number}</dd>
          </div>
        )}
        {result.issuer && (
          <div className="field">
            <dt>{t('cert.issuer')}</dt>
            <dd>{i18n.country(result.issuer)}</dd>
          </div>
        )}
        {result.issuedAt && (
          <div className="field">
            <dt>{t('cert.issuedAt')}</dt>
            <dd>{i18n.instant(result.issuedAt)}</dd>
          </div>
        )}
        {result.expiresAt && (
          <div className="field">
            <dt>{t('cert.expiresAt')}</dt>
            <dd>{i18n.instant(result.expiresAt)}</dd>
          </div>
        )}
        {result.countryOfExport && (
          <div className="field">
            <dt>{t('cert.countryOfExport')}</dt>
            <dd>{i18n.country(result.countryOfExport)}</dd>
          </div>
        )}
        {result.importerCountry && (
          <div className="field">
            <dt>{t('verify.importerCountry')}</dt>
            <dd>{i18n.country(result.importerCountry)}</dd>
          </div>
        )}
        {result.exporter && (
          <div className="field">
            <dt>{t('issue.exporter')}</dt>
            <dd data-testid="verify-exporter">
              {result.exporter.name}
              <div className="sub">{result.exporter.address}</div>
            </dd>
          </div>
        )}
        {result.importer && (
          <div className="field">
            <dt>{t('issue.importer')}</dt>
            <dd>
              {result.importer.name}
              <div className="sub">{result.importer.address}</div>
            </dd>
          </div>
        )}
        {result.parcels !== undefined && (
          <div className="field">
            <dt>{t('cert.parcels')}</dt>
            <dd data-testid="verify-parcels">{f.integer(result.parcels)}</dd>
          </div>
        )}
        {result.carats !== undefined && (
          <div className="field">
            <dt>{t('cert.carats')}</dt>
            <dd data-testid="verify-carats">{f.carats(result.carats)}</dd>
          </div>
        )}
        {result.valueUsd !== undefined && (
          <div className="field">
            <dt>{t('verify.value')}</dt>
            <dd>{f.usd(result.valueUsd)}</dd>
          </div>
        )}
        {result.origins && (
          <div className="field">
            <dt>{t('verifyChain.origins')}</dt>
            <dd data-testid="verify-origins">{result.origin === 'mixed' ? t('verifyChain.mixed', { countries: result.origins.map((c) => i18n.country(c)).join(', ') }) : result.origins.map((c) => i18n.country(c)).join(', ')}</dd>
          </div>
        )}
        {result.cancellation && (
          <div className="field">
            <dt>{t('verify.cancellation')}</dt>
            <dd>
              {t('cert.cancelledOn', { date: i18n.instant(result.cancellation.at), reason: t(`cancel.reason.${result.cancellation.reason}`) })}
              {result.cancellation.note && <div className="sub">{result.cancellation.note}</div>}
            </dd>
          </div>
        )}
        {result.confirmed !== undefined && (
          <div className="field">
            <dt>{t('verify.receipt')}</dt>
            <dd>{result.confirmed ? t('verify.receiptConfirmed') : t('verify.receiptPending')}</dd>
          </div>
        )}
        {result.replacedBy && (
          <div className="field">
            <dt>{t('verify.replacedBy')}</dt>
            <dd className="code" data-testid="replaced-by"><Link to={`/verify/${encodeURIComponent(result.replacedBy)}`}>{result.replacedBy}</Link></dd>
          </div>
        )}
        {result.replaces && (
          <div className="field">
            <dt>{t('verify.replaces')}</dt>
            <dd className="code" data-testid="replaces"><Link to={`/verify/${encodeURIComponent(result.replaces)}`}>{result.replaces}</Link></dd>
          </div>
        )}
        {result.checkedAt && (
          <div className="field">
            <dt>{t('verify.checkedAt')}</dt>
            <dd>{i18n.instant(result.checkedAt)}</dd>
          </div>
        )}
      </dl>
      {result.drawsOn && (
        <section aria-labelledby="verify-chain-title" data-testid="verify-chain">
          <h3 id="verify-chain-title">{t('verifyChain.title')}</h3>
          <DrawsOn links={result.drawsOn} />
        </section>
      )}
      <details className="sub">
        <summary>{t('verify.reason')}</summary>
        <span lang="en" data-testid="verdict-reason">{result.reason}</span>
      </details>
      {result.disclosure && (
        <p className="sub" data-testid="disclosure" data-disclosure={result.disclosure}>
          {result.disclosure === 'public' ? t('verify.publicOnly') : t(`verify.shown.${result.disclosure}`)}
        </p>
      )}
      {result.number && (result.disclosure === 'holder' || result.disclosure === 'authority') && (
        <p className="sub">
          <a href={credentialHref(result.number, result.disclosure === 'holder' ? code : undefined)} download={`${result.number}.credential.json`} data-testid="credential-link">
            {t('verify.credential')} (W3C, JSON)
          </a>
        </p>
      )}
    </section>
  );
}
