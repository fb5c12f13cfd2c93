-- Keys anyone can recompute: earlier versions of `kpcs simulate` put in service authority keys derived
-- from the simulation's seed and listed them in audit entries 'certificates.keys.simulated'. Every start
-- looks those entries up (src/certificates/derived-keys.ts) to revoke such keys; this partial index
-- holds only them, so the look-up costs nothing however long the audit log grows, and other inserts
-- into the log pay nothing for it.
create index audit_log_keys_simulated on audit_log (seq) where action = 'certificates.keys.simulated';
