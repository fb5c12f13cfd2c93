// Documents (/documents?category=&year=&language=&q=): what there is at once — the documents the
// visitor may read counted by category and year, and by language — then the list, searchable in the
// title and the text, each with its language versions to download. The server shows each visitor only
// what the document's access level admits.
import { useState, type FormEvent } from 'react';
import { Empty } from '../../ui/Empty';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link, setQuery, useLocation } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FilterSelect } from '../../ui/FilterSelect';
import { useApi } from '../../ui/useApi';
import { CATEGORIES, downloadUrl, fetchBrowse, fetchDocuments, LANGUAGES, type Category } from './api';
import { AccessLabel } from './AccessLabel';
import '../decisions/governance.css';

export function DocumentsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const { query } = useLocation();
  const category = query.get('category') ?? undefined;
  const year = query.get('year') ?? undefined;
  const language = query.get('language') ?? undefined;
  const q = query.get('q') ?? undefined;
  const [search, setSearch] = useState(q ?? '');
  const browse = useApi((signal) => fetchBrowse(signal), []);
  const docs = useApi((signal) => fetchDocuments({ category, year, language, q }, signal), [category, year, language, q]);
  const publishes = hasRole(user, 'chair') || hasRole(user, 'admin') || hasRole(user, 'officer') || hasRole(user, 'wg-member');
  const years = [...new Set((browse.data?.categories ?? []).flatMap((c) => c.years.map((y) => y.year)))].sort((a, b) => b - a);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ q: search.trim() || undefined });
  };

  return (
    <Page title={t('docs.title')} intro={t('docs.intro')} actions={publishes ? <Link to="/documents/new">{t('docs.publish')}</Link> : undefined}>
      {browse.error ? <ErrorMessage error={browse.error} onRetry={browse.reload} /> : null}
      {browse.data && (
        <section aria-labelledby="browse-title" data-testid="documents-browse">
          <h2 id="browse-title">{t('docs.browse', { total: browse.data.total })}</h2>
          {browse.data.total === 0 ? (
            <p className="empty">{t('docs.nothing')}</p>
          ) : (
            <ul className="count-grid">
              {browse.data.categories.map((c) => (
                <li key={c.category} data-category={c.category}>
                  <Link to={`/documents?category=${c.category}`}>
                    <span className="count">{c.count}</span>
                    {t(`docs.category.${c.category}`)}
                  </Link>
                  <div className="year-links">
                    {c.years.map((y) => (
                      <Link key={y.year} to={`/documents?category=${c.category}&year=${y.year}`} data-year={y.year}>
                        {y.year}: {y.count}
                      </Link>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <p className="sub">
            {t('docs.byLanguage')}: {browse.data.languages.map((l) => `${l.language.toUpperCase()} ${l.count}`).join(' · ')}
          </p>
        </section>
      )}

      <form className="filters" onSubmit={submit} aria-label={t('docs.filters')} role="search">
        <label>
          {t('docs.search')}
          <input type="search" name="q" value={search} maxLength={200} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <button type="submit">{t('docs.searchButton')}</button>
        <FilterSelect label={t('docs.category')} name="category" value={category} anyLabel={t('docs.any')} options={CATEGORIES.map((c) => ({ value: c, label: t(`docs.category.${c}`) }))} onChange={(v) => setQuery({ category: v })} />
        <FilterSelect label={t('docs.year')} name="year" value={year} anyLabel={t('docs.any')} options={years.map((y) => ({ value: String(y), label: String(y) }))} onChange={(v) => setQuery({ year: v })} />
        <FilterSelect label={t('docs.language')} name="language" value={language} anyLabel={t('docs.any')} options={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))} onChange={(v) => setQuery({ language: v })} />
      </form>

      {docs.error ? <ErrorMessage error={docs.error} onRetry={docs.reload} /> : null}
      {!docs.data && !docs.error && <Loading />}
      {docs.data && docs.data.documents.length === 0 && <Empty list="documents" />}
      {docs.data && docs.data.documents.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="documents-table">
            <caption className="visually-hidden">{t('docs.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('docs.date')}</th>
                <th scope="col">{t('docs.category')}</th>
                <th scope="col">{t('docs.docTitle')}</th>
                <th scope="col">{t('docs.access')}</th>
                <th scope="col">{t('docs.languages')}</th>
              </tr>
            </thead>
            <tbody>
              {docs.data.documents.map((d) => (
                <tr key={d.id} data-document={d.id}>
                  <td className="nowrap">{i18n.day(d.publishedOn)}</td>
                  <td>{t(`docs.category.${d.category as Category}`)}</td>
                  <td className="prose">
                    <Link to={`/documents/${d.id}`}>{d.title}</Link>
                  </td>
                  <td>
                    <AccessLabel doc={d} />
                  </td>
                  <td>
                    <div className="lang-row">
                      {d.versions.map((v) => (
                        <a key={v.language} href={downloadUrl(d.id, v.language)} download={v.filename} className="code" title={v.filename}>
                          {v.language.toUpperCase()}
                        </a>
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
