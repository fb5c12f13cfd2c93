// /companies: the register of licensed companies of the officer's Participant. Once it holds a licence,
// the Participant's certificates name only companies licensed on their day of issue.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { Page, Loading } from '../ui/Page';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { addCompany, fetchCompanies, suspendCompany, type Company } from './api';

function AddForm({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const [licence, setLicence] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await addCompany({ licence: licence.trim().toUpperCase(), name: name.trim(), ...(address.trim() && { address: address.trim() }), ...(validFrom && { validFrom }), ...(validTo && { validTo }) });
      setLicence('');
      setName('');
      setAddress('');
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="company-add-title" data-testid="company-add">
      <h2 id="company-add-title">{t('companies.add')}</h2>
      <ErrorMessage error={error} />
      <div className="form-grid">
        <Field label={t('companies.licence')}>{(f) => <input {...f} name="licence" required maxLength={40} value={licence} onChange={(e) => setLicence(e.target.value)} />}</Field>
        <Field label={t('companies.name')}>{(f) => <input {...f} name="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t('companies.address')}>{(f) => <input {...f} name="address" maxLength={500} value={address} onChange={(e) => setAddress(e.target.value)} />}</Field>
        <Field label={t('companies.validFrom')}>{(f) => <input {...f} name="validFrom" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}</Field>
        <Field label={t('companies.validTo')}>{(f) => <input {...f} name="validTo" type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}</Field>
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t('users.busy') : t('companies.submit')}
      </button>
    </form>
  );
}

function Suspend({ company, onDone }: { company: Company; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!window.confirm(t('companies.suspendSure', { name: company.name }))) return;
    try {
      await suspendCompany(company.participant, company.licence, reason.trim());
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <ErrorMessage error={error} />
      <input aria-label={t('companies.suspendReason')} placeholder={t('companies.suspendReason')} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="button-danger" disabled={!reason.trim()}>
        {t('companies.suspend')}
      </button>
    </form>
  );
}

export function CompaniesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const register = useApi((signal) => fetchCompanies(signal), []);
  const rows = register.data?.companies;
  return (
    <Page title={t('companies.title')} intro={t('companies.intro')}>
      {register.error ? <ErrorMessage error={register.error} onRetry={register.reload} /> : null}
      {!rows && !register.error && <Loading />}
      {rows && rows.length === 0 && <p className="empty">{t('companies.none')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="companies-table">
            <thead>
              <tr>
                <th scope="col">{t('companies.licence')}</th>
                <th scope="col">{t('companies.name')}</th>
                <th scope="col">{t('companies.validFrom')}</th>
                <th scope="col">{t('companies.validTo')}</th>
                <th scope="col">{t('companies.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.licence} data-licence={c.licence}>
                  <td className="code nowrap">{c.licence}</td>
                  <td>
                    {c.name}
                    {c.address && <div className="sub">{c.address}</div>}
                  </td>
                  <td className="nowrap">{i18n.day(c.validFrom)}</td>
                  <td className="nowrap">{c.validTo ? i18n.day(c.validTo) : '—'}</td>
                  <td>{c.suspended ? t('companies.suspendedOn', { date: i18n.day(c.suspended.at.slice(0, 10)), reason: c.suspended.reason }) : <Suspend company={c} onDone={register.reload} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddForm onDone={register.reload} />
    </Page>
  );
}
