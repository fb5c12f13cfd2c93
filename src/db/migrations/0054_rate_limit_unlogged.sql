-- Rate-limit counters (0028) without the write-ahead log: a counter lost in a crash costs nothing (the
-- table is emptied at recovery, every client starts its minute again), and a transaction that writes
-- only to an unlogged table commits without waiting for the disk. So each request's count is one
-- statement, with no transaction of its own around it. Not replicated to a standby, which serves no
-- counted request (a standby refuses writes).
alter table rate_limit_counts set unlogged;
