-- The trust list as last signed (issue 18): signed once per change of what it lists, kept here and served
-- from here to every request of every process on the database, so that all of them serve the same bytes
-- under the same ETag. One row; replaced when the fingerprint of the listed state
-- (store.trustListGeneration) moves, when the Chair's year changes, and at least daily.
create table trust_list_published (
  id smallint primary key check (id = 1),
  -- the fingerprint of the listed state the list was signed from
  fingerprint text not null,
  generation bigint not null,
  -- the calendar year (UTC) it was signed in: a new year may bring a new Chair in office
  year integer not null,
  issued_at timestamptz not null,
  -- the signed list exactly as served (JSON), and its strong ETag
  body text not null,
  etag text not null
);
