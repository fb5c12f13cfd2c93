-- The log's keys and its witnesses can be revoked (a stolen log key, a compromised witness): from
-- revoked_at on, checkpoints the key signs and cosignatures the witness makes no longer count; those
-- made before stay valid. Published on the trust list and on GET /api/log/keys and /api/log/witnesses.
alter table scheme_keys add column revoked_at timestamptz;
alter table scheme_keys add column revocation_reason text;
alter table log_witnesses add column revoked_at timestamptz;
alter table log_witnesses add column revocation_reason text;
