-- Administrative units (C1). Codes are reused across eras (data/admin-units/README.md, "Caveats"), so the key is
-- (era, code) and every table that stores a unit code stores its era beside it.
CREATE TABLE admin_units (
  era            text NOT NULL CHECK (era IN ('2025', 'pre2025')),
  code           text NOT NULL CHECK (code ~ '^[0-9]{2,5}$'),
  name           text NOT NULL,
  short_name     text NOT NULL,
  type           text NOT NULL,
  level          text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  parent_code    text,
  province_code  text NOT NULL,
  name_en        text,
  short_name_en  text,
  search_text    text GENERATED ALWAYS AS (f_search_text(name)) STORED,
  PRIMARY KEY (era, code)
);
CREATE INDEX admin_units_parent_idx ON admin_units (era, parent_code);
CREATE INDEX admin_units_province_idx ON admin_units (era, province_code, level);
CREATE INDEX admin_units_search_trgm_idx ON admin_units USING gin (search_text gin_trgm_ops);

-- The official old -> new commune conversion (NSO table). A divided old commune has one row per new commune.
CREATE TABLE admin_unit_mapping (
  id                 serial PRIMARY KEY,
  old_commune_code   text,
  new_commune_code   text NOT NULL,
  old_district_code  text NOT NULL,
  old_province_code  text NOT NULL,
  new_province_code  text NOT NULL,
  partial            boolean NOT NULL,
  note               text NOT NULL DEFAULT '',
  fix                text NOT NULL DEFAULT ''
);
CREATE INDEX admin_unit_mapping_old_commune_idx ON admin_unit_mapping (old_commune_code);
CREATE INDEX admin_unit_mapping_old_district_idx ON admin_unit_mapping (old_district_code);

CREATE TABLE admin_unit_province_mapping (
  old_province_code  text PRIMARY KEY,
  new_province_code  text NOT NULL
);

-- Which reference files were loaded, with their checksum, so loading on start is idempotent and cheap.
CREATE TABLE reference_datasets (
  name       text PRIMARY KEY,
  checksum   text NOT NULL,
  row_count  integer NOT NULL,
  loaded_at  timestamptz NOT NULL DEFAULT now()
);
