// Suspicious shipment reports (/shipments): the list (all of them for the Chair and the monitoring
// group, a Participant's own for its officers) and, for an authority officer, the form that files one.
import { useState } from 'react';
import { Empty } from '../../ui/Empty';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link, navigate } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { useFormats } from '../../ui/format';
import { fetchShipments, reference, reportShipment } from './api';
import { useAction } from '../../ui/useAction';

const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

function ReportForm() {
  const { t } = useI18n();
  const [form, setForm] = useState({ reportedOn: '', suspectedOrigin: 'CI', declaredOrigin: '', certificateNumber: '', carats: '', valueUsd: '', exporter: '', exporterCountry: '', description: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const submit = useAction(async () => {
    const r = await reportShipment({
      ...(form.reportedOn && { reportedOn: form.reportedOn }),
      suspectedOrigin: form.suspectedOrigin.trim().toUpperCase(),
      declaredOrigin: form.declaredOrigin.trim() ? (form.declaredOrigin.trim() === 'mixed' ? 'mixed' : form.declaredOrigin.trim().toUpperCase()) : null,
      certificateNumber: form.certificateNumber.trim() || null,
      carats: num(form.carats) ?? 0,
      valueUsd: num(form.valueUsd) ?? null,
      exporter: form.exporter.trim(),
      exporterCountry: form.exporterCountry.trim() ? form.exporterCountry.trim().toUpperCase() : null,
      description: form.description.trim(),
    });
    navigate(`/shipments/${r.id}?sent=1`);
  });

  return (
    <section className="card" aria-labelledby="report-title" data-testid="shipment-form">
      <h2 id="report-title">{t('shipments.formTitle')}</h2>
      <p className="hint">{t('shipments.formIntro')}</p>
      <ErrorMessage error={submit.error} />
      <form className="form" onSubmit={submit.onSubmit}>
        <Field label={t('shipment.suspectedOrigin')} error={submit.fieldError('suspectedOrigin')}>
          {(c) => <input {...c} name="suspectedOrigin" required maxLength={2} value={form.suspectedOrigin} onChange={set('suspectedOrigin')} />}
        </Field>
        <Field label={t('shipment.declaredOrigin')} hint={t('shipment.declaredHint')} error={submit.fieldError('declaredOrigin')}>
          {(c) => <input {...c} name="declaredOrigin" maxLength={5} value={form.declaredOrigin} onChange={set('declaredOrigin')} />}
        </Field>
        <Field label={t('shipment.certificate')} hint={t('shipment.certificateHint')} error={submit.fieldError('certificateNumber')}>
          {(c) => <input {...c} name="certificateNumber" maxLength={40} value={form.certificateNumber} onChange={set('certificateNumber')} />}
        </Field>
        <Field label={t('shipment.carats')} error={submit.fieldError('carats')}>
          {(c) => <input {...c} name="carats" type="number" step="0.01" min="0.01" required value={form.carats} onChange={set('carats')} />}
        </Field>
        <Field label={t('shipment.value')} error={submit.fieldError('valueUsd')}>
          {(c) => <input {...c} name="valueUsd" type="number" step="0.01" min="0" value={form.valueUsd} onChange={set('valueUsd')} />}
        </Field>
        <Field label={t('shipment.exporter')} error={submit.fieldError('exporter')}>
          {(c) => <input {...c} name="exporter" required maxLength={200} value={form.exporter} onChange={set('exporter')} />}
        </Field>
        <Field label={t('shipment.exporterCountry')} error={submit.fieldError('exporterCountry')}>
          {(c) => <input {...c} name="exporterCountry" maxLength={2} value={form.exporterCountry} onChange={set('exporterCountry')} />}
        </Field>
        <Field label={t('shipment.reportedOn')} error={submit.fieldError('reportedOn')}>
          {(c) => <input {...c} name="reportedOn" type="date" value={form.reportedOn} onChange={set('reportedOn')} />}
        </Field>
        <Field label={t('shipment.description')} error={submit.fieldError('description')}>
          {(c) => <textarea {...c} name="description" rows={4} required maxLength={4000} value={form.description} onChange={set('description')} />}
        </Field>
        <button type="submit" disabled={submit.busy}>
          {t('shipment.submit')}
        </button>
      </form>
    </section>
  );
}

export function ShipmentsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { user } = useSession();
  const list = useApi((signal) => fetchShipments({}, signal), []);
  const [showForm, setShowForm] = useState(false);
  const officer = hasRole(user, 'officer') && !!user?.participant;
  const rows = list.data?.shipments ?? [];

  return (
    <Page
      title={t('shipments.title')}
      intro={t('shipments.intro')}
      actions={officer && !showForm ? <button type="button" onClick={() => setShowForm(true)}>{t('shipments.new')}</button> : undefined}
    >
      {officer && showForm && <ReportForm />}
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {!list.data && !list.error && <Loading />}
      {list.data && rows.length === 0 && <Empty list="shipments" />}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="shipments-table">
            <caption className="visually-hidden">{t('shipments.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shipment.reportedOn')}</th>
                <th scope="col">{t('shipment.participant')}</th>
                <th scope="col">{t('shipment.suspectedOrigin')}</th>
                <th scope="col" className="num">{t('shipment.carats')}</th>
                <th scope="col">{t('shipment.exporter')}</th>
                <th scope="col">{t('shipment.certificate')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-shipment={r.id}>
                  <td className="nowrap">
                    <Link to={`/shipments/${r.id}`}>{i18n.day(r.reportedOn)}</Link> <span className="code sub">{reference(r)}</span>
                  </td>
                  <td>{i18n.country(r.participant)}</td>
                  <td>{i18n.country(r.suspectedOrigin)}</td>
                  <td className="num">{f.carats(r.carats)}</td>
                  <td>{r.exporter}</td>
                  <td className="code">{r.certificateNumber ? `${r.certificateNumber} (${r.certificateVerdict})` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
