-- Child register (issue #3, capability C3). Field list: domain.md §8 "Per-child record" (design), Luật Trẻ em Điều 10
-- for the 14 groups, Nghị định 56/2017/NĐ-CP Điều 3–16 for sub-groups. Reference lists whose content is not fully
-- verified (sub-groups, ethnic groups, risk flags) are tables an administrator edits, never constants.

-- 54 ethnic groups (Danh mục các dân tộc Việt Nam, Quyết định 121-TCTK/PPCĐ 1979): loaded from data/reference.
CREATE TABLE ethnic_groups (
  code      text PRIMARY KEY,
  name_vi   text NOT NULL,
  name_en   text NOT NULL,
  sort      integer NOT NULL
);

-- The 14 groups of children in special circumstances (Luật Trẻ em 2016 Điều 10 khoản 1, points a–o).
CREATE TABLE circumstance_groups (
  code            text PRIMARY KEY,          -- 'a' … 'o' (Vietnamese legal lettering: a b c d đ e g h i k l m n o)
  name_vi         text NOT NULL,
  name_en         text NOT NULL,
  decree_article  text NOT NULL,             -- e.g. 'Nghị định 56/2017/NĐ-CP Điều 3'
  is_sensitive    boolean NOT NULL,          -- abuse, HIV, drugs, conflict with the law: field-level visibility
  sort            integer NOT NULL
);

-- Sub-groups (đối tượng cụ thể). `verified` false where domain.md marks the wording unverified.
CREATE TABLE circumstance_subgroups (
  code        text PRIMARY KEY,              -- e.g. 'a.1', 'c.11'
  group_code  text NOT NULL REFERENCES circumstance_groups (code),
  name_vi     text NOT NULL,
  name_en     text,
  verified    boolean NOT NULL DEFAULT false,
  is_active   boolean NOT NULL DEFAULT true,
  sort        integer NOT NULL
);

-- "At risk" notions: no closed statutory list exists (domain.md §1.3), so an extendable list.
CREATE TABLE risk_flag_types (
  code       text PRIMARY KEY,
  name_vi    text NOT NULL,
  name_en    text NOT NULL,
  is_active  boolean NOT NULL DEFAULT true,
  sort       integer NOT NULL
);

CREATE TABLE children (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Số định danh cá nhân: 12 digits, optional (many children have none recorded).
  personal_id          text CHECK (personal_id ~ '^[0-9]{12}$'),
  full_name            text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  name_search          text GENERATED ALWAYS AS (f_search_text(full_name)) STORED,
  -- Date of birth, or the first day of the month/year when only that is known (birth_precision).
  birth_date           date NOT NULL,
  birth_precision      text NOT NULL DEFAULT 'day' CHECK (birth_precision IN ('day', 'month', 'year')),
  -- A child is a person under 16 (Luật Trẻ em Điều 1). The day the child certainly turns 16: with an estimated birth
  -- date the child stays on the active lists until the end of the estimated period + 16 years (benefit of the doubt).
  ages_out_on          date GENERATED ALWAYS AS ((
                         CASE birth_precision
                           WHEN 'day' THEN birth_date + interval '16 years'
                           WHEN 'month' THEN birth_date + interval '16 years 1 month'
                           ELSE birth_date + interval '17 years'
                         END)::date) STORED,
  sex                  text NOT NULL CHECK (sex IN ('male', 'female', 'unknown')),
  ethnicity_code       text REFERENCES ethnic_groups (code),
  residence_era        text NOT NULL DEFAULT '2025' CHECK (residence_era = '2025'),
  commune_code         text NOT NULL,
  province_code        text NOT NULL,
  village              text,
  address_line         text,
  household_poverty    text NOT NULL DEFAULT 'unknown' CHECK (household_poverty IN ('poor', 'near_poor', 'none', 'unknown')),
  schooling            text NOT NULL DEFAULT 'unknown'
                         CHECK (schooling IN ('not_yet', 'preschool', 'primary', 'lower_secondary', 'upper_secondary', 'dropped_out', 'unknown')),
  school_name          text,
  disability_type      text,
  disability_level     text CHECK (disability_level IN ('extremely_severe', 'severe', 'mild')),
  health_insurance     boolean,
  birth_registered     boolean,
  -- Encrypted JSON (AES-256-GCM, src/server/lib/field-cipher.ts) of the sensitive fields: HIV status, drug use,
  -- conflict with the law, health notes. Never stored in plaintext.
  sensitive_enc        text,
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged')),
  merged_into          uuid REFERENCES children (id),
  transaction_id       uuid UNIQUE,
  created_by           uuid REFERENCES users (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  version              integer NOT NULL DEFAULT 1,
  FOREIGN KEY (residence_era, commune_code) REFERENCES admin_units (era, code)
);
CREATE UNIQUE INDEX children_personal_id_idx ON children (personal_id) WHERE personal_id IS NOT NULL AND status = 'active';
CREATE INDEX children_commune_idx ON children (commune_code, ages_out_on);
CREATE INDEX children_province_idx ON children (province_code, ages_out_on);
CREATE INDEX children_name_exact_idx ON children (name_search, id);

CREATE TABLE child_caregivers (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id    uuid NOT NULL REFERENCES children (id),
  relation    text NOT NULL CHECK (relation IN ('mother', 'father', 'grandparent', 'sibling', 'relative', 'guardian', 'foster', 'other')),
  full_name   text NOT NULL,
  phone       text,                          -- digits only, e.g. '0912345678'
  is_primary  boolean NOT NULL DEFAULT false,
  sort        integer NOT NULL DEFAULT 0
);
CREATE INDEX child_caregivers_child_idx ON child_caregivers (child_id);
CREATE INDEX child_caregivers_phone_idx ON child_caregivers (phone) WHERE phone IS NOT NULL;

-- Membership of the 14 groups with start and end. Rows are never deleted: ending one sets end_date, so the history
-- is the table itself. group_key is a keyed HMAC of the group code (blind index): filters and counts by group work
-- while the raw table does not say which child is, say, a victim of sexual abuse. group_enc holds the code itself.
CREATE TABLE child_circumstances (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id       uuid NOT NULL REFERENCES children (id),
  group_key      text NOT NULL,
  group_enc      text NOT NULL,
  subgroup_enc   text,
  start_date     date NOT NULL,
  end_date       date,
  note_enc       text,
  created_by     uuid REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  ended_by       uuid REFERENCES users (id),
  ended_at       timestamptz,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX child_circumstances_child_idx ON child_circumstances (child_id);
CREATE INDEX child_circumstances_group_idx ON child_circumstances (group_key) WHERE end_date IS NULL;

CREATE TABLE child_risk_flags (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id    uuid NOT NULL REFERENCES children (id),
  flag_code   text NOT NULL REFERENCES risk_flag_types (code),
  since       date NOT NULL,
  until       date,
  created_by  uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX child_risk_flags_child_idx ON child_risk_flags (child_id);
CREATE INDEX child_risk_flags_flag_idx ON child_risk_flags (flag_code) WHERE until IS NULL;

-- Support and benefits received (Nghị định 56/2017 Chương II Mục 2; Nghị định 20/2021 social assistance).
CREATE TABLE child_supports (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id         uuid NOT NULL REFERENCES children (id),
  support_type     text NOT NULL,
  amount_vnd       bigint CHECK (amount_vnd IS NULL OR amount_vnd >= 0),
  in_kind          text,
  period_start     date NOT NULL,
  period_end       date,
  decision_number  text,
  decision_date    date,
  provider         text,
  created_by       uuid REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX child_supports_child_idx ON child_supports (child_id);

-- Every change to a child: who, when, which fields; the before/after values are encrypted (they may be sensitive).
CREATE TABLE child_history (
  id           bigserial PRIMARY KEY,
  child_id     uuid NOT NULL REFERENCES children (id),
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     uuid,
  actor_name   text,
  operation    text NOT NULL,
  fields       text[] NOT NULL DEFAULT '{}',
  changes_enc  text
);
CREATE INDEX child_history_child_idx ON child_history (child_id, id);

-- Pairs reviewed as "not a duplicate" (remembered so they are not proposed again) or merged.
CREATE TABLE child_duplicate_decisions (
  child_a     uuid NOT NULL REFERENCES children (id),
  child_b     uuid NOT NULL REFERENCES children (id),
  decision    text NOT NULL CHECK (decision IN ('not_duplicate', 'merged')),
  decided_by  uuid REFERENCES users (id),
  decided_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (child_a, child_b),
  CHECK (child_a < child_b)
);
