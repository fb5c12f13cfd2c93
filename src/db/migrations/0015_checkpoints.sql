-- Checkpoints of the transparency log (C2SP tlog-checkpoint, signed notes by the log key), kept so that
-- any checkpoint ever issued can be served again and every process serving one store signs from the
-- same state; the witnesses registered to cosign them (C2SP tlog-cosignature), and their cosignatures.
create table log_checkpoints (
  -- SHA-256 of the note body (hex): no sequence, so a backup restores as it was
  id text primary key,
  tree_size bigint not null,
  root_hash text not null,
  audit_entries bigint not null,
  audit_head text not null,
  signed_at timestamptz not null,
  key_id text not null,
  -- the note body (origin, size, root, extension lines) and the log's signature line
  body text not null,
  signature text not null
);
-- one checkpoint per state of the log and the audit chain per log key: processes racing to sign the same
-- state converge on one row
create unique index log_checkpoints_state on log_checkpoints (tree_size, audit_entries, key_id);
create index log_checkpoints_latest on log_checkpoints (tree_size desc, signed_at desc);

create table log_witnesses (
  name text primary key,
  key_id text not null unique,
  public_key text not null unique,
  valid_from timestamptz not null,
  valid_to timestamptz,
  added_by text not null
);

create table log_cosignatures (
  checkpoint_id text not null references log_checkpoints (id),
  witness text not null references log_witnesses (name),
  line text not null,
  cosigned_at timestamptz not null,
  primary key (checkpoint_id, witness)
);
