import { z } from 'zod';

export const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  operation: z.string(),
  outcome: z.enum(['ok', 'denied', 'failed']),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  unitCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  purpose: z.string().nullable(),
  targetType: z.string().nullable(),
  targetIds: z.array(z.string()),
  counts: z.record(z.string(), z.number()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  actor: z.string().max(100).optional(),
  operation: z.string().max(100).optional(),
  unitCode: z.string().max(5).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  /** Keyset pagination: entries with an id below this one. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({ items: z.array(AuditEntry), nextBefore: z.number().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

/**
 * Why a chain check failed: a row whose content no longer matches its hash; a row whose prev_hash is not its
 * predecessor's hash (a row deleted or inserted behind the trigger's back); newest rows missing (the chain head in
 * audit_log_head names a row the walk did not reach).
 */
export const AuditVerifyReason = z.enum(['hash mismatch', 'broken link', 'missing rows']);
export type AuditVerifyReason = z.infer<typeof AuditVerifyReason>;

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBadId: z.number().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
