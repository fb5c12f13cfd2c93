// Customs (and authority officers) record a check at their border against a certificate number:
// export, import, or transit (seals checked, shipment unopened). The server verifies the number and
// flags the check when the certificate does not verify or the seals were not intact.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { recordBorderCheck } from './api';
import type { Verdict } from './types';
import { useAction } from '../ui/useAction';

const KINDS = ['import', 'export', 'transit'] as const;

export function BorderCheckForm({ number }: { number: string }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('import');
  const [sealsIntact, setSealsIntact] = useState(true);
  const [unopened, setUnopened] = useState(true);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<{ verdict: Verdict; flagged: boolean; embargo: string[] }>();

  const submit = useAction(async () => {
    setResult(undefined);
    const r = await recordBorderCheck(number, { kind, sealsIntact, ...(kind === 'transit' && { unopened }), ...(note.trim() && { note: note.trim() }) });
    setResult({ verdict: r.verdict, flagged: r.flagged, embargo: (r.embargo ?? []).map((m) => m.message) });
    setNote('');
  });

  return (
    <form className="card form" onSubmit={submit.onSubmit} aria-labelledby="border-title" data-testid="border-check-form">
      <h2 id="border-title">{t('border.title')}</h2>
      <p className="hint">{t('border.intro')}</p>
      <fieldset className="checks">
        <legend>{t('cert.checkKind')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="check">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`check.${k}`)}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" name="sealsIntact" checked={sealsIntact} onChange={(e) => setSealsIntact(e.target.checked)} />
        {t('confirm.seals')}
      </label>
      {kind === 'transit' && (
        <label className="check">
          <input type="checkbox" name="unopened" checked={unopened} onChange={(e) => setUnopened(e.target.checked)} />
          {t('border.unopened')}
        </label>
      )}
      <label>
        {t('confirm.note')}
        <textarea name="note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <ErrorMessage error={submit.error} />
      {result && (
        <p className={result.flagged ? 'message message-error' : 'message message-ok'} role="status" data-testid="border-result">
          {result.flagged ? t('border.flagged', { verdict: t(`verdict.${result.verdict}`) }) : t('border.recorded')}
        </p>
      )}
      {result && result.embargo.length > 0 && (
        <div className="message message-error" data-testid="border-embargo">
          {t('border.embargo')}
          <ul lang="en">
            {result.embargo.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" disabled={submit.busy}>
        {submit.busy ? t('users.busy') : t('border.submit')}
      </button>
    </form>
  );
}
