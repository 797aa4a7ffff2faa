import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  CalendarOverridesTable,
  CaseActionsTable,
  CaseCountersTable,
  CasesTable,
  CaseTasksTable,
  EmailOutboxTable,
  HarmTypesTable,
  HotlineContactsTable,
  NotificationsTable,
  PublicChallengesUsedTable,
  ReportAttachmentsTable,
  ReportsTable,
} from './schema-cases';
import type { ActionMonthAndFundTables } from './schema-action-month';

export type * from './schema-cases';
export type * from './schema-action-month';

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

// ----- Child register: migrations/0010_children.sql (+ 0011). Dates are 'YYYY-MM-DD' strings (pg-types.ts). -----

export interface EthnicGroupsTable {
  code: string;
  name_vi: string;
  name_en: string;
  sort: number;
}

export interface CircumstanceGroupsTable {
  code: string;
  name_vi: string;
  name_en: string;
  decree_article: string;
  is_sensitive: boolean;
  sort: number;
}

export interface CircumstanceSubgroupsTable {
  code: string;
  group_code: string;
  name_vi: string;
  name_en: string | null;
  verified: Generated<boolean>;
  is_active: Generated<boolean>;
  sort: number;
}

export interface RiskFlagTypesTable {
  code: string;
  name_vi: string;
  name_en: string;
  is_active: Generated<boolean>;
  sort: number;
}

export interface ChildrenTable {
  id: Generated<string>;
  personal_id: string | null;
  full_name: string;
  /** f_search_text(full_name): lower-case, unaccented. */
  name_search: GeneratedAlways<string>;
  birth_date: string;
  birth_precision: Generated<'day' | 'month' | 'year'>;
  ages_out_on: GeneratedAlways<string>;
  sex: 'male' | 'female' | 'unknown';
  ethnicity_code: string | null;
  residence_era: Generated<string>;
  commune_code: string;
  province_code: string;
  village: string | null;
  address_line: string | null;
  household_poverty: Generated<'poor' | 'near_poor' | 'none' | 'unknown'>;
  schooling: Generated<
    'not_yet' | 'preschool' | 'primary' | 'lower_secondary' | 'upper_secondary' | 'dropped_out' | 'unknown'
  >;
  school_name: string | null;
  disability_type: string | null;
  disability_level: 'extremely_severe' | 'severe' | 'mild' | null;
  health_insurance: boolean | null;
  birth_registered: boolean | null;
  sensitive_enc: string | null;
  status: Generated<'active' | 'merged'>;
  merged_into: string | null;
  transaction_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface ChildCaregiversTable {
  id: Generated<string>;
  child_id: string;
  relation: 'mother' | 'father' | 'grandparent' | 'sibling' | 'relative' | 'guardian' | 'foster' | 'other';
  full_name: string;
  phone: string | null;
  is_primary: Generated<boolean>;
  sort: Generated<number>;
}

export interface ChildCircumstancesTable {
  id: Generated<string>;
  child_id: string;
  /** Blind index of the group code (src/server/lib/blind-index.ts). */
  group_key: string;
  group_enc: string;
  subgroup_enc: string | null;
  start_date: string;
  end_date: string | null;
  note_enc: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  ended_by: string | null;
  ended_at: Date | null;
}

export interface ChildRiskFlagsTable {
  id: Generated<string>;
  child_id: string;
  flag_code: string;
  since: string;
  until: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ChildSupportsTable {
  id: Generated<string>;
  child_id: string;
  support_type: string;
  amount_vnd: number | null;
  in_kind: string | null;
  period_start: string;
  period_end: string | null;
  decision_number: string | null;
  decision_date: string | null;
  provider: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ChildHistoryTable {
  id: Generated<number>;
  child_id: string;
  at: Generated<Date>;
  actor_id: string | null;
  actor_name: string | null;
  operation: string;
  fields: ColumnType<string[], string[] | undefined, string[]>;
  changes_enc: string | null;
  /** migrations/0011_children_core.sql: the client transactionId of the change (a retry applies it once). */
  transaction_id: string | null;
}

export interface ChildDuplicateDecisionsTable {
  child_a: string;
  child_b: string;
  decision: 'not_duplicate' | 'merged';
  decided_by: string | null;
  decided_at: Generated<Date>;
  /** migrations/0013_children_import.sql: the client transactionId of a merge (a retry answers the first result). */
  transaction_id: Generated<string | null>;
}

/** migrations/0013_children_import.sql: one uploaded import file and its progress. */
export interface ImportJobsTable {
  id: Generated<string>;
  user_id: string;
  scope_kind: 'national' | 'province' | 'commune';
  scope_code: string | null;
  file_name: string;
  file_kind: 'xlsx' | 'csv';
  file_bytes: number;
  dry_run: Generated<boolean>;
  status: Generated<'queued' | 'validating' | 'validated' | 'importing' | 'done' | 'failed'>;
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  error_count: Generated<number>;
  error_rows: Generated<number>;
  duplicate_count: Generated<number>;
  imported_count: Generated<number>;
  failure_message_id: string | null;
  error_report: Buffer | null;
  runner_id: string | null;
  heartbeat_at: Date | null;
  transaction_id: string | null;
  created_at: Generated<Date>;
  validated_at: Date | null;
  finished_at: Date | null;
}

/** Every table; the Action Month and fund tables come from schema-action-month.ts. */
export interface Database extends ActionMonthAndFundTables {
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
  ethnic_groups: EthnicGroupsTable;
  circumstance_groups: CircumstanceGroupsTable;
  circumstance_subgroups: CircumstanceSubgroupsTable;
  risk_flag_types: RiskFlagTypesTable;
  children: ChildrenTable;
  child_caregivers: ChildCaregiversTable;
  child_circumstances: ChildCircumstancesTable;
  child_risk_flags: ChildRiskFlagsTable;
  child_supports: ChildSupportsTable;
  child_history: ChildHistoryTable;
  child_duplicate_decisions: ChildDuplicateDecisionsTable;
  import_jobs: ImportJobsTable;
  harm_types: HarmTypesTable;
  calendar_overrides: CalendarOverridesTable;
  case_counters: CaseCountersTable;
  hotline_contacts: HotlineContactsTable;
  cases: CasesTable;
  reports: ReportsTable;
  report_attachments: ReportAttachmentsTable;
  case_actions: CaseActionsTable;
  case_tasks: CaseTasksTable;
  notifications: NotificationsTable;
  email_outbox: EmailOutboxTable;
  public_challenges_used: PublicChallengesUsedTable;
}

export type AdminUnitRow = Selectable<AdminUnitsTable>;
export type AgencyRow = Selectable<AgenciesTable>;
export type NewAgency = Insertable<AgenciesTable>;
export type AgencyUpdate = Updateable<AgenciesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type ChildRow = Selectable<ChildrenTable>;
export type NewChild = Insertable<ChildrenTable>;
export type ChildCaregiverRow = Selectable<ChildCaregiversTable>;
export type ChildCircumstanceRow = Selectable<ChildCircumstancesTable>;
export type ChildRiskFlagRow = Selectable<ChildRiskFlagsTable>;
export type ChildSupportRow = Selectable<ChildSupportsTable>;
export type ChildHistoryRow = Selectable<ChildHistoryTable>;
export type CaseRow = Selectable<CasesTable>;
export type CaseActionRow = Selectable<CaseActionsTable>;
export type ReportRow = Selectable<ReportsTable>;
export type CaseTaskRow = Selectable<CaseTasksTable>;
export type HotlineContactRow = Selectable<HotlineContactsTable>;
