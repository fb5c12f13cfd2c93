-- Statistics, second step (0003_statistics.sql was already committed when these were added; a migration once
-- applied is never edited): per-partner sums for the mirror reconciliation, and questionnaires.

-- The same figures summed over HS codes, per partner: what the mirror reconciliation compares (the two
-- sides may classify the goods differently). Written with the rows, a third of their number.
create table statistics_trade_pairs (
  reporter text not null,
  period text not null,
  version integer not null,
  flow text not null check (flow in ('import', 'export')),
  partner text not null,
  carats numeric(18, 2) not null,
  value_usd numeric(20, 2) not null,
  certificates integer not null,
  primary key (reporter, period, version, flow, partner)
);

-- backfill: figures imported before this table existed
insert into statistics_trade_pairs (reporter, period, version, flow, partner, carats, value_usd, certificates)
select reporter, period, version, flow, partner, sum(carats), sum(value_usd), sum(certificates)
from statistics_trade group by reporter, period, version, flow, partner;

-- A significant jump in a Participant's own series raises a questionnaire to it, answered in the system.
create table statistics_questionnaires (
  participant text not null references participants (code),
  id uuid not null unique,
  kind text not null check (kind in ('trade', 'production')),
  period text not null,
  measure text not null,
  previous_period text not null,
  previous numeric(22, 2) not null,
  current numeric(22, 2) not null,
  change numeric(14, 6) not null,
  question text not null,
  status text not null check (status in ('open', 'answered', 'closed')),
  raised_at timestamptz not null,
  raised_by text not null,
  answer text,
  answered_at timestamptz,
  answered_by text,
  primary key (participant, id),
  unique (participant, period, measure)
);
