-- Second factor (C2): the last TOTP time step accepted for a user, so a code seen once (shoulder-surfed, phished
-- and replayed within its 30-second window) cannot be used again (RFC 6238 §5.2).
ALTER TABLE users ADD COLUMN totp_last_step bigint;
