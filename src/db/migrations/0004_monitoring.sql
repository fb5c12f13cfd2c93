-- Monitoring findings and their workflow: a finding is found again by every analysis of its year
-- (same type, Participant and period) and keeps its status, assignee, outcome and comments.
create table findings (
  participant text not null,
  id uuid not null,
  type text not null,
  period text not null,
  severity text not null check (severity in ('low', 'medium', 'high')),
  summary text not null,
  evidence jsonb not null,
  status text not null default 'open' check (status in ('open', 'acknowledged', 'closed')),
  assignee text,
  outcome text,
  first_seen timestamptz not null,
  last_seen timestamptz not null,
  primary key (participant, id),
  unique (participant, type, period)
);
create index findings_period on findings (period);

create table finding_comments (
  participant text not null,
  finding_id uuid not null,
  id uuid not null,
  at timestamptz not null,
  author text not null,
  text text not null,
  primary key (participant, finding_id, id),
  foreign key (participant, finding_id) references findings (participant, id)
);
