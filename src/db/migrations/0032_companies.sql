-- Licensed companies (issue #21, point 1): a register per Participant. Once a Participant's register
-- holds a licence valid on a day, its certificates of that day name only companies licensed then.
create table companies (
  participant text not null,
  licence text not null,               -- the authority's licence number, e.g. BW-L-0001
  name text not null,
  name_key text not null,              -- the name as matched: NFC, trimmed, spaces collapsed, lower case
  address text,
  valid_from date not null,
  valid_to date,                       -- the last day of the licence (none: until suspended)
  suspended_at timestamptz,
  suspended_by text,
  suspend_reason text,
  registered_at timestamptz not null,
  registered_by text not null,
  primary key (participant, licence)
);
create unique index companies_name on companies (participant, name_key);

-- A company user acts for one company of its Participant: it applies only in that company's name.
create table company_users (
  participant text not null,
  user_id uuid not null,
  licence text not null,
  primary key (participant, user_id)
);
