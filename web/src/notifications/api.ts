// The inbox endpoints: the signed-in user's own notifications; their shapes are the server's (web/src/contract).
import { api, withQuery } from '../api';
import type { Ok } from '../contract';

export type Inbox = Ok<'/api/inbox'>;
export type Notification = Inbox['notifications'][number];

export const fetchInbox = (q: { unread?: boolean }, signal?: AbortSignal) => api.get<Inbox>(withQuery('/api/inbox', { unread: q.unread ? 'true' : undefined }), signal);

export const fetchUnread = (signal?: AbortSignal) => api.get<Ok<'/api/inbox/unread'>>('/api/inbox/unread', signal);

export const markRead = (ids: string[] | 'all') => api.post<Ok<'/api/inbox/read', 'post'>>('/api/inbox/read', ids === 'all' ? { all: true } : { ids });

/** Tells the header's badge that the count changed (the inbox page marks things read). */
export const INBOX_CHANGED = 'kpcs:inbox-changed';
export const announceInboxChange = () => window.dispatchEvent(new Event(INBOX_CHANGED));
