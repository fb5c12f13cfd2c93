// A certificate's verification code on its page: shown once just after issuance (or after the issuing
// authority made a new one), with the PDF that prints it beside the QR code; and, for the issuing
// authority, the button that makes a new one (the old one stops working).
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import { pdfHref, renewVerificationCode } from './api';
import { forgetCode, peekCode } from './codes';

export function VerificationCodePanel({ number, canRenew }: { number: string; canRenew: boolean }) {
  const { t } = useI18n();
  const [code, setCode] = useState<string | undefined>(() => peekCode(number));
  // shown once: a reload or a later visit does not show it again
  useEffect(() => forgetCode(number), [number]);

  const renew = useAction(async () => setCode((await renewVerificationCode(number)).verificationCode));

  if (!code && !canRenew) return null;
  return (
    <section className="card" aria-labelledby="code-title" data-testid="verification-code-panel">
      <h2 id="code-title">{t('code.title')}</h2>
      {code && (
        <>
          <p className="code verification-code" data-testid="verification-code">
            {code}
          </p>
          <p className="sub">{t('code.once')}</p>
          <p>
            <a className="button" href={pdfHref(number, code)} target="_blank" rel="noopener" data-testid="pdf-with-code">
              {t('code.pdf')}
            </a>
          </p>
        </>
      )}
      {canRenew && (
        <>
          <p className="sub">{t('code.renewHint')}</p>
          <button type="button" className="button-secondary" onClick={() => renew.run()} disabled={renew.busy} data-testid="renew-code">
            {t('code.renew')}
          </button>
        </>
      )}
      <ErrorMessage error={renew.error} />
    </section>
  );
}
