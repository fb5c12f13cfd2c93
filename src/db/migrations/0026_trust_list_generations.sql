-- The trust list's generation (docs/trust-model.md, "A list cannot be rolled back"): a number that grows
-- by one each time anything the list carries changes (a key, a revocation, a witness, the Chair, a
-- cancellation). Every list states its generation and every checkpoint of the log commits to the
-- generation current when it was signed (its "kpcs-trust" line), so a verifier that holds a checkpoint,
-- or remembers the newest list it accepted, refuses an older list, however genuinely signed.
create table trust_list_generations (
  generation bigint primary key,
  -- the fingerprint of the listed state (store.trustListFingerprint) this generation was given to
  fingerprint text not null,
  at timestamptz not null
);
