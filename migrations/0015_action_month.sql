-- Action Month for Children (Tháng hành động vì trẻ em, Luật Trẻ em Điều 11; Thông tư 28/2019/TT-BLĐTBXH), issue #5:
-- the yearly theme, plans at every level with their activities, the result reports that travel commune → province →
-- ministry, and the figures rolled up from the accepted reports (never retyped).

-- One row per year. The verified themes of 2016–2025 are loaded from data/reference/action-month-themes.csv
-- (is_reference = true); later years are entered by a national officer. The two deadlines are editable per year:
-- the commune → province one defaults to 19 July ("before the 20th", domain.md §4, month unverified), the
-- province → ministry one to 31 July (unverified).
CREATE TABLE am_themes (
  year                  integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  theme                 text NOT NULL CHECK (length(theme) BETWEEN 1 AND 500),
  slogans               text[] NOT NULL DEFAULT '{}',
  guiding_document      text CHECK (length(guiding_document) <= 500),
  period_start          date NOT NULL,
  period_end            date NOT NULL,
  commune_report_due    date NOT NULL,
  province_report_due   date NOT NULL,
  source                text,
  is_reference          boolean NOT NULL DEFAULT false,
  updated_by            uuid REFERENCES users (id),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start)
);

-- A plan (kế hoạch) of one issuing level. A commune or agency plan implements its province's plan (parent_plan_id);
-- a province plan may implement the national one. Editable while draft; issued plans are locked.
CREATE TABLE am_plans (
  id                uuid PRIMARY KEY,
  transaction_id    uuid NOT NULL UNIQUE,
  year              integer NOT NULL REFERENCES am_themes (year),
  level             text NOT NULL CHECK (level IN ('national', 'province', 'commune', 'agency')),
  -- national: both null; province: province_code; commune: commune_code and its province; agency: agency_id and
  -- the agency's province.
  province_code     text,
  commune_code      text,
  agency_id         uuid REFERENCES agencies (id),
  issuing_body      text NOT NULL CHECK (length(issuing_body) BETWEEN 1 AND 300),
  document_number   text CHECK (length(document_number) <= 100),
  document_date     date,
  signer_name       text CHECK (length(signer_name) <= 200),
  signer_title      text CHECK (length(signer_title) <= 200),
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  purpose           text CHECK (length(purpose) <= 10000),
  requirements      text CHECK (length(requirements) <= 10000),
  period_start      date NOT NULL,
  period_end        date NOT NULL,
  parent_plan_id    uuid REFERENCES am_plans (id),
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  -- Optimistic concurrency: every update checks and bumps it (409 stale otherwise).
  version           integer NOT NULL DEFAULT 1,
  created_by        uuid NOT NULL REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  issued_at         timestamptz,
  issued_by         uuid REFERENCES users (id),
  CHECK (period_end >= period_start),
  CHECK (status = 'draft' OR (document_number IS NOT NULL AND document_date IS NOT NULL AND signer_name IS NOT NULL)),
  CHECK ((level = 'national') = (province_code IS NULL)),
  CHECK ((level = 'commune') = (commune_code IS NOT NULL)),
  CHECK ((level = 'agency') = (agency_id IS NOT NULL))
);
CREATE INDEX am_plans_year_province_idx ON am_plans (year, province_code);
CREATE INDEX am_plans_parent_idx ON am_plans (parent_plan_id) WHERE parent_plan_id IS NOT NULL;

-- The signed PDF of an issued plan (public administrative document: not encrypted, at most one per plan).
CREATE TABLE am_plan_files (
  plan_id       uuid PRIMARY KEY REFERENCES am_plans (id) ON DELETE CASCADE,
  file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  content_type  text NOT NULL CHECK (content_type = 'application/pdf'),
  byte_size     integer NOT NULL CHECK (byte_size > 0),
  data          bytea NOT NULL,
  uploaded_by   uuid NOT NULL REFERENCES users (id),
  uploaded_at   timestamptz NOT NULL DEFAULT now()
);

-- An activity of a plan, assigned to an agency and/or a commune (or to every commune of the province).
CREATE TABLE am_activities (
  id                      uuid PRIMARY KEY,
  plan_id                 uuid NOT NULL REFERENCES am_plans (id) ON DELETE CASCADE,
  seq                     integer NOT NULL,
  type                    text NOT NULL,
  title                   text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  description             text CHECK (length(description) <= 5000),
  assignee_agency_id      uuid REFERENCES agencies (id),
  assignee_commune_code   text,
  assign_all_communes     boolean NOT NULL DEFAULT false,
  start_date              date,
  end_date                date,
  -- Money in whole Vietnamese đồng.
  budget_state            bigint NOT NULL DEFAULT 0 CHECK (budget_state >= 0),
  budget_mobilised        bigint NOT NULL DEFAULT 0 CHECK (budget_mobilised >= 0),
  targets                 text CHECK (length(targets) <= 2000),
  UNIQUE (plan_id, seq),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  CHECK (NOT (assign_all_communes AND assignee_commune_code IS NOT NULL))
);
CREATE INDEX am_activities_agency_idx ON am_activities (assignee_agency_id) WHERE assignee_agency_id IS NOT NULL;
CREATE INDEX am_activities_commune_idx ON am_activities (assignee_commune_code) WHERE assignee_commune_code IS NOT NULL;

