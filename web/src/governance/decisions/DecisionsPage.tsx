// Plenary decisions (/decisions?plenary=&adopted=): every decision adopted by consensus at a plenary,
// where its translations stand, and whether it is formally adopted (all five plenary languages).
import { useI18n } from '../../i18n';
import { Empty } from '../../ui/Empty';
import { Link, setQuery, useLocation } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FilterSelect } from '../../ui/FilterSelect';
import { useApi } from '../../ui/useApi';
import { fetchDecisions, fetchPlenaries } from './api';
import { LanguageStatus } from './Labels';
import { NewDecision, NewPlenary } from './NewDecision';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';

export function DecisionsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { query } = useLocation();
  const plenary = query.get('plenary') ?? undefined;
  const adopted = query.get('adopted') ?? undefined;
  const plenaries = useApi((signal) => fetchPlenaries(signal), []);
  const decisions = useApi((signal) => fetchDecisions({ plenary, adopted }, signal), [plenary, adopted]);
  const rows = decisions.data?.decisions ?? [];
  const { user } = useSession();
  const manages = hasRole(user, 'chair') || hasRole(user, 'admin');

  return (
    <Page title={t('decisions.title')} intro={t('decisions.intro')}>
      <p>
        <Link to="/recommendations">{t('recs.title')} →</Link>
      </p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('decisions.filters')}>
        <FilterSelect label={t('decisions.plenary')} name="plenary" value={plenary} anyLabel={t('decisions.any')} options={(plenaries.data?.plenaries ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.decisions ?? 0})` }))} onChange={(v) => setQuery({ plenary: v })} />
        <FilterSelect label={t('decisions.adoption')} name="adopted" value={adopted} anyLabel={t('decisions.any')} options={[{ value: 'true', label: t('decisions.adopted') }, { value: 'false', label: t('decisions.pending') }]} onChange={(v) => setQuery({ adopted: v })} />
      </form>
      {decisions.error ? <ErrorMessage error={decisions.error} onRetry={decisions.reload} /> : null}
      {!decisions.data && !decisions.error && <Loading />}
      {decisions.data && rows.length === 0 && <Empty list="decisions" />}
      {rows.length > 0 && (
        <>
          <p className="note" data-testid="decisions-count">
            {t('decisions.count', { total: rows.length, adopted: rows.filter((d) => d.formallyAdoptedOn).length })}
          </p>
          <div className="table-scroll">
            <table className="data-table" data-testid="decisions-table">
              <caption className="visually-hidden">{t('decisions.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('decisions.plenary')}</th>
                  <th scope="col">{t('decisions.number')}</th>
                  <th scope="col">{t('decisions.decision')}</th>
                  <th scope="col">{t('decisions.languages')}</th>
                  <th scope="col">{t('decisions.adoption')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.id} data-decision={d.id}>
                    <td>{d.plenary}</td>
                    <td className="num">{d.number}</td>
                    <td className="prose">
                      <Link to={`/decisions/${d.id}`} lang="en">
                        {d.title}
                      </Link>
                    </td>
                    <td>
                      <div className="lang-row">
                        <LanguageStatus language="en" status="original" />
                        {d.translations.map((tr) => (
                          <LanguageStatus key={tr.language} language={tr.language} status={tr.status} />
                        ))}
                      </div>
                    </td>
                    <td data-testid="decision-adoption">{d.formallyAdoptedOn ? t('decisions.adoptedOn', { date: i18n.day(d.formallyAdoptedOn) }) : t('decisions.missing', { languages: d.adoption.missing.map((l) => l.toUpperCase()).join(', ') })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {manages && plenaries.data && (
        <div className="two-forms">
          <NewDecision key={plenaries.data.plenaries.length} plenaries={plenaries.data.plenaries} />
          <NewPlenary onCreated={() => plenaries.reload()} />
        </div>
      )}
    </Page>
  );
}
