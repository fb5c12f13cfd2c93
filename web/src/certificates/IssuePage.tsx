// Issue a certificate (the exporting Participant's authority officers) or apply for one (its licensed
// exporters; an officer then approves it): exporter and importer, origin (or "mixed" with the
// provenance), one goods line per HS code, the simple fields (parcels…: fields.ts). Every violation
// the server finds is shown next to its field; what names no field is shown above the form.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { Link, navigate } from '../app/router';
import { Page } from '../ui/Page';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useFormats } from '../ui/format';
import { applyForCertificate, issueCertificate } from './api';
import { CountrySelect } from './CountrySelect';
import { rememberCode } from './codes';
import { HS_CODES, type CertificateRequest, type GoodsLine, type HsCode, type Party } from './types';
import { ReExportFields, type Drawing } from './ReExportFields';
import type { ImportBalance } from '../companies/api';
import { useAction } from '../ui/useAction';
import { goodsColumns, TableHead } from '../ui/TableHead';
import { WEB_FIELDS } from './fields';

const EMPTY_PARTY: Party = { name: '', address: '', country: '' };

/** "1 234,56" or "1234.56" as a number; NaN when it is not one */
export function parseAmount(text: string): number {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return clean === '' ? NaN : Number(clean);
}

/** The form, for an officer issuing a certificate or a licensed exporter applying for one. */
function CertificateForm({ mode }: { mode: 'issue' | 'apply' }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { user } = useSession();
  const own = user?.participant && user.participant !== 'EU' ? user.participant : '';
  const [exporter, setExporter] = useState<Party>({ ...EMPTY_PARTY, country: own });
  const [importer, setImporter] = useState<Party>(EMPTY_PARTY);
  const [origin, setOrigin] = useState(own);
  const [provenance, setProvenance] = useState('');
  const [lines, setLines] = useState<Record<HsCode, { carats: string; valueUsd: string }>>({
    '7102.10': { carats: '', valueUsd: '' },
    '7102.21': { carats: '', valueUsd: '' },
    '7102.31': { carats: '', valueUsd: '' },
  });
  // the simple fields (fields.ts), as typed
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(WEB_FIELDS.map((f) => [f.name, f.input.initial])));
  // a re-export: the import certificates drawn on, and each one's balance as the server counts it
  const [drawings, setDrawings] = useState<Drawing[]>([]);
  const [balances, setBalances] = useState<(ImportBalance | null)[]>([]);
  const setBalance = (i: number, b: ImportBalance | null) => setBalances((prev) => {
    const next = [...prev];
    next[i] = b;
    return next;
  });
  const reExport = drawings.length > 0;
  // what the browser found before asking the server; else what the server said of each field
  const [localErrors, setLocalErrors] = useState<Map<string, string[]>>(new Map());
  const [sentCodes, setSentCodes] = useState<HsCode[]>([]);
  const send = useAction(async (request: CertificateRequest) => {
    if (mode === 'issue') {
      const { certificate: cert, verificationCode } = await issueCertificate(request);
      if (verificationCode) rememberCode(cert.number, verificationCode);
      navigate(`/certificates/${encodeURIComponent(cert.number)}?issued=1`);
    } else {
      const application = await applyForCertificate(request);
      navigate(`/applications?submitted=${encodeURIComponent(application.id)}`);
    }
  });

  const err = (path: string) => (localErrors.size ? localErrors : send.fieldErrors).get(path)?.join('; ');
  const lineErr = (code: HsCode, field: string) => {
    const i = sentCodes.indexOf(code);
    return [err(`goods.${i}.${field}`), err(`local.${code}.${field}`)].filter(Boolean).join('; ') || undefined;
  };

  const filled = HS_CODES.filter((c) => lines[c].carats.trim() !== '' || lines[c].valueUsd.trim() !== '');
  const totals = filled.reduce(
    (s, c) => ({ carats: s.carats + (parseAmount(lines[c].carats) || 0), valueUsd: s.valueUsd + (parseAmount(lines[c].valueUsd) || 0) }),
    { carats: 0, valueUsd: 0 },
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // what the browser can tell at once; the scheme's rules are the server's
    const local = new Map<string, string[]>();
    if (filled.length === 0) local.set('goods', [t('issue.needGoods')]);
    // positive, at most two decimals (the server says the same, but one field at a time)
    const amount = (text: string) => /^\d+([.,]\d{1,2})?$/.test(text.replace(/[\s\u00a0\u202f]/g, '')) && parseAmount(text) > 0;
    for (const c of filled) {
      if (!amount(lines[c].carats)) local.set(`local.${c}.carats`, [t('issue.positive')]);
      if (!amount(lines[c].valueUsd)) local.set(`local.${c}.valueUsd`, [t('issue.positive')]);
    }
    if (!reExport && origin === 'mixed' && !provenance) local.set('provenance', [t('issue.needProvenance')]);
    const simple: Record<string, unknown> = {};
    for (const f of WEB_FIELDS) {
      const parsed = f.parse(texts[f.name] ?? '');
      if ('error' in parsed) local.set(f.name, [t(parsed.error)]);
      else if (parsed.value !== undefined) simple[f.name] = parsed.value;
    }
    setSentCodes(filled);
    setLocalErrors(local);
    if (local.size > 0) return send.fail(new Error(t('issue.fix')));
    const goods: GoodsLine[] = filled.map((c) => ({ hsCode: c, carats: parseAmount(lines[c].carats), valueUsd: parseAmount(lines[c].valueUsd) }));
    const request = {
      exporter: { ...exporter, name: exporter.name.trim(), address: exporter.address.trim() },
      importer: { ...importer, name: importer.name.trim(), address: importer.address.trim() },
      // a re-export's origin and provenance follow from its imports: the server fills them in
      ...(!reExport && { origin }),
      ...(!reExport && provenance && { provenance }),
      goods,
      ...simple,
      ...(reExport && { imports: drawings.map((d) => ({ number: d.number.trim().toUpperCase(), carats: parseAmount(d.carats) })) }),
    } as CertificateRequest;
    void send.run(request);
  };

  const party = (who: 'exporter' | 'importer', value: Party, set: (p: Party) => void) => (
    <fieldset data-testid={who}>
      <legend>{t(who === 'exporter' ? 'issue.exporter' : 'issue.importer')}</legend>
      <div className="form-grid">
        <Field label={t('issue.name')} error={err(`${who}.name`)}>
          {(c) => <input {...c} name={`${who}.name`} required maxLength={200} value={value.name} onChange={(e) => set({ ...value, name: e.target.value })} />}
        </Field>
        <Field label={t('issue.country')} error={err(`${who}.country`)} hint={who === 'exporter' ? t('issue.exporterCountryHint') : undefined}>
          {(c) => <CountrySelect {...c} name={`${who}.country`} required placeholder={t('issue.choose')} value={value.country} onChange={(e) => set({ ...value, country: e.target.value })} />}
        </Field>
      </div>
      <Field label={t('issue.address')} error={err(`${who}.address`)}>
        {(c) => <textarea {...c} name={`${who}.address`} required rows={2} maxLength={500} value={value.address} onChange={(e) => set({ ...value, address: e.target.value })} />}
      </Field>
    </fieldset>
  );

  return (
    <Page title={t(mode === 'issue' ? 'issue.title' : 'apply.title')} intro={t(mode === 'issue' ? 'issue.intro' : 'apply.intro')}>
      <p className="back">
        {mode === 'issue' ? <Link to="/certificates">← {t('certs.back')}</Link> : <Link to="/applications">← {t('apply.back')}</Link>}
      </p>
      <form className="card form issue-form" onSubmit={submit} aria-describedby="issue-errors">
        <div id="issue-errors">
          <ErrorMessage error={send.error} title={t(mode === 'issue' ? 'issue.refused' : 'apply.refused')} />
        </div>
        {party('exporter', exporter, setExporter)}
        {party('importer', importer, setImporter)}
        <ReExportFields drawings={drawings} setDrawings={setDrawings} balances={balances.slice(0, drawings.length)} setBalance={setBalance} exporterCountry={exporter.country} goodsCarats={totals.carats} err={err} />
        {!reExport && (
        <fieldset>
          <legend>{t('issue.originTitle')}</legend>
          <div className="form-grid">
            <Field label={t('issue.origin')} error={err('origin')} hint={t('issue.originHint')}>
              {(c) => (
                <CountrySelect {...c} name="origin" required placeholder={t('issue.choose')} extra={[{ value: 'mixed', label: t('issue.mixed') }]} value={origin} onChange={(e) => setOrigin(e.target.value)} />
              )}
            </Field>
            <Field label={t('issue.provenance')} error={err('provenance')} hint={t('issue.provenanceHint')}>
              {(c) => <CountrySelect {...c} name="provenance" required={origin === 'mixed'} placeholder={t('issue.none')} value={provenance} onChange={(e) => setProvenance(e.target.value)} />}
            </Field>
          </div>
        </fieldset>
        )}
        <fieldset>
          <legend>{t('issue.goods')}</legend>
          <p className="hint">{t('issue.goodsHint')}</p>
          <div className="table-scroll">
            <table className="data-table goods-table">
              <TableHead columns={goodsColumns(t)} />
              <tbody>
                {HS_CODES.map((code) => {
                  const ce = lineErr(code, 'carats');
                  const ve = lineErr(code, 'valueUsd');
                  const he = lineErr(code, 'hsCode');
                  return (
                    <tr key={code} data-hs={code}>
                      <th scope="row">
                        <span className="code">{code}</span> <span className="sub">{t(`hs.${code}`)}</span>
                        {he && <small className="field-error" lang="en">{he}</small>}
                      </th>
                      <td>
                        <input
                          name={`carats-${code}`}
                          inputMode="decimal"
                          aria-label={t('issue.caratsOf', { code })}
                          aria-invalid={ce ? true : undefined}
                          value={lines[code].carats}
                          onChange={(e) => setLines({ ...lines, [code]: { ...lines[code], carats: e.target.value } })}
                        />
                        {ce && <small className="field-error" lang="en">{ce}</small>}
                      </td>
                      <td>
                        <input
                          name={`value-${code}`}
                          inputMode="decimal"
                          aria-label={t('issue.valueOf', { code })}
                          aria-invalid={ve ? true : undefined}
                          value={lines[code].valueUsd}
                          onChange={(e) => setLines({ ...lines, [code]: { ...lines[code], valueUsd: e.target.value } })}
                        />
                        {ve && <small className="field-error" lang="en">{ve}</small>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('cert.total')}</th>
                  <td className="num">{f.carats(totals.carats)}</td>
                  <td className="num">{f.usd(totals.valueUsd)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          {err('goods') && <small className="field-error">{err('goods')}</small>}
        </fieldset>
        <div className="form-grid">
          {WEB_FIELDS.map(({ name, label, input: { initial: _, ...attributes } }) => (
            <Field key={name} label={label[i18n.lang]} error={err(name)}>
              {(c) => <input {...c} {...attributes} name={name} value={texts[name] ?? ''} onChange={(e) => setTexts({ ...texts, [name]: e.target.value })} />}
            </Field>
          ))}
        </div>
        {err('issuer') && <p className="field-error" lang="en">{err('issuer')}</p>}
        <button type="submit" disabled={send.busy}>
          {send.busy ? t('issue.busy') : t(mode === 'issue' ? 'issue.submit' : 'apply.submit')}
        </button>
      </form>
    </Page>
  );
}

export function IssuePage() {
  return <CertificateForm mode="issue" />;
}

export function ApplyPage() {
  return <CertificateForm mode="apply" />;
}
