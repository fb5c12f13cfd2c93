-- Plenary decisions and their translations, the three-year review's recommendations and priority
-- issues, and documents with access levels (content stored here, one row per language version).
-- The Gaborone 2006 facts are seeded below with fixed ids, their text quoted from A/61/589.
create table plenaries (
  id uuid primary key,
  name text not null,
  place text not null,
  starts_on date not null,
  ends_on date not null,
  check (ends_on >= starts_on)
);

create table plenary_decisions (
  id uuid primary key,
  plenary_id uuid not null references plenaries (id),
  number integer not null,
  title text not null,
  text_en text not null,
  source text,
  formally_adopted_on date,
  document_id uuid,
  created_at timestamptz not null default now(),
  unique (plenary_id, number)
);

-- one row per plenary language other than English, the text of the decision in that language
create table plenary_decision_translations (
  decision_id uuid not null references plenary_decisions (id),
  language text not null check (language in ('fr', 'pt', 'es', 'ru')),
  status text not null check (status in ('requested', 'provided', 'checked')),
  text text,
  requested_on date not null,
  provided_on date,
  checked_on date,
  checked_by text,
  primary key (decision_id, language),
  check (status = 'requested' or text is not null)
);

create table scheme_reviews (
  id text primary key,
  title text not null,
  adopted_on date not null,
  recommendations_adopted integer not null,
  document_id uuid
);

create table scheme_recommendations (
  id uuid primary key,
  review_id text not null references scheme_reviews (id),
  number integer,
  source text not null,
  text text not null,
  owner text,
  status text not null default 'not-started' check (status in ('not-started', 'in-progress', 'implemented', 'dropped')),
  updated_at timestamptz not null default now()
);

create table scheme_recommendation_updates (
  recommendation_id uuid not null references scheme_recommendations (id),
  id uuid not null,
  at timestamptz not null,
  author text not null,
  status_from text not null,
  status_to text not null,
  evidence text not null,
  primary key (recommendation_id, id)
);

create table priority_issues (
  id uuid primary key,
  review_id text not null references scheme_reviews (id),
  number integer not null,
  title text not null,
  unique (review_id, number)
);

create table priority_issue_recommendations (
  issue_id uuid not null references priority_issues (id),
  recommendation_id uuid not null references scheme_recommendations (id),
  primary key (issue_id, recommendation_id)
);

create table documents (
  id uuid primary key,
  title text not null,
  category text not null,
  published_on date not null,
  owner text,
  access text not null check (access in ('public', 'participants', 'participants-observers', 'group', 'un-bodies')),
  access_group text,
  access_organisations text[] not null default '{}',
  link text,
  created_by text not null,
  created_at timestamptz not null default now(),
  check ((access = 'group') = (access_group is not null))
);
create index documents_category on documents (category, published_on);

create table document_versions (
  document_id uuid not null references documents (id),
  language text not null check (language in ('en', 'fr', 'pt', 'es', 'ru')),
  filename text not null,
  media_type text not null,
  size integer not null,
  content bytea not null,
  text text,
  created_at timestamptz not null default now(),
  primary key (document_id, language)
);

-- The Gaborone plenary of 2006 (A/61/589, enclosure 1): decisions as English text, translations pending.
insert into plenaries (id, name, place, starts_on, ends_on) values
  ('6a0f0000-0000-4000-8000-000000002006', 'Gaborone Plenary 2006', 'Gaborone, Botswana', '2006-11-06', '2006-11-09');

