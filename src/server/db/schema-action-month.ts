import type { ColumnType, Generated } from 'kysely';

/**
 * Table types of the Action Month (migrations/0015_action_month.sql) and the Child Sponsorship Fund
 * (migrations/0016_fund.sql), issue #5, in the order of their CREATE TABLE. Dates are 'YYYY-MM-DD' strings and
 * bigint money is a number (src/server/db/pg-types.ts).
 */
type DateString = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string | null | undefined, string | null>;

export interface AmThemesTable {
  year: number;
  theme: string;
  slogans: ColumnType<string[], string[] | undefined, string[]>;
  guiding_document: string | null;
  period_start: DateString;
  period_end: DateString;
  commune_report_due: DateString;
  province_report_due: DateString;
  source: string | null;
  is_reference: Generated<boolean>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface AmPlansTable {
  id: string;
  transaction_id: string;
  year: number;
  level: 'national' | 'province' | 'commune' | 'agency';
  province_code: string | null;
  commune_code: string | null;
  agency_id: string | null;
  issuing_body: string;
  document_number: string | null;
  document_date: ColumnType<string | null, string | null | undefined, string | null>;
  signer_name: string | null;
  signer_title: string | null;
  title: string;
  purpose: string | null;
  requirements: string | null;
  period_start: DateString;
  period_end: DateString;
  parent_plan_id: string | null;
  status: Generated<'draft' | 'issued'>;
  version: Generated<number>;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  issued_at: Date | null;
  issued_by: string | null;
}

export interface AmPlanFilesTable {
  plan_id: string;
  file_name: string;
  content_type: 'application/pdf';
  byte_size: number;
  data: Buffer;
  uploaded_by: string;
  uploaded_at: Generated<Date>;
}

export interface AmActivitiesTable {
  id: string;
  plan_id: string;
  seq: number;
  type: string;
  title: string;
  description: string | null;
  assignee_agency_id: string | null;
  assignee_commune_code: string | null;
  assign_all_communes: Generated<boolean>;
  start_date: ColumnType<string | null, string | null | undefined, string | null>;
  end_date: ColumnType<string | null, string | null | undefined, string | null>;
  budget_state: Generated<number>;
  budget_mobilised: Generated<number>;
  targets: string | null;
}

export interface AmReportsTable {
  id: string;
  year: number;
  level: 'commune' | 'agency' | 'province';
  province_code: string;
  commune_code: string | null;
  agency_id: string | null;
  status: Generated<'draft' | 'submitted' | 'returned' | 'accepted'>;
  due_date: DateString;
  summary: string | null;
  difficulties: string | null;
  recommendations: string | null;
  /** JSON of AmRollupTotals (src/shared/domain/ActionMonth.ts), frozen when a province report is submitted. */
  rollup: Json<unknown>;
  version: Generated<number>;
  submitted_at: Date | null;
  submitted_by: string | null;
  submitted_late: Generated<boolean>;
  returned_at: Date | null;
  returned_by: string | null;
  return_reason: string | null;
  accepted_at: Date | null;
  accepted_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AmResultsTable {
  id: string;
  report_id: string;
  activity_id: string | null;
  activity_type: string;
  title: string;
  events: Generated<number>;
  participants_male: Generated<number>;
  participants_female: Generated<number>;
  children_reached: Generated<number>;
  children_gifted: Generated<number>;
  gifts_value: Generated<number>;
  cash_mobilised: Generated<number>;
  in_kind_mobilised: Generated<number>;
  screenings: Generated<number>;
  surgeries: Generated<number>;
  facilities_built: Generated<number>;
  facilities_upgraded: Generated<number>;
  media_items: Generated<number>;
  trainings: Generated<number>;
  trainees: Generated<number>;
  notes: string | null;
}

export interface AmResultBeneficiariesTable {
  result_id: string;
  child_id: string;
}

export interface FundsTable {
  id: string;
  name: string;
  level: 'national' | 'province';
  province_code: string | null;
  created_at: Generated<Date>;
}

export interface FundCampaignsTable {
  id: string;
  transaction_id: string;
  fund_id: string;
  name: string;
  description: string | null;
  target_amount: Generated<number>;
  start_date: DateString;
  end_date: DateString;
  action_month_year: number | null;
  created_by: string;
  created_at: Generated<Date>;
}

export interface FundDonorsTable {
  id: string;
  transaction_id: string;
  fund_id: string;
  kind: 'organisation' | 'person';
  name: string;
  contact_enc: string | null;
  show_publicly: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface FundDonationsTable {
  id: string;
  transaction_id: string;
  fund_id: string;
  campaign_id: string | null;
  donor_id: string;
  received_on: DateString;
  kind: 'cash' | 'in_kind';
  amount: number;
  goods_description: string | null;
  purpose: string;
  receipt_number: string;
  notes: string | null;
  /** Kept by the fund_allocations trigger: never written by the application. */
  allocated: ColumnType<number, never, never>;
  recorded_by: string;
  created_at: Generated<Date>;
}

export interface FundDisbursementsTable {
  id: string;
  transaction_id: string;
  fund_id: string;
  campaign_id: string | null;
  purpose: string;
  beneficiary_kind: 'child' | 'project';
  child_id: string | null;
  project_name: string | null;
  unit_code: string | null;
  province_code: string | null;
  decision_number: string;
  decision_date: DateString;
  disbursed_on: DateString;
  kind: 'cash' | 'in_kind';
  amount: number;
  goods_description: string | null;
  notes: string | null;
  recorded_by: string;
  created_at: Generated<Date>;
}

export interface FundAllocationsTable {
  disbursement_id: string;
  donation_id: string;
  amount: number;
}

export interface FundDisclosuresTable {
  id: string;
  transaction_id: string;
  fund_id: string;
  campaign_id: string | null;
  title: string;
  period_start: DateString;
  period_end: DateString;
  /** JSON of DisclosureSnapshot (src/shared/domain/Fund.ts). */
  snapshot: Json<unknown>;
  published_by: string;
  published_at: Generated<Date>;
}

/** The tables of this file as they appear in the Database interface (schema.ts). */
export interface ActionMonthAndFundTables {
  am_themes: AmThemesTable;
  am_plans: AmPlansTable;
  am_plan_files: AmPlanFilesTable;
  am_activities: AmActivitiesTable;
  am_reports: AmReportsTable;
  am_results: AmResultsTable;
  am_result_beneficiaries: AmResultBeneficiariesTable;
  funds: FundsTable;
  fund_campaigns: FundCampaignsTable;
  fund_donors: FundDonorsTable;
  fund_donations: FundDonationsTable;
  fund_disbursements: FundDisbursementsTable;
  fund_allocations: FundAllocationsTable;
  fund_disclosures: FundDisclosuresTable;
}
