-- The Chair's keys: the key that signs the trust list belongs to the Chair of the year (a Participant).
-- Each new Chair key is endorsed by the previous one (a statement signed by the previous key, kept here
-- as canonical JSON) so a verifier who pinned an earlier key follows the chain to the current one.
create table chair_keys (
  id text primary key,
  participant text not null references participants (code),
  year integer not null,
  public_key text not null unique,
  private_key_enc text not null,
  valid_from timestamptz not null,
  valid_to timestamptz,
  endorsement text,
  created_at timestamptz not null default now()
);
-- one Chair key in service at a time
create unique index chair_keys_in_service on chair_keys ((valid_to is null)) where valid_to is null;
