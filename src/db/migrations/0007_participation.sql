-- Governance: applications for participation with their checklist, the Chair's status decisions,
-- annual reports of Participants, working-group membership dates and meetings.
-- Participant-owned tables lead their key with the Participant code; ids are uuids made by the app
-- (the nine seeded 2006 applications use gen_random_uuid()).

create table participation_applications (
  -- a registry code; no foreign key so that the 2006 applications below can be seeded on a fresh
  -- store before the registry itself (seeded after the migrations); the service checks the code
  applicant text not null,
  id uuid not null,
  status text not null default 'submitted' check (status in ('submitted', 'admitted', 'refused')),
  submitted_on date not null,
  note text,
  decided_on date,
  decision_reason text,
  decided_by text,
  created_at timestamptz not null default now(),
  primary key (applicant, id),
  check ((status = 'submitted') = (decided_on is null)),
  check (status <> 'refused' or decision_reason is not null)
);
-- one open application per applicant
create unique index participation_applications_open on participation_applications (applicant) where status = 'submitted';

-- one row per minimum requirement of an application: the applicant's evidence, the committee's review
create table participation_requirements (
  applicant text not null,
  application_id uuid not null,
  requirement text not null,
  evidence text,
  evidence_at timestamptz,
  review text check (review in ('met', 'not_met')),
  comment text,
  reviewed_by text,
  reviewed_at timestamptz,
  primary key (applicant, application_id, requirement),
  foreign key (applicant, application_id) references participation_applications (applicant, id)
);

-- the Chair's decisions on a Participant's status (on the Participation Committee's recommendation)
create table status_decisions (
  participant text not null references participants (code),
  id uuid not null,
  kind text not null check (kind in ('interim_measures', 'suspension', 'removal', 'readmission')),
  effective_on date not null,
  reason text not null,
  basis text not null,
  decided_by text not null,
  created_at timestamptz not null default now(),
  primary key (participant, id)
);

create table annual_reports (
  participant text not null references participants (code),
  id uuid not null,
  year integer not null check (year between 2003 and 2100),
  body text not null,
  attachment_name text,
  attachment text,
  submitted_at timestamptz not null,
  submitted_by text not null,
  status text not null default 'submitted' check (status in ('submitted', 'assessed')),
  outcome text check (outcome in ('satisfactory', 'follow_up', 'unsatisfactory')),
  comments text,
  assessed_by text,
  assessed_at timestamptz,
  primary key (participant, id),
  unique (participant, year),
  check ((status = 'assessed') = (outcome is not null))
);

-- membership of a working group has dates (null: not known from A/61/589 / still a member)
alter table working_group_members add column since date;
alter table working_group_members add column until date;

create table working_group_meetings (
  group_id text not null references working_groups (id),
  id uuid not null,
  held_on date not null,
  place text not null,
  agenda text not null,
  minutes text,
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (group_id, id)
);

-- The nine applications pending in 2006 (A/61/589 gives neither their dates nor their evidence).
insert into participation_applications (applicant, id, status, submitted_on, note)
select code, gen_random_uuid(), 'submitted', date '2006-01-01', 'pending with the Participation Committee in 2006 (A/61/589); the date of application is not in A/61/589'
from (values ('CM'), ('CV'), ('GA'), ('ML'), ('MX'), ('PH'), ('SZ'), ('TN'), ('TR')) as a (code);
