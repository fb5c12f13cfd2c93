-- The transparency log's nodes hold their hash as its 32 bytes instead of 64 hexadecimal characters:
-- about four nodes a certificate (two leaves, issue and confirmation, and the subtrees they complete),
-- 127 bytes a certificate saved of the twenty-year world's 3.7 GB (docs/performance.md, goal 6). The
-- program reads and writes them as hex (encode/decode in its statements), as before. A store written
-- before is converted here, row by row: a rewrite of the table, once.
alter table log_nodes alter column hash type bytea using decode(hash, 'hex');
