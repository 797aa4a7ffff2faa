-- Child register core (issue #3): idempotent changes and duplicate detection.

-- Every change to a child carries the client's transactionId (architecture.md convention 3). Each change writes
-- exactly one history row, so the UNIQUE constraint here makes a retried update, circumstance, risk flag or support
-- apply once. (A create is made idempotent by children.transaction_id.)
ALTER TABLE child_history ADD COLUMN transaction_id uuid UNIQUE;

-- Duplicate candidates by normalised name + date of birth (with tolerance) + commune
-- (src/server/modules/children/duplicate-candidates.ts): an equality on commune and name, a range on the date.
CREATE INDEX children_dup_name_birth_idx ON children (commune_code, name_search, birth_date)
  WHERE status = 'active';

-- "Not a duplicate" decisions are looked up from either side of the pair.
CREATE INDEX child_duplicate_decisions_b_idx ON child_duplicate_decisions (child_b, child_a);
