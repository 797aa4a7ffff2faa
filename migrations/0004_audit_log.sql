-- Insert-only audit log with a hash chain (issue #2 item 6, architecture.md convention 5).
-- Each row stores the hash of the previous row and its own hash over its content: editing or deleting any row
-- breaks the chain, which `treem audit verify` detects. UPDATE, DELETE and TRUNCATE are refused by triggers for
-- every role and revoked from the application role.
CREATE SEQUENCE audit_log_id_seq;

CREATE TABLE audit_log (
  id               bigint PRIMARY KEY,
  at               timestamptz NOT NULL,
  operation        text NOT NULL,
  outcome          text NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok', 'denied', 'failed')),
  actor_id         uuid,
  actor_username   text,
  actor_name       text,
  actor_role       text,
  actor_unit_code  text,
  unit_era         text,
  unit_code        text,
  province_code    text,
  ip               text,
  user_agent       text,
  request_id       text,
  purpose          text,
  target_type      text,
  target_ids       text[] NOT NULL DEFAULT '{}',
  counts           jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash        text NOT NULL,
  hash             text NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id);
CREATE INDEX audit_log_operation_idx ON audit_log (operation, id);
CREATE INDEX audit_log_unit_idx ON audit_log (unit_code, id);
CREATE INDEX audit_log_province_idx ON audit_log (province_code, id);

-- The content a row's hash covers: every column but the hash itself, in a fixed order, as jsonb text (canonical).
-- Times are hashed as microseconds since the epoch so the session time zone cannot change the result.
CREATE OR REPLACE FUNCTION audit_row_hash(r audit_log) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT encode(public.digest(
      r.prev_hash || '|' || jsonb_build_array(
        r.id, (extract(epoch FROM r.at) * 1000000)::bigint, r.operation, r.outcome,
        r.actor_id, r.actor_username, r.actor_name, r.actor_role, r.actor_unit_code,
        r.unit_era, r.unit_code, r.province_code, r.ip, r.user_agent, r.request_id, r.purpose,
        r.target_type, to_jsonb(r.target_ids), r.counts
      )::text, 'sha256'), 'hex')
  $$;

-- Chains a new row to the last one. The transaction-scoped advisory lock serialises writers from the moment they
-- append until they commit, so the id order is the commit order and no two rows claim the same predecessor.
-- A writer that rolls back leaves a gap in the ids, never a broken link.
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    last_hash text;
  BEGIN
    PERFORM pg_advisory_xact_lock(727536001);
    NEW.id := nextval('audit_log_id_seq');
    NEW.at := clock_timestamp();
    SELECT hash INTO last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(last_hash, 'genesis');
    NEW.hash := audit_row_hash(NEW);
    RETURN NEW;
  END
  $$;

CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is insert-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $$;

CREATE TRIGGER audit_log_chain_trg BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW
  EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT
  EXECUTE FUNCTION audit_log_refuse_change();

REVOKE ALL ON audit_log FROM PUBLIC;
GRANT SELECT, INSERT ON audit_log TO treem_app;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO treem_app;
