-- Fixes a fork in the audit hash chain (0004_audit_log.sql) and lets `treem audit verify` see a cut tail.
--
-- The flaw: audit_log_chain() read the predecessor with `SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`.
-- In READ COMMITTED that statement takes a fresh snapshot after the advisory lock, so it sees the last committed row.
-- In a REPEATABLE READ or SERIALIZABLE transaction it reads the transaction's snapshot instead: a row committed by
-- another writer after that snapshot is invisible, so the new row links to an older one. The chain forks for good
-- (the table is insert-only) and verify reports a "broken link" that no one tampered with.
--
-- The fix: the chain head (last id and hash) lives in one row that every writer locks with SELECT ... FOR UPDATE.
-- In READ COMMITTED the lock waits and returns the newest version; under REPEATABLE READ / SERIALIZABLE a head
-- changed since the snapshot raises a serialization failure (40001, retry) instead of forking silently. The row lock
-- is held to commit, so writers stay serialised and ids stay in commit order, as before. The head also records the
-- last id: deleting the newest rows is now detectable, which no walk of the table alone can see.

CREATE TABLE audit_log_head (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_id    bigint NOT NULL,
  last_hash  text NOT NULL
);

-- Waits for any writer still appending under the 0004 trigger (it holds this lock until it commits), so the head
-- starts from the true last row.
SELECT pg_advisory_xact_lock(727536001);
INSERT INTO audit_log_head (singleton, last_id, last_hash)
SELECT true,
       coalesce((SELECT id FROM audit_log ORDER BY id DESC LIMIT 1), 0),
       coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), 'genesis');

-- SECURITY DEFINER so the application role needs no UPDATE grant on the head: it can only move the head by
-- appending a row. search_path is pinned, as for every SECURITY DEFINER function.
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
  DECLARE
    head_hash text;
  BEGIN
    SELECT last_hash INTO head_hash FROM audit_log_head WHERE singleton FOR UPDATE;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'audit_log_head is missing: the audit chain cannot be extended';
    END IF;
    NEW.id := nextval('audit_log_id_seq');
    NEW.at := clock_timestamp();
    NEW.prev_hash := head_hash;
    NEW.hash := audit_row_hash(NEW);
    UPDATE audit_log_head SET last_id = NEW.id, last_hash = NEW.hash WHERE singleton;
    RETURN NEW;
  END
  $$;

REVOKE ALL ON audit_log_head FROM PUBLIC;
GRANT SELECT ON audit_log_head TO treem_app;
