-- Footprints of origin: reference size-frequency distributions per producing area (run-of-mine samples,
-- normalised to the trade's sieve classes), and the photo table of typical production per area.
create table footprint_references (
  participant text not null references participants (code),
  id uuid not null unique,
  area text not null,
  sample text not null,
  source text not null,
  -- the day the sample was taken, when the source says
  sampled_on date,
  -- illustrative demo data, never to be presented as a real footprint
  synthetic boolean not null default false,
  scheme text not null,
  -- the classes on the reference scheme: [{ sieveClass, lower, upper, stones, carats, written }]
  classes jsonb not null,
  stones integer not null,
  carats numeric(18, 2) not null,
  created_at timestamptz not null,
  created_by text not null,
  primary key (participant, id)
);
create index footprint_references_area on footprint_references (participant, area);

create table footprint_photos (
  participant text not null,
  reference_id uuid not null,
  id uuid not null unique,
  content_type text not null check (content_type in ('image/png', 'image/jpeg')),
  caption text not null,
  bytes bytea not null,
  size integer not null,
  uploaded_at timestamptz not null,
  uploaded_by text not null,
  primary key (participant, reference_id, id),
  foreign key (participant, reference_id) references footprint_references (participant, id)
);
