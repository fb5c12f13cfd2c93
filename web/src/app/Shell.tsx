// The frame around every page: the scheme's name, the navigation built from the route table (only
// the pages the user may open), the language switch, the account corner, the footer.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { Link } from './router';
import { allowed, routes } from './routes';
import type { RouteDef } from './route';
import { LanguageSwitch } from './LanguageSwitch';
import { UserBox } from './UserBox';

function Diamond() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M9 5h14l6 8-13 15L3 13z" fill="currentColor" opacity="0.25" />
      <path d="M9 5h14l6 8-13 15L3 13zM3 13h26M9 5l4 8 3 15M23 5l-4 8-3 15M13 13l3-8 3 8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}

export function Shell({ current, children }: { current: RouteDef | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const { user } = useSession();
  const nav = routes.filter((r) => r.nav && allowed(r, user));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            <Diamond />
            <span>
              <span className="brand-name">{t('app.title')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            <UserBox />
          </div>
        </div>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {nav.map((r) => (
              <li key={r.path}>
                <Link to={r.path} aria-current={current?.title === r.title ? 'page' : undefined}>
                  {t(r.title)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <a href="/docs">{t('app.apiDocs')}</a>
        </p>
      </footer>
    </div>
  );
}
