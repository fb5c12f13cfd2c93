-- Several kpcs processes on one PostgreSQL (docs/deployment.md), continued.
-- Rate limits counted in the store, so that every process counts the same client together: one row
-- per (client, limit, fixed window), counted up by one atomic upsert per request. Old windows are
-- deleted by the holder of the background lease.
create table rate_limit_counts (
  client text not null,
  bucket text not null,
  window_start timestamptz not null,
  count integer not null,
  primary key (client, bucket, window_start)
);
create index rate_limit_counts_window on rate_limit_counts (window_start);

-- Idempotency-Key on POST /api/certificates: the certificate a key (per Participant and user) issued,
-- and a hash of the request it came with. Written in the issuing transaction, after the log head's
-- lock, so that concurrent retries on any process issue exactly one certificate. Kept 24 hours.
create table certificate_idempotency (
  participant text not null,
  actor text not null,
  key text not null,
  request_hash text not null,
  number text not null,
  created_at timestamptz not null,
  primary key (participant, actor, key)
);
create index certificate_idempotency_created on certificate_idempotency (created_at);
