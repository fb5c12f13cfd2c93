-- Stock accounts and stock reports of licensed companies (issue #21, point 2). The account itself is
-- computed from the certificates (confirmed imports in, exports out); what is stored is what a company
-- reports it counted, and each Participant's reporting period and whether it withholds issuance from a
-- company whose report is overdue.
create table stock_report_settings (
  participant text primary key,
  period_months integer not null check (period_months in (1, 3, 6, 12)),
  grace_days integer not null check (grace_days between 0 and 366),
  required_from date not null,          -- the first period that must be reported starts on or after this day
  withhold boolean not null,
  updated_at timestamptz not null,
  updated_by text not null
);

create table stock_reports (
  participant text not null,
  licence text not null,
  period_start date not null,
  period_end date not null,
  lines jsonb not null,                 -- [{hsCode, carats, valueUsd}]: the closing stock as the company counted it
  note text,
  filed_at timestamptz not null,
  filed_by text not null,
  primary key (participant, licence, period_start),
  foreign key (participant, licence) references companies (participant, licence)
);
