// The issuing authority amends a certificate not yet confirmed: the replacement (a new number) is issued
// and this one cancelled as replaced by it, together; the reason is required.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { navigate } from '../app/router';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import { amendCertificate } from './api';
import type { SignedCertificate } from './types';

export function AmendForm({ certificate: c }: { certificate: SignedCertificate }) {
  const { t } = useI18n();
  const [exporterName, setExporterName] = useState(c.exporter.name);
  const [exporterAddress, setExporterAddress] = useState(c.exporter.address);
  const [importerName, setImporterName] = useState(c.importer.name);
  const [importerAddress, setImporterAddress] = useState(c.importer.address);
  const [parcels, setParcels] = useState(String(c.parcels));
  const [reason, setReason] = useState('');
  const amend = useAction(async () => {
    if (!window.confirm(t('amend.sure', { number: c.number }))) return;
    const party = (name: string, address: string, was: { name: string; address: string }) => ({ ...(name !== was.name && { name }), ...(address !== was.address && { address }) });
    const exporter = party(exporterName, exporterAddress, c.exporter);
    const importer = party(importerName, importerAddress, c.importer);
    const done = await amendCertificate(c.number, {
      reason: reason.trim(),
      ...(Object.keys(exporter).length > 0 && { exporter }),
      ...(Object.keys(importer).length > 0 && { importer }),
      ...(Number(parcels) !== c.parcels && { parcels: Number(parcels) }),
    });
    navigate(`/certificates/${encodeURIComponent(done.certificate.number)}`);
  });

  return (
    <form className="card form" onSubmit={amend.onSubmit} aria-labelledby="amend-title" data-testid="amend-form">
      <h2 id="amend-title">{t('amend.title')}</h2>
      <p className="hint">{t('amend.intro')}</p>
      <ErrorMessage error={amend.error} />
      <div className="form-grid">
        <Field label={t('amend.exporterName')}>{(f) => <input {...f} name="exporterName" required maxLength={200} value={exporterName} onChange={(e) => setExporterName(e.target.value)} />}</Field>
        <Field label={t('amend.exporterAddress')}>{(f) => <input {...f} name="exporterAddress" required maxLength={500} value={exporterAddress} onChange={(e) => setExporterAddress(e.target.value)} />}</Field>
        <Field label={t('amend.importerName')}>{(f) => <input {...f} name="importerName" required maxLength={200} value={importerName} onChange={(e) => setImporterName(e.target.value)} />}</Field>
        <Field label={t('amend.importerAddress')}>{(f) => <input {...f} name="importerAddress" required maxLength={500} value={importerAddress} onChange={(e) => setImporterAddress(e.target.value)} />}</Field>
        <Field label={t('amend.parcels')}>{(f) => <input {...f} name="parcels" type="number" min={1} required value={parcels} onChange={(e) => setParcels(e.target.value)} />}</Field>
      </div>
      <Field label={t('amend.reason')}>{(f) => <textarea {...f} name="reason" rows={2} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      <button type="submit" disabled={amend.busy || !reason.trim()}>
        {amend.busy ? t('users.busy') : t('amend.submit')}
      </button>
    </form>
  );
}
