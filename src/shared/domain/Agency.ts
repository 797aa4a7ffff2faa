import { z } from 'zod';
import { CommuneCode, OptionalText, Page, ProvinceCode, Text, TransactionId, Uuid } from './Common';

/** Kinds of agency of product.md §1 and issue #2 item 4. */
export const AgencyKind = z.enum([
  'health_department_child_office', // Sở Y tế — phòng Bảo vệ, chăm sóc trẻ em
  'commune_peoples_committee', // UBND xã, phường, đặc khu
  'police', // Công an
  'school', // Trường học
  'health_facility', // Cơ sở y tế, trạm y tế
  'legal_aid_centre', // Trung tâm trợ giúp pháp lý
  'social_work_centre', // Trung tâm công tác xã hội
  'mass_organisation', // Hội LHPN, Đoàn TN, ...
  'sponsorship_fund', // Quỹ Bảo trợ trẻ em
  'hotline_111', // Tổng đài 111
  'ngo', // Tổ chức phi chính phủ
]);
export type AgencyKind = z.infer<typeof AgencyKind>;

export const Agency = z.object({
  id: z.uuid(),
  kind: AgencyKind,
  name: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isActive: z.boolean(),
});
export type Agency = z.infer<typeof Agency>;

export const AgencyInput = z.object({
  transactionId: TransactionId,
  kind: AgencyKind,
  name: Text(300),
  /** The 2025 unit the agency belongs to: a province or a commune. */
  unitCode: z.union([ProvinceCode, CommuneCode]),
  address: OptionalText(500),
  phone: OptionalText(30),
  email: z.email().max(200).nullish(),
});
export type AgencyInput = z.infer<typeof AgencyInput>;

export const AgencyUpdateInput = AgencyInput.omit({ transactionId: true }).partial().extend({
  isActive: z.boolean().optional(),
});
export type AgencyUpdateInput = z.infer<typeof AgencyUpdateInput>;

export const AgencyListQuery = z.object({
  q: z.string().max(100).optional(),
  kind: AgencyKind.optional(),
  unitCode: z.string().max(5).optional(),
  /** "true"/"false" (also 1/0, yes/no): z.coerce.boolean() would read the string "false" as true. */
  includeInactive: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AgencyListQuery = z.infer<typeof AgencyListQuery>;

/** GET /api/agencies */
export const AgencyList = Page(Agency);
export type AgencyList = z.infer<typeof AgencyList>;

/** GET/PATCH /api/agencies/:id */
export const AgencyParams = z.object({ id: Uuid });
export type AgencyParams = z.infer<typeof AgencyParams>;
