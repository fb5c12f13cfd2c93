// The public annual summary of a released year (/statistics?year=): per Participant and for the
// world, production, exports and imports by volume and value with US$/ct and certificate counts; the
// top exporters as a chart, the world coloured by exports; the figures as CSV or JSON. The working
// group on statistics (and the Chair, administrators) also open drafts and release them.
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { setQuery, useLocation } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { SortHeader, useSort } from '../ui/sort';
import { fetchReleases, fetchSummary, releaseYear, summaryCsvHref, summaryJsonHref } from './api';
import type { Figures, ParticipantFigures, Summary } from './types';
import { TopExportersChart } from './TopExportersChart';
import { ExportMap } from './ExportMap';

type Column = 'name' | 'prodCt' | 'prodUsd' | 'expCt' | 'expUsd' | 'expCerts' | 'impCt' | 'impUsd' | 'impCerts';

function Cells({ f, fmt }: { f: Figures; fmt: ReturnType<typeof useFormats> }) {
  return (
    <>
      <td className="num">{fmt.carats(f.production.carats)}</td>
      <td className="num">{fmt.usdWhole(f.production.valueUsd)}</td>
      <td className="num">{fmt.perCarat(f.production.usdPerCarat)}</td>
      <td className="num">{fmt.carats(f.exports.carats)}</td>
      <td className="num">{fmt.usdWhole(f.exports.valueUsd)}</td>
      <td className="num">{fmt.perCarat(f.exports.usdPerCarat)}</td>
      <td className="num">{fmt.integer(f.exports.certificates)}</td>
      <td className="num">{fmt.carats(f.imports.carats)}</td>
      <td className="num">{fmt.usdWhole(f.imports.valueUsd)}</td>
      <td className="num">{fmt.perCarat(f.imports.usdPerCarat)}</td>
      <td className="num">{fmt.integer(f.imports.certificates)}</td>
    </>
  );
}

