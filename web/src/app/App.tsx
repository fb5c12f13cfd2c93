// The app: language and session providers, the shell, and the page the address asks for — or why
// it cannot be shown (unknown address, sign-in needed, not allowed).
import { useEffect, useRef } from 'react';
import { I18nProvider, useI18n } from '../i18n';
import { SessionProvider, useSession } from '../auth/session';
import { Page, Loading } from '../ui/Page';
import { Link, useLocation } from './router';
import { allowed, resolve } from './routes';
import { Shell } from './Shell';
import { navigate } from './router';

const PASSWORD_PATH = '/account/password';

function Outlet() {
  const { t } = useI18n();
  const { ready, user } = useSession();
  const location = useLocation();
  const match = resolve(location.path);

  // after moving to another page, put the focus (and screen readers) at the start of its content
  const firstPath = useRef(location.path);
  useEffect(() => {
    if (location.path === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.path]);

  // signed in with a temporary password (an administrator's reset): the server refuses everything
  // else until it is changed, so every address leads to the Password page (and back afterwards)
  const mustChange = !!user?.mustChangePassword && location.path !== PASSWORD_PATH;
  useEffect(() => {
    if (mustChange) navigate(`${PASSWORD_PATH}?next=${encodeURIComponent(location.href)}`, { replace: true });
  }, [mustChange, location.href]);

  let content;
  if (mustChange) {
    content = <Loading />;
  } else if (!match) {
    content = (
      <Page title={t('app.notFound')} intro={t('app.notFoundText')}>
        <p>
          <Link to="/">{t('app.backHome')}</Link>
        </p>
      </Page>
    );
  } else if (allowed(match.route, user)) {
    const Current = match.route.page;
    content = <Current params={match.params} />;
  } else if (!ready) {
    content = <Loading />;
  } else {
    content = (
      <Page title={t(match.route.title)} intro={user ? t('app.forbidden') : t('app.needSignIn')}>
        {!user && (
          <p>
            <Link className="button" to={`/sign-in?next=${encodeURIComponent(location.href)}`}>
              {t('nav.signIn')}
            </Link>
          </p>
        )}
      </Page>
    );
  }
  return <Shell current={match?.route}>{content}</Shell>;
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Outlet />
      </SessionProvider>
    </I18nProvider>
  );
}
