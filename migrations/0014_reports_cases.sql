-- Reports and case management (issue #4, capabilities C4 and C5). The procedure of Nghị định 56/2017/NĐ-CP
-- Chương III is an append-only list of actions per case (case_actions); the cases row holds a projection of the
-- derived state (status, next deadline) rewritten in the same transaction as each action, so queues and dashboards
-- never replay actions. Free text about a child, the family or the reporter is encrypted (src/server/lib/field-cipher).

-- Harm types: an editable taxonomy mapped to the forms of abuse of Thông tư 13/2021/TT-BLĐTBXH Phụ lục IV
-- (indicator 0101); loaded from data/reference/harm-types.csv.
CREATE TABLE harm_types (
  code                 text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{0,49}$'),
  name_vi              text NOT NULL,
  name_en              text NOT NULL,
  circular13_category  text NOT NULL,
  is_active            boolean NOT NULL DEFAULT true,
  sort                 integer NOT NULL
);

-- Working-day calendar: the government's yearly decisions (compensatory days off, Saturdays worked in exchange,
-- which five days of Tết) on top of the computed statutory holidays (src/shared/workflow/calendar).
CREATE TABLE calendar_overrides (
  date        date PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('day_off', 'working_day')),
  name_vi     text NOT NULL,
  name_en     text NOT NULL,
  source      text,
  updated_by  uuid REFERENCES users (id),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Case numbers per commune and year: "22333-2026-00017".
CREATE TABLE case_counters (
  commune_code  text NOT NULL,
  year          integer NOT NULL,
  last_number   integer NOT NULL,
  PRIMARY KEY (commune_code, year)
);

