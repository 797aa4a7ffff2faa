import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types, written by hand next to the SQL migrations (architecture.md, "Data access"). Keep each interface in
 * the order of its CREATE TABLE so a reviewer can compare them line by line.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type GeneratedAlways<T> = ColumnType<T, never, never>;

export interface AdminUnitsTable {
  era: '2025' | 'pre2025';
  code: string;
  name: string;
  short_name: string;
  type: string;
  level: 'province' | 'district' | 'commune';
  parent_code: string | null;
  province_code: string;
  name_en: string | null;
  short_name_en: string | null;
  search_text: GeneratedAlways<string>;
  /** migrations/0006_units_search.sql: f_search_text(short_name), for ranking exact short-name matches. */
  short_search_text: GeneratedAlways<string>;
}

export interface AdminUnitMappingTable {
  id: Generated<number>;
  old_commune_code: string | null;
  new_commune_code: string;
  old_district_code: string;
  old_province_code: string;
  new_province_code: string;
  partial: boolean;
  note: string;
  fix: string;
}

export interface AdminUnitProvinceMappingTable {
  old_province_code: string;
  new_province_code: string;
}

export interface ReferenceDatasetsTable {
  name: string;
  checksum: string;
  row_count: number;
  loaded_at: Generated<Date>;
}

export interface AgenciesTable {
  id: Generated<string>;
  kind: string;
  name: string;
  unit_era: Generated<string>;
  unit_code: string;
  province_code: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  is_active: Generated<boolean>;
  search_text: GeneratedAlways<string>;
  transaction_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  role: string;
  unit_era: string | null;
  unit_code: string | null;
  province_code: string | null;
  agency_id: string | null;
  is_active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  totp_secret_enc: string | null;
  totp_enabled_at: Date | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Generated<Date>;
  transaction_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** migrations/0005_auth_extra.sql: last accepted TOTP time step (replay guard). */
  totp_last_step: number | null;
}

export interface UserRecoveryCodesTable {
  id: Generated<number>;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  mfa_state: 'ok' | 'pending' | 'enrol_required';
  ip: string | null;
  user_agent: string | null;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
  revoked_at: Date | null;
}

export interface RoleSettingsTable {
  role: string;
  require_totp: boolean;
  updated_at: Generated<Date>;
}

/** id, at, prev_hash and hash are set by the chaining trigger; callers never supply them. */
export interface AuditLogTable {
  id: ColumnType<number, never, never>;
  at: ColumnType<Date, never, never>;
  operation: string;
  outcome: ColumnType<'ok' | 'denied' | 'failed', 'ok' | 'denied' | 'failed' | undefined, never>;
  actor_id: string | null;
  actor_username: string | null;
  actor_name: string | null;
  actor_role: string | null;
  actor_unit_code: string | null;
  unit_era: string | null;
  unit_code: string | null;
  province_code: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  purpose: string | null;
  target_type: string | null;
  target_ids: ColumnType<string[], string[] | undefined, never>;
  counts: ColumnType<Record<string, number>, string | undefined, never>;
  prev_hash: ColumnType<string, never, never>;
  hash: ColumnType<string, never, never>;
}

export interface Database {
  admin_units: AdminUnitsTable;
  admin_unit_mapping: AdminUnitMappingTable;
  admin_unit_province_mapping: AdminUnitProvinceMappingTable;
  reference_datasets: ReferenceDatasetsTable;
  agencies: AgenciesTable;
  users: UsersTable;
  user_recovery_codes: UserRecoveryCodesTable;
  sessions: SessionsTable;
  role_settings: RoleSettingsTable;
  audit_log: AuditLogTable;
}

export type AdminUnitRow = Selectable<AdminUnitsTable>;
export type AgencyRow = Selectable<AgenciesTable>;
export type NewAgency = Insertable<AgenciesTable>;
export type AgencyUpdate = Updateable<AgenciesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
