// The regional view (/regions?region=west-africa|south-america): the two regional problems of
// A/61/589. Production and exports per country over the years, a map, the UN measures, the open
// findings and the suspicious shipments of the region.
import { useI18n } from '../i18n';
import { Link, setQuery, useLocation } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { SeverityBadge } from './Badges';
import { RegionChart } from './RegionChart';
import { RegionMap } from './RegionMap';
import { fetchRegion, REGIONS, type RegionId } from './regionApi';
import { reference } from './shipments/api';
import type { Severity } from './types';

export function RegionPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const { query } = useLocation();
  const region: RegionId = (REGIONS as readonly string[]).includes(query.get('region') ?? '') ? (query.get('region') as RegionId) : 'west-africa';
  const view = useApi((signal) => fetchRegion(region, {}, signal), [region, i18n.lang]);
  const v = view.data;
  // hatched: the countries under a UN measure at some time in the years shown
  const inForce = v ? v.measures.filter((m) => m.validFrom <= `${v.to}-12-31` && (m.validTo === null || m.validTo > `${v.from}-01-01`)).map((m) => m.target) : [];

  return (
    <Page title={t('region.title', { region: t(`region.${region}`) })}>
      <nav className="button-row" aria-label={t('nav.regions')}>
        {REGIONS.map((r) => (
          <button key={r} type="button" className={r === region ? '' : 'button-secondary'} aria-pressed={r === region} onClick={() => setQuery({ region: r })}>
            {t(`region.${r}`)}
          </button>
        ))}
      </nav>
      {view.error ? <ErrorMessage error={view.error} onRetry={view.reload} /> : null}
      {!v && !view.error && <Loading />}
      {v && v.region === region && (
        <>
          <p className="note">{t('region.countries', { countries: v.countries.map((c) => i18n.country(c)).join(', ') })}</p>
          <RegionMap countries={v.countries} measured={inForce} />
          <section className="card" aria-labelledby="region-measures">
            <h2 id="region-measures">{t('region.measures')}</h2>
            {v.measures.length === 0 ? (
              <p className="empty">{t('region.noMeasures')}</p>
            ) : (
              <ul data-testid="region-measures">
                {v.measures.map((m) => (
                  <li key={`${m.target}${m.validFrom}`}>
                    <strong>{i18n.country(m.target)}</strong> — {t(`measure.${m.kind}` as 'measure.embargo')} ({m.validTo ? t('region.lifted', { from: i18n.day(m.validFrom), to: i18n.day(m.validTo) }) : t('region.inForce', { from: i18n.day(m.validFrom) })}): <span lang="en">{m.basis}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="region-production">
            <h2 id="region-production">{t('region.production')}</h2>
            <RegionChart view={v} measure="productionCarats" label={t('region.production')} />
          </section>
          <section className="card" aria-labelledby="region-exports">
            <h2 id="region-exports">{t('region.exports')}</h2>
            <RegionChart view={v} measure="exportsCarats" label={t('region.exports')} />
          </section>
          <section className="card" aria-labelledby="region-findings">
            <h2 id="region-findings">{t('region.findings')}</h2>
            {v.findings.length === 0 ? (
              <p className="empty">{t('region.noFindings')}</p>
            ) : (
              <ul data-testid="region-findings">
                {v.findings.map((x) => (
                  <li key={x.id}>
                    <SeverityBadge severity={x.severity as Severity} /> {x.name} — {i18n.country(x.participant)} {x.period}:{' '}
                    <Link to={`/findings/${x.id}`} lang="en">
                      {x.summary}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="region-shipments">
            <h2 id="region-shipments">{t('region.shipments')}</h2>
            {v.shipments.length === 0 ? (
              <p className="empty">{t('shipments.none')}</p>
            ) : (
              <ul data-testid="region-shipments">
                {v.shipments.map((s) => (
                  <li key={s.id}>
                    <Link to={`/shipments/${s.id}`}>{reference(s)}</Link> — {i18n.day(s.reportedOn)}, {i18n.country(s.participant)}: {f.carats(s.carats)} ct, {t('shipment.suspectedOrigin')} {i18n.country(s.suspectedOrigin)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
