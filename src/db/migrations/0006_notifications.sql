-- Notifications: every alert of the scheme (an action item due or overdue, a suspicious-shipment
-- report, a questionnaire, a discrepancy or finding assigned, a submission due) lands in the inbox of
-- each user concerned. E-mail goes out later through the outbox (topic 'notification.email').
create table notifications (
  id uuid primary key,
  user_id uuid not null references users (id),
  kind text not null,
  subject text not null,
  body text not null,
  link text,
  participant text,
  -- a sweep that runs again (e.g. overdue action items) must not alert twice
  dedupe_key text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (user_id, dedupe_key)
);
create index notifications_inbox on notifications (user_id, created_at desc);
