// The inbox endpoints: the signed-in user's own notifications.
import { api, withQuery } from '../api';

export interface Notification {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  participant: string | null;
  /** what the alert is about, structured (certificate.mismatch: its differences) */
  data: unknown;
  createdAt: string;
  readAt: string | null;
}

export const fetchInbox = (q: { unread?: boolean }, signal?: AbortSignal) =>
  api.get<{ unread: number; notifications: Notification[] }>(withQuery('/api/inbox', { unread: q.unread ? 'true' : undefined }), signal);

export const fetchUnread = (signal?: AbortSignal) => api.get<{ unread: number }>('/api/inbox/unread', signal);

export const markRead = (ids: string[] | 'all') => api.post<{ marked: number; unread: number }>('/api/inbox/read', ids === 'all' ? { all: true } : { ids });

/** Tells the header's badge that the count changed (the inbox page marks things read). */
export const INBOX_CHANGED = 'kpcs:inbox-changed';
export const announceInboxChange = () => window.dispatchEvent(new Event(INBOX_CHANGED));
