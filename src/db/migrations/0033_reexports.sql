-- Re-exports drawn against imports (issue #21, point 3): each re-export certificate's drawings on the
-- import certificates it names. The balance of an import is the carats confirmed received under it
-- less the drawings of re-exports not cancelled. Keyed by the re-exporting Participant (the issuer).
create table certificate_drawings (
  participant text not null,            -- the re-exporting Participant (issuer of the re-export)
  number text not null,                 -- the re-export certificate
  import_participant text not null,     -- the issuer of the import certificate drawn on
  import_number text not null,
  carats numeric(14, 2) not null,
  drawn_at timestamptz not null,
  primary key (participant, number, import_number)
);
-- the drawings on an import, for its balance
create index certificate_drawings_import on certificate_drawings (participant, import_number);
