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
import { NUMBER_PATTERN } from './types';
import { VerdictPanel } from './VerdictPanel';

const CODE_EXAMPLE = '7K3QD-M9XWE';

function Result({ number, code }: { number: string; code: string | undefined }) {
  const result = useApi((signal) => verifyNumber(number, code, signal), [number, code]);
  if (result.error) return <ErrorMessage error={result.error} onRetry={result.reload} />;
  if (!result.data || result.data.number !== number) return <Loading />;
  return <VerdictPanel result={result.data} code={code} />;
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

  // a code opens one certificate: the one of the address is not carried over to another number
  const changeNumber = (value: string) => {
    setText(value);
    if (code !== undefined && codeText.trim() === code) setCodeText('');
  };

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
          <input name="number" value={text} onChange={(e) => changeNumber(e.target.value)} placeholder="ZA-2006-000123" autoComplete="off" spellCheck={false} required maxLength={32} />
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
