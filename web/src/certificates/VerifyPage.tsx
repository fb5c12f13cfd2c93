// Public verification (/verify/{number}, the address the QR code of the printed certificate points
// to): genuine, altered, unknown key, revoked key, expired, cancelled or not in the log, and why.
import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { Link, navigate } from '../app/router';
import type { PageProps } from '../app/route';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { verifyNumber } from './api';
import { OfflineCheck } from './OfflineCheck';
import { BorderCheckForm } from './BorderCheckForm';
import { useSession } from '../auth/session';
import { NUMBER_PATTERN, type Verification } from './types';

export function VerdictPanel({ result }: { result: Verification }) {
  const i18n = useI18n();
  const { t } = i18n;
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
      <p className="sub">
        {t('verify.reason')}: <span lang="en" data-testid="verdict-reason">{result.reason}</span>
      </p>
    </section>
  );
}

function Result({ number }: { number: string }) {
  const result = useApi((signal) => verifyNumber(number, signal), [number]);
  if (result.error) return <ErrorMessage error={result.error} onRetry={result.reload} />;
  if (!result.data || result.data.number !== number) return <Loading />;
  return <VerdictPanel result={result.data} />;
}

export function VerifyPage({ params }: PageProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const atBorder = !!user?.participant && (user.roles.includes('customs') || user.roles.includes('officer'));
  const number = (params.number ?? '').trim().toUpperCase();
  const [text, setText] = useState(number);
  useEffect(() => setText(number), [number]);
  const well = NUMBER_PATTERN.test(text.trim().toUpperCase());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = text.trim().toUpperCase();
    if (n) navigate(`/verify/${encodeURIComponent(n)}`);
  };

  return (
    <Page title={t('verify.title')} intro={t('verify.intro')}>
      <form className="card form verify-form" onSubmit={submit} role="search">
        <label>
          {t('verify.number')}
          <input name="number" value={text} onChange={(e) => setText(e.target.value)} placeholder="ZA-2006-000123" autoComplete="off" spellCheck={false} required maxLength={32} />
        </label>
        <small className="hint">{text && !well ? t('verify.shape', { example: 'ZA-2006-000123' }) : t('verify.hint', { example: 'ZA-2006-000123', euExample: 'EU-BE-2006-000045' })}</small>
        <button type="submit">{t('verify.submit')}</button>
      </form>
      {number && <Result number={number} />}
      {number && atBorder && <BorderCheckForm key={number} number={number} />}
      <OfflineCheck />
    </Page>
  );
}