-- Hotline 111 contacts (domain.md §3: no published schema; Mẫu 01 fields plus call metadata).
CREATE TABLE hotline_contacts (
  id                        uuid PRIMARY KEY,
  transaction_id            uuid NOT NULL UNIQUE,
  call_id                   text CHECK (length(call_id) <= 100),
  started_at                timestamptz NOT NULL,
  ended_at                  timestamptz,
  counsellor_id             uuid NOT NULL REFERENCES users (id),
  caller_type               text NOT NULL CHECK (caller_type IN ('child', 'adult')),
  categories                text[] NOT NULL DEFAULT '{}',
  needs_local_intervention  boolean NOT NULL,
  child_id                  uuid REFERENCES children (id),
  -- JSON of { summary, advice, callerName?, callerPhone?, childName?, notes } (field-cipher, context hotline_contacts:<id>)
  content_enc               text NOT NULL,
  -- Filled by the transfer: the commune that must act, the case it opened and when.
  transfer_commune_code     text,
  transfer_province_code    text,
  transferred_at            timestamptz,
  case_id                   uuid,
  created_at                timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX hotline_contacts_started_idx ON hotline_contacts (started_at DESC);
CREATE INDEX hotline_contacts_counsellor_idx ON hotline_contacts (counsellor_id, started_at DESC);

CREATE TABLE cases (
  id                 uuid PRIMARY KEY,
  case_number        text NOT NULL UNIQUE,
  -- The commune that handles the case now (Nghị định 56 Điều 26 khoản 1: where it happened; Điều 52 Luật Trẻ em:
  -- where the child resides) and its province; TRANSFER actions change them.
  commune_code       text NOT NULL,
  province_code      text NOT NULL,
  child_id           uuid REFERENCES children (id),
  hotline_contact_id uuid REFERENCES hotline_contacts (id),
  opened_at          timestamptz NOT NULL,
  -- Projection of deriveCaseState (src/shared/workflow/derive-case-state.ts), rewritten with every action.
  status             text NOT NULL,
  received_at        timestamptz NOT NULL,
  requires_ack       boolean NOT NULL DEFAULT false,
  acknowledged_at    timestamptz,
  emergency_needed   boolean,
  urgency            text NOT NULL,
  channel            text NOT NULL,
  harm_types         text[] NOT NULL DEFAULT '{}',
  environment        text,
  child_sex          text,
  child_age_years    integer,
  next_due_at        timestamptz,
  next_due_kind      text,
  -- The earliest running deadline not yet flagged: what the sweeper looks for (next_due_at stays on a flagged one).
  sweep_at           timestamptz,
  escalated          boolean NOT NULL DEFAULT false,
  action_count       integer NOT NULL DEFAULT 0,
  last_action_at     timestamptz NOT NULL,
  first_action_at    timestamptz,
  closed_at          timestamptz
);
CREATE INDEX cases_commune_queue_idx ON cases (commune_code, status, next_due_at);
CREATE INDEX cases_province_idx ON cases (province_code, status);
CREATE INDEX cases_sweep_idx ON cases (sweep_at) WHERE sweep_at IS NOT NULL;
CREATE INDEX cases_child_idx ON cases (child_id) WHERE child_id IS NOT NULL;
ALTER TABLE hotline_contacts ADD CONSTRAINT hotline_contacts_case_fk FOREIGN KEY (case_id) REFERENCES cases (id);

-- Mẫu 01: one row per report received. Non-sensitive facts are columns (for statistics); everything that could
-- identify the child, the family or the reporter is in content_enc / reporter_enc.
CREATE TABLE reports (
  id                    uuid PRIMARY KEY,
  transaction_id        uuid NOT NULL UNIQUE,
  case_id               uuid NOT NULL REFERENCES cases (id),
  -- Only for the public channel: what the reporter types on the tracking page (not guessable: ~50 random bits).
  tracking_code         text UNIQUE,
  channel               text NOT NULL,
  received_at           timestamptz NOT NULL,
  recorded_at           timestamptz NOT NULL DEFAULT now(),
  received_by           uuid REFERENCES users (id),
  receiving_agency_id   uuid REFERENCES agencies (id),
  commune_code          text NOT NULL,
  province_code         text NOT NULL,
  event_commune_code    text,
  child_id              uuid REFERENCES children (id),
  child_sex             text,
  child_age_years       integer CHECK (child_age_years BETWEEN 0 AND 17),
  harm_types            text[] NOT NULL,
  environment           text NOT NULL,
  perpetrator_relation  text NOT NULL,
  urgency               text NOT NULL,
  reporter_anonymous    boolean NOT NULL,
  reporter_consent      boolean NOT NULL,
  -- JSON of ReportContent (context reports.content:<id>)
  content_enc           text NOT NULL,
  -- JSON of the reporter's identity, only when not anonymous and with consent (context reports.reporter:<id>)
  reporter_enc          text,
  hotline_contact_id    uuid REFERENCES hotline_contacts (id),
  attachment_count      integer NOT NULL DEFAULT 0,
  CHECK (reporter_enc IS NULL OR (reporter_consent AND NOT reporter_anonymous))
);
CREATE INDEX reports_case_idx ON reports (case_id);
CREATE INDEX reports_commune_idx ON reports (commune_code, received_at DESC);
CREATE INDEX reports_province_idx ON reports (province_code, received_at DESC);

-- Photos sent with a report: re-encoded without metadata, encrypted (context report_attachments:<id>).
CREATE TABLE report_attachments (
  id            uuid PRIMARY KEY,
  report_id     uuid NOT NULL REFERENCES reports (id),
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_size     integer NOT NULL CHECK (byte_size > 0),
  data_enc      text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_attachments_report_idx ON report_attachments (report_id);

-- The append-only actions. seq orders the actions of a case (appended under the case row's lock); transaction_id
-- makes a retried request a no-op (architecture.md convention 3); system actions use a deterministic id so the
-- sweeper run twice flags once.
CREATE TABLE case_actions (
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases (id),
  seq             integer NOT NULL,
  transaction_id  uuid NOT NULL UNIQUE,
  type            text NOT NULL,
  actor_id        uuid REFERENCES users (id),
  actor_role      text,
  actor_kind      text NOT NULL,
  actor_agency_id uuid REFERENCES agencies (id),
  at              timestamptz NOT NULL,
  -- Structural data (codes, ids, dates, levels): see CaseActionData in src/shared/domain/CaseAction.ts.
  data            jsonb NOT NULL DEFAULT '{}',
  -- Free text of the action (findings, minutes, reasons), JSON, context case_actions:<case id>:<action id>
  text_enc        text,
  UNIQUE (case_id, seq)
);
CREATE OR REPLACE FUNCTION case_actions_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'case_actions is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $$;
CREATE TRIGGER case_actions_append_only BEFORE UPDATE OR DELETE ON case_actions
  FOR EACH ROW EXECUTE FUNCTION case_actions_refuse_change();
CREATE TRIGGER case_actions_no_truncate BEFORE TRUNCATE ON case_actions
  FOR EACH STATEMENT EXECUTE FUNCTION case_actions_refuse_change();
GRANT SELECT, INSERT ON case_actions TO treem_app;

-- Plan tasks (Luật Trẻ em Điều 50 measures assigned to agencies): a projection of DRAFT_PLAN / APPROVE_PLAN /
-- TASK_* actions, so a partner agency's task list is one indexed query.
CREATE TABLE case_tasks (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES cases (id),
  plan_version     integer NOT NULL,
  measure          text NOT NULL,
  agency_id        uuid REFERENCES agencies (id),
  due_date         date NOT NULL,
  status           text NOT NULL CHECK (status IN ('planned', 'pending', 'accepted', 'declined', 'done', 'cancelled')),
  -- context case_tasks.description:<id>
  description_enc  text NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX case_tasks_agency_idx ON case_tasks (agency_id, status, due_date);
CREATE INDEX case_tasks_case_idx ON case_tasks (case_id);

-- In-app notifications. dedupe_key makes a notification written by a retried job appear once.
CREATE TABLE notifications (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id),
  kind        text NOT NULL,
  case_id     uuid REFERENCES cases (id),
  -- Parameters of the message (case number, clock, due time): never a child's name.
  params      jsonb NOT NULL DEFAULT '{}',
  dedupe_key  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz,
  UNIQUE (user_id, dedupe_key)
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);

-- E-mail outbox: the SMTP sender job sends and marks rows; in demo mode the outbox page shows them unsent.
-- Bodies carry a case number and a link, never a child's name.
CREATE TABLE email_outbox (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address  text NOT NULL,
  user_id     uuid REFERENCES users (id),
  subject     text NOT NULL,
  body        text NOT NULL,
  dedupe_key  text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz,
  attempts    integer NOT NULL DEFAULT 0,
  last_error  text
);
CREATE INDEX email_outbox_unsent_idx ON email_outbox (created_at) WHERE sent_at IS NULL;

-- Proof-of-work challenges of the public form already spent (a challenge is good for one report).
CREATE TABLE public_challenges_used (
  challenge_hash  text PRIMARY KEY,
  used_at         timestamptz NOT NULL DEFAULT now()
);
