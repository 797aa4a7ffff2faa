-- Name search for the unit picker and the agency list (C1).

-- The short name ("Ba Đình" of "Phường Ba Đình") in search form, stored: ranking compares it with the query for
-- every candidate, and computing f_search_text per row made a two-letter query ("xa") about ten times slower.
ALTER TABLE admin_units
  ADD COLUMN short_search_text text GENERATED ALWAYS AS (f_search_text(short_name)) STORED;

-- Unit search always filters by era; with era in the same GIN index (btree_gin) the planner can combine the era and
-- the trigram conditions in one index scan instead of filtering every unit of the era (PostgreSQL 15: about 1 ms
-- instead of 9 ms for a misspelt name). The older single-column index stays for searches without an era.
CREATE INDEX admin_units_era_search_trgm_idx ON admin_units USING gin (era, search_text gin_trgm_ops);

-- Agency names are searched by substring (schools and health stations make this list long nationally).
CREATE INDEX agencies_search_trgm_idx ON agencies USING gin (search_text gin_trgm_ops);
