-- The audit log refuses TRUNCATE too (issue 9, item 2), written by hand: triggers are outside
-- Prisma's model. The init migration's row trigger refuses UPDATE and DELETE, but TRUNCATE
-- fires no row trigger; this statement trigger closes that gap, also for a TRUNCATE that
-- reaches "AuditEvent" through CASCADE (e.g. TRUNCATE "User" CASCADE).
--
-- The integration tests empty every table between files: their database disables this one
-- trigger (tests/support/integration-global-setup.ts); the test that proves the refusal runs on
-- a freshly migrated database of its own. Only a role that may ALTER the table (its owner) or
-- set session_replication_role (a superuser) can get around it; run Halte with a role that owns
-- nothing for the strongest guarantee (README, Production notes).
CREATE FUNCTION "audit_event_no_truncate"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditEvent is append-only: TRUNCATE refused'
        USING HINT = 'Audit rows are never changed or deleted; write a new event instead.';
END;
$$;

CREATE TRIGGER "AuditEvent_no_truncate"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_no_truncate"();
