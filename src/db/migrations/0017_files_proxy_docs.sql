-- Sign-in backoff and document publishers (issue 15, points 6 and 9).

-- Failed sign-ins per login, kept in the store so that every `kpcs serve` process on one database
-- shares them: after a few failures the login is locked until locked_until, exponentially longer
-- (capped); a successful sign-in deletes the row. Logins that do not exist are counted the same way,
-- so a lock says nothing about whether an account exists.
create table login_failures (
  login text primary key,
  failures integer not null,
  locked_until timestamptz,
  last_failure_at timestamptz not null
);

-- Who published a document: a working group's member changes only the documents it published
-- (null for documents published before this migration: the group's chair, the Chair and
-- administrators change those).
alter table documents add column created_by_user uuid;
