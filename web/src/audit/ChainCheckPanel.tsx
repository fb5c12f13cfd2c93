// "Verify the chain": walks the audit log's hash chain on the server and shows the verdict.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import { verifyChain, type ChainCheck } from './api';

export function ChainCheckPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const [result, setResult] = useState<ChainCheck>();
  const check = useAction(async () => {
    setResult(undefined);
    setResult(await verifyChain());
  });

  return (
    <div className="chain-check">
      <button type="button" onClick={() => check.run()} disabled={check.busy}>
        {check.busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      <ErrorMessage error={check.error} />
      {result && (
        <div className={`message ${result.problems.length ? 'message-error' : 'message-ok'}`} role="status" data-testid="chain-result">
          <p>
            <strong>
              {result.problems.length
                ? t('audit.broken', { count: i18n.number(result.problems.length) })
                : t('audit.intact', { count: i18n.number(result.entries) })}
            </strong>
          </p>
          <p className="hash">
            {t('audit.head')}: <code>{result.headHash}</code>
          </p>
          {result.problems.length > 0 && (
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.seq}-${p.problem}`}>{t('audit.problem', { seq: p.seq, problem: p.problem })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
