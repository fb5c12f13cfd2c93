-- Statistics: submissions (versioned), quarterly trade and half-yearly production figures, the
-- working group's public releases, and the discrepancies of the mirror reconciliation with their notes.
-- The reporting Participant's code leads the key of every Participant-owned table.

-- One version of one Participant's figures for one period. A resubmission adds version n+1 and moves
-- `current` to it; earlier versions stay readable. The totals of the version are kept here so the
-- annual summary reads a few hundred rows, not the partner detail.
create table statistics_submissions (
  reporter text not null references participants (code),
  kind text not null check (kind in ('trade', 'production')),
  period text not null,
  version integer not null check (version >= 1),
  current boolean not null,
  year integer not null,
  submitted_at timestamptz not null,
  submitted_by text not null,
  submitted_by_user uuid,
  source text not null,
  row_count integer not null,
  exports_carats numeric(20, 2) not null default 0,
  exports_usd numeric(22, 2) not null default 0,
  exports_certificates bigint not null default 0,
  imports_carats numeric(20, 2) not null default 0,
  imports_usd numeric(22, 2) not null default 0,
  imports_certificates bigint not null default 0,
  production_carats numeric(20, 2) not null default 0,
  production_usd numeric(22, 2) not null default 0,
  primary key (reporter, kind, period, version),
  check (
    (kind = 'trade' and period ~ '^\d{4}-Q[1-4]$') or
    (kind = 'production' and period ~ '^\d{4}(-H[12])?$')
  )
);
create unique index statistics_submissions_current on statistics_submissions (reporter, kind, period) where current;
create index statistics_submissions_year on statistics_submissions (kind, year) where current;

create table statistics_trade (
  reporter text not null,
  period text not null,
  version integer not null,
  flow text not null check (flow in ('import', 'export')),
  partner text not null check (partner ~ '^[A-Z]{2}$'),
  hs_code text not null check (hs_code in ('7102.10', '7102.21', '7102.31')),
  carats numeric(16, 2) not null check (carats >= 0),
  value_usd numeric(18, 2) not null check (value_usd >= 0),
  certificates integer not null check (certificates >= 0),
  primary key (reporter, period, version, flow, partner, hs_code)
);

create table statistics_production (
  reporter text not null,
  period text not null,
  version integer not null,
  mining text not null check (mining in ('industrial', 'artisanal')),
  carats numeric(16, 2) not null check (carats >= 0),
  value_usd numeric(18, 2) not null check (value_usd >= 0),
  primary key (reporter, period, version, mining)
);

-- A year's annual summary as the working group released it (a re-release adds a version).
create table statistics_releases (
  year integer not null,
  version integer not null check (version >= 1),
  released_at timestamptz not null,
  released_by text not null,
  note text,
  summary jsonb not null,
  primary key (year, version)
);

-- A mirror discrepancy taken up by the working group: open → explained (by either side) → resolved.
create table statistics_discrepancies (
  exporter text not null,
  importer text not null,
  period text not null check (period ~ '^\d{4}-Q[1-4]$'),
  id uuid not null unique,
  status text not null check (status in ('open', 'explained', 'resolved')),
  exports_carats numeric(20, 2) not null,
  imports_carats numeric(20, 2) not null,
  exports_usd numeric(22, 2) not null,
  imports_usd numeric(22, 2) not null,
  opened_at timestamptz not null,
  opened_by text not null,
  outcome text,
  resolved_at timestamptz,
  resolved_by text,
  primary key (exporter, importer, period)
);

create table statistics_discrepancy_notes (
  exporter text not null,
  importer text not null,
  period text not null,
  seq integer not null,
  at timestamptz not null,
  author text not null,
  acting_for text,
  kind text not null check (kind in ('opened', 'explanation', 'comment', 'resolution')),
  text text not null,
  primary key (exporter, importer, period, seq),
  foreign key (exporter, importer, period) references statistics_discrepancies (exporter, importer, period)
);
