-- W3C Verifiable Credentials (docs/credentials.md): each certificate's place in the public Bitstring
-- Status List (W3C Bitstring Status List v1.0), given once and kept. It is the position of the
-- certificate's issue entry in the transparency log: already unique, allocated in the issuing
-- transaction, and restored as it was by a backup (no sequence). A list of 131,072 bits holds the
-- positions [k·131072, (k+1)·131072).
alter table certificates add column status_index bigint;
update certificates set status_index = log_index;
alter table certificates alter column status_index set not null;
-- the status list is built from the database on each request: the cancelled certificates of a range
create index certificates_cancelled_status on certificates (status_index) where cancelled_at is not null;
