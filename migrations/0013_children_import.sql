-- Import of the child register from the commune's Excel/CSV (issue #3 item 5, product.md C3 "import … with a
-- validation report, progress and resumability") and the duplicate review (item 4).

-- One row per uploaded file. The file is validated in full first (status validating → validated); rows are inserted
-- only when no row has an error, in ONE transaction that also sets status 'done' (importing → done), so a job is
-- either done with every row or has inserted nothing. A job found 'queued'/'validating'/'importing' whose runner
-- stopped (server restart) is marked failed by the next start: its transaction never committed.
CREATE TABLE import_jobs (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id            uuid NOT NULL REFERENCES users (id),
  -- The jurisdiction of children.import at upload time: every row's commune must be inside it.
  scope_kind         text NOT NULL CHECK (scope_kind IN ('national', 'province', 'commune')),
  scope_code         text,
  file_name          text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  file_kind          text NOT NULL CHECK (file_kind IN ('xlsx', 'csv')),
  file_bytes         bigint NOT NULL CHECK (file_bytes >= 0),
  -- Dry run: stop at 'validated' and wait for the user to confirm (POST …/confirm).
  dry_run            boolean NOT NULL DEFAULT false,
  status             text NOT NULL DEFAULT 'queued'
                       CHECK (status IN ('queued', 'validating', 'validated', 'importing', 'done', 'failed')),
  total_rows         integer NOT NULL DEFAULT 0,
  processed_rows     integer NOT NULL DEFAULT 0,
  error_count        integer NOT NULL DEFAULT 0,
  error_rows         integer NOT NULL DEFAULT 0,
  duplicate_count    integer NOT NULL DEFAULT 0,
  imported_count     integer NOT NULL DEFAULT 0,
  -- Why a job failed as a whole (an i18n message id), e.g. the server restarted during the import.
  failure_message_id text,
  -- The error report (XLSX: row, column, message; never the cell values, so no personal data is kept here).
  error_report       bytea,
  -- The process running the job and its last sign of life (several app instances may share the database).
  runner_id          uuid,
  heartbeat_at       timestamptz,
  transaction_id     uuid UNIQUE,
  created_at         timestamptz NOT NULL DEFAULT now(),
  validated_at       timestamptz,
  finished_at        timestamptz
);
CREATE INDEX import_jobs_user_idx ON import_jobs (user_id, created_at DESC);
CREATE INDEX import_jobs_active_idx ON import_jobs (status) WHERE status IN ('queued', 'validating', 'importing');

-- A merge is a mutation with a client transaction id (architecture.md convention 3): a retried merge answers the
-- first result instead of a conflict.
ALTER TABLE child_duplicate_decisions ADD COLUMN transaction_id uuid UNIQUE;