insert into plenary_decisions (id, plenary_id, number, title, text_en, source) values
  ('6a0f0000-0000-4000-8001-000000000001', '6a0f0000-0000-4000-8000-000000002006', 1, 'Ghana to export only Ghanaian diamonds', 'Plenary decided that Ghana must take immediate steps to ensure that Ghana export only Ghanaian diamonds.', 'A/61/589, enclosure 1, para. 1'),
  ('6a0f0000-0000-4000-8001-000000000002', '6a0f0000-0000-4000-8000-000000002006', 2, 'Review mission to Ghana by 28 February 2007', 'The Plenary adopted an administrative decision to send a review mission to Ghana by 28 February 2007 to assess Ghana''s implementation of the agreed action plan.', 'A/61/589, para. 12'),
  ('6a0f0000-0000-4000-8001-000000000003', '6a0f0000-0000-4000-8000-000000002006', 3, 'Three-year review endorsed, 46 recommendations adopted', 'The plenary endorsed the conclusions of the Third Year Review of the KPCS prepared by the ad hoc Working Group adopting 46 recommendations to strengthen the Kimberley Process.', 'A/61/589, enclosure 1, para. 2'),
  ('6a0f0000-0000-4000-8001-000000000004', '6a0f0000-0000-4000-8000-000000002006', 4, 'Names of Participants that habitually fail to submit statistics published', 'The plenary agreed to: publish the names of participants which habitually fail to submit statistics.', 'A/61/589, enclosure 1, para. 2'),
  ('6a0f0000-0000-4000-8001-000000000005', '6a0f0000-0000-4000-8000-000000002006', 5, 'Requirements related to illegal shipments highlighted', 'The plenary agreed to: highlight requirements related to illegal shipments.', 'A/61/589, enclosure 1, para. 2'),
  ('6a0f0000-0000-4000-8001-000000000006', '6a0f0000-0000-4000-8000-000000002006', 6, 'Proposals on interim measures including suspension', 'The plenary agreed to: develop proposals related to interim measures including possible suspension in cases of significant non-compliance.', 'A/61/589, enclosure 1, para. 2'),
  ('6a0f0000-0000-4000-8001-000000000007', '6a0f0000-0000-4000-8000-000000002006', 7, 'Working Group on Artisanal-Alluvial Production created', 'The plenary agreed to: the creation of the Working Group on Artisanal-Alluvial Production.', 'A/61/589, enclosure 1, para. 2'),
  ('6a0f0000-0000-4000-8001-000000000008', '6a0f0000-0000-4000-8000-000000002006', 8, 'Four priority issues for the year ahead', 'The plenary agreed that four other issues would receive priority attention in the year ahead: funding and resource requirements; improving statistical data gathering and analysis; effective and credible government oversight of industry; and the treatment of illegal shipments.', 'A/61/589, enclosure 1, para. 2'),
  ('6a0f0000-0000-4000-8001-000000000009', '6a0f0000-0000-4000-8000-000000002006', 9, 'Stronger internal controls standards', 'Responding to calls from participants, civil society and the World Diamond Council, the plenary agreed on stronger internal controls standards for participants which produce, trade, cut and polish diamond.', 'A/61/589, enclosure 1, para. 3'),
  ('6a0f0000-0000-4000-8001-000000000010', '6a0f0000-0000-4000-8000-000000002006', 10, 'Review mission to Venezuela', 'The plenary called for a review mission to Venezuela to investigate compliance with Kimberley Process obligations.', 'A/61/589, enclosure 1, para. 4'),
  ('6a0f0000-0000-4000-8001-000000000011', '6a0f0000-0000-4000-8000-000000002006', 11, 'Release of summary statistics for 2004 and 2005', 'The plenary endorsed the concept of transparency in statistical reporting by approving the immediate release of Kimberley Process summary data on trade and production, by value and volume, and certificate counts for 2004 and 2005 data.', 'A/61/589, enclosure 1, para. 6'),
  ('6a0f0000-0000-4000-8001-000000000012', '6a0f0000-0000-4000-8000-000000002006', 12, 'Seminar on diamond origin determination', 'The plenary requested the WGDE organize a seminar on diamond origin determination.', 'A/61/589, enclosure 1, para. 9'),
  ('6a0f0000-0000-4000-8001-000000000013', '6a0f0000-0000-4000-8000-000000002006', 13, 'WGDE mandate on classification and a photo table', 'The plenary mandated the WGDE to approach the Harmonized System Committee of the World Customs Organization to advance classification issues and prepare a photo table.', 'A/61/589, enclosure 1, para. 10'),
  ('6a0f0000-0000-4000-8001-000000000014', '6a0f0000-0000-4000-8000-000000002006', 14, 'Chair 2007 and Vice-Chair elected', 'The Kimberley Process Chair''s authority was transferred to the European Community for the year 2007. India was elected Vice-Chair for 2007. Russia was appointed to chair the Rules of Procedure committee.', 'A/61/589, enclosure 1, para. 14');

insert into plenary_decision_translations (decision_id, language, status, requested_on)
  select d.id, l.language, 'requested', '2006-11-09'
  from plenary_decisions d cross join (values ('fr'), ('pt'), ('es'), ('ru')) as l (language);

-- The three-year review (A/61/589, enclosure 2). The report does not list the 46 recommendations
-- verbatim: the rows below quote the review's findings as the report summarises them (para. 22),
-- without the review's own numbers; the remaining recommendations are to be entered from the review itself.
insert into scheme_reviews (id, title, adopted_on, recommendations_adopted) values
  ('three-year-review-2006', 'Third year review of the KPCS (ad hoc Working Group on the review, October 2006)', '2006-11-09', 46);

insert into scheme_recommendations (id, review_id, number, source, text, owner) values
  ('6a0f0000-0000-4000-8002-000000000001', 'three-year-review-2006', null, 'A/61/589, para. 22.3', 'The KP website, both the Participant and public sections, respectively, could be improved to include more documentation as appropriate, and organized to show clearly what it contains. All Plenary documents should be made available in the working languages of the Plenary. Moreover all documents generated by the peer review system should be made accessible more systematically to all Participants and Observers, and to selected international organizations, notably in the UN system.', null),
  ('6a0f0000-0000-4000-8002-000000000002', 'three-year-review-2006', null, 'A/61/589, para. 22.12', 'A number of possible improvements to this system have been identified by the Working Group on Monitoring and it is intended that these will be implemented in a second round of review visits.', 'WGM'),
  ('6a0f0000-0000-4000-8002-000000000003', 'three-year-review-2006', null, 'A/61/589, para. 22.13', 'With three years'' of data collected, the emphasis now should move to analysis of the data.', 'WGS'),
  ('6a0f0000-0000-4000-8002-000000000004', 'three-year-review-2006', null, 'A/61/589, para. 22.14', 'In order to make dispute resolution more transparent, however, it may be necessary to develop and adopt criteria for the removal of the countries from the list of KPCS Participants.', null),
  ('6a0f0000-0000-4000-8002-000000000005', 'three-year-review-2006', null, 'A/61/589, para. 22.15', 'Participants agreed to look into possible interim measures which could be used for Participants that fail to comply with the Scheme''s requirements. This could be a stage before removal of a Participant from the list.', 'PC');

insert into priority_issues (id, review_id, number, title) values
  ('6a0f0000-0000-4000-8003-000000000001', 'three-year-review-2006', 1, 'Funding and resource requirements'),
  ('6a0f0000-0000-4000-8003-000000000002', 'three-year-review-2006', 2, 'Improving statistical data gathering and analysis'),
  ('6a0f0000-0000-4000-8003-000000000003', 'three-year-review-2006', 3, 'Effective and credible government oversight of the diamond industry'),
  ('6a0f0000-0000-4000-8003-000000000004', 'three-year-review-2006', 4, 'The treatment of illegal shipments');

insert into priority_issue_recommendations (issue_id, recommendation_id) values
  ('6a0f0000-0000-4000-8003-000000000002', '6a0f0000-0000-4000-8002-000000000003');
