-- A checkpoint no longer shows how many audit entries the installation holds (anyone polling it could
-- watch sign-ins and every other audited act): its "kpcs-audit" line commits to the chain's head with a
-- salted hash, sha256("kpcs-audit/v1\n" salt "\n" entries "\n" head "\n"). The salt stays in the store,
-- beside the count and head it opens to, for `kpcs audit verify --checkpoint` (docs/security.md).
-- Checkpoints signed before carry the count and head in the open and no salt.
alter table log_checkpoints add column audit_salt text;
