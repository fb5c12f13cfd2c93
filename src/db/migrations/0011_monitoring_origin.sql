-- Monitoring of origin (issue 5 items 1, 4): production-capacity assessments of a Participant or of
-- one of its producing areas; reports of incoming shipments suspected of embargoed origin, their
-- links to findings, and the enforcement actions (seizures, prosecutions) reported against them.
create table capacity_assessments (
  participant text not null,
  id uuid not null,
  -- null: the whole Participant; else a producing area (e.g. 'Akwatia', 'Bonsa Valley')
  area text,
  min_carats numeric(16, 2) not null check (min_carats >= 0),
  max_carats numeric(16, 2) not null check (max_carats >= min_carats),
  min_usd numeric(18, 2) check (min_usd >= 0),
  max_usd numeric(18, 2) check (max_usd >= 0),
  source text not null,
  assessed_on date not null,
  note text,
  created_at timestamptz not null,
  created_by text not null,
  updated_at timestamptz not null,
  primary key (participant, id)
);
create index capacity_assessments_day on capacity_assessments (participant, assessed_on);

create table suspicious_shipments (
  -- the reporting Participant (whose authority met the shipment)
  participant text not null,
  id uuid not null,
  reported_on date not null,
  suspected_origin text not null,
  declared_origin text,
  certificate_number text,
  -- what verification said of the certificate when the report was filed (genuine, cancelled, not-in-log…)
  certificate_verdict text,
  carats numeric(16, 2) not null check (carats > 0),
  value_usd numeric(18, 2) check (value_usd >= 0),
  exporter text not null,
  exporter_country text,
  description text not null,
  status text not null default 'open' check (status in ('open', 'closed')),
  reported_by text not null,
  reported_by_user uuid,
  created_at timestamptz not null,
  primary key (participant, id)
);
create index suspicious_shipments_day on suspicious_shipments (reported_on);

create table shipment_finding_links (
  participant text not null,
  shipment_id uuid not null,
  finding_participant text not null,
  finding_id uuid not null,
  linked_at timestamptz not null,
  linked_by text not null,
  primary key (participant, shipment_id, finding_participant, finding_id),
  foreign key (participant, shipment_id) references suspicious_shipments (participant, id),
  foreign key (finding_participant, finding_id) references findings (participant, id)
);

create table enforcement_actions (
  participant text not null,
  shipment_id uuid not null,
  id uuid not null,
  kind text not null check (kind in ('seizure', 'prosecution', 'other')),
  taken_on date not null,
  outcome text not null,
  carats numeric(16, 2) check (carats >= 0),
  value_usd numeric(18, 2) check (value_usd >= 0),
  penalty_usd numeric(18, 2) check (penalty_usd >= 0),
  note text,
  reported_by text not null,
  created_at timestamptz not null,
  primary key (participant, shipment_id, id),
  foreign key (participant, shipment_id) references suspicious_shipments (participant, id)
);
