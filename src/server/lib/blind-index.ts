import crypto from 'node:crypto';
import type { Config } from '../config';
import { resolveFieldKey } from './field-cipher';
import {
  CIRCUMSTANCE_GROUP_CODES,
  type CircumstanceGroupCode,
} from '../../shared/reference/circumstance-groups';

/**
 * Blind index of special-circumstance group codes (child_circumstances.group_key, migrations/0010_children.sql).
 * The raw table must not say which child is, say, a victim of sexual abuse, yet filters and counts by group must
 * use an index: group_key = hex(HMAC-SHA256(k, code)) where k = HKDF-SHA256(field encryption key, info
 * "treem/blind-index/v1"). The code itself is kept encrypted in group_enc.
 *
 * Key rotation: the blind-index key is derived from the field encryption key, so rotating TREEM_ENCRYPTION_KEY means
 * recomputing every group_key (decrypt group_enc with the old key, re-encrypt, recompute with the new one) in the
 * same maintenance run. With only 14 codes the index is a fixed substitution: it hides the code from someone with
 * the database but not the key, not from someone who can correlate it with known cases.
 */
export type BlindIndexKeySource = Config['encryptionKey'] | Buffer;

const INFO = 'treem/blind-index/v1';
const derived = new Map<string, Buffer>();

function fieldKeyOf(source: BlindIndexKeySource): Buffer {
  return Buffer.isBuffer(source) ? source : resolveFieldKey(source);
}

/** The HMAC key of the blind index, derived once per field key. */
export function blindIndexKey(source: BlindIndexKeySource): Buffer {
  const fieldKey = fieldKeyOf(source);
  const id = fieldKey.toString('base64');
  let key = derived.get(id);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', fieldKey, Buffer.alloc(0), INFO, 32));
    derived.set(id, key);
  }
  return key;
}

/** hex(HMAC-SHA256) of a group code ('a' … 'o', with 'đ'). */
export function groupKey(code: CircumstanceGroupCode, source: BlindIndexKeySource): string {
  return crypto.createHmac('sha256', blindIndexKey(source)).update(code, 'utf8').digest('hex');
}

export type GroupKeyMaps = {
  /** code → group_key */
  byCode: ReadonlyMap<CircumstanceGroupCode, string>;
  /** group_key → code (the reverse map: statistics GROUP BY group_key, then name the group) */
  byKey: ReadonlyMap<string, CircumstanceGroupCode>;
};

const maps = new Map<string, GroupKeyMaps>();

/** The 14 group keys and their reverse map for this key (computed once). */
export function groupKeyMaps(source: BlindIndexKeySource): GroupKeyMaps {
  const id = blindIndexKey(source).toString('base64');
  let m = maps.get(id);
  if (!m) {
    const byCode = new Map<CircumstanceGroupCode, string>();
    const byKey = new Map<string, CircumstanceGroupCode>();
    for (const code of CIRCUMSTANCE_GROUP_CODES) {
      const k = groupKey(code, source);
      byCode.set(code, k);
      byKey.set(k, code);
    }
    m = { byCode, byKey };
    maps.set(id, m);
  }
  return m;
}

/** The group code of a stored group_key, or undefined when it was made with another key. */
export function groupCodeOfKey(key: string, source: BlindIndexKeySource): CircumstanceGroupCode | undefined {
  return groupKeyMaps(source).byKey.get(key);
}
