-- The audit hash used pgcrypto's digest(), which fails intermittently on PGlite ("Cannot use \"sha256\": Cipher cannot
-- be initialized", about one start in four). PostgreSQL's built-in sha256(bytea) (core since 11, no extension)
-- computes the same SHA-256 over the same UTF-8 bytes, so existing hashes stay valid and the chain is unchanged.
CREATE OR REPLACE FUNCTION audit_row_hash(r audit_log) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT encode(sha256(convert_to(
      r.prev_hash || '|' || jsonb_build_array(
        r.id, (extract(epoch FROM r.at) * 1000000)::bigint, r.operation, r.outcome,
        r.actor_id, r.actor_username, r.actor_name, r.actor_role, r.actor_unit_code,
        r.unit_era, r.unit_code, r.province_code, r.ip, r.user_agent, r.request_id, r.purpose,
        r.target_type, to_jsonb(r.target_ids), r.counts
      )::text, 'UTF8')), 'hex')
  $$;