function SummaryTable({ summary }: { summary: Summary }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useFormats();
  const value = useCallback(
    (p: ParticipantFigures, k: Column): string | number =>
      k === 'name' ? i18n.country(p.participant, p.name)
      : k === 'prodCt' ? p.production.carats
      : k === 'prodUsd' ? p.production.valueUsd
      : k === 'expCt' ? p.exports.carats
      : k === 'expUsd' ? p.exports.valueUsd
      : k === 'expCerts' ? p.exports.certificates
      : k === 'impCt' ? p.imports.carats
      : k === 'impUsd' ? p.imports.valueUsd
      : p.imports.certificates,
    [i18n],
  );
  const [rows, sort] = useSort<ParticipantFigures, Column>(summary.participants, 'name', value, i18n.lang);
  return (
    <div className="table-scroll">
      <table className="data-table summary-table" data-testid="summary-table">
        <caption className="visually-hidden">{t('stats.tableCaption', { year: summary.year })}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={3}>{t('stats.production')}</th>
            <th scope="colgroup" colSpan={4}>{t('stats.exports')}</th>
            <th scope="colgroup" colSpan={4}>{t('stats.imports')}</th>
          </tr>
          <tr>
            <SortHeader sort={sort} column="name">{t('stats.participant')}</SortHeader>
            <SortHeader sort={sort} column="prodCt">{t('cert.carats')}</SortHeader>
            <SortHeader sort={sort} column="prodUsd">{t('cert.valueUsd')}</SortHeader>
            <th scope="col">{t('cert.perCarat')}</th>
            <SortHeader sort={sort} column="expCt">{t('cert.carats')}</SortHeader>
            <SortHeader sort={sort} column="expUsd">{t('cert.valueUsd')}</SortHeader>
            <th scope="col">{t('cert.perCarat')}</th>
            <SortHeader sort={sort} column="expCerts">{t('stats.certificates')}</SortHeader>
            <SortHeader sort={sort} column="impCt">{t('cert.carats')}</SortHeader>
            <SortHeader sort={sort} column="impUsd">{t('cert.valueUsd')}</SortHeader>
            <th scope="col">{t('cert.perCarat')}</th>
            <SortHeader sort={sort} column="impCerts">{t('stats.certificates')}</SortHeader>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.participant} data-participant={p.participant}>
              <th scope="row">
                {i18n.country(p.participant, p.name)} <span className="code sub">{p.participant}</span>
              </th>
              <Cells f={p} fmt={fmt} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="world-row">
            <th scope="row">{t('stats.world')}</th>
            <Cells f={summary.world} fmt={fmt} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function SummaryPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useFormats();
  const { user } = useSession();
  const group = !!user && (user.roles.includes('chair') || user.roles.includes('admin') || (user.roles.includes('wg-member') && user.groups.includes('WGS')));
  const releases = useApi((signal) => fetchReleases(signal), []);
  const released = (releases.data?.releases ?? []).map((r) => r.year).sort((a, b) => b - a);
  const asked = useLocation().query.get('year');
  const year = asked && /^\d{4}$/.test(asked) ? Number(asked) : released[0];
  const summary = useApi((signal) => (year ? fetchSummary(year, signal) : Promise.resolve(undefined)), [year]);
  const s = summary.data;
  const [releasing, setReleasing] = useState(false);
  const [releaseError, setReleaseError] = useState<unknown>();
  const thisYear = new Date().getFullYear();
  const choices = group ? Array.from({ length: thisYear - 2003 + 1 }, (_, i) => thisYear - i) : released;

  const release = async () => {
    if (!year || !window.confirm(t('stats.releaseSure', { year }))) return;
    setReleasing(true);
    setReleaseError(undefined);
    try {
      await releaseYear(year);
      releases.reload();
      summary.reload();
    } catch (e) {
      setReleaseError(e);
    } finally {
      setReleasing(false);
    }
  };

  return (
    <Page title={t('stats.title')} intro={t('stats.intro')}>
      <form className="date-bar" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('stats.year')}{' '}
          <select name="year" value={year ?? ''} onChange={(e) => setQuery({ year: e.target.value })}>
            {year && !choices.includes(year) && <option value={year}>{year}</option>}
            {choices.map((y) => (
              <option key={y} value={y}>
                {y}
                {group && !released.includes(y) ? ` — ${t('stats.draft')}` : ''}
              </option>
            ))}
          </select>
        </label>
        {s && (
          <>
            <a className="button button-secondary" href={summaryCsvHref(s.year)} download={`kp-statistics-${s.year}.csv`}>
              {t('stats.download')} CSV
            </a>
            <a className="button button-secondary" href={summaryJsonHref(s.year)} download={`kp-statistics-${s.year}.json`}>
              {t('stats.download')} JSON
            </a>
          </>
        )}
        {summary.loading && s && <span className="busy" role="status">{t('app.loading')}</span>}
      </form>
      {releases.error ? <ErrorMessage error={releases.error} onRetry={releases.reload} /> : null}
      {releases.data && !year && <p className="empty">{t('stats.noRelease')}</p>}
      {summary.error ? <ErrorMessage error={summary.error} onRetry={summary.reload} /> : null}
      {year && !s && !summary.error && <Loading />}
      {s && (
        <>
          {s.status === 'draft' ? (
            <div className="message message-error" data-testid="draft-note">
              <p>{t('stats.draftNote', { year: s.year })}</p>
              {group && (
                <button type="button" onClick={release} disabled={releasing}>
                  {t('stats.release', { year: s.year })}
                </button>
              )}
            </div>
          ) : (
            <p className="note" data-testid="release-note">
              {t('stats.releasedOn', { date: i18n.instant(s.release!.releasedAt), version: s.release!.version })}
              {s.changedSinceRelease && ` ${t('stats.changed')}`}
            </p>
          )}
          <ErrorMessage error={releaseError} />
          <dl className="stats money-stats" data-testid="world-totals">
            <div className="stat">
              <dt>{t('stats.worldProduction')}</dt>
              <dd>
                {fmt.carats(s.world.production.carats)}
                <span className="stat-sub">{fmt.money(s.world.production.valueUsd)}</span>
              </dd>
            </div>
            <div className="stat">
              <dt>{t('stats.worldExports')}</dt>
              <dd>
                <span data-testid="world-exports-carats">{fmt.carats(s.world.exports.carats)}</span>
                <span className="stat-sub" data-testid="world-exports-usd">{fmt.money(s.world.exports.valueUsd)}</span>
              </dd>
            </div>
            <div className="stat">
              <dt>{t('stats.worldImports')}</dt>
              <dd>
                {fmt.carats(s.world.imports.carats)}
                <span className="stat-sub">{fmt.money(s.world.imports.valueUsd)}</span>
              </dd>
            </div>
            <div className="stat">
              <dt>{t('stats.worldCertificates')}</dt>
              <dd>{fmt.integer(s.world.exports.certificates)}</dd>
            </div>
          </dl>
          <p className="note">{t('stats.unitsNote')} {t('stats.certificatesNote')}</p>
          <div className="two-columns wide-first">
            <section aria-labelledby="chart-title">
              <h2 id="chart-title">{t('stats.topExporters')}</h2>
              <TopExportersChart participants={s.participants} />
            </section>
            <section aria-labelledby="export-map-title">
              <h2 id="export-map-title">{t('stats.mapTitle')}</h2>
              <ExportMap year={s.year} participants={s.participants} />
            </section>
          </div>
          <section aria-labelledby="table-title">
            <h2 id="table-title">{t('stats.tableTitle')}</h2>
            <SummaryTable summary={s} />
          </section>
        </>
      )}
    </Page>
  );
}
