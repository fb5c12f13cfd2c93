-- The KP hub (issue #20): national systems connect to a kpcs hub and exchange signed messages.
--
-- At the hub: the authority public keys national systems register (approved by the Chair before they
-- enter the trust list), and every message received, kept by its sender and id (idempotent) with the
-- receipt it was answered.
create table hub_keys (
  participant text not null references participants (code),
  id text not null,
  public_key text not null,
  valid_from timestamptz not null,
  status text not null check (status in ('pending', 'approved', 'refused')),
  registered_at timestamptz not null,
  registered_by text not null,
  decided_at timestamptz,
  decided_by text,
  decision_note text,
  primary key (participant, id)
);

create table hub_messages (
  participant text not null references participants (code),   -- the sender
  id text not null,                                           -- the message id, unique per sender
  type text not null,
  receiver text not null,
  number text,                                                -- the certificate the message is about
  digest text not null,                                       -- SHA-256 of the message's canonical JSON: a replay must be the same message
  received_at timestamptz not null,
  receipt jsonb not null,
  primary key (participant, id)
);

-- A certificate received through the hub keeps its issuer's own log position in its document; the hub
-- enters it in its own log too. origin_log names the issuer's log (null: issued on this installation).
alter table certificates add column origin_log text;

-- At a national system: the durable outbox of messages to the hub, filled from the installation's log
-- (each issuance, confirmation and cancellation of its Participant, in log order), claimed under a
-- lease by one process at a time, sent outside any transaction, retried with backoff.
create table hub_outbox (
  participant text not null references participants (code),   -- the sender (this installation's Participant)
  seq bigint not null,                                        -- the log position of the event: the order of sending
  id text not null unique,                                    -- the message id
  type text not null,
  number text not null,
  message jsonb not null,
  created_at timestamptz not null,
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  claimed_by text,
  claimed_until timestamptz,
  last_error text,
  delivered_at timestamptz,
  receipt jsonb,
  primary key (participant, seq)
);
create index hub_outbox_pending on hub_outbox (participant, number, seq) where delivered_at is null;

-- At a national system: how far the log was read into the outbox, how far the hub's messages were
-- pulled, and which keys were registered. One row per Participant, locked (select … for update) by
-- whoever advances it.
create table hub_cursors (
  participant text not null references participants (code),
  outbox_log_index bigint not null default -1,
  pulled_after text not null default '',
  registered_keys jsonb not null default '[]',
  primary key (participant)
);

-- At a national system: the hub's messages applied, by id (a message pulled twice is applied once).
create table hub_applied (
  participant text not null references participants (code),
  id text not null,
  type text not null,
  number text,
  applied_at timestamptz not null,
  primary key (participant, id)
);

-- a message the hub refused for good (a 4xx other than "not yet"): kept, no longer blocking its certificate's later messages
alter table hub_outbox add column refused_at timestamptz;
