-- The transparency log keeps each leaf once, in its entry, and of the subtrees above the leaves only those
-- of 16 leaves and more: a subtree of 2, 4 or 8 leaves is folded from its leaves when a root or a proof
-- asks for it (certificates/log-store.ts FIRST_KEPT_LEVEL), at most 15 hashes. Before, log_nodes held
-- every complete subtree, about two nodes a leaf, four a certificate: 465 bytes a certificate of the
-- twenty-year world's store. The entries' record hashes are kept as their 32 bytes, as the nodes' hashes
-- are (0055). The program reads and writes both as hex (encode/decode in its statements). The hashes, the
-- roots and every proof are unchanged: only where they are kept changes. The update leaves a dead row
-- for each entry, and the delete most nodes: the embedded store compacts both tables after (migrate.ts).
-- compact after: log_entries, log_nodes
alter table log_entries
  alter column record_hash type bytea using decode(record_hash, 'hex'),
  add column leaf bytea;
update log_entries e set leaf = n.hash from log_nodes n where n.level = 0 and n.idx = e.idx;
-- every entry had its leaf node: a store where one is missing stops here rather than lose it
alter table log_entries alter column leaf set not null;
delete from log_nodes where level < 4;
