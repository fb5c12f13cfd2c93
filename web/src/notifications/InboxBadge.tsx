// The unread count in the header: a link to the inbox, refreshed every minute, on each page change
// and whenever the inbox page marks something read.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { Link, useLocation } from '../app/router';
import { fetchUnread, INBOX_CHANGED } from './api';
import './inbox.css';

const POLL_MS = 60_000;

export function InboxBadge() {
  const { t } = useI18n();
  const { user } = useSession();
  const here = useLocation();
  const [unread, setUnread] = useState<number>();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    const timer = window.setInterval(bump, POLL_MS);
    window.addEventListener(INBOX_CHANGED, bump);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(INBOX_CHANGED, bump);
    };
  }, []);

  useEffect(() => {
    if (!user) return;
    const controller = new AbortController();
    fetchUnread(controller.signal).then(
      (r) => setUnread(r.unread),
      () => undefined,
    );
    return () => controller.abort();
  }, [user, here.href, tick]);

  if (!user) return null;
  const n = unread ?? 0;
  return (
    <Link to="/inbox" className={`inbox-badge${n > 0 ? ' has-unread' : ''}`} aria-label={t('inbox.badge', { n })} data-testid="inbox-badge">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
        <path d="M4 13h4l2 3h4l2-3h4M4 13l2-8h12l2 8v6H4z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      </svg>
      {n > 0 && <span className="inbox-count" data-testid="inbox-count">{n > 99 ? '99+' : n}</span>}
    </Link>
  );
}
