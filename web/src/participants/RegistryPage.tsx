// The public home: the Participant registry as of a chosen day (?at=YYYY-MM-DD, default today) as
// counts, a world map and a table.
import { useI18n } from '../i18n';
import { navigate, setQuery, useLocation } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { fetchRegistry } from './api';
import { countRegistry, isDay, today } from './types';
import { WorldMap } from './WorldMap';
import { RegistryTable, detailHref } from './RegistryTable';

export function RegistryPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { query } = useLocation();
  const asked = query.get('at');
  const date = isDay(asked) ? asked : today();
  const registry = useApi((signal) => fetchRegistry(date, signal), [date]);
  const entries = registry.data?.participants;
  const counts = entries && countRegistry(entries);
  // the day the shown data is for (the previous one while the next loads)
  const shown = registry.data?.at ?? date;

  return (
    <Page title={t('registry.title')} intro={t('registry.intro')}>
      <form className="date-bar" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('registry.date')}
          <input
            type="date"
            name="at"
            value={date}
            min="2003-01-01"
            onChange={(e) => isDay(e.target.value) && setQuery({ at: e.target.value === today() ? undefined : e.target.value })}
          />
        </label>
        <button type="button" className="button-secondary" onClick={() => setQuery({ at: undefined })} disabled={date === today()}>
          {t('registry.today')}
        </button>
        {registry.loading && entries && <span className="busy" role="status">{t('app.loading')}</span>}
      </form>

      {registry.error ? <ErrorMessage error={registry.error} onRetry={registry.reload} /> : null}
      {!entries && !registry.error && <Loading />}
      {entries && counts && (
        <>
          <dl className="stats" aria-live="polite">
            <div className="stat">
              <dt>{t('registry.statParticipants')}</dt>
              <dd data-testid="count-participants">{i18n.number(counts.participants)}</dd>
            </div>
            <div className="stat">
              <dt>{t('registry.statCountries')}</dt>
              <dd data-testid="count-countries">{i18n.number(counts.countries)}</dd>
            </div>
            <div className="stat">
              <dt>{t('registry.statApplicants')}</dt>
              <dd>{i18n.number(counts.applicants)}</dd>
            </div>
            <div className="stat">
              <dt>{t('registry.statMeasures')}</dt>
              <dd>{i18n.number(counts.underMeasures)}</dd>
            </div>
          </dl>
          <p className="note">{t('registry.countsNote')}</p>
          <section aria-labelledby="map-title">
            <h2 id="map-title" className="visually-hidden">
              {t('map.title')}
            </h2>
            <WorldMap entries={entries} date={shown} onSelect={(code) => navigate(detailHref(code, shown))} />
          </section>
          <RegistryTable entries={entries} date={shown} />
        </>
      )}
    </Page>
  );
}