-- A result report (báo cáo kết quả) of one reporting unit for one year: a commune or an agency reports to its
-- province, a province to the ministry. draft → submitted → (returned → submitted)* → accepted (locked).
CREATE TABLE am_reports (
  id                uuid PRIMARY KEY,
  year              integer NOT NULL REFERENCES am_themes (year),
  level             text NOT NULL CHECK (level IN ('commune', 'agency', 'province')),
  province_code     text NOT NULL,
  commune_code      text,
  agency_id         uuid REFERENCES agencies (id),
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
  due_date          date NOT NULL,
  summary           text CHECK (length(summary) <= 10000),
  difficulties      text CHECK (length(difficulties) <= 10000),
  recommendations   text CHECK (length(recommendations) <= 10000),
  -- A province report freezes, at submission, the totals of the commune and agency reports it had accepted
  -- (JSON of ResultFigures by activity type), so what the ministry accepted never changes under it.
  rollup            jsonb,
  version           integer NOT NULL DEFAULT 1,
  submitted_at      timestamptz,
  submitted_by      uuid REFERENCES users (id),
  submitted_late    boolean NOT NULL DEFAULT false,
  returned_at       timestamptz,
  returned_by       uuid REFERENCES users (id),
  return_reason     text CHECK (length(return_reason) <= 2000),
  accepted_at       timestamptz,
  accepted_by       uuid REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((level = 'commune') = (commune_code IS NOT NULL)),
  CHECK ((level = 'agency') = (agency_id IS NOT NULL))
);
CREATE UNIQUE INDEX am_reports_commune_uq ON am_reports (year, commune_code) WHERE level = 'commune';
CREATE UNIQUE INDEX am_reports_agency_uq ON am_reports (year, agency_id) WHERE level = 'agency';
CREATE UNIQUE INDEX am_reports_province_uq ON am_reports (year, province_code) WHERE level = 'province';
CREATE INDEX am_reports_province_idx ON am_reports (year, province_code, level, status);

-- The quantified results of one activity in a report (an activity of a plan, or one the unit did outside a plan).
CREATE TABLE am_results (
  id                    uuid PRIMARY KEY,
  report_id             uuid NOT NULL REFERENCES am_reports (id) ON DELETE CASCADE,
  activity_id           uuid REFERENCES am_activities (id),
  activity_type         text NOT NULL,
  title                 text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  events                integer NOT NULL DEFAULT 0 CHECK (events >= 0),
  participants_male     integer NOT NULL DEFAULT 0 CHECK (participants_male >= 0),
  participants_female   integer NOT NULL DEFAULT 0 CHECK (participants_female >= 0),
  children_reached      integer NOT NULL DEFAULT 0 CHECK (children_reached >= 0),
  children_gifted       integer NOT NULL DEFAULT 0 CHECK (children_gifted >= 0),
  gifts_value           bigint NOT NULL DEFAULT 0 CHECK (gifts_value >= 0),
  cash_mobilised        bigint NOT NULL DEFAULT 0 CHECK (cash_mobilised >= 0),
  in_kind_mobilised     bigint NOT NULL DEFAULT 0 CHECK (in_kind_mobilised >= 0),
  screenings            integer NOT NULL DEFAULT 0 CHECK (screenings >= 0),
  surgeries             integer NOT NULL DEFAULT 0 CHECK (surgeries >= 0),
  facilities_built      integer NOT NULL DEFAULT 0 CHECK (facilities_built >= 0),
  facilities_upgraded   integer NOT NULL DEFAULT 0 CHECK (facilities_upgraded >= 0),
  media_items           integer NOT NULL DEFAULT 0 CHECK (media_items >= 0),
  trainings             integer NOT NULL DEFAULT 0 CHECK (trainings >= 0),
  trainees              integer NOT NULL DEFAULT 0 CHECK (trainees >= 0),
  notes                 text CHECK (length(notes) <= 2000)
);
CREATE INDEX am_results_report_idx ON am_results (report_id);
CREATE UNIQUE INDEX am_results_activity_uq ON am_results (report_id, activity_id) WHERE activity_id IS NOT NULL;

-- Register children reached by a result (visited, gifted, screened): kept for the commune's own follow-up, never
-- shown in a report, an export or a roll-up (only their count).
CREATE TABLE am_result_beneficiaries (
  result_id   uuid NOT NULL REFERENCES am_results (id) ON DELETE CASCADE,
  child_id    uuid NOT NULL REFERENCES children (id),
  PRIMARY KEY (result_id, child_id)
);
