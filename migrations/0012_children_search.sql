-- Child name search at national scale (issue #3 item 3; design and figures: docs/performance.md).
--
-- db-baselines.md §2 showed that no single trigram index answers every scope: a common name nationally, a rare name
-- or a typo in a province each defeated one design or another. Vietnamese names are built from a small vocabulary
-- of syllables, so the search works on syllables instead:
--   1. exact full name: the btree on name_search (0010) and, inside a province, the one below;
--   2. every typed syllable, in any order: a GIN index over the array of the child's unaccented syllables, with the
--      province and commune in the same index (btree_gin) so the jurisdiction narrows the same index scan;
--   3. typos: each typed syllable is matched against the vocabulary of distinct syllables (a few thousand rows,
--      edit distance computed by the application) and the corrected syllables go through index 2.

-- The syllables of a search text (f_search_text output: lower-case, unaccented, single spaces): its words. A name's
-- punctuation stays in its word ("h'nhi"; typed "hnhi" is one typo away). No regular expression: this runs for
-- every row a filter checks. search-plan.ts tokensOf() splits typed text the same way.
CREATE OR REPLACE FUNCTION f_name_syllables(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT string_to_array($1, ' ') $$;

-- An expression index rather than a stored column: COPY computes name_search once, and the array only for the
-- index. Merged records are never searched, hence the predicate (queries repeat `status = 'active'`).
CREATE INDEX children_name_syllables_idx ON children
  USING gin (province_code, commune_code, f_name_syllables(name_search))
  WHERE status = 'active';

-- Exact names and the alphabetical list inside a province (inside a commune, children_dup_name_birth_idx of 0011
-- serves: commune_code, name_search).
CREATE INDEX children_province_name_idx ON children (province_code, name_search, id) WHERE status = 'active';

-- The vocabulary of syllables, for typo tolerance. Only ever grows (a syllable no child has any more simply matches
-- nothing); the application caches it and reads new rows by id.
CREATE TABLE child_name_syllables (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  syllable  text NOT NULL UNIQUE
);

-- Maintained per statement from the transition table, so a COPY of 20,000 children adds their new syllables in one
-- INSERT … SELECT DISTINCT instead of a trigger call per row. (The seed's bulk mode disables the insert trigger for
-- its load and fills the vocabulary in one pass afterwards: seed/bulk-mode.ts.)
CREATE OR REPLACE FUNCTION child_name_syllables_collect() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO child_name_syllables (syllable)
  SELECT d.s FROM (SELECT DISTINCT unnest(f_name_syllables(n.name_search)) AS s FROM new_rows n) d
   WHERE d.s <> '' AND NOT EXISTS (SELECT 1 FROM child_name_syllables v WHERE v.syllable = d.s)
  ON CONFLICT (syllable) DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER children_name_syllables_insert
  AFTER INSERT ON children REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION child_name_syllables_collect();
CREATE TRIGGER children_name_syllables_update
  AFTER UPDATE ON children REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION child_name_syllables_collect();
