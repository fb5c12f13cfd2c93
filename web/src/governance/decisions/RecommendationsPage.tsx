// The three-year review (/recommendations?status=&owner=): how many of the 46 adopted recommendations
// are recorded and how far they are implemented, the four priority issues with their recommendations,
// and each recommendation with its owner and status.
import { useI18n } from '../../i18n';
import { Link, setQuery, useLocation } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FilterSelect } from '../../ui/FilterSelect';
import { useApi } from '../../ui/useApi';
import { fetchRecommendations, RECOMMENDATION_STATUSES } from './api';
import { RecommendationStatusLabel } from './Labels';
import { NewRecommendation } from './NewRecommendation';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';

export function RecommendationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { query } = useLocation();
  const status = query.get('status') ?? undefined;
  const loaded = useApi((signal) => fetchRecommendations({ status }, signal), [status]);
  const data = loaded.data;
  const { user } = useSession();
  const manages = hasRole(user, 'chair') || hasRole(user, 'admin');
  const label = (id: string) => {
    const r = data?.recommendations.find((x) => x.id === id);
    return r ? (r.number ? `${r.number}` : r.source) : id.slice(0, 8);
  };

  return (
    <Page title={t('recs.title')} intro={t('recs.intro')}>
      <p>
        <Link to="/decisions">← {t('decisions.title')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!data && !loaded.error && <Loading />}
      {data && (
        <>
          {data.reviews.map((r) => (
            <section key={r.id} className="card" data-testid="review-summary">
              <h2 lang="en">{r.title}</h2>
              <p>{t('recs.summary', { adopted: r.recommendationsAdopted, date: i18n.day(r.adoptedOn), recorded: r.recorded })}</p>
              {r.recorded < r.recommendationsAdopted && <p className="note">{t('recs.partial')}</p>}
              <ul className="count-grid">
                {RECOMMENDATION_STATUSES.map((s) => (
                  <li key={s} data-status={s}>
                    <span className="count">{r.byStatus[s]}</span>
                    <RecommendationStatusLabel status={s} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <section aria-labelledby="issues-title">
            <h2 id="issues-title">{t('recs.issues')}</h2>
            <ol data-testid="priority-issues">
              {data.priorityIssues.map((i) => (
                <li key={i.id}>
                  <span lang="en">{i.title}</span>
                  {i.recommendations.length > 0 && (
                    <span className="sub">
                      {' '}
                      — {t('recs.linked')}:{' '}
                      {i.recommendations.map((r, n) => (
                        <span key={r}>
                          {n > 0 && ', '}
                          <Link to={`/recommendations/${r}`}>{label(r)}</Link>
                        </span>
                      ))}
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </section>
          <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('decisions.filters')}>
            <FilterSelect label={t('recs.status')} name="status" value={status} anyLabel={t('decisions.any')} options={RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(`recs.status.${s}`) }))} onChange={(v) => setQuery({ status: v })} />
          </form>
          {data.recommendations.length === 0 ? (
            <p className="empty">{t('recs.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="recommendations-table">
                <caption className="visually-hidden">{t('recs.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('recs.source')}</th>
                    <th scope="col">{t('recs.text')}</th>
                    <th scope="col">{t('recs.owner')}</th>
                    <th scope="col">{t('recs.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.recommendations.map((r) => (
                    <tr key={r.id} data-recommendation={r.id}>
                      <td className="nowrap">
                        <Link to={`/recommendations/${r.id}`}>{r.number ? `${r.number} · ${r.source}` : r.source}</Link>
                      </td>
                      <td className="prose" lang="en">
                        {r.text}
                      </td>
                      <td>{r.owner ?? <span className="muted">—</span>}</td>
                      <td>
                        <RecommendationStatusLabel status={r.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {manages && data.reviews[0] && <NewRecommendation review={data.reviews[0]} />}
        </>
      )}
    </Page>
  );
}
