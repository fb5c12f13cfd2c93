// The importing authority confirms receipt: parcels and carats counted, seals intact or not; what
// differs from the certificate is recorded and flagged by the server.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
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
  const confirm = useAction(async () => {
    await confirmReceipt(certificate.number, { parcels: Number(parcels), carats: parseAmount(carats), sealsIntact, receivedOn, ...(note.trim() && { note: note.trim() }), ...(valueUsd.trim() && { valueUsd: parseAmount(valueUsd) }) });
    onDone();
  });

  return (
    <form className="card form" onSubmit={confirm.onSubmit} aria-labelledby="confirm-title" data-testid="confirm-form">
      <h2 id="confirm-title">{t('confirm.title')} <span className="code">{certificate.number}</span></h2>
      <p className="hint">{t('confirm.intro')}</p>
      <ErrorMessage error={confirm.error} />
      <div className="form-grid">
        <Field label={t('confirm.parcels')} error={confirm.fieldError('parcels')}>
          {(c) => <input {...c} name="parcels" type="number" min={0} step={1} required value={parcels} onChange={(e) => setParcels(e.target.value)} />}
        </Field>
        <Field label={t('confirm.carats')} error={confirm.fieldError('carats')}>
          {(c) => <input {...c} name="carats" inputMode="decimal" required value={carats} onChange={(e) => setCarats(e.target.value)} />}
        </Field>
        <Field label={t('confirm.receivedOn')} error={confirm.fieldError('receivedOn')}>
          {(c) => <input {...c} name="receivedOn" type="date" required value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />}
        </Field>
        <Field label={t('confirm.valueUsd')} error={confirm.fieldError('valueUsd')}>
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
      <button type="submit" disabled={confirm.busy}>
        {confirm.busy ? t('users.busy') : t('confirm.submit')}
      </button>
    </form>
  );
}
