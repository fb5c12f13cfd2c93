-- The confirmation loop (issue #14 point 2): the importing authority hears of each certificate
-- addressed to it, the exporting authority of each confirmation, and both of a certificate left
-- unconfirmed past its expiry and the grace period.

-- What an alert is about, for the web to say in the reader's language (e.g. each difference a
-- confirmation found: which field, what the certificate states, what was received).
alter table notifications add column data jsonb;

-- A certificate left unconfirmed past its expiry and the grace period is announced once: the sweep
-- inserts its row here first (on conflict do nothing), and only the rows it inserted are alerted, so
-- several servers sweeping the same store alert each certificate exactly once.
create table certificate_unconfirmed_alerts (
  participant text not null,          -- the issuing Participant (the number's prefix)
  number text not null,
  importer_participant text not null,
  expires_at timestamptz not null,
  alerted_at timestamptz not null,
  primary key (participant, number)
);
-- the queue of certificates awaiting confirmation: those addressed to a Participant, by expiry
create index certificates_awaiting on certificates (importer_participant, expires_at) where cancelled_at is null;
-- the daily sweep: the certificates whose expiry and grace fell in its window
create index certificates_expiry on certificates (expires_at) where cancelled_at is null;
