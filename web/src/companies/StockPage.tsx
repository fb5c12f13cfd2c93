// A licensed company's stock account and stock reports (issue #21, point 2): /companies/:licence/stock
// for the officers of its Participant, /stock for the company's own users. The account (opening, in,
// out, closing by HS code over a period, with each movement) is computed by the server from the
// certificates; the reports table shows each period's status and the difference a filed report makes
// against the account; the form files the report of an ended period.
import { useState, type FormEvent } from 'react';
import { Empty } from '../ui/Empty';
import { useI18n } from '../i18n';
import type { PageProps } from '../app/route';
import { Page, Loading } from '../ui/Page';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { parseAmount } from '../certificates/IssuePage';
import { HS_CODES } from '../certificates/types';
import { useSession } from '../auth/session';
import { CompanyUsersCard } from './CompanyUsersCard';
import { fetchOwnCompany, fetchReports, fetchStock, fileReport, type Figures, type Reports } from './api';
import { useAction } from '../ui/useAction';
import { goodsColumns, TableHead } from '../ui/TableHead';

function Amount({ f }: { f: Figures }) {
  const { t } = useI18n();
  const fmt = useFormats();
  return <>{t('stock.figures', { carats: fmt.carats(f.carats), value: fmt.usd(f.valueUsd) })}</>;
}

