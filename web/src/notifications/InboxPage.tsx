// /inbox?unread=1: the signed-in user's notifications, unread first; open one (it is marked read)
// or mark it, or all, read.
import { Empty } from '../ui/Empty';
import { useI18n, type MessageKey } from '../i18n';
import { Link, setQuery, useLocation } from '../app/router';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { announceInboxChange, fetchInbox, markRead, type Notification } from './api';
import { notificationMessages } from './messages';
import './inbox.css';
import { useAction } from '../ui/useAction';

const kindKey = (kind: string): MessageKey | undefined => {
  const key = `inbox.kind.${kind}`;
  return key in notificationMessages.en ? (key as MessageKey) : undefined;
};

/** A difference a confirmation found (src/certificates/model.ts Difference), as the alert carries it. */
interface Difference {
  field: 'parcels' | 'carats' | 'seals' | 'value' | 'line.carats' | 'line.value' | 'line.missing' | 'line.extra';
  hsCode?: string;
  stated: number | boolean | null;
  received: number | boolean | null;
}

const differencesOf = (n: Notification): Difference[] => {
  const d = n.data as { differences?: Difference[] } | null;
  return n.kind === 'certificate.mismatch' && Array.isArray(d?.differences) ? d.differences : [];
};

/** Each difference in the reader's language: what the certificate states, what was received. */
function Differences({ list }: { list: Difference[] }) {
  const { t } = useI18n();
  const f = useFormats();
  const amount = (x: number | boolean | null, field: Difference['field']) =>
    typeof x !== 'number' ? '' : field === 'parcels' ? f.integer(x) : field.endsWith('value') ? f.usd(x) : f.carats(x);
  return (
    <div className="inbox-differences">
      <h3>{t('inbox.differences')}</h3>
      <ul data-testid="differences">
        {list.map((d, i) => (
          <li key={i} data-field={d.field}>
            {t(`inbox.diff.${d.field}`, { stated: amount(d.stated, d.field), received: amount(d.received, d.field), hs: d.hsCode ?? '' })}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function InboxPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { query } = useLocation();
  const unreadOnly = query.get('unread') === '1';
  const box = useApi((signal) => fetchInbox({ unread: unreadOnly }, signal), [unreadOnly]);

  const mark = useAction(async (ids: string[] | 'all') => {
    await markRead(ids);
    announceInboxChange();
    box.reload();
  });

  const item = (n: Notification) => {
    const key = kindKey(n.kind);
    return (
      <li key={n.id} className={`inbox-item${n.readAt ? '' : ' unread'}`} data-testid="inbox-item">
        <div className="inbox-meta">
          <span>{key ? t(key) : n.kind}</span>
          {n.participant && <span>{i18n.country(n.participant)}</span>}
          <span>{i18n.instant(n.createdAt)}</span>
          {n.readAt && <span>{t('inbox.read')}</span>}
        </div>
        <h2>{n.subject}</h2>
        {differencesOf(n).length > 0 ? <Differences list={differencesOf(n)} /> : <p className="inbox-body">{n.body}</p>}
        <div className="inbox-actions">
          {n.link && (
            <Link to={n.link} className="button" onClick={() => void (n.readAt ? undefined : mark.run([n.id]))}>
              {t('inbox.open')}
            </Link>
          )}
          {!n.readAt && (
            <button type="button" className="button-secondary" onClick={() => void mark.run([n.id])}>
              {t('inbox.markRead')}
            </button>
          )}
        </div>
      </li>
    );
  };

  const unread = box.data?.unread ?? 0;
  return (
    <Page
      title={t('nav.inbox')}
      intro={t('inbox.intro')}
      actions={
        <button type="button" onClick={() => void mark.run('all')} disabled={unread === 0}>
          {t('inbox.markAllRead')}
        </button>
      }
    >
      <div className="inbox-filter">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setQuery({ unread: e.target.checked ? '1' : undefined })} /> {t('inbox.unreadOnly')}
        </label>
        <span role="status" data-testid="inbox-unread">{t('inbox.unreadCount', { n: unread })}</span>
      </div>
      <ErrorMessage error={mark.error} />
      <ErrorMessage error={box.error} onRetry={box.reload} />
      {box.loading && !box.data ? <Loading /> : null}
      {box.data && (box.data.notifications.length === 0 ? <Empty list="inbox" /> : <ul className="inbox-list">{box.data.notifications.map(item)}</ul>)}
    </Page>
  );
}
