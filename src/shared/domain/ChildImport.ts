import { z } from 'zod';
import { TransactionId, Uuid } from './Common';
import { DuplicateReason } from './Child';
import { ChildSearchQuery } from './ChildSearch';

/**
 * Import of the child register from the commune's Excel/CSV, export, and the duplicate review (issue #3 items 4–5,
 * product.md C3 and J3). The import is a job the client polls: upload → validating → validated (errors found, or a
 * dry run waiting for confirmation) → importing → done, or failed. A file is imported completely or not at all.
 */
export const ImportJobStatus = {
  queued: 'queued',
  validating: 'validating',
  validated: 'validated',
  importing: 'importing',
  done: 'done',
  failed: 'failed',
} as const;
export type ImportJobStatus = (typeof ImportJobStatus)[keyof typeof ImportJobStatus];

export const ImportFileKind = z.enum(['xlsx', 'csv']);
export type ImportFileKind = z.infer<typeof ImportFileKind>;

/** GET /api/children/import/:jobId */
export const ImportJob = z.object({
  id: Uuid,
  fileName: z.string(),
  fileKind: ImportFileKind,
  status: z.enum(['queued', 'validating', 'validated', 'importing', 'done', 'failed']),
  dryRun: z.boolean(),
  /** Data rows in the file (known once validation has read it all). */
  totalRows: z.number().int(),
  /** Rows read so far by the current phase (validation, then insertion). */
  processedRows: z.number().int(),
  /** Errors found (a row may have several), and the number of rows with at least one. */
  errorCount: z.number().int(),
  errorRows: z.number().int(),
  /** Rows that look like a child already in the register or earlier in the file (imported; review them later). */
  duplicateCount: z.number().int(),
  importedCount: z.number().int(),
  /** Whether GET …/errors.xlsx has a report (errors or duplicate warnings). */
  hasReport: z.boolean(),
  /** When the job failed as a whole: why, as a message id and its text in the user's language. */
  failureMessageId: z.string().nullable(),
  failureMessage: z.string().nullable(),
  createdAt: z.string(),
  validatedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportJobParams = z.object({ jobId: Uuid });
export type ImportJobParams = z.infer<typeof ImportJobParams>;

/**
 * POST /api/children/import?dryRun=…&transactionId=…: the options travel in the query string, the file in the
 * multipart body (field `file`, .xlsx or .csv, at most 50 MB). A retry with the same transactionId answers the
 * same job. dryRun=true validates only and waits for POST /api/children/import/:jobId/confirm.
 */
export const ImportUploadQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  transactionId: TransactionId.optional(),
});
export type ImportUploadQuery = z.infer<typeof ImportUploadQuery>;

export const ImportJobList = z.object({ items: z.array(ImportJob) });
export type ImportJobList = z.infer<typeof ImportJobList>;

/**
 * The columns of the template, in order, with their Vietnamese headers (the import matches headers without
 * diacritics, case or spacing, in any order; the name, the birth date and the sex are required).
 */
export const IMPORT_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên', required: true },
  { key: 'birth', header: 'Ngày sinh (dd/mm/yyyy hoặc năm)', required: true },
  { key: 'sex', header: 'Giới tính', required: true },
  { key: 'personalId', header: 'Số định danh cá nhân', required: false },
  { key: 'ethnicity', header: 'Dân tộc', required: false },
  { key: 'commune', header: 'Mã xã/phường', required: false },
  { key: 'village', header: 'Thôn/tổ dân phố', required: false },
  { key: 'addressLine', header: 'Địa chỉ', required: false },
  { key: 'poverty', header: 'Hộ nghèo/cận nghèo', required: false },
  { key: 'schooling', header: 'Tình trạng đi học', required: false },
  { key: 'schoolName', header: 'Trường đang học', required: false },
  { key: 'disabilityType', header: 'Khuyết tật (dạng)', required: false },
  { key: 'disabilityLevel', header: 'Khuyết tật (mức độ)', required: false },
  { key: 'healthInsurance', header: 'BHYT', required: false },
  { key: 'birthRegistered', header: 'Đã đăng ký khai sinh', required: false },
  { key: 'caregiverRelation', header: 'Người chăm sóc (quan hệ)', required: false },
  { key: 'caregiverName', header: 'Người chăm sóc (họ tên)', required: false },
  { key: 'caregiverPhone', header: 'Người chăm sóc (điện thoại)', required: false },
  {
    key: 'groups',
    header: 'Nhóm hoàn cảnh đặc biệt (mã a–o, cách nhau bởi dấu phẩy)',
    required: false,
  },
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/**
 * GET /api/children/export.xlsx: the filters of the register search (ChildSearch.ts), every matching child in the
 * search's order, without paging.
 */
const { limit: _limit, cursor: _cursor, ...searchFilters } = ChildSearchQuery.shape;
export const ChildExportQuery = z
  .object(searchFilters)
  .refine((v) => v.ageMin === undefined || v.ageMax === undefined || v.ageMin <= v.ageMax, {
    path: ['ageMax'],
    params: { messageId: 'field.endBeforeStart' },
  });
export type ChildExportQuery = z.infer<typeof ChildExportQuery>;

/** GET /api/children/duplicates */
export const DuplicateListQuery = z.object({
  /** A commune inside the caller's jurisdiction; defaults to the whole jurisdiction. */
  unitCode: z
    .string()
    .regex(/^(\d{2}|\d{5})$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DuplicateListQuery = z.infer<typeof DuplicateListQuery>;

/** One side of a candidate pair: what a reviewer needs to compare, nothing sensitive. */
export const DuplicateChild = z.object({
  id: Uuid,
  fullName: z.string(),
  birthDate: z.string(),
  birthPrecision: z.enum(['day', 'month', 'year']),
  sex: z.enum(['male', 'female', 'unknown']),
  personalId: z.string().nullable(),
  communeCode: z.string(),
  village: z.string().nullable(),
  caregiverNames: z.array(z.string()),
  createdAt: z.string(),
});
export type DuplicateChild = z.infer<typeof DuplicateChild>;

export const DuplicatePair = z.object({
  a: DuplicateChild,
  b: DuplicateChild,
  reasons: z.array(DuplicateReason),
});
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export const DuplicateList = z.object({ items: z.array(DuplicatePair) });
export type DuplicateList = z.infer<typeof DuplicateList>;

/** POST /api/children/duplicates/merge: the merged child keeps its history and points at the kept one. */
export const MergeInput = z
  .object({ keepId: Uuid, mergeId: Uuid, transactionId: TransactionId })
  .refine((v) => v.keepId !== v.mergeId, { path: ['mergeId'], message: 'same child' });
export type MergeInput = z.infer<typeof MergeInput>;

export const MergeResult = z.object({
  keepId: Uuid,
  mergeId: Uuid,
  /** What moved to the kept child; null when this answers a retry of a merge already made. */
  moved: z
    .object({
      caregivers: z.number().int(),
      circumstances: z.number().int(),
      riskFlags: z.number().int(),
      supports: z.number().int(),
    })
    .nullable(),
});
export type MergeResult = z.infer<typeof MergeResult>;

/** POST /api/children/duplicates/dismiss: "not a duplicate", remembered for the pair. */
export const DismissInput = z
  .object({ aId: Uuid, bId: Uuid })
  .refine((v) => v.aId !== v.bId, { path: ['bId'], message: 'same child' });
export type DismissInput = z.infer<typeof DismissInput>;
