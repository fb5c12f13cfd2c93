// /companies: the register of licensed companies of the officer's Participant. Once it holds a licence,
// the Participant's certificates name only companies licensed on their day of issue.
import { useState } from 'react';
import { Empty } from '../ui/Empty';
import { useI18n } from '../i18n';
import { Page, Loading } from '../ui/Page';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { Link } from '../app/router';
import { addCompany, fetchCompanies, fetchReporting, saveReporting, suspendCompany, type Company, type ReportingSettings } from './api';
import { useAction } from '../ui/useAction';

/** The Participant's stock reporting: period, days allowed, first period required, withholding (audited). */
function ReportingForm() {
  const { t } = useI18n();
  const current = useApi((signal) => fetchReporting(signal), []);
  // kept here: the fields start again from the saved settings (a new key), the message stays
  const [saved, setSaved] = useState(false);
  if (current.error) return <ErrorMessage error={current.error} onRetry={current.reload} />;
  if (!current.data) return <Loading />;
  return <ReportingFields key={current.data.updatedAt ?? 'default'} settings={current.data} saved={saved} setSaved={setSaved} onDone={current.reload} title={t('reporting.title')} />;
}

function ReportingFields({ settings, saved, setSaved, onDone, title }: { settings: ReportingSettings; saved: boolean; setSaved(saved: boolean): void; onDone(): void; title: string }) {
  const { t } = useI18n();
  const [months, setMonths] = useState(String(settings.periodMonths));
  const [grace, setGrace] = useState(String(settings.graceDays));
  const [from, setFrom] = useState(settings.requiredFrom);
  const [withhold, setWithhold] = useState(settings.withhold);
  const save = useAction(async () => {
    setSaved(false);
    await saveReporting({ periodMonths: Number(months), graceDays: Number(grace), requiredFrom: from, withhold });
    setSaved(true);
    onDone();
  });
  return (
    <form className="card form" onSubmit={save.onSubmit} aria-labelledby="reporting-title" data-testid="reporting-form">
      <h2 id="reporting-title">{title}</h2>
      <p className="hint">{t('reporting.intro')}</p>
      <ErrorMessage error={save.error} />
      {saved && <p role="status">{t('reporting.saved')}</p>}
      <div className="form-grid">
        <Field label={t('reporting.period')}>
          {(f) => (
            <select {...f} name="periodMonths" value={months} onChange={(e) => setMonths(e.target.value)}>
              <option value="1">{t('reporting.monthly')}</option>
              <option value="3">{t('reporting.quarterly')}</option>
              <option value="6">{t('reporting.halfYearly')}</option>
              <option value="12">{t('reporting.yearly')}</option>
            </select>
          )}
        </Field>
        <Field label={t('reporting.graceDays')}>{(f) => <input {...f} name="graceDays" type="number" min={0} max={366} value={grace} onChange={(e) => setGrace(e.target.value)} />}</Field>
        <Field label={t('reporting.requiredFrom')}>{(f) => <input {...f} name="requiredFrom" type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" name="withhold" checked={withhold} onChange={(e) => setWithhold(e.target.checked)} /> {t('reporting.withhold')}
      </label>
      <button type="submit">{t('reporting.save')}</button>
    </form>
  );
}

function AddForm({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const [licence, setLicence] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const submit = useAction(async () => {
    await addCompany({ licence: licence.trim().toUpperCase(), name: name.trim(), ...(address.trim() && { address: address.trim() }), ...(validFrom && { validFrom }), ...(validTo && { validTo }) });
    setLicence('');
    setName('');
    setAddress('');
    onDone();
  });
  return (
    <form className="card form" onSubmit={submit.onSubmit} aria-labelledby="company-add-title" data-testid="company-add">
      <h2 id="company-add-title">{t('companies.add')}</h2>
      <ErrorMessage error={submit.error} />
      <div className="form-grid">
        <Field label={t('companies.licence')}>{(f) => <input {...f} name="licence" required maxLength={40} value={licence} onChange={(e) => setLicence(e.target.value)} />}</Field>
        <Field label={t('companies.name')}>{(f) => <input {...f} name="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t('companies.address')}>{(f) => <input {...f} name="address" maxLength={500} value={address} onChange={(e) => setAddress(e.target.value)} />}</Field>
        <Field label={t('companies.validFrom')}>{(f) => <input {...f} name="validFrom" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}</Field>
        <Field label={t('companies.validTo')}>{(f) => <input {...f} name="validTo" type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}</Field>
      </div>
      <button type="submit" disabled={submit.busy}>
        {submit.busy ? t('users.busy') : t('companies.submit')}
      </button>
    </form>
  );
}

function Suspend({ company, onDone }: { company: Company; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const suspend = useAction(async () => {
    if (!window.confirm(t('companies.suspendSure', { name: company.name }))) return;
    await suspendCompany(company.participant, company.licence, reason.trim());
    onDone();
  });
  return (
    <form onSubmit={suspend.onSubmit} className="inline-form">
      <ErrorMessage error={suspend.error} />
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
      {rows && rows.length === 0 && <Empty list="companies" />}
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
                    <div>
                      <Link to={`/companies/${encodeURIComponent(c.licence)}/stock`}>{t('stock.open')}</Link>
                      {' · '}
                      <Link to={`/companies/${encodeURIComponent(c.licence)}/stock`}>{t('companyUsers.open')}</Link>
                    </div>
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
      <ReportingForm />
    </Page>
  );
}
