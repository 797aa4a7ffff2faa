-- Core: extensions, the unaccent wrapper used by every name search, and the application role.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- unaccent() is STABLE (it reads a dictionary), so it cannot be indexed directly. This IMMUTABLE wrapper names the
-- dictionary explicitly, which makes it safe to index (stack-notes.md). Vietnamese đ/Đ are folded by unaccent too.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Lower-case, unaccented, single-spaced: the form every search column stores and every query is compared in.
CREATE OR REPLACE FUNCTION f_search_text(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(lower(public.f_unaccent($1)), '\s+', ' ', 'g')) $$;

-- The role the application should connect as in production (docs/operations.md). Insert-only tables grant it
-- INSERT and SELECT only. Roles are cluster-wide, hence the guard.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'treem_app') THEN
    CREATE ROLE treem_app NOLOGIN;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO treem_app;
