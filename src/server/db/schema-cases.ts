import type { ColumnType, Generated } from 'kysely';

/**
 * Table types of reports and case management (migrations/0014_reports_cases.sql, issue #4), in the order of their
 * CREATE TABLE. Split from schema.ts to keep each file short; the Database interface there lists them.
 */
export interface HarmTypesTable {
  code: string;
  name_vi: string;
  name_en: string;
  circular13_category: string;
  is_active: Generated<boolean>;
  sort: number;
}

export interface CalendarOverridesTable {
  date: ColumnType<string, string, string>;
  kind: 'day_off' | 'working_day';
  name_vi: string;
  name_en: string;
  source: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface CaseCountersTable {
  commune_code: string;
  year: number;
  last_number: number;
}

export interface HotlineContactsTable {
  id: string;
  transaction_id: string;
  call_id: string | null;
  started_at: Date;
  ended_at: Date | null;
  counsellor_id: string;
  caller_type: 'child' | 'adult';
  categories: string[];
  needs_local_intervention: boolean;
  child_id: string | null;
  content_enc: string;
  transfer_commune_code: string | null;
  transfer_province_code: string | null;
  transferred_at: Date | null;
  case_id: string | null;
  created_at: Generated<Date>;
}

export interface CasesTable {
  id: string;
  case_number: string;
  commune_code: string;
  province_code: string;
  child_id: string | null;
  hotline_contact_id: string | null;
  opened_at: Date;
  status: string;
  received_at: Date;
  requires_ack: Generated<boolean>;
  acknowledged_at: Date | null;
  emergency_needed: boolean | null;
  urgency: string;
  channel: string;
  harm_types: string[];
  environment: string | null;
  child_sex: string | null;
  child_age_years: number | null;
  next_due_at: Date | null;
  next_due_kind: string | null;
  sweep_at: Date | null;
  escalated: Generated<boolean>;
  action_count: Generated<number>;
  last_action_at: Date;
  first_action_at: Date | null;
  closed_at: Date | null;
}

export interface ReportsTable {
  id: string;
  transaction_id: string;
  case_id: string;
  tracking_code: string | null;
  channel: string;
  received_at: Date;
  recorded_at: Generated<Date>;
  received_by: string | null;
  receiving_agency_id: string | null;
  commune_code: string;
  province_code: string;
  event_commune_code: string | null;
  child_id: string | null;
  child_sex: string | null;
  child_age_years: number | null;
  harm_types: string[];
  environment: string;
  perpetrator_relation: string;
  urgency: string;
  reporter_anonymous: boolean;
  reporter_consent: boolean;
  content_enc: string;
  reporter_enc: string | null;
  hotline_contact_id: string | null;
  attachment_count: Generated<number>;
}

export interface ReportAttachmentsTable {
  id: string;
  report_id: string;
  content_type: 'image/jpeg' | 'image/png' | 'image/webp';
  byte_size: number;
  data_enc: string;
  created_at: Generated<Date>;
}

export interface CaseActionsTable {
  id: string;
  case_id: string;
  seq: number;
  transaction_id: string;
  type: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_kind: string;
  actor_agency_id: string | null;
  at: Date;
  data: ColumnType<Record<string, unknown>, string, string>;
  text_enc: string | null;
}

export interface CaseTasksTable {
  id: string;
  case_id: string;
  plan_version: number;
  measure: string;
  agency_id: string | null;
  due_date: ColumnType<string, string, string>;
  status: 'planned' | 'pending' | 'accepted' | 'declined' | 'done' | 'cancelled';
  description_enc: string;
  updated_at: Date;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  case_id: string | null;
  params: ColumnType<Record<string, unknown>, string | undefined, string>;
  dedupe_key: string;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export interface EmailOutboxTable {
  id: Generated<string>;
  to_address: string;
  user_id: string | null;
  subject: string;
  body: string;
  dedupe_key: string;
  created_at: Generated<Date>;
  sent_at: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface PublicChallengesUsedTable {
  challenge_hash: string;
  used_at: Generated<Date>;
}