function Account({ licence }: { licence: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useFormats();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [asked, setAsked] = useState<{ from?: string; to?: string }>({});
  const account = useApi((signal) => fetchStock(licence, asked, signal), [licence, asked.from, asked.to]);
  const a = account.data;
  const show = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ ...(from && { from }), ...(to && { to }) });
  };
  return (
    <section className="card" data-testid="stock-account">
      {a && <p className="lead">{t('stock.of', { name: a.name, licence: a.licence })}</p>}
      <form className="inline-form" onSubmit={show}>
        <Field label={t('stock.from')}>{(c) => <input {...c} name="from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
        <Field label={t('stock.to')}>{(c) => <input {...c} name="to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
        <button type="submit">{t('stock.show')}</button>
      </form>
      {account.error ? <ErrorMessage error={account.error} onRetry={account.reload} /> : null}
      {!a && !account.error && <Loading />}
      {a && (
        <>
          <div className="table-scroll">
            <table className="data-table" data-testid="stock-table">
              <thead>
                <tr>
                  <th scope="col">{t('cert.hsCode')}</th>
                  <th scope="col">{t('stock.opening')}</th>
                  <th scope="col">{t('stock.in')}</th>
                  <th scope="col">{t('stock.out')}</th>
                  <th scope="col">{t('stock.closing')}</th>
                </tr>
              </thead>
              <tbody>
                {a.lines.map((l) => (
                  <tr key={l.hsCode} data-hs={l.hsCode}>
                    <th scope="row" className="code">{l.hsCode}</th>
                    <td className="num" data-col="opening"><Amount f={l.opening} /></td>
                    <td className="num" data-col="in"><Amount f={l.in} /></td>
                    <td className="num" data-col="out"><Amount f={l.out} /></td>
                    <td className="num" data-col="closing"><Amount f={l.closing} /></td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-hs="total">
                  <th scope="row">{t('cert.total')}</th>
                  <td className="num"><Amount f={a.totals.opening} /></td>
                  <td className="num"><Amount f={a.totals.in} /></td>
                  <td className="num"><Amount f={a.totals.out} /></td>
                  <td className="num"><Amount f={a.totals.closing} /></td>
                </tr>
              </tfoot>
            </table>
          </div>
          <h3>{t('stock.movements')}</h3>
          {a.movements.length === 0 ? (
            <Empty list="stock" />
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="stock-movements">
                <TableHead columns={[t('stock.day'), t('stock.certificate'), ...goodsColumns(t)]} />
                <tbody>
                  {a.movements.map((m, i) => (
                    <tr key={`${m.certificate}-${m.hsCode}-${i}`} data-direction={m.direction}>
                      <td className="nowrap">{i18n.day(m.day)}</td>
                      <td className="code">
                        {m.certificate} <span className="sub">{t(m.direction === 'in' ? 'stock.import' : 'stock.export')}</span>
                      </td>
                      <td className="code">{m.hsCode}</td>
                      <td className="num">{(m.direction === 'out' ? '−' : '+') + fmt.carats(m.carats)}</td>
                      <td className="num">{fmt.usd(m.valueUsd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function FileReport({ licence, reports, onDone }: { licence: string; reports: Reports; onDone(): void }) {
  const { t } = useI18n();
  const today = new Date().toISOString().slice(0, 10);
  const open = reports.periods.filter((p) => p.status !== 'filed' && p.end < today);
  const [period, setPeriod] = useState(open[0]?.start ?? '');
  const [lines, setLines] = useState<Record<string, { carats: string; valueUsd: string }>>({});
  const [note, setNote] = useState('');
  if (open.length === 0) return <p className="empty">{t('reports.noneToFile')}</p>;
  const chosen = open.find((p) => p.start === period) ?? open[0]!;
  const submit = useAction(async () => {
    const body = HS_CODES.filter((c) => lines[c]?.carats.trim() || lines[c]?.valueUsd.trim()).map((c) => ({ hsCode: c, carats: parseAmount(lines[c]!.carats || '0'), valueUsd: parseAmount(lines[c]!.valueUsd || '0') }));
    await fileReport(licence, { from: chosen.start, to: chosen.end, lines: body, ...(note.trim() && { note: note.trim() }) });
    setLines({});
    setNote('');
    onDone();
  });
  const set = (code: string, k: 'carats' | 'valueUsd', v: string) => setLines({ ...lines, [code]: { carats: '', valueUsd: '', ...lines[code], [k]: v } });
  return (
    <form className="form" onSubmit={submit.onSubmit} data-testid="report-form" aria-labelledby="report-form-title">
      <h3 id="report-form-title">{t('reports.file')}</h3>
      <p className="hint">{t('reports.fileIntro')}</p>
      <ErrorMessage error={submit.error} />
      <Field label={t('reports.period')}>
        {(c) => (
          <select {...c} name="period" value={chosen.start} onChange={(e) => setPeriod(e.target.value)}>
            {open.map((p) => (
              <option key={p.start} value={p.start}>
                {t('reports.periodOf', { from: p.start, to: p.end })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <table className="data-table goods-table">
        <TableHead columns={goodsColumns(t)} />
        <tbody>
          {HS_CODES.map((code) => (
            <tr key={code} data-hs={code}>
              <th scope="row" className="code">{code}</th>
              <td>
                <input name={`carats-${code}`} inputMode="decimal" aria-label={`${code} ${t('cert.carats')}`} value={lines[code]?.carats ?? ''} onChange={(e) => set(code, 'carats', e.target.value)} />
              </td>
              <td>
                <input name={`value-${code}`} inputMode="decimal" aria-label={`${code} ${t('cert.valueUsd')}`} value={lines[code]?.valueUsd ?? ''} onChange={(e) => set(code, 'valueUsd', e.target.value)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Field label={t('reports.note')}>{(c) => <input {...c} name="note" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      <button type="submit" disabled={submit.busy}>
        {t('reports.submit')}
      </button>
    </form>
  );
}

function ReportsSection({ licence }: { licence: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useFormats();
  const reports = useApi((signal) => fetchReports(licence, signal), [licence]);
  const r = reports.data;
  return (
    <section className="card" data-testid="stock-reports">
      <h2>{t('reports.title')}</h2>
      {reports.error ? <ErrorMessage error={reports.error} onRetry={reports.reload} /> : null}
      {!r && !reports.error && <Loading />}
      {r && (
        <>
          {r.withheld && r.overdue && (
            <p className="message message-error" role="status" data-testid="withheld">
              {t('reports.withheld', { from: i18n.day(r.overdue.start), to: i18n.day(r.overdue.end), due: i18n.day(r.overdue.due) })}
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table" data-testid="reports-table">
              <thead>
                <tr>
                  <th scope="col">{t('reports.period')}</th>
                  <th scope="col">{t('reports.due')}</th>
                  <th scope="col">{t('reports.status')}</th>
                  <th scope="col">{t('reports.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {r.periods.map((p) => {
                  const diff = p.report?.differences.filter((d) => d.difference.carats !== 0 || d.difference.valueUsd !== 0) ?? [];
                  return (
                    <tr key={p.start} data-period={p.start} data-status={p.status}>
                      <td className="nowrap">{t('reports.periodOf', { from: i18n.day(p.start), to: i18n.day(p.end) })}</td>
                      <td className="nowrap">{i18n.day(p.due)}</td>
                      <td>{t(p.status === 'filed' ? 'reports.filed' : p.status === 'overdue' ? 'reports.overdue' : 'reports.open')}</td>
                      <td data-col="difference">
                        {p.report && diff.length === 0 && t('reports.noDifference')}
                        {diff.map((d) => (
                          <div key={d.hsCode}>
                            <span className="code">{d.hsCode}</span> {t('stock.figures', { carats: fmt.carats(d.difference.carats), value: fmt.usd(d.difference.valueUsd) })}
                          </div>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <FileReport key={r.periods.filter((p) => p.status === 'filed').length} licence={licence} reports={r} onDone={reports.reload} />
        </>
      )}
    </section>
  );
}

export function StockView({ licence, officer = false }: { licence: string; officer?: boolean }) {
  const { t } = useI18n();
  return (
    <Page title={t('stock.title')} intro={t('stock.intro')}>
      <Account licence={licence} />
      <ReportsSection licence={licence} />
      {officer && <CompanyUsersCard licence={licence} />}
    </Page>
  );
}

/** /companies/:licence/stock, the company's page (the officers of its Participant, and the company's own users); its officers also tie and untie its users */
export function CompanyStockPage({ params }: PageProps) {
  const { user } = useSession();
  return <StockView licence={params.licence ?? ''} officer={!!user?.roles.includes('officer')} />;
}

/** /stock: the company user's own company */
export function OwnStockPage() {
  const { t } = useI18n();
  const own = useApi((signal) => fetchOwnCompany(signal), []);
  if (own.error) {
    return (
      <Page title={t('stock.title')}>
        <ErrorMessage error={own.error} onRetry={own.reload} />
      </Page>
    );
  }
  if (!own.data) return <Loading />;
  return <StockView licence={own.data.licence} />;
}
