-- Several kpcs processes on one PostgreSQL (docs/deployment.md).
-- Leases: background work (the daily sweeps, maintenance) runs in the one process that holds its lease,
-- renewed while it lives and taken over by another process once it has expired.
create table leases (
  name text primary key,
  holder text not null,
  acquired_at timestamptz not null,
  expires_at timestamptz not null
);

-- The mailer claims an e-mail in one short transaction, sends it outside any transaction, then marks
-- it: a claim that expires (the process died mid-send) makes the mail pending again.
alter table outbox add column claimed_by text;
alter table outbox add column claimed_until timestamptz;
