-- Kimberley Process certificates: numbering, the authority key registry, the certificates, import
-- confirmations, border checks and the public transparency log (RFC 9162 Merkle tree).
-- Participant-owned tables lead their key with the Participant code; numbers come from a counter row
-- per (Participant, year) taken in the issuing transaction, no sequences.

create table certificate_counters (
  participant text not null references participants (code),
  year integer not null,
  last_seq integer not null check (last_seq >= 0),
  primary key (participant, year)
);

-- Ed25519 keys of each Participant's authority. The private key is stored encrypted (AES-256-GCM under
-- the installation's master key). A key signs certificates dated in [valid_from, valid_to); after
-- revoked_at its signatures no longer count, those dated before stay valid.
create table authority_keys (
  participant text not null references participants (code),
  id text not null unique,
  public_key text not null unique,
  private_key_enc text not null,
  valid_from timestamptz not null,
  valid_to timestamptz,
  revoked_at timestamptz,
  revocation_reason text,
  created_at timestamptz not null default now(),
  primary key (participant, id),
  check (valid_to is null or valid_to > valid_from)
);
-- one key in service per Participant: two first issuances racing cannot both create one
create unique index authority_keys_in_service on authority_keys (participant) where valid_to is null and revoked_at is null;

-- The scheme's own keys: the trust-list signer and the log's tree-head signer.
create table scheme_keys (
  purpose text not null check (purpose in ('trust-list', 'log')),
  id text not null unique,
  public_key text not null unique,
  private_key_enc text not null,
  valid_from timestamptz not null,
  valid_to timestamptz,
  created_at timestamptz not null default now(),
  primary key (purpose, id)
);
create unique index scheme_keys_in_service on scheme_keys (purpose) where valid_to is null;

create table certificates (
  participant text not null references participants (code),
  id uuid not null,
  number text not null,
  year integer not null,
  seq integer not null,
  country_of_export text not null,
  importer_participant text not null,
  importer_country text not null,
  issued_at timestamptz not null,
  expires_at timestamptz not null,
  key_id text not null,
  -- the signed document exactly as issued (text, not jsonb: its bytes are what the holder has)
  document text not null,
  body_hash text not null,
  log_index bigint not null,
  carats numeric(14, 2) not null,
  value_usd numeric(16, 2) not null,
  parcels integer not null,
  cancelled_at timestamptz,
  cancel_reason text check (cancel_reason in ('lost', 'void', 'replaced', 'error')),
  cancel_note text,
  replaced_by text,
  issued_by text not null,
  primary key (participant, id),
  -- the number (prefix, year, sequence) is unique per Participant: a duplicate cannot be written
  unique (participant, number)
);
create index certificates_importer on certificates (importer_participant, issued_at);
create index certificates_issued on certificates (participant, issued_at);

-- An exporter's application for a certificate, approved (the certificate is issued) or refused by an
-- officer of its Participant's authority.
create table certificate_applications (
  participant text not null references participants (code),
  id uuid not null unique,
  request text not null,
  status text not null check (status in ('pending', 'approving', 'approved', 'refused')),
  submitted_by text not null,
  submitted_by_user uuid,
  submitted_at timestamptz not null,
  decided_by text,
  decided_at timestamptz,
  reason text,
  certificate_number text,
  primary key (participant, id)
);
create index certificate_applications_status on certificate_applications (participant, status, submitted_at);

-- The importing authority's confirmation of receipt. Unique per certificate: confirmed once, and of
-- two concurrent confirmations exactly one commits.
create table certificate_confirmations (
  participant text not null references participants (code),
  id uuid not null,
  certificate_participant text not null,
  certificate_number text not null,
  parcels integer not null,
  carats numeric(14, 2) not null,
  seals_intact boolean not null,
  received_on date not null,
  mismatches jsonb not null,
  flagged boolean not null,
  note text,
  confirmed_at timestamptz not null,
  confirmed_by text not null,
  log_index bigint not null,
  primary key (participant, id),
  unique (certificate_participant, certificate_number),
  foreign key (certificate_participant, certificate_number) references certificates (participant, number)
);

-- Customs checks at the border against a number (known or not), and transit records (seals checked, unopened).
create table border_checks (
  participant text not null references participants (code),
  id uuid not null,
  kind text not null check (kind in ('export', 'import', 'transit')),
  certificate_number text not null,
  certificate_known boolean not null,
  verdict text not null,
  seals_intact boolean,
  unopened boolean,
  note text,
  checked_at timestamptz not null,
  checked_by text not null,
  primary key (participant, id)
);
create index border_checks_number on border_checks (certificate_number);

-- The transparency log. log_entries: one per event, in order (what happened to which number; the leaf
-- hash commits to the record without carrying it). log_nodes: every complete aligned subtree's hash
-- (level 0 = the leaves), so appends and proofs touch O(log n) rows. log_head: the size, one row, which
-- serializes appends. The log is the scheme's, not a Participant's: its key is the position.
create table log_entries (
  idx bigint primary key check (idx >= 0),
  event text not null check (event in ('issued', 'confirmed', 'cancelled')),
  participant text not null,
  number text not null,
  at timestamptz not null,
  record_hash text not null
);
create index log_entries_number on log_entries (number, event);

create table log_nodes (
  level smallint not null check (level between 0 and 62),
  idx bigint not null check (idx >= 0),
  hash text not null,
  primary key (level, idx)
);

create table log_head (
  id smallint primary key check (id = 1),
  size bigint not null check (size >= 0)
);
insert into log_head (id, size) values (1, 0);
