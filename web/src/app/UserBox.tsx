// The header's account corner: who is signed in (name, roles, whom they act for) and signing out,
// or the way to sign in.
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { Link, navigate, useLocation } from './router';
import { InboxBadge } from '../notifications/InboxBadge';

export function UserBox() {
  const i18n = useI18n();
  const { t } = i18n;
  const { ready, user, signOut } = useSession();
  const here = useLocation();
  if (!ready) return <div className="user-box" />;
  if (!user) {
    const next = here.path === '/sign-in' ? '' : `?next=${encodeURIComponent(here.href)}`;
    return (
      <div className="user-box">
        <Link className="button button-light" to={`/sign-in${next}`}>
          {t('nav.signIn')}
        </Link>
      </div>
    );
  }
  const actingFor = user.participant ? i18n.country(user.participant) : user.organisation;
  const roles = `${user.roles.map((r) => t(`role.${r}`)).join(', ')}${actingFor ? ` · ${t('user.actingFor', { who: actingFor })}` : ''}`;
  return (
    <div className="user-box" aria-label={t('user.label')} role="group">
      {!user.mustChangePassword && <InboxBadge />}
      <div className="user-who">
        <span className="user-name" data-testid="user-name">
          {user.name}
        </span>
        <span className="user-roles" title={roles}>
          {roles}
        </span>
      </div>
      <Link className="button button-light" to="/account/password" data-testid="password-link">
        {t('user.password')}
      </Link>
      <button type="button" className="button-light" onClick={() => void signOut().then(() => navigate('/'))}>
        {t('nav.signOut')}
      </button>
    </div>
  );
}
