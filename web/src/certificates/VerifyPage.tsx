// Public verification (/verify/{number}, the address the QR code of the printed certificate points
// to): genuine, altered, unknown key, revoked key, expired, cancelled or not in the log, and why.
// A number alone shows the verdict and the issuing Participant; with the verification code printed
// beside the QR code (typed here, or carried in the QR's address as ?code=) the certificate's dates
// and contents; an authority concerned, signed in, sees all.
import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { navigate, useLocation } from '../app/router';
import type { PageProps } from '../app/route';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { verifyNumber } from './api';
import { OfflineCheck } from './OfflineCheck';
import { BorderCheckForm } from './BorderCheckForm';
import { useSession } from '../auth/session';
import { NUMBER_PATTERN, type Verification } from './types';
import { useFormats } from '../ui/format';

const CODE_EXAMPLE = '7K3QD-M9XWE';

export function VerdictPanel({ result }: { result: Verification }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  return (
    <section className={result.valid ? 'verdict verdict-ok' : 'verdict verdict-bad'} data-testid="verdict" data-verdict={result.verdict} aria-live="polite">
      <p className="verdict-title">
        <span aria-hidden="true">{result.valid ? '✓' : '✗'}</span> {t(`verdict.${result.verdict}`)}
      </p>
      <p>{t(`verdictText.${result.verdict}`)}</p>
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
        {result.checkedAt && (
          <div className="field">
            <dt>{t('verify.checkedAt')}</dt>
            <dd>{i18n.instant(result.checkedAt)}</dd>
          </div>
        )}
      </dl>
      <p className="sub">
        {t('verify.reason')}: <span lang="en" data-testid="verdict-reason">{result.reason}</span>
      </p>
      {result.disclosure && (
        <p className="sub" data-testid="disclosure" data-disclosure={result.disclosure}>
          {result.disclosure === 'public' ? t('verify.publicOnly') : t(`verify.shown.${result.disclosure}`)}
        </p>
      )}
    </section>
  );
}

function Result({ number, code }: { number: string; code: string | undefined }) {
  const result = useApi((signal) => verifyNumber(number, code, signal), [number, code]);
  if (result.error) return <ErrorMessage error={result.error} onRetry={result.reload} />;
  if (!result.data || result.data.number !== number) return <Loading />;
  return <VerdictPanel result={result.data} />;
}

export function VerifyPage({ params }: PageProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const atBorder = !!user?.participant && (user.roles.includes('customs') || user.roles.includes('officer'));
  const number = (params.number ?? '').trim().toUpperCase();
  const code = useLocation().query.get('code')?.trim() || undefined;
  const [text, setText] = useState(number);
  const [codeText, setCodeText] = useState(code ?? '');
  useEffect(() => setText(number), [number]);
  useEffect(() => setCodeText(code ?? ''), [code]);
  const well = NUMBER_PATTERN.test(text.trim().toUpperCase());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = text.trim().toUpperCase();
    const c = codeText.trim();
    if (n) navigate(`/verify/${encodeURIComponent(n)}${c ? `?code=${encodeURIComponent(c)}` : ''}`);
  };

  return (
    <Page title={t('verify.title')} intro={t('verify.intro')}>
      <form className="card form verify-form" onSubmit={submit} role="search">
        <label>
          {t('verify.number')}
          <input name="number" value={text} onChange={(e) => setText(e.target.value)} placeholder="ZA-2006-000123" autoComplete="off" spellCheck={false} required maxLength={32} />
        </label>
        <small className="hint">{text && !well ? t('verify.shape', { example: 'ZA-2006-000123' }) : t('verify.hint', { example: 'ZA-2006-000123', euExample: 'EU-BE-2006-000045' })}</small>
        <label>
          {t('verify.code')}
          <input name="code" value={codeText} onChange={(e) => setCodeText(e.target.value)} placeholder={CODE_EXAMPLE} autoComplete="off" spellCheck={false} maxLength={40} />
        </label>
        <small className="hint">{t('verify.codeHint', { example: CODE_EXAMPLE })}</small>
        <button type="submit">{t('verify.submit')}</button>
      </form>
      {number && <Result number={number} code={code} />}
      {number && atBorder && <BorderCheckForm key={number} number={number} />}
      <OfflineCheck />
    </Page>
  );
}
