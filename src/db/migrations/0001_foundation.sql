-- The foundation: the Participant registry with its history, accounts, the audit chain, the outbox.
-- Portable to distributed PostgreSQL: uuid or natural keys, the Participant code leading the key of
-- every Participant-owned table (the future distribution column), no triggers, no advisory locks.

create table participants (
  code text primary key check (code ~ '^[A-Z]{2}$'),
  name text not null,
  kind text not null check (kind in ('country', 'regional_organisation', 'trading_entity')),
  language text not null default 'en' check (language in ('en', 'fr', 'pt', 'es', 'ru')),
  authority_name text,
  authority_address text,
  authority_email text,
  certificate_validity_days integer not null default 60 check (certificate_validity_days between 1 and 366),
  created_at timestamptz not null default now()
);

-- Status is time-aware: [valid_from, valid_to), valid_to null = in force.
create table participant_status (
  participant text not null references participants (code),
  id uuid not null,
  status text not null check (status in ('applicant', 'participant', 'trading_entity', 'suspended', 'removed', 'withdrawn', 'non_participant')),
  valid_from date not null,
  valid_to date,
  from_precision text not null default 'day' check (from_precision in ('day', 'year')),
  basis text,
  note text,
  source text,
  recorded_at timestamptz not null default now(),
  primary key (participant, id),
  check (valid_to is null or valid_to > valid_from)
);

-- Countries a Participant speaks for (the European Community's member states).
create table participant_members (
  participant text not null references participants (code),
  country text not null check (country ~ '^[A-Z]{2}$'),
  valid_from date not null,
  valid_to date,
  primary key (participant, country)
);
create unique index participant_members_country on participant_members (country);

create table un_measures (
  target text not null references participants (code),
  id uuid not null,
  kind text not null check (kind in ('embargo', 'sanctions')),
  basis text not null,
  valid_from date not null,
  valid_to date,
  note text,
  primary key (target, id)
);

create table organisations (
  id text primary key check (id ~ '^[A-Z][A-Z0-9-]{1,15}$'),
  name text not null,
  kind text not null check (kind in ('industry', 'civil_society', 'un_body', 'international', 'installation'))
);

create table chairs (
  year integer primary key,
  chair text not null references participants (code),
  vice_chair text references participants (code)
);

create table working_groups (
  id text primary key,
  name text not null,
  chair text not null,
  established date,
  note text
);

-- member is a Participant code or an organisation id
create table working_group_members (
  group_id text not null references working_groups (id),
  member text not null,
  role text not null default 'member' check (role in ('member', 'coordinator')),
  region text,
  primary key (group_id, member)
);

create table plenary_observers (
  year integer not null,
  member text not null,
  note text,
  primary key (year, member)
);

create table users (
  id uuid primary key,
  login text not null unique check (login ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
  name text not null,
  participant text references participants (code),
  organisation text references organisations (id),
  roles text[] not null,
  groups text[] not null default '{}',
  password_hash text,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  check (participant is null or organisation is null)
);

create table api_tokens (
  id uuid primary key,
  user_id uuid not null references users (id),
  token_hash text not null unique,
  label text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

create table sessions (
  id_hash text primary key,
  user_id uuid not null references users (id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

-- Append-only, hash-chained: each entry's hash covers its content and the previous hash, and the
-- unique prev_hash makes a fork (two writers chaining onto one head) impossible.
create table audit_log (
  seq bigint primary key,
  id uuid not null unique,
  at timestamptz not null,
  actor_user uuid,
  actor_name text not null,
  acting_for text,
  action text not null,
  subject text,
  details jsonb not null,
  prev_hash text not null unique,
  hash text not null unique
);

-- Work for after the commit (notifications, log publication), instead of triggers or LISTEN/NOTIFY.
create table outbox (
  id uuid primary key,
  topic text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  processed_at timestamptz
);
create index outbox_pending on outbox (created_at) where processed_at is null;
