// One suspicious shipment report (/shipments/:id): what was met, the certificate's verification, the
// findings the monitoring group linked it to, and the enforcement actions reported to the Chair.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link, useLocation } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { useFormats } from '../../ui/format';
import { ENFORCEMENT_KINDS, fetchShipment, linkFinding, reference, reportEnforcement, type ShipmentDetail } from './api';
import { useAction } from '../../ui/useAction';

const num = (s: string) => (s.trim() === '' ? null : Number(s));

function EnforcementForm({ shipment, onDone }: { shipment: ShipmentDetail; onDone(s: ShipmentDetail): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ kind: 'seizure', takenOn: new Date().toISOString().slice(0, 10), outcome: '', carats: '', penaltyUsd: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = useAction(async () => {
    onDone(await reportEnforcement(shipment.id, { kind: form.kind as 'seizure', takenOn: form.takenOn, outcome: form.outcome.trim(), carats: num(form.carats), valueUsd: null, penaltyUsd: num(form.penaltyUsd), note: null }));
    setForm((f) => ({ ...f, outcome: '', carats: '', penaltyUsd: '' }));
  });
  return (
    <form className="form" onSubmit={submit.onSubmit} data-testid="enforcement-form">
      <h3>{t('enforcement.add')}</h3>
      <ErrorMessage error={submit.error} />
      <Field label={t('enforcement.kind')} error={submit.fieldError('kind')}>
        {(c) => (
          <select {...c} name="kind" value={form.kind} onChange={set('kind')}>
            {ENFORCEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`enforcement.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('enforcement.takenOn')} error={submit.fieldError('takenOn')}>
        {(c) => <input {...c} name="takenOn" type="date" required value={form.takenOn} onChange={set('takenOn')} />}
      </Field>
      <Field label={t('enforcement.outcome')} error={submit.fieldError('outcome')}>
        {(c) => <textarea {...c} name="outcome" rows={2} required maxLength={4000} value={form.outcome} onChange={set('outcome')} />}
      </Field>
      <Field label={t('enforcement.carats')} error={submit.fieldError('carats')}>
        {(c) => <input {...c} name="carats" type="number" step="0.01" min="0" value={form.carats} onChange={set('carats')} />}
      </Field>
      <Field label={t('enforcement.penalty')} error={submit.fieldError('penaltyUsd')}>
        {(c) => <input {...c} name="penaltyUsd" type="number" step="0.01" min="0" value={form.penaltyUsd} onChange={set('penaltyUsd')} />}
      </Field>
      <button type="submit" disabled={submit.busy || !form.outcome.trim()}>
        {t('enforcement.submit')}
      </button>
    </form>
  );
}

function LinkForm({ shipment, onDone }: { shipment: ShipmentDetail; onDone(s: ShipmentDetail): void }) {
  const { t } = useI18n();
  const [findingId, setFindingId] = useState('');
  const submit = useAction(async () => {
    onDone(await linkFinding(shipment.id, findingId.trim()));
    setFindingId('');
  });
  return (
    <form className="form inline-form" onSubmit={submit.onSubmit}>
      <ErrorMessage error={submit.error} />
      <Field label={t('shipment.findingId')}>{(c) => <input {...c} name="findingId" required pattern="[0-9a-f-]{36}" value={findingId} onChange={(e) => setFindingId(e.target.value)} />}</Field>
      <button type="submit" className="button-secondary">
        {t('shipment.link')}
      </button>
    </form>
  );
}

export function ShipmentPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { user } = useSession();
  const { query } = useLocation();
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchShipment(id, signal), [id]);
  const [changed, setChanged] = useState<ShipmentDetail>();
  const s = changed?.id === id ? changed : loaded.data;
  const group = hasRole(user, 'chair') || hasRole(user, 'admin') || (hasRole(user, 'wg-member') && !!user?.groups.includes('WGM'));
  const reporter = !!s && hasRole(user, 'officer') && user?.participant === s.participant;

  return (
    <Page title={s ? t('shipment.title', { reference: reference(s) }) : t('shipments.title')}>
      <p className="back">
        <Link to="/shipments">← {t('shipment.back')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!s && !loaded.error && <Loading />}
      {s && (
        <>
          {query.get('sent') && (
            <p className="message message-ok" role="status" data-testid="shipment-sent">
              {t('shipment.sent', { reference: reference(s) })}
            </p>
          )}
          <section className="card" data-testid="shipment-detail">
            <dl className="facts">
              <dt>{t('shipment.participant')}</dt>
              <dd>{i18n.country(s.participant)} — {s.reportedBy}</dd>
              <dt>{t('shipment.reportedOn')}</dt>
              <dd>{i18n.day(s.reportedOn)}</dd>
              <dt>{t('shipment.suspectedOrigin')}</dt>
              <dd data-testid="suspected-origin">{i18n.country(s.suspectedOrigin)}</dd>
              <dt>{t('shipment.declaredOrigin')}</dt>
              <dd>{s.declaredOrigin ? (s.declaredOrigin === 'mixed' ? s.declaredOrigin : i18n.country(s.declaredOrigin)) : '—'}</dd>
              <dt>{t('shipment.certificate')}</dt>
              <dd className="code">{s.certificateNumber ?? '—'}</dd>
              <dt>{t('shipment.verdict')}</dt>
              <dd data-testid="certificate-verdict">{s.certificateVerdict ?? '—'}</dd>
              <dt>{t('shipment.carats')}</dt>
              <dd>{f.carats(s.carats)}</dd>
              <dt>{t('shipment.value')}</dt>
              <dd>{s.valueUsd === null ? '—' : f.usd(s.valueUsd)}</dd>
              <dt>{t('shipment.exporter')}</dt>
              <dd>{s.exporter}{s.exporterCountry ? ` (${i18n.country(s.exporterCountry)})` : ''}</dd>
              <dt>{t('shipment.description')}</dt>
              <dd className="prose" lang="en">{s.description}</dd>
            </dl>
          </section>

          {group && (
            <section className="card" aria-labelledby="findings-title">
              <h2 id="findings-title">{t('shipment.findings')}</h2>
              {s.findings.length === 0 ? (
                <p className="empty">{t('shipment.noFindings')}</p>
              ) : (
                <ul>
                  {s.findings.map((x) => (
                    <li key={x.id}>
                      <Link to={`/findings/${x.id}`} lang="en">
                        {x.summary}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              <LinkForm shipment={s} onDone={setChanged} />
            </section>
          )}

          <section className="card" aria-labelledby="enforcement-title" data-testid="enforcement">
            <h2 id="enforcement-title">{t('enforcement.title')}</h2>
            {s.enforcement.length === 0 ? (
              <p className="empty">{t('enforcement.none')}</p>
            ) : (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('enforcement.takenOn')}</th>
                    <th scope="col">{t('enforcement.kind')}</th>
                    <th scope="col">{t('enforcement.outcome')}</th>
                    <th scope="col" className="num">{t('enforcement.carats')}</th>
                    <th scope="col" className="num">{t('enforcement.penalty')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.enforcement.map((e) => (
                    <tr key={e.id}>
                      <td className="nowrap">{i18n.day(e.takenOn)}</td>
                      <td>{t(`enforcement.kind.${e.kind}`)}</td>
                      <td className="prose" lang="en">{e.outcome}</td>
                      <td className="num">{e.carats === null ? '—' : f.carats(e.carats)}</td>
                      <td className="num">{e.penaltyUsd === null ? '—' : f.usd(e.penaltyUsd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {(reporter || hasRole(user, 'chair') || hasRole(user, 'admin')) && <EnforcementForm shipment={s} onDone={setChanged} />}
          </section>
        </>
      )}
    </Page>
  );
}
