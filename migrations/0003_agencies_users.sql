-- Agencies (C1) and users, sessions, second factor (C2).
CREATE TABLE agencies (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL,
  name            text NOT NULL,
  unit_era        text NOT NULL DEFAULT '2025',
  unit_code       text NOT NULL,
  province_code   text NOT NULL,
  address         text,
  phone           text,
  email           text,
  is_active       boolean NOT NULL DEFAULT true,
  search_text     text GENERATED ALWAYS AS (f_search_text(name)) STORED,
  transaction_id  uuid UNIQUE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (unit_era, unit_code) REFERENCES admin_units (era, code)
);
CREATE INDEX agencies_unit_idx ON agencies (unit_code);
CREATE INDEX agencies_province_idx ON agencies (province_code);

CREATE TABLE users (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username              text NOT NULL,
  display_name          text NOT NULL,
  email                 text,
  password_hash         text NOT NULL,
  role                  text NOT NULL,
  unit_era              text DEFAULT '2025',
  unit_code             text,
  province_code         text,
  agency_id             uuid REFERENCES agencies (id),
  is_active             boolean NOT NULL DEFAULT true,
  must_change_password  boolean NOT NULL DEFAULT false,
  totp_secret_enc       text,
  totp_enabled_at       timestamptz,
  failed_logins         integer NOT NULL DEFAULT 0,
  locked_until          timestamptz,
  last_login_at         timestamptz,
  password_changed_at   timestamptz NOT NULL DEFAULT now(),
  transaction_id        uuid UNIQUE,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (unit_era, unit_code) REFERENCES admin_units (era, code)
);
CREATE UNIQUE INDEX users_username_idx ON users (lower(username));
CREATE INDEX users_unit_idx ON users (unit_code);
CREATE INDEX users_province_idx ON users (province_code);

CREATE TABLE user_recovery_codes (
  id         bigserial PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash  text NOT NULL,
  used_at    timestamptz
);
CREATE INDEX user_recovery_codes_user_idx ON user_recovery_codes (user_id);

-- Server-side sessions. The cookie holds a random token; the table keeps only its SHA-256, so a read of this table
-- does not give anyone a usable session.
CREATE TABLE sessions (
  id            text PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  mfa_state     text NOT NULL CHECK (mfa_state IN ('ok', 'pending', 'enrol_required')),
  ip            text,
  user_agent    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Per-role settings an administrator may change (product.md C2: second factor configurable per role).
CREATE TABLE role_settings (
  role          text PRIMARY KEY,
  require_totp  boolean NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
