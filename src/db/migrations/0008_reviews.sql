-- Peer review (review visits and missions, their teams, reports, recommendations and follow-up action
-- plans) and technical assistance (needs, offers, the coordinator, programmes). Everything a reviewed
-- Participant owns is keyed (participant, id). Participant codes are not foreign keys: the registry is
-- seeded after the migrations, and the services check codes against it.
create table reviews (
  participant text not null,
  id uuid not null,
  kind text not null check (kind in ('visit', 'mission')),
  status text not null default 'invited' check (status in ('invited', 'scheduled', 'done', 'cancelled')),
  purpose text not null,
  basis text,
  invited_on date not null,
  due_by date,
  scheduled_from date,
  scheduled_to date,
  done_on date,
  cancelled_reason text,
  report_text text,
  report_status text check (report_status in ('submitted', 'adopted')),
  report_submitted_at timestamptz,
  report_submitted_by text,
  report_adopted_at timestamptz,
  report_adopted_by text,
  shared_with_un boolean not null default false,
  shared_by text,
  shared_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (participant, id),
  check (scheduled_to is null or scheduled_from is null or scheduled_to >= scheduled_from)
);
create index reviews_invited on reviews (invited_on);

-- members of a review team: a Participant or an observer organisation, the person, one leader
create table review_team (
  participant text not null,
  review_id uuid not null,
  id uuid not null,
  member text not null,
  person text not null,
  leader boolean not null default false,
  primary key (participant, review_id, id),
  unique (participant, review_id, member, person),
  foreign key (participant, review_id) references reviews (participant, id)
);

create table review_recommendations (
  participant text not null,
  review_id uuid not null,
  id uuid not null,
  position integer not null,
  text text not null,
  created_at timestamptz not null default now(),
  primary key (participant, review_id, id),
  foreign key (participant, review_id) references reviews (participant, id)
);

-- follow-up action plans of a Participant, usually of a review; items with an owner and a deadline
create table action_plans (
  participant text not null,
  id uuid not null,
  review_id uuid,
  title text not null,
  basis text,
  created_at timestamptz not null default now(),
  primary key (participant, id),
  foreign key (participant, review_id) references reviews (participant, id)
);

create table action_items (
  participant text not null,
  plan_id uuid not null,
  id uuid not null,
  description text not null,
  owner text not null,
  deadline date not null,
  status text not null default 'open' check (status in ('open', 'done')),
  evidence text,
  done_on date,
  done_by text,
  created_at timestamptz not null default now(),
  primary key (participant, plan_id, id),
  foreign key (participant, plan_id) references action_plans (participant, id),
  check (status = 'open' or evidence is not null)
);
create index action_items_due on action_items (status, deadline);

-- coverage figures reported by the scheme before per-visit records exist (a recorded baseline, never
-- mixed with figures computed from records)
create table review_coverage_baselines (
  year integer primary key,
  participants_visited integer not null,
  participants_visited_or_invited integer not null,
  source text not null
);

-- technical assistance
create table assistance_coordinators (
  member text primary key,
  designated_on date not null,
  designated_by text not null,
  note text
);

create table assistance_needs (
  participant text not null,
  id uuid not null,
  title text not null,
  description text not null,
  area text not null,
  status text not null default 'open' check (status in ('open', 'matched', 'withdrawn')),
  declared_by text not null,
  declared_at timestamptz not null,
  primary key (participant, id)
);

create table assistance_offers (
  donor text not null,
  id uuid not null,
  title text not null,
  description text not null,
  area text not null,
  status text not null default 'open' check (status in ('open', 'withdrawn')),
  declared_by text not null,
  declared_at timestamptz not null,
  primary key (donor, id)
);

create table assistance_programmes (
  participant text not null,
  id uuid not null,
  need_id uuid not null,
  donor text not null,
  offer_id uuid not null,
  title text not null,
  status text not null default 'proposed' check (status in ('proposed', 'agreed', 'running', 'completed', 'cancelled')),
  starts_on date,
  ends_on date,
  coordinator text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (participant, id),
  foreign key (participant, need_id) references assistance_needs (participant, id),
  foreign key (donor, offer_id) references assistance_offers (donor, id)
);

-- 2006 facts of A/61/589: the Ghana review mission due by 28 February 2007 with the action
-- plan agreed with Ghana (three months), the Venezuela mission, the coverage reported at Gaborone, the
-- United States as coordinator of technical assistance since the Moscow plenary (2005)
insert into reviews (participant, id, kind, status, purpose, basis, invited_on, due_by, created_at) values
  ('GH', '6a0c0e5e-2006-4a00-8000-000000000001', 'mission', 'invited',
   'assess Ghana''s implementation of the agreed action plan',
   'administrative decision of the Gaborone plenary (6-9 November 2006), A/61/589 para 12 and enclosure 1; Ghana invited a review mission in three months (para 24). Invited on: the last day of the plenary (the exact day is not in A/61/589).',
   '2006-11-09', '2007-02-28', '2006-11-09T00:00:00Z'),
  ('VE', '6a0c0e5e-2006-4a00-8000-000000000002', 'mission', 'invited',
   'fact-finding review mission on Venezuela''s control over diamond production and exports',
   'called for by the Gaborone plenary (6-9 November 2006), A/61/589 para 26 and communique para 4; A/61/589 gives no date. Invited on: the last day of the plenary.',
   '2006-11-09', null, '2006-11-09T00:00:00Z');

insert into action_plans (participant, id, review_id, title, basis, created_at) values
  ('GH', '6a0c0e5e-2006-4a00-8000-000000000011', '6a0c0e5e-2006-4a00-8000-000000000001',
   'Action plan to remedy the weaknesses in Ghana''s internal controls',
   'developed and agreed with the Government of Ghana, Gaborone plenary 2006 (A/61/589 para 12): a period of three months to address certain internal control issues',
   '2006-11-09T00:00:00Z');

insert into action_items (participant, plan_id, id, description, owner, deadline, created_at) values
  ('GH', '6a0c0e5e-2006-4a00-8000-000000000011', '6a0c0e5e-2006-4a00-8000-000000000021',
   'Address the internal control issues identified in Ghana''s diamond handling system (three months from the Gaborone plenary; deadline counted from its last day, 9 November 2006)',
   'GH', '2007-02-09', '2006-11-09T00:00:00Z');

insert into review_coverage_baselines (year, participants_visited, participants_visited_or_invited, source) values
  (2006, 34, 42, 'reported at the Gaborone plenary 2006: 34 Participants had received review visits; 42 had received or invited them (communique para 8; the report''s para 10 says 43 of 47). Figures only: A/61/589 lists no individual visits.');

insert into assistance_coordinators (member, designated_on, designated_by, note) values
  ('US', '2005-11-17', 'seed', 'coordinator of technical assistance since the Moscow plenary of 2005 (A/61/589 paras 19 and 22.17); the exact day is not in A/61/589: the plenary''s last day is used');
