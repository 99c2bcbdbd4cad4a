-- The recheck scheduler walks the valid refugee certificates in (expiry, case) order from where its last chunk
-- ended; with the case id in the index that walk stops after a chunk instead of sorting every family due.
create index ix_certificate_due_case on certificate (type, status, valid_until, case_id);
drop index ix_certificate_due;
