// The importing authority confirms receipt: parcels and carats counted, seals intact or not; what
// differs from the certificate is recorded and flagged by the server.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { ApiError } from '../api';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorsByField } from '../ui/format';
import { today } from '../participants/types';
import { confirmReceipt } from './api';
import { parseAmount } from './IssuePage';
import type { SignedCertificate } from './types';

export function ConfirmForm({ certificate, onDone }: { certificate: Pick<SignedCertificate, 'number'>; onDone(): void }) {
  const { t } = useI18n();
  const [parcels, setParcels] = useState('');
  const [carats, setCarats] = useState('');
  const [sealsIntact, setSealsIntact] = useState(true);
  const [receivedOn, setReceivedOn] = useState(today());
  const [note, setNote] = useState('');
  const [valueUsd, setValueUsd] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errors = error instanceof ApiError ? errorsByField(error.details) : new Map<string, string[]>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await confirmReceipt(certificate.number, { parcels: Number(parcels), carats: parseAmount(carats), sealsIntact, receivedOn, ...(note.trim() && { note: note.trim() }), ...(valueUsd.trim() && { valueUsd: parseAmount(valueUsd) }) });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="confirm-title" data-testid="confirm-form">
      <h2 id="confirm-title">{t('confirm.title')} <span className="code">{certificate.number}</span></h2>
      <p className="hint">{t('confirm.intro')}</p>
      <ErrorMessage error={error} />
      <div className="form-grid">
        <Field label={t('confirm.parcels')} error={errors.get('parcels')?.join('; ')}>
          {(c) => <input {...c} name="parcels" type="number" min={0} step={1} required value={parcels} onChange={(e) => setParcels(e.target.value)} />}
        </Field>
        <Field label={t('confirm.carats')} error={errors.get('carats')?.join('; ')}>
          {(c) => <input {...c} name="carats" inputMode="decimal" required value={carats} onChange={(e) => setCarats(e.target.value)} />}
        </Field>
        <Field label={t('confirm.receivedOn')} error={errors.get('receivedOn')?.join('; ')}>
          {(c) => <input {...c} name="receivedOn" type="date" required value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />}
        </Field>
        <Field label={t('confirm.valueUsd')} error={errors.get('valueUsd')?.join('; ')}>
          {(c) => <input {...c} name="valueUsd" inputMode="decimal" value={valueUsd} onChange={(e) => setValueUsd(e.target.value)} />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" name="sealsIntact" checked={sealsIntact} onChange={(e) => setSealsIntact(e.target.checked)} />
        {t('confirm.seals')}
      </label>
      <Field label={t('confirm.note')}>
        {(c) => <textarea {...c} name="note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t('users.busy') : t('confirm.submit')}
      </button>
    </form>
  );
}
