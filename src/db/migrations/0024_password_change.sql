-- Password self-service (issue #17 point 3): an administrator's reset sets a temporary password and
-- flags the account; signed in with it, the user may do nothing but choose a new password (every other
-- API call answers 403 password_change_required) until the flag is cleared by that change.
alter table users add column must_change_password boolean not null default false;
