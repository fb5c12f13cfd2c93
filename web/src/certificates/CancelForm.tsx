// The issuing authority cancels a certificate: lost, void, replaced (naming the replacement) or issued
// in error; a cancelled certificate stops verifying.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import { cancelCertificate } from './api';
import { CANCEL_REASONS, type CancelReason } from './types';

export function CancelForm({ number, onDone }: { number: string; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<CancelReason | ''>('');
  const [replacedBy, setReplacedBy] = useState('');
  const [note, setNote] = useState('');
  const cancel = useAction(async () => {
    if (!reason) return;
    if (!window.confirm(t('cancel.sure', { number }))) return;
    await cancelCertificate(number, { reason, ...(note.trim() && { note: note.trim() }), ...(reason === 'replaced' && { replacedBy: replacedBy.trim().toUpperCase() }) });
    onDone();
  });

  return (
    <form className="card form danger" onSubmit={cancel.onSubmit} aria-labelledby="cancel-title" data-testid="cancel-form">
      <h2 id="cancel-title">{t('cancel.title')}</h2>
      <p className="hint">{t('cancel.intro')}</p>
      <ErrorMessage error={cancel.error} />
      <div className="form-grid">
        <Field label={t('cancel.reason')}>
          {(c) => (
            <select {...c} name="reason" required value={reason} onChange={(e) => setReason(e.target.value as CancelReason)}>
              <option value="">{t('issue.choose')}</option>
              {CANCEL_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`cancel.reason.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {reason === 'replaced' && (
          <Field label={t('cancel.replacedBy')}>
            {(c) => <input {...c} name="replacedBy" required pattern="[A-Za-z]{2}(-[A-Za-z]{2})?-\d{4}-\d{6,9}" value={replacedBy} onChange={(e) => setReplacedBy(e.target.value)} />}
          </Field>
        )}
      </div>
      <Field label={t('confirm.note')}>
        {(c) => <textarea {...c} name="note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="button-danger" disabled={cancel.busy || !reason}>
        {cancel.busy ? t('users.busy') : t('cancel.submit')}
      </button>
    </form>
  );
}
