-- The log's keys and its witnesses can be revoked (a stolen log key, a compromised witness): from
-- revoked_at on, checkpoints the key signs and cosignatures the witness makes no longer count; those
-- made before stay valid. Published on the trust list and on GET /api/log/keys and /api/log/witnesses.
alter table scheme_keys add column revoked_at timestamptz;
alter table scheme_keys add column revocation_reason text;
alter table log_witnesses add column revoked_at timestamptz;
alter table log_witnesses add column revocation_reason text;

-- Confirmations and cancellations in the public log are salted (docs/security.md, "Disclosure"): the
-- record a leaf commits to carries a secret random salt (256 bits), kept here with the record, so its leaf
-- hash cannot be recomputed from a guessed number and guessable fields. Null for the records logged
-- before (their leaves stay as they were, unsalted, and verifiable as before).
alter table certificate_confirmations add column log_salt text;
alter table certificates add column cancel_salt text;

-- The cancelled certificates, few among many: what the trust list lists, and what tells a process whether
-- the list it signed last is still current (trust.ts, trustListGeneration), read from this index alone.
create index certificates_cancelled on certificates (participant, number) where cancelled_at is not null;
