import type { DbOrTx } from '../db/transaction';
import type { AuditOperation } from './operations';

/** A snapshot of who acted: kept on the row, so renaming or deleting a user later does not rewrite history. */
export type AuditActor = {
  userId: string | null;
  username: string | null;
  displayName: string | null;
  role: string | null;
  unitCode: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

/** What happened: ids and counts only, never a payload (no names, no free text about a child). */
export type AuditEvent = {
  operation: AuditOperation;
  outcome?: 'ok' | 'denied' | 'failed';
  purpose?: string | null;
  unitEra?: string | null;
  unitCode?: string | null;
  provinceCode?: string | null;
  targetType?: string | null;
  targetIds?: readonly string[];
  counts?: Record<string, number>;
};

export const SYSTEM_ACTOR: AuditActor = {
  userId: null,
  username: 'system',
  displayName: 'Hệ thống',
  role: 'system',
  unitCode: null,
  ip: null,
  userAgent: null,
  requestId: null,
};

/**
 * Appends one audit row. Call it with the same transaction handle as the change it records, so both commit or
 * neither does (architecture.md convention 5). The trigger sets id, time and the hash chain.
 */
export async function recordAudit(tx: DbOrTx, actor: AuditActor, event: AuditEvent): Promise<void> {
  await tx.insertInto('audit_log').values(auditValues(actor, event)).execute();
}

/** Several audit rows in one statement (batched writes such as the report intake): the trigger chains each row. */
export async function recordAuditMany(
  tx: DbOrTx,
  rows: readonly { actor: AuditActor; event: AuditEvent }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insertInto('audit_log')
    .values(rows.map((r) => auditValues(r.actor, r.event)))
    .execute();
}

/** The audit_log row of one event (counts as a JSON string, as node-pg sends a text parameter). */
export function auditValues(actor: AuditActor, event: AuditEvent) {
  return {
    operation: event.operation,
    outcome: event.outcome ?? 'ok',
    actor_id: actor.userId,
    actor_username: actor.username,
    actor_name: actor.displayName,
    actor_role: actor.role,
    actor_unit_code: actor.unitCode,
    unit_era: event.unitEra ?? (event.unitCode ? '2025' : null),
    unit_code: event.unitCode ?? null,
    province_code: event.provinceCode ?? null,
    ip: actor.ip,
    user_agent: actor.userAgent,
    request_id: actor.requestId,
    purpose: event.purpose ?? null,
    target_type: event.targetType ?? null,
    target_ids: [...(event.targetIds ?? [])],
    counts: JSON.stringify(event.counts ?? {}),
  };
}
