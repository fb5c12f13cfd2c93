-- Notifications by e-mail and the Chair's reports.
-- A user may give an e-mail address; alerts reach it through SMTP when the installation configures it.
alter table users add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+$');

-- Delivery attempts of the outbox's e-mail rows (topic 'notification.email'): a failed send is
-- retried later with backoff; the outbox row itself is marked processed once the mail went out
-- (or was given up, see the mailer).
create table mail_attempts (
  outbox_id uuid primary key references outbox (id),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  last_error text,
  gave_up boolean not null default false
);
create index mail_attempts_due on mail_attempts (next_attempt_at) where not gave_up;
create index notifications_unread on notifications (user_id) where read_at is null;
