// /governance/reports?kind=annual|special-CI&year=&lang=: the Chair's report as computed now from the
// records, rendered from the same data as the PDF, in the chosen language (default: the app's).
import { useI18n, LANGUAGES, ENDONYMS } from '../../i18n';
import { OpeningYear } from '../../statistics/OpeningYear';
import { setQuery, useLocation } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { fetchReport, reportAddress, type Block, type Cell, type ReportKind } from './api';
import './report.css';

/** A quoted passage, in its source's language (English), set apart with its source after it. */
function Quote({ text, source, inline }: { text: string; source: string; inline?: boolean }) {
  if (inline)
    return (
      <span className="report-quote-inline">
        <q lang="en">{text}</q> <cite>— {source}</cite>
      </span>
    );
  return (
    <figure className="report-quote">
      <blockquote lang="en">
        <p>{text}</p>
      </blockquote>
      <figcaption>
        — <cite>{source}</cite>
      </figcaption>
    </figure>
  );
}

const CellView = ({ cell }: { cell: Cell }) => (typeof cell === 'string' ? <>{cell}</> : <Quote text={cell.quote} source={cell.source} inline />);

function BlockView({ block }: { block: Block }) {
  if (block.type === 'paragraph') return <p>{block.text}</p>;
  if (block.type === 'quote') return <Quote text={block.text} source={block.source} />;
  if (block.type === 'figures')
    return (
      <dl className="report-figures">
        {block.items.map((i) => (
          <div key={i.label}>
            <dt>{i.label}</dt>
            <dd>{i.value}</dd>
          </div>
        ))}
      </dl>
    );
  return (
    <div className="report-table">
      <table className="data-table">
        {block.caption && <caption>{block.caption}</caption>}
        <thead>
          <tr>
            {block.columns.map((c) => (
              <th key={c.label} scope="col" className={c.align === 'right' ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={block.columns[c]?.align === 'right' ? 'num' : undefined}>
                  <CellView cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportPage() {
  const { t } = useI18n();
  return <OpeningYear title={t('nav.reports')} fallback={new Date().getFullYear() - 1}>{(opening) => <ReportView opening={opening} />}</OpeningYear>;
}

function ReportView({ opening }: { opening: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { query } = useLocation();
  const thisYear = new Date().getFullYear();
  const kind: ReportKind = query.get('kind') === 'special-CI' ? 'special-CI' : 'annual';
  const yearText = query.get('year') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : opening;
  const langParam = query.get('lang');
  const lang = langParam && (LANGUAGES as readonly string[]).includes(langParam) ? langParam : i18n.lang;
  const report = useApi((signal) => fetchReport(kind, year, lang, signal), [kind, year, lang]);
  const years = Array.from({ length: thisYear - 2003 + 1 }, (_, i) => thisYear - i);

  return (
    <Page
      title={t('nav.reports')}
      intro={t('reports.intro')}
      actions={
        <a className="button" href={reportAddress(kind, year, lang, 'pdf')} target="_blank" rel="noreferrer" data-testid="report-pdf">
          {t('reports.pdf')}
        </a>
      }
    >
      <div className="date-bar">
        <label>
          {t('reports.kind')}{' '}
          <select name="kind" value={kind} onChange={(e) => setQuery({ kind: e.target.value })}>
            <option value="annual">{t('reports.annual')}</option>
            <option value="special-CI">{t('reports.specialCI')}</option>
          </select>
        </label>
        <label>
          {t('reports.year')}{' '}
          <select name="year" value={year} onChange={(e) => setQuery({ year: e.target.value })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.language')}{' '}
          <select name="lang" value={lang} onChange={(e) => setQuery({ lang: e.target.value })}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {ENDONYMS[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={report.error} onRetry={report.reload} />
      {report.loading && !report.data && <Loading />}
      {report.data && (
        <section className="card report" lang={report.data.lang} data-testid="report">
          <h2>{report.data.title}</h2>
          <p className="intro">{report.data.subtitle}</p>
          {report.data.sections.map((s, i) => (
            <section key={s.id} aria-labelledby={`report-${s.id}`}>
              <h3 id={`report-${s.id}`}>
                {i + 1}. {s.heading}
              </h3>
              {s.blocks.map((b, j) => (
                <BlockView key={j} block={b} />
              ))}
            </section>
          ))}
        </section>
      )}
    </Page>
  );
}
